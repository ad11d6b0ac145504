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
    /// SHA-256 of the line before this one, as written: a line edited, removed or cut breaks the chain,
    /// which `tdkt check` reports. (Lines written before the chain began have none.)
    public var prev: String?

    public init(time: String, user: String, action: String, record: String, revision: Int?, changes: [String: String]?, prev: String? = nil) {
        self.time = time; self.user = user; self.action = action; self.record = record
        self.revision = revision; self.changes = changes; self.prev = prev
    }

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

    /// The hash the first chained line carries: of nothing before it.
    static let chainStart = SHA256.hex(Data())

    /// Appends under the store's lock, chained to the last line.
    func append(_ entry: AuditEntry) throws {
        var chained = entry
        chained.prev = FileIO.lastLine(path).map(SHA256.hex) ?? Self.chainStart
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try FileIO.appendLine(String(decoding: try e.encode(chained), as: UTF8.self), to: path)
    }

    /// Problems of the chain: lines that do not parse, and lines whose `prev` is not the hash of the line before
    /// (an edited, removed or torn line). Read line by line, so a long log takes little memory.
    public func verify() -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        var problems: [String] = []
        var previous: Data?
        var number = 0
        var chained = false
        let decoder = JSONDecoder()
        LineReader(handle).forEach { line in
            number += 1
            defer { previous = line }
            guard let entry = try? decoder.decode(AuditEntry.self, from: line) else {
                problems.append("audit.log dòng \(number): không đọc được / line \(number): unreadable")
                return
            }
            guard let prev = entry.prev else {
                if chained { problems.append("audit.log dòng \(number): thiếu mã chuỗi / line \(number): chain hash missing") }
                return
            }
            let expected = previous.map(SHA256.hex) ?? Self.chainStart
            if prev != expected {
                problems.append("audit.log dòng \(number): không khớp dòng trước — nhật ký đã bị sửa, xóa hoặc cắt / line \(number): does not match the line before — the log was edited, cut or lines removed")
            }
            chained = true
        }
        return problems
    }

    /// Entries, oldest first, filtered by time (ISO prefix comparison), user and record.
    /// Read line by line: memory grows with the entries kept, not with the log.
    public func entries(since: String? = nil, user: String? = nil, record: String? = nil) -> [AuditEntry] {
        var out: [AuditEntry] = []
        forEach(since: since, user: user, record: record) { out.append($0) }
        return out
    }

    /// The same entries, handed over one at a time: memory stays that of one line, whatever the log's length.
    public func forEach(since: String? = nil, user: String? = nil, record: String? = nil, _ body: (AuditEntry) -> Void) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let d = JSONDecoder()
        LineReader(handle).forEach { line in
            guard let e = try? d.decode(AuditEntry.self, from: line) else { return }
            if (since.map { e.time >= $0 } ?? true) && (user.map { e.user == $0 } ?? true)
                && (record.map { e.record.contains($0) } ?? true) {
                body(e)
            }
        }
    }
}
