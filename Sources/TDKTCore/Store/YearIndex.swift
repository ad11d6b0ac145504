import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compact index of one folder of records (a year of awards or proposals: awards/2025; a collection not
/// kept by year: people), so that a report over ten years reads ten index files instead of a hundred
/// thousand record files, and the people list reads one file instead of fifteen thousand.
///
/// `index/<folder>.jsonl` (index/awards/2025.jsonl, index/people.jsonl) holds one line per save: the stored
/// record (revision, author, time, value) and the identity of its file just after the save (inode, size,
/// modification time). The store appends the line under the same lock as the save; appending keeps a
/// save's cost independent of the folder's size. Reading a folder lists it and looks at each file's
/// identity: a file matching its latest line is taken from the line (decoded by IndexLineDecoder), any
/// other file (edited by hand, restored from a backup, written by a save that crashed before its line) is
/// decoded as usual. A stale, torn or missing index therefore costs speed, never correctness; a save
/// compacts an index whose superseded lines outnumber its records (IndexCompaction), and `tdkt check`
/// rewrites the index of every folder whose lines no longer match its files, or that has mostly
/// superseded lines.
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

    /// "awards/2025/kt-1.json" → "index/awards/2025.jsonl", "people/p1.json" → "index/people.jsonl";
    /// nil for a file not kept in an indexed collection.
    public static func indexPath(for relativePath: String) -> String? {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, IndexedCollections.names.contains(String(parts[0])), let name = parts.last,
              name.hasSuffix(".json"), !name.hasPrefix("."), !parts.contains(where: \.isEmpty) else { return nil }
        if parts.count == 3 && (parts[1].count != 4 || Int(parts[1]) == nil) { return nil }
        guard parts.count <= 3 else { return nil }
        return indexPath(folder: parts.dropLast().joined(separator: "/"))
    }

    public static func indexPath(folder: String) -> String { "index/\(folder).jsonl" }
    public static func indexPath(collection: String, year: Int) -> String { indexPath(folder: "\(collection)/\(year)") }

    static func stamp(_ fullPath: String) -> FileStamp? {
        var st = stat()
        guard lstat(fullPath, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(st)
    }

    /// One line of the index for a record just written (compact JSON: no newline inside).
    static func line<T: StoredRecord>(_ value: T, path: String, file: FileStamp, revision: Int, user: String, time: String) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        var data = try e.encode(Row(path: path, file: file, schemaVersion: Schema.version, revision: revision,
                                    modifiedBy: user, modifiedAt: time, data: value))
        data.append(0x0A)
        return data
    }

    /// The latest line of each file in an index, decoded in one pass by IndexLineDecoder; a torn or
    /// unreadable line is skipped (its file is then read).
    static func rows<T: StoredRecord>(_ type: T.Type, root: String, folder: String) -> (latest: [String: Row<T>], lines: Int) {
        guard let data = try? FileIO.read(root + "/" + indexPath(folder: folder)), !data.isEmpty else { return ([:], 0) }
        return IndexLineDecoder.rows(type, data)
    }

    /// The record files of a folder with their identities, sorted by name.
    static func listing(root: String, folder: String) -> [(relative: String, stamp: FileStamp)] {
        guard let dir = opendir(root + "/" + folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = directoryEntryName(entry)
            if !name.hasPrefix(".") && name.hasSuffix(".json") { names.append(name) }
        }
        names.sort()
        // Each file looked up from the open folder: no walk of the whole path per file; a large folder's
        // halves on two cores.
        let fd = dirfd(dir)
        let halves = names.count < 4096 ? [names[...]] : [names[..<(names.count / 2)], names[(names.count / 2)...]]
        return Parallel.map(halves) { part -> [(relative: String, stamp: FileStamp)] in
            var out: [(relative: String, stamp: FileStamp)] = []
            out.reserveCapacity(part.count)
            var st = stat()
            for name in part where fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFREG {
                out.append((folder + "/" + name, FileStamp(st)))
            }
            return out
        }.flatMap { $0 }
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
        status(type, store: store, folder: "\(T.collection)/\(year)")
    }

    public static func status<T: StoredRecord>(_ type: T.Type, store: Store, folder: String) -> Status {
        let index = rows(type, root: store.root, folder: folder)
        let files = listing(root: store.root, folder: folder)
        let matching = files.filter { f in
            index.latest[f.relative].map { $0.file == f.stamp && $0.schemaVersion == Schema.version } ?? false
        }.count
        return Status(files: files.count, matching: matching, lines: index.lines)
    }
}

extension YearIndex.FileStamp {
    init(_ st: stat) {
        self.init(ino: UInt64(st.st_ino), size: Int64(st.st_size),
                  mtime: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }
}

extension Store {
    /// Records of one year's folder (see `loadFolder`).
    func loadYear<T: StoredRecord>(_ type: T.Type, year: Int) -> Loaded<T> {
        loadFolder(type, folder: "\(T.collection)/\(year)")
    }

