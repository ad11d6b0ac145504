import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compact index of one year's folder of a collection kept by year (awards/2025, proposals/2025), so that
/// a report over ten years reads ten index files instead of a hundred thousand record files.
///
/// `index/<collection>/<year>.jsonl` holds one line per save: the stored record (revision, author, time,
/// value) and the identity of its file just after the save (inode, size, modification time). The store
/// appends the line under the same lock as the save; appending keeps a save's cost independent of the
/// year's size. Reading a year lists the folder and looks at each file's identity: a file matching its
/// latest line is taken from the line, any other file (edited by hand, restored from a backup, written
/// by a save that crashed before its line) is decoded as usual. A stale or missing index therefore costs
/// speed, never correctness; `tdkt check` rewrites the index of every year whose lines no longer match
/// its files, or that has mostly superseded lines.
public enum YearIndex {
    /// The identity of a record file: a save renames a new file into place, so the inode changes with
    /// every save; size and time (in nanoseconds) catch an edit made in place.
    struct FileStamp: Codable, Equatable, Sendable {
        var ino: UInt64
        var size: Int64
        var mtime: Int64
    }

    struct Row<T: StoredRecord>: Codable {
        var path: String
        var file: FileStamp
        var schemaVersion: Int
        var revision: Int
        var modifiedBy: String
        var modifiedAt: String
        var data: T
    }

    /// "awards/2025/kt-1.json" → "index/awards/2025.jsonl"; nil for a record not kept by year.
    public static func indexPath(for relativePath: String) -> String? {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] != "index", !parts[0].isEmpty, parts[1].count == 4, Int(parts[1]) != nil,
              parts[2].hasSuffix(".json"), !parts[2].hasPrefix(".") else { return nil }
        return "index/\(parts[0])/\(parts[1]).jsonl"
    }

    public static func indexPath(collection: String, year: Int) -> String { "index/\(collection)/\(year).jsonl" }

    static func stamp(_ fullPath: String) -> FileStamp? {
        var st = stat()
        guard lstat(fullPath, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(ino: UInt64(st.st_ino), size: Int64(st.st_size),
                         mtime: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    /// One line of the index for a record just written (compact JSON: no newline inside).
    static func line<T: StoredRecord>(_ value: T, path: String, file: FileStamp, revision: Int, user: String, time: String) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try e.encode(Row(path: path, file: file, schemaVersion: Schema.version, revision: revision,
                                    modifiedBy: user, modifiedAt: time, data: value))
        data.append(0x0A)
        return data
    }

    /// The latest line of each file in an index; a torn or unreadable line is skipped (its file is then read).
    static func rows<T: StoredRecord>(_ type: T.Type, root: String, collection: String, year: Int) -> (latest: [String: Row<T>], lines: Int) {
        guard let data = try? FileIO.read(root + "/" + indexPath(collection: collection, year: year)), !data.isEmpty else { return ([:], 0) }
        let decoder = JSONDecoder()
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: true)
        var out: [String: Row<T>] = [:]
        out.reserveCapacity(lines.count)
        // All lines as one array in one pass; line by line only when some line is damaged.
        var array = Data([0x5B])
        array.reserveCapacity(data.count + lines.count + 2)
        for (i, l) in lines.enumerated() {
            if i > 0 { array.append(0x2C) }
            array.append(contentsOf: l)
        }
        array.append(0x5D)
        if let all = try? decoder.decode([Row<T>].self, from: array) {
            for r in all { out[r.path] = r }
            return (out, all.count)
        }
        lines = lines.filter { !$0.isEmpty }
        for l in lines { if let r = try? decoder.decode(Row<T>.self, from: Data(l)) { out[r.path] = r } }
        return (out, lines.count)
    }

    /// The record files of a year's folder with their identities, sorted by name.
    static func listing(root: String, collection: String, year: Int) -> [(relative: String, stamp: FileStamp)] {
        let base = "\(collection)/\(year)"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + base) else { return [] }
        var out: [(String, FileStamp)] = []
        out.reserveCapacity(names.count)
        for name in names.sorted() where !name.hasPrefix(".") && name.hasSuffix(".json") {
            let rel = base + "/" + name
            if let s = stamp(root + "/" + rel) { out.append((rel, s)) }
        }
        return out
    }

    /// How well an index matches its folder.
    public struct Status: Sendable, Equatable {
        public var files: Int
        /// Files whose identity matches their latest line.
        public var matching: Int
        public var lines: Int
        /// Worth rewriting: some file not matched, or more than twice as many lines as files.
        public var isStale: Bool { matching < files || lines > 2 * max(files, 1) }
    }

    public static func status<T: StoredRecord>(_ type: T.Type, store: Store, year: Int) -> Status {
        let index = rows(type, root: store.root, collection: T.collection, year: year)
        let files = listing(root: store.root, collection: T.collection, year: year)
        let matching = files.filter { f in
            index.latest[f.relative].map { $0.file == f.stamp && $0.schemaVersion == Schema.version } ?? false
        }.count
        return Status(files: files.count, matching: matching, lines: index.lines)
    }
}

