import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The rows a list screen showed when it last read its records, kept so that the next opening shows them at
/// once while the records are read again behind them (the screen then shows what the files say).
///
/// A snapshot is derived like an index and never trusted alone: it is only ever shown until that read
/// ends. It belongs to one login (`index/snapshots/<login>/`), so a clerk is only ever shown rows the program
/// showed that clerk before, and carries a key (the role, the language, the year shown…): a snapshot with
/// another key is not shown. A file that is torn, damaged or of another version is ignored and written again;
/// `tdkt check` removes such files.
public struct RowSnapshot: Sendable, Equatable {
    /// What the rows were made for; a screen shows a snapshot only under the same key.
    public var key: String
    /// Each row: its id, then its cells.
    public var rows: [[String]]

    public init(key: String, rows: [[String]]) { self.key = key; self.rows = rows }

    static let heading = "tdkt-rows 1"
    static let folder = "index/snapshots"

    /// Tab-separated, one row a line; a tab, a line break or a backslash inside a cell is escaped
    /// (`\t`, `\n`, `\\`). The last line counts the rows, so a file cut short is not taken for a short list.
    /// Written as bytes: a screen's first opening saves thousands of rows before it is shown.
    func encoded() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(rows.reduce(64) { $0 + $1.reduce($1.count) { $0 + $1.utf8.count } })
        TabSeparated.putRow([Self.heading, key], into: &out)
        for row in rows { TabSeparated.putRow(row, into: &out) }
        out += Array("end\t\(rows.count)\n".utf8)
        return Data(out)
    }

    /// nil for anything but a whole snapshot of this version. Split on bytes (`TabSeparated.eachRow`):
    /// thousands of rows split by characters cost milliseconds.
    static func decoded(_ data: Data) -> RowSnapshot? {
        var lines: [[String]] = []
        let ok = data.withUnsafeBytes { raw in
            TabSeparated.eachRow(raw.bindMemory(to: UInt8.self)) { cells in
                var row: [String] = []
                row.reserveCapacity(cells.count)
                for c in cells {
                    guard let text = TabSeparated.cell(c) else { return false }
                    row.append(text)
                }
                lines.append(row)
                return true
            }
        }
        guard ok, lines.count >= 2, let head = lines.first, let tail = lines.last,
              head.count == 2, head[0] == heading, tail.count == 2, tail[0] == "end", Int(tail[1]) == lines.count - 2
        else { return nil }
        let rows = Array(lines[1..<(lines.count - 1)])
        guard rows.allSatisfy({ !$0.isEmpty && !$0[0].isEmpty }) else { return nil }
        return RowSnapshot(key: head[1], rows: rows)
    }
}

extension Store {
    /// The file of a snapshot `name` ("proposals-2025") of this store's login. Names and logins are
    /// reduced to letters, digits, `.`, `-` and `_`, so neither can lead the path out of the folder.
    func snapshotPath(_ name: String) -> String {
        path("\(RowSnapshot.folder)/\(Self.snapshotSafe(user))/\(Self.snapshotSafe(name)).tsv")
    }

    static func snapshotSafe(_ s: String) -> String {
        let kept = s.unicodeScalars.map { c -> Character in
            c.isASCII && (CharacterSet.alphanumerics.contains(c) || c == "-" || c == "_" || c == ".") ? Character(c) : "_"
        }
        let name = String(kept).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return name.isEmpty ? "_" : name
    }

    /// The snapshot saved under `name` when it was made for `key`; nil when there is none, it was made for
    /// another key, or it cannot be read whole.
    func rowSnapshot(_ name: String, key: String) -> RowSnapshot? {
        let file = snapshotPath(name)
        guard let read = try? FileIO.readStamped(file), let snap = RowSnapshot.decoded(read.data), snap.key == key else { return nil }
        return snap
    }

    /// Saves a snapshot (a new file put in place whole, not waited onto the disk). A snapshot is only a
    /// head start, so a failure to save it (a read-only copy of the data, a full disk) is not an error: the
    /// next opening reads the files.
    func saveRowSnapshot(_ name: String, _ snapshot: RowSnapshot) {
        try? FileIO.replaceQuickly(snapshot.encoded(), at: snapshotPath(name))
    }

    /// Removes the snapshot files that cannot be read whole (torn, damaged, of another version, left by an
    /// interrupted save, anything else put there) for `tdkt check`, and returns their paths in the data
    /// directory. Whole ones stay: each is checked against the files whenever it is shown, and a nightly check
    /// removing them all would make every clerk's first opening of the day read first.
    func removeDamagedRowSnapshots() -> [String] {
        let logins = ((try? FileManager.default.contentsOfDirectory(atPath: path(RowSnapshot.folder))) ?? []).sorted()
        return logins.flatMap { removeUnreadable(in: "\(RowSnapshot.folder)/\($0)") { RowSnapshot.decoded($0) != nil } }
    }

    /// Removes the files of a folder of derived files that are not `.tsv` files `isWhole` accepts; returns
    /// their paths in the data directory.
    func removeUnreadable(in folder: String, isWhole: (Data) -> Bool) -> [String] {
        var removed: [String] = []
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []).sorted() {
            let relative = folder + "/" + file
            var whole = false
            if file.hasSuffix(".tsv"), let read = try? FileIO.readStamped(path(relative)) { whole = isWhole(read.data) }
            if !whole && unlink(path(relative)) == 0 { removed.append(relative) }
        }
        return removed
    }
}

extension Workspace {
    /// The key of a snapshot made for this login in its present role and scope, with what the screen adds
    /// (the language, the year shown): a changed role or unit makes the snapshots made before not shown.
    public func rowSnapshotKey(_ parts: [String]) -> String {
        let r = role.map { "\($0.role)/\($0.unitId ?? "")/\($0.clusterIds.joined(separator: ","))" } ?? "-"
        return ([login, r] + parts).joined(separator: "|")
    }

    /// This login's snapshot `name` if it was made under the same key (`rowSnapshotKey`).
    public func rowSnapshot(_ name: String, key: String) -> RowSnapshot? { store.rowSnapshot(name, key: key) }

    /// Saves this login's snapshot `name`; safe from any thread (it touches no record).
    public func saveRowSnapshot(_ name: String, _ snapshot: RowSnapshot) { store.saveRowSnapshot(name, snapshot) }
}
