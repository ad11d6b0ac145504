import Foundation
import TDKTText

/// A kind of record kept in the data directory, one JSON file per record.
public protocol StoredRecord: Codable, Sendable {
    /// The folder under the data directory ("units", "proposals").
    static var collection: String { get }
    /// The path of this record's file relative to the data directory.
    var relativePath: String { get }
    func validate() throws
}

extension StoredRecord where Self: Identifiable, ID == String {
    public var relativePath: String { "\(Self.collection)/\(id).json" }
}

/// A record together with what the store knows of its file.
public struct Stored<Value: StoredRecord>: Sendable {
    public var value: Value
    /// Increases by one at every save; a save must name the revision it started from.
    public var revision: Int
    public var modifiedBy: String
    public var modifiedAt: String
    public init(value: Value, revision: Int, modifiedBy: String, modifiedAt: String) {
        self.value = value; self.revision = revision; self.modifiedBy = modifiedBy; self.modifiedAt = modifiedAt
    }
}

/// The shape of every file: the record under "data", with its revision and schema version beside it.
struct Envelope<Value: Codable>: Codable {
    var schemaVersion: Int
    var kind: String
    var revision: Int
    var modifiedBy: String
    var modifiedAt: String
    var data: Value
}

/// The JSON schema version this build writes and reads.
public enum Schema {
    public static let version = 1
}

extension Unit: StoredRecord { public static let collection = "units" }
extension Person: StoredRecord { public static let collection = "people" }
extension Household: StoredRecord { public static let collection = "households" }
extension Campaign: StoredRecord { public static let collection = "campaigns" }
extension Cluster: StoredRecord { public static let collection = "clusters" }
extension Registration: StoredRecord {
    public static let collection = "registrations"
    /// One file per campaign, unit and year: "registrations/2025/nong-thon-moi.tn-sct.json" ("-" for the year's
    /// regular emulation, outside any campaign). Identifiers hold no ".", so the key is unambiguous.
    public var relativePath: String { "registrations/\(year)/\(campaignId ?? "-").\(unitId).json" }
    /// Where files of the first layout kept it (one registration per unit and year).
    var legacyPath: String { "registrations/\(year)/\(unitId).json" }
}
extension ModelExample: StoredRecord {
    public static let collection = "examples"
    public var relativePath: String { "examples/\(year)/\(id).json" }
}
extension Proposal: StoredRecord {
    public static let collection = "proposals"
    public var relativePath: String { "proposals/\(year)/\(id).json" }
}
extension Decision: StoredRecord {
    public static let collection = "decisions"
    public var relativePath: String { "decisions/\(date.year)/\(id).json" }
}
extension AwardRecord: StoredRecord {
    public static let collection = "awards"
    public var relativePath: String { "awards/\(year)/\(id).json" }
}
extension AwardCatalogue: StoredRecord {
    public static let collection = "catalogue"
    public var relativePath: String { "catalogue/awards.json" }
}
