import Foundation
import TDKTText

/// The format of one record file, for tools that make or check files without a store:
/// the benchmark's generated province and the loader's fuzzer.
public enum RecordFile {
    /// The bytes of a record's file, as the store writes them.
    public static func encode<T: StoredRecord>(_ value: T, revision: Int, modifiedBy: String, modifiedAt: String) throws -> Data {
        try JSONCoding.encode(Envelope(schemaVersion: Schema.version, kind: T.collection, revision: revision,
                                       modifiedBy: modifiedBy, modifiedAt: modifiedAt, data: value))
    }

    /// The record kinds, by collection folder, that `decode(kind:…)` reads.
    static let kinds: [String: @Sendable (Data, String) throws -> Void] = [
        Unit.collection: { _ = try Store.decodeRecord(Unit.self, $0, $1) },
        Person.collection: { _ = try Store.decodeRecord(Person.self, $0, $1) },
        Household.collection: { _ = try Store.decodeRecord(Household.self, $0, $1) },
        Campaign.collection: { _ = try Store.decodeRecord(Campaign.self, $0, $1) },
        Cluster.collection: { _ = try Store.decodeRecord(Cluster.self, $0, $1) },
        Proposal.collection: { _ = try Store.decodeRecord(Proposal.self, $0, $1) },
        AwardRecord.collection: { _ = try Store.decodeRecord(AwardRecord.self, $0, $1) },
        AwardCatalogue.collection: { _ = try Store.decodeRecord(AwardCatalogue.self, $0, $1) },
    ]

    /// Decodes a record file of the collection `kind` without touching the disk; an unknown kind is refused.
    public static func decode(kind: String, data: Data, path: String) throws {
        guard let decode = kinds[kind] else {
            throw StoreError.unreadable(path: path, line: nil, column: nil, detail: "unknown record kind \(kind)")
        }
        try decode(data, path)
    }
}

/// Writes a generated data directory (benchmark and test fixtures) straight to files in the store's
/// format, without lock, journal, audit or fsync. It refuses a directory that already holds data,
/// so it can never write around the store in an office's directory; the configuration goes last.
public struct FixtureWriter {
    public let root: String
    public let user: String
    public let stamp: String
    public private(set) var files = 0
    public private(set) var bytes = 0

    public init(root: String, user: String, stamp: String = "2026-01-05T08:00:00Z") throws {
        if DataDirectory.isInitialised(root) {
            throw StoreError.io(path: root, detail: "already a data directory; fixtures are written only into a new one")
        }
        self.root = root; self.user = user; self.stamp = stamp
        try FileIO.makeDirectories(root)
    }

    public mutating func put<T: StoredRecord>(_ value: T, revision: Int = 1) throws {
        let data = try RecordFile.encode(value, revision: revision, modifiedBy: user, modifiedAt: stamp)
        let path = root + "/" + value.relativePath
        let folder = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) { try FileIO.makeDirectories(folder) }
        guard FileManager.default.createFile(atPath: path, contents: data) else { throw StoreError.io(path: path, detail: "create") }
        files += 1; bytes += data.count
    }

    /// Writes the office configuration, which makes the directory a data directory.
    public func finish(config: OfficeConfig) throws {
        let path = root + "/" + OfficeConfig.fileName
        guard FileManager.default.createFile(atPath: path, contents: try JSONCoding.encode(config)) else {
            throw StoreError.io(path: path, detail: "create")
        }
    }
}