    /// Records of one folder: a record already decoded from a file that has not changed is reused; otherwise
    /// it comes from the folder's index where its line matches the file, else from the file itself.
    func loadFolder<T: StoredRecord>(_ type: T.Type, folder: String) -> Loaded<T> {
        if readsIndexesOnly {
            let rows = YearIndex.rows(type, root: root, folder: folder).latest.values.filter { $0.schemaVersion == Schema.version }
            return Loaded(records: rows.sorted { $0.path < $1.path }.map {
                Stored(value: $0.data, revision: $0.revision, modifiedBy: $0.modifiedBy, modifiedAt: $0.modifiedAt)
            }, problems: [])
        }
        let files = YearIndex.listing(root: root, folder: folder)
        var records: [Stored<T>] = []
        var problems: [LoadProblem] = []
        records.reserveCapacity(files.count)
        // The index is read at the first file not already known, and not at all when every one is.
        var index: [String: YearIndex.Row<T>]?
        for (relative, stamp) in files {
            if useIndexes, let known = decoded.record(type, at: relative, stamp: stamp) {
                records.append(known)
                continue
            }
            if index == nil { index = useIndexes ? YearIndex.rows(type, root: root, folder: folder).latest : [:] }
            if let row = index?[relative], row.file == stamp, row.schemaVersion == Schema.version {
                let r = Stored(value: row.data, revision: row.revision, modifiedBy: row.modifiedBy, modifiedAt: row.modifiedAt)
                decoded.remember(r, at: relative, stamp: stamp)
                records.append(r)
                continue
            }
            readInto(&records, &problems, type, relative)
        }
        return Loaded(records: records, problems: problems)
    }

    /// Rewrites a year's index from its files (see `rebuildIndex(_:folder:)`).
    @discardableResult
    public func rebuildIndex<T: StoredRecord>(_ type: T.Type, year: Int) throws -> Int {
        try rebuildIndex(type, folder: "\(T.collection)/\(year)")
    }

    /// Rewrites a folder's index from its files, under the store's lock. Unreadable files get no line
    /// (they are read, and reported, every time). Returns the number of lines written.
    @discardableResult
    public func rebuildIndex<T: StoredRecord>(_ type: T.Type, folder: String) throws -> Int {
        try withLock {
            var out = Data()
            var count = 0
            for (relative, stamp) in YearIndex.listing(root: root, folder: folder) {
                guard let r = try? read(type, at: relative) else { continue }
                out.append(try YearIndex.line(r.value, path: relative, file: stamp, revision: r.revision,
                                              user: r.modifiedBy, time: r.modifiedAt))
                count += 1
            }
            let target = path(YearIndex.indexPath(folder: folder))
            try FileIO.makeDirectories((target as NSString).deletingLastPathComponent)
            try FileIO.atomicWrite(out, to: target)
            return count
        }
    }

    /// Appends the lines of records just put in place (called under the lock, after the renames).
    /// The index is derived data: a failure here leaves it stale, which reading detects, so it is not fatal.
    /// An index whose stale lines come to outnumber its records is compacted here (IndexCompaction).
    func appendIndexLines(_ lines: [(relativePath: String, line: (YearIndex.FileStamp) throws -> Data)]) {
        var byIndex: [String: (folder: String, data: Data)] = [:]
        for l in lines {
            decoded.forget(l.relativePath)
            guard let index = YearIndex.indexPath(for: l.relativePath), let stamp = YearIndex.stamp(path(l.relativePath)),
                  let data = try? l.line(stamp) else { continue }
            byIndex[index, default: ((l.relativePath as NSString).deletingLastPathComponent, Data())].data.append(data)
        }
        for (index, entry) in byIndex {
            let full = path(index)
            try? FileIO.makeDirectories((full as NSString).deletingLastPathComponent)
            let fd = open(full, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o660)
            guard fd >= 0 else { continue }
            var st = stat()
            let before = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
            var data = entry.data
            // A last line left torn by a crash is ended first, so that it does not swallow this one.
            var last: UInt8 = 0x0A
            if before > 0 && pread(fd, &last, 1, off_t(before - 1)) == 1 && last != 0x0A { data.insert(0x0A, at: 0) }
            let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            if written > 0 && IndexCompaction.shouldCheck(before: before, after: before + written) {
                _ = try? IndexCompaction.compactIfStale(root: root, folder: entry.folder)
            }
        }
    }
}

/// The collections whose folders are indexed, and whose indexes `tdkt check` keeps current.
public enum IndexedCollections {
    static let names: Set<String> = [AwardRecord.collection, Proposal.collection, Person.collection, Unit.collection,
                                     Household.collection, Campaign.collection, Cluster.collection]

    /// Rewrites every stale index (awards and proposals by year; people, units, households, campaigns
    /// and clusters as a whole); returns the index files rewritten.
    public static func refresh(_ store: Store) throws -> [String] {
        var rebuilt: [String] = []
        func each<T: StoredRecord>(_ type: T.Type, byYear: Bool) throws {
            let folders = byYear ? store.years(in: T.collection).map { "\(T.collection)/\($0)" }
                : (FileManager.default.fileExists(atPath: store.path(T.collection)) ? [T.collection] : [])
            // Each folder's index against its files, the folders in parallel; the stale ones rewritten in turn.
            let stale = Parallel.map(folders) { YearIndex.status(type, store: store, folder: $0).isStale }
            for (folder, isStale) in zip(folders, stale) where isStale {
                try store.rebuildIndex(type, folder: folder)
                rebuilt.append(YearIndex.indexPath(folder: folder))
            }
        }
        try each(AwardRecord.self, byYear: true)
        try each(Proposal.self, byYear: true)
        try each(Person.self, byYear: false)
        try each(Unit.self, byYear: false)
        try each(Household.self, byYear: false)
        try each(Campaign.self, byYear: false)
        try each(Cluster.self, byYear: false)
        return rebuilt
    }
}
