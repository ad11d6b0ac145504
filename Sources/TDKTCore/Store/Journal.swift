import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal of a commit, written whole (atomically) before the first file is moved and removed after the
/// last audit line is appended: so a commit interrupted at any step is finished — or, where another save has
/// moved a record on since, rolled back — by the next writer, and its audit lines are never lost.
///
/// Lines: `FROM\tTO\tBASE` (paths relative to the data directory; BASE the revision the target had when the
/// commit was planned, 0 for none, `-` for a file that is not a record), then `audit\tJSON` per audit line.
/// Older journals' `FROM\tTO` lines are still read.
extension Store {
    struct JournalMove {
        var from: String
        var to: String
        var base: Int?
    }

    var journalPath: String { path(".journal") }

    func writeJournal(_ moves: [JournalMove], audits: [AuditEntry]) throws {
        let prefix = root + "/"
        var lines = moves.map { m in
            "\(m.from.dropFirst(prefix.count))\t\(m.to.dropFirst(prefix.count))\t\(m.base.map(String.init) ?? "-")"
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for a in audits { lines.append("audit\t" + String(decoding: try encoder.encode(a), as: UTF8.self)) }
        try FileIO.atomicWrite(Data((lines.joined(separator: "\n") + "\n").utf8), to: journalPath)
    }

    /// A journal line's move, if it is one a commit writes: inside the data directory, within one folder,
    /// a temporary of the store's naming onto its file (or a record onto its hidden removed name), no links.
    /// Anything else (a journal planted by hand) is refused, never carried out.
    func journalMove(_ line: Substring) -> JournalMove? {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        for p in parts[0..<2] where p.isEmpty || p.hasPrefix("/") || p.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) {
            return nil
        }
        let from = parts[0] as NSString, to = parts[1] as NSString
        guard from.deletingLastPathComponent == to.deletingLastPathComponent else { return nil }
        // Records live in folders; the configuration (a write of the store's own) at the top.
        let fromName = from.lastPathComponent, toName = to.lastPathComponent
        let isWrite = fromName.hasPrefix("." + toName + ".tmp-")
        let isRemoval = toName == "." + fromName + ".removed"
        guard isWrite || isRemoval, isWrite || !from.deletingLastPathComponent.isEmpty else { return nil }
        if from.deletingLastPathComponent.isEmpty && toName != OfficeConfig.fileName { return nil }
        for p in parts[0..<2] {
            var st = stat()
            if lstat(path(p), &st) == 0, st.st_mode & S_IFMT == S_IFLNK { return nil }
        }
        var base: Int?
        if parts.count == 3, parts[2] != "-" {
            guard let b = Int(parts[2]), b >= 0 else { return nil }
            base = b
        }
        return JournalMove(from: path(parts[0]), to: path(parts[1]), base: base)
    }

    /// The revision a record file has now (0: none); nil when it cannot be read as a record.
    private func currentRevision(_ file: String) -> Int? {
        guard let data = try? FileIO.read(file) else { return 0 }
        struct Header: Decodable { var revision: Int }
        return (try? JSONDecoder().decode(Header.self, from: data))?.revision
    }

    /// Finishes a commit a crash interrupted after its journal was written: each move not yet made is made if
    /// its target is still at the revision the commit was based on, else dropped (the commit is rolled back
    /// there, never replayed over a newer save); then the audit lines not yet in the log are appended.
    /// Without a journal, temporaries were never put in place and are left for `check` to remove.
    func recoverJournal() throws {
        guard let data = try FileIO.read(journalPath) else { return }
        var audits: [AuditEntry] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("audit\t") {
                if let a = try? JSONDecoder().decode(AuditEntry.self, from: Data(line.dropFirst(6).utf8)) { audits.append(a) }
                continue
            }
            guard let move = journalMove(line) else { continue }
            let removal = move.to.hasSuffix(".removed")
            if FileManager.default.fileExists(atPath: move.from) {
                let target = removal ? move.from : move.to
                if let base = move.base, currentRevision(target) != base {
                    // Someone saved this record since the commit was planned: keep theirs.
                    if !removal { unlink(move.from) }
                } else {
                    try FileIO.commitTemporary(move.from, to: move.to)
                }
            }
            // A record moved aside by a removal is dropped once the move is certain.
            if removal { unlink(move.to) }
        }
        try appendMissing(audits)
        unlink(journalPath)
        FileIO.syncDirectory(root)
    }

    /// Appends the entries the log does not already end with (a crash may have come after some of them).
    private func appendMissing(_ audits: [AuditEntry]) throws {
        guard !audits.isEmpty else { return }
        let log = AuditLog(store: self)
        let tail = FileIO.lastLines(log.path, count: audits.count).map { line -> AuditEntry? in
            guard var e = try? JSONDecoder().decode(AuditEntry.self, from: line) else { return nil }
            e.prev = nil
            return e
        }
        // The longest prefix of the commit's entries that the log already ends with.
        var done = 0
        for k in stride(from: min(audits.count, tail.count), through: 1, by: -1) {
            if Array(tail.suffix(k)) == audits.prefix(k).map({ Optional($0) }) { done = k; break }
        }
        for a in audits.dropFirst(done) { try log.append(a) }
    }

    /// Carries out a planned commit: journal, moves, audit lines, journal removed.
    func carryOut(_ moves: [JournalMove], audits: [AuditEntry]) throws {
        try writeJournal(moves, audits: audits)
        for m in moves { try FileIO.commitTemporary(m.from, to: m.to) }
        for m in moves where m.to.hasSuffix(".removed") { unlink(m.to) }
        let log = AuditLog(store: self)
        for a in audits { try log.append(a) }
        unlink(journalPath)
        FileIO.syncDirectory(root)
    }
}