extension Store {
    /// Records of one year's folder, from the index where it matches the files (see YearIndex).
    func loadYear<T: StoredRecord>(_ type: T.Type, year: Int) -> Loaded<T> {
        let index = useIndexes ? YearIndex.rows(type, root: root, collection: T.collection, year: year).latest : [:]
        var records: [Stored<T>] = []
        var problems: [LoadProblem] = []
        let files = YearIndex.listing(root: root, collection: T.collection, year: year)
        records.reserveCapacity(files.count)
        for (relative, stamp) in files {
            if let row = index[relative], row.file == stamp, row.schemaVersion == Schema.version {
                records.append(Stored(value: row.data, revision: row.revision, modifiedBy: row.modifiedBy, modifiedAt: row.modifiedAt))
                continue
            }
            readInto(&records, &problems, type, relative)
        }
        return Loaded(records: records, problems: problems)
    }

    /// Rewrites a year's index from its files, under the store's lock. Unreadable files get no line
    /// (they are read, and reported, every time). Returns the number of lines written.
    @discardableResult
    public func rebuildIndex<T: StoredRecord>(_ type: T.Type, year: Int) throws -> Int {
        try withLock {
            var out = Data()
            var count = 0
            for (relative, stamp) in YearIndex.listing(root: root, collection: T.collection, year: year) {
                guard let r = try? read(type, at: relative) else { continue }
                out.append(try YearIndex.line(r.value, path: relative, file: stamp, revision: r.revision,
                                              user: r.modifiedBy, time: r.modifiedAt))
                count += 1
            }
            let target = path(YearIndex.indexPath(collection: T.collection, year: year))
            try FileIO.makeDirectories((target as NSString).deletingLastPathComponent)
            try FileIO.atomicWrite(out, to: target)
            return count
        }
    }

    /// Appends the lines of records just put in place (called under the lock, after the renames).
    /// The index is derived data: a failure here leaves it stale, which reading detects, so it is not fatal.
    func appendIndexLines(_ lines: [(relativePath: String, line: (YearIndex.FileStamp) throws -> Data)]) {
        var byIndex: [String: Data] = [:]
        for l in lines {
            guard let index = YearIndex.indexPath(for: l.relativePath), let stamp = YearIndex.stamp(path(l.relativePath)),
                  let data = try? l.line(stamp) else { continue }
            byIndex[index, default: Data()].append(data)
        }
        for (index, data) in byIndex {
            let full = path(index)
            try? FileIO.makeDirectories((full as NSString).deletingLastPathComponent)
            let fd = open(full, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o660)
            guard fd >= 0 else { continue }
            _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }
}

/// The collections kept by year whose indexes `tdkt check` keeps current.
public enum IndexedCollections {
    /// Rewrites every stale index of awards and proposals; returns the index files rewritten.
    public static func refresh(_ store: Store) throws -> [String] {
        var rebuilt: [String] = []
        func each<T: StoredRecord>(_ type: T.Type) throws {
            for year in store.years(in: T.collection) where YearIndex.status(type, store: store, year: year).isStale {
                try store.rebuildIndex(type, year: year)
                rebuilt.append(YearIndex.indexPath(collection: T.collection, year: year))
            }
        }
        try each(AwardRecord.self)
        try each(Proposal.self)
        return rebuilt
    }
}
