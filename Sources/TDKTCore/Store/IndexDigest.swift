import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a reader choosing among a folder's records needs from each path's latest index line (the file's
/// identity, the schema, where the line is in the index, a few fields of the record), kept beside the index
/// so that the next read passes over no JSON: a year's award index is 2 MB of it, its digest a fifth.
///
/// Derived from the index as the index is from the files. It names the identity (inode, size, time) of the
/// index it was made from and is used only while the index is that very file: a line appended or the index
/// rewritten leaves it unused until it is made again. Each line's file identity is still checked against the
/// record's file, as the index line's is. One that cannot be read whole is not used; `tdkt check` removes it.
struct IndexDigest: Equatable {
    struct Line: Equatable {
        var path: String
        var file: YearIndex.FileStamp
        var schemaVersion: Int
        /// Where the line is in the index (to decode the record if chosen).
        var range: Range<Int>
        var fields: [String]
    }

    /// The folder whose index it digests ("awards/2025"), and what it keeps of each record ("nominee").
    var folder: String
    var kind: String
    var index: YearIndex.FileStamp
    var lines: [Line]

    static let heading = "tdkt-digest 1"
    static let directory = "index/digests"

    /// "awards/2025", "nominee" → "index/digests/awards-2025.nominee.tsv".
    static func path(folder: String, kind: String) -> String {
        "\(directory)/\(Store.snapshotSafe(folder.replacingOccurrences(of: "/", with: "-"))).\(Store.snapshotSafe(kind)).tsv"
    }

    /// Tab-separated (`TabSeparated`): a heading row naming the folder, the kind and the index's identity,
    /// a row per line, and a last row counting them, so a file cut short is not taken for a short one.
    func encoded() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(64 + lines.count * 96)
        TabSeparated.putRow([Self.heading, folder, kind, String(index.ino), String(index.size), String(index.mtime)], into: &out)
        for l in lines {
            TabSeparated.putRow([l.path, String(l.file.ino), String(l.file.size), String(l.file.mtime), String(l.schemaVersion),
                                 String(l.range.lowerBound), String(l.range.upperBound)] + l.fields, into: &out)
        }
        out += Array("end\t\(lines.count)\n".utf8)
        return Data(out)
    }

    /// nil for anything but a whole digest of this version. Numbers are read from the bytes; only the cells
    /// that are text become strings.
    static func decoded(_ data: Data) -> IndexDigest? {
        // A large digest (the people's labels: 2 MB) is read in two halves on two cores.
        let parts = Parallel.map(Array(Parallel.lineHalves(data).enumerated())) { i, half in Part(half, first: i == 0) }
        guard parts.allSatisfy({ $0 != nil }), let head = parts[0]?.head, let counted = parts.last??.counted,
              parts.dropLast().allSatisfy({ $0?.counted == nil }) else { return nil }
        let lines = parts.flatMap { $0!.lines }
        guard counted == lines.count, let ino = Int64(head[3]), let size = Int64(head[4]), let mtime = Int64(head[5]) else { return nil }
        return IndexDigest(folder: head[1], kind: head[2], index: YearIndex.FileStamp(ino: UInt64(bitPattern: ino), size: size, mtime: mtime),
                           lines: lines)
    }

    /// The rows of a run of whole lines: the heading first in the first run, the count last in the last one.
    private struct Part {
        var head: [String]?
        var lines: [Line] = []
        var counted: Int?

        init?(_ data: Data, first: Bool) {
            var head: [String]?, lines: [Line] = [], counted: Int?
            let ok = data.withUnsafeBytes { raw in
                TabSeparated.eachRow(raw.bindMemory(to: UInt8.self)) { cells in
                    guard counted == nil else { return false }
                    if first && head == nil {
                        guard cells.count == 6 else { return false }
                        let text = cells.compactMap(TabSeparated.cell)
                        guard text.count == 6, text[0] == heading else { return false }
                        head = text
                        return true
                    }
                    if cells.count == 2, let first = TabSeparated.cell(cells[0]), first == "end" {
                        counted = TabSeparated.int(cells[1]).map(Int.init)
                        return counted != nil
                    }
                    guard cells.count >= 7, let path = TabSeparated.cell(cells[0]), let ino = TabSeparated.int(cells[1]),
                          let size = TabSeparated.int(cells[2]), let mtime = TabSeparated.int(cells[3]),
                          let schema = TabSeparated.int(cells[4]), let start = TabSeparated.int(cells[5]),
                          let end = TabSeparated.int(cells[6]), 0 <= start, start <= end else { return false }
                    var fields: [String] = []
                    fields.reserveCapacity(cells.count - 7)
                    for c in cells[7...] {
                        guard let text = TabSeparated.cell(c) else { return false }
                        fields.append(text)
                    }
                    lines.append(Line(path: path, file: YearIndex.FileStamp(ino: UInt64(bitPattern: ino), size: size, mtime: mtime),
                                      schemaVersion: Int(schema), range: Int(start)..<Int(end), fields: fields))
                    return true
                }
            }
            guard ok, !first || head != nil else { return nil }
            self.head = head; self.lines = lines; self.counted = counted
        }
    }
}

