import Foundation
import TDKTText

/// One line of the audit log: who did what to which record, and what changed.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var time: String
    public var user: String
    public var action: String
    public var record: String
    public var revision: Int?
    /// Field → "old → new" for the record's top-level fields that changed.
    public var changes: [String: String]?

    static func changes(old: Data?, new: Data) -> [String: String]? {
        func fields(_ data: Data?) -> [String: Any] {
            guard let data, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
            return object["data"] as? [String: Any] ?? [:]
        }
        func text(_ value: Any?) -> String {
            guard let value else { return "∅" }
            let d = (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return DisplayWidth.truncate(String(decoding: d, as: UTF8.self), to: 60)
        }
        let before = fields(old), after = fields(new)
        var out: [String: String] = [:]
        for key in Set(before.keys).union(after.keys) {
            let a = text(before[key]), b = text(after[key])
            if a != b { out[key] = "\(a) → \(b)" }
        }
        return out
    }
}

/// The append-only log at `audit.log` in the data directory, one JSON object a line.
public struct AuditLog {
    let store: Store
    public init(store: Store) { self.store = store }
    var path: String { store.path("audit.log") }

    func append(_ entry: AuditEntry) throws {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try FileIO.appendLine(String(decoding: try e.encode(entry), as: UTF8.self), to: path)
    }

    /// Entries, oldest first, filtered by time (ISO prefix comparison), user and record.
    public func entries(since: String? = nil, user: String? = nil, record: String? = nil) -> [AuditEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let d = JSONDecoder()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            try? d.decode(AuditEntry.self, from: Data(line.utf8))
        }.filter { e in
            (since.map { e.time >= $0 } ?? true) && (user.map { e.user == $0 } ?? true)
                && (record.map { e.record.contains($0) } ?? true)
        }
    }
}
