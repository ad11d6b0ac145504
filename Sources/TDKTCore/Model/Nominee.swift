import Foundation

/// Who receives (or is proposed for) an award: a unit, a person or a household.
public struct NomineeRef: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case unit, person, household
        public var label: Bilingual {
            switch self {
            case .unit: Bilingual(vi: "Tập thể", en: "Collective")
            case .person: Bilingual(vi: "Cá nhân", en: "Individual")
            case .household: Bilingual(vi: "Hộ gia đình", en: "Household")
            }
        }
    }
    public var kind: Kind
    public var id: String
    public init(_ kind: Kind, _ id: String) { self.kind = kind; self.id = id }
    public var description: String { "\(kind.rawValue):\(id)" }
}