extension IndexDigest {
    /// Whether `data` is a whole digest of this version: UTF-8, its heading, and a last row counting the rows
    /// between. What `tdkt check` asks (its cells are checked when it is read: one that does not read is
    /// not used, and made again); far cheaper than reading it.
    static func isWhole(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.last == 0x0A, String(validating: bytes, as: UTF8.self) != nil,
                  bytes.starts(with: Array((heading + "\t").utf8)) else { return false }
            let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let body = bytes.dropLast()
            let lastStart = body.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let last = String(decoding: UnsafeBufferPointer(rebasing: bytes[lastStart..<(bytes.count - 1)]), as: UTF8.self)
            return last == "end\t\(lines - 2)"
        }
    }
}

extension Store {
    /// The digest of `folder`'s index kept for `kind`, if it was made from the index whose identity is
    /// `index` (read with the index's bytes) and can be read whole.
    func indexDigest(folder: String, kind: String, index: YearIndex.FileStamp) -> IndexDigest? {
        guard let read = try? FileIO.readStamped(path(IndexDigest.path(folder: folder, kind: kind))),
              let digest = IndexDigest.decoded(read.data),
              digest.folder == folder, digest.kind == kind, digest.index == index else { return nil }
        return digest
    }

    /// The digest for `kind` of `folder`'s index as the index is now, if there is one that reads whole.
    func currentIndexDigest(folder: String, kind: String) -> IndexDigest? {
        YearIndex.stamp(path(YearIndex.indexPath(folder: folder))).flatMap { indexDigest(folder: folder, kind: kind, index: $0) }
    }

    /// The latest line of each path in `folder`'s index as `L`: from the index's digest for `kind` when it was
    /// made from this very index (same inode, size and time) and each of its lines reads, else from `parse` of
    /// the index's JSON (the lines by path), the digest then made again from what it found. Empty when there is
    /// no index. The caller finds them by what it needs (a path, an id).
    /// `order`: the order the digest keeps the lines in (by path without it); they come back in it.
    /// `supersedes`: the kind of an earlier digest of the same lines, removed when this one is made.
    func latestLines<L>(folder: String, kind: String, fromDigest: (IndexDigest.Line) -> L?,
                        parse: (Data) -> [String: L], digested: (L) -> IndexDigest.Line, order: (([L]) -> [L])? = nil,
                        supersedes: String? = nil) -> [L] {
        let indexFile = self.path(YearIndex.indexPath(folder: folder))
        if let digest = currentIndexDigest(folder: folder, kind: kind) {
            let lines = digest.lines.compactMap(fromDigest)
            if lines.count == digest.lines.count { return lines }
        }
        guard let index = try? FileIO.readStamped(indexFile) else { return [] }
        let parsed = Array(parse(index.data).values)
        let lines = order?(parsed) ?? parsed
        let kept = order == nil ? lines.map(digested).sorted { $0.path < $1.path } : lines.map(digested)
        saveIndexDigest(IndexDigest(folder: folder, kind: kind, index: index.stamp, lines: kept))
        if let supersedes { try? FileManager.default.removeItem(atPath: path(IndexDigest.path(folder: folder, kind: supersedes))) }
        return lines
    }

    /// Saves a digest (put in place whole, not waited onto the disk). Only a head start, as a screen's kept
    /// rows: a failure to save it (a read-only copy of the data, a full disk) is not an error.
    func saveIndexDigest(_ digest: IndexDigest) {
        try? FileIO.replaceQuickly(digest.encoded(), at: path(IndexDigest.path(folder: digest.folder, kind: digest.kind)))
    }

    /// Removes the digest files that cannot be read whole (torn, of another version, left by an interrupted
    /// save, anything else put there) for `tdkt check`, and returns their paths in the data directory. Whole
    /// ones stay: each is used only while its index is unchanged.
    func removeDamagedIndexDigests() -> [String] {
        removeUnreadable(in: IndexDigest.directory, isWhole: IndexDigest.isWhole)
    }
}
