import Foundation
import TDKTText

/// Who receives (or is proposed for) an award: a unit, a person or a household.
public struct NomineeRef: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case unit, person, household
        public var label: Localized {
            switch self {
            case .unit: Localized(vi: "Tập thể", en: "Collective")
            case .person: Localized(vi: "Cá nhân", en: "Individual")
            case .household: Localized(vi: "Hộ gia đình", en: "Household")
            }
        }
    }
    public var kind: Kind
    public var id: String
    public init(_ kind: Kind, _ id: String) { self.kind = kind; self.id = id }
    public var description: String { "\(kind.rawValue):\(id)" }
    /// Reads the description back: "person:nguyen-van-khoa".
    public init?(text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = Kind(rawValue: parts[0]) else { return nil }
        self.init(kind, parts[1])
    }
}
