import Foundation
import TDKTText

/// One import as it was written: what it created and the values it replaced, so that it can be undone.
/// Kept in imports/ID.json like any record.
public struct ImportBatch: Sendable, Equatable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case units, people, awards, ratings, initiatives, discipline
        public var label: Localized {
            switch self {
            case .units: Localized(vi: "Đơn vị", en: "Units")
            case .people: Localized(vi: "Cá nhân", en: "People")
            case .awards: Localized(vi: "Khen thưởng", en: "Awards")
            case .ratings: Localized(vi: "Xếp loại", en: "Ratings")
            case .initiatives: Localized(vi: "Sáng kiến", en: "Initiatives")
            case .discipline: Localized(vi: "Kỷ luật", en: "Discipline")
            }
        }
    }

    /// Identifiers of the records the import created.
    public struct Created: Sendable, Equatable, Codable {
        public var units: [String] = []
        public var people: [String] = []
        public var campaigns: [String] = []
        /// Award records as "year/id" (their folder and name).
        public var awards: [String] = []
        public init(units: [String] = [], people: [String] = [], campaigns: [String] = [], awards: [String] = []) {
            self.units = units; self.people = people; self.campaigns = campaigns; self.awards = awards
        }
        public var count: Int { units.count + people.count + campaigns.count + awards.count }
    }

    public var id: String
    public var kind: Kind
    public var file: String
    public var actor: String
    /// When it was written (ISO 8601).
    public var at: String
    public var created: Created
    /// Units and people as they were before the import changed them.
    public var replacedUnits: [Unit]
    public var replacedPeople: [Person]
    /// The revision the import gave each replaced record, by file: undo restores only what is still at it.
    public var revisionsAfter: [String: Int] = [:]
    /// Set once the batch has been undone.
    public var undoneAt: String?
    public var undoneBy: String?

    public init(id: String, kind: Kind, file: String, actor: String, at: String, created: Created,
                replacedUnits: [Unit] = [], replacedPeople: [Person] = []) {
        self.id = id; self.kind = kind; self.file = TextNormalization.clean(file); self.actor = actor; self.at = at
        self.created = created; self.replacedUnits = replacedUnits; self.replacedPeople = replacedPeople
    }

    public var changedCount: Int { replacedUnits.count + replacedPeople.count }

    public func validate() throws {
        try Check.identifier(id)
        try Check.notBlank(file, "file", Localized(vi: "Tệp", en: "File"), max: 300)
    }
}

extension ImportBatch: StoredRecord { public static let collection = "imports" }
