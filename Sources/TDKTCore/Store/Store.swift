import Foundation
import TDKTText

/// A problem found while reading the data directory.
public struct LoadProblem: Sendable, Equatable {
    public var path: String
    public var error: StoreError
    public init(path: String, error: StoreError) { self.path = path; self.error = error }
}

/// Records of one kind read from disk, with the files that could not be read.
public struct Loaded<Value: StoredRecord>: Sendable {
    public var records: [Stored<Value>]
    public var problems: [LoadProblem]
    public var values: [Value] { records.map(\.value) }
}

/// One write of a batch: the value and the revision the clerk read it at (nil: a new record).
struct PendingWrite: Sendable {
    let relativePath: String
    let kind: String
    let basedOn: Int?
    /// Encodes the record in its envelope for a revision, user and time.
    let encode: @Sendable (_ revision: Int, _ user: String, _ time: String) throws -> Data
    let validate: @Sendable () throws -> Void
    let action: String
    /// The record's line in its year's index (YearIndex), given the file's identity once it is in place.
    let indexLine: @Sendable (_ revision: Int, _ user: String, _ time: String, _ file: YearIndex.FileStamp) throws -> Data
    /// The record's file is removed rather than written (undoing an import); `basedOn` is then required.
    let isRemoval: Bool

    /// Removes a record's file, if it is still at `revision`.
    init<T: StoredRecord>(removing value: T, basedOn revision: Int, action: String) {
        relativePath = value.relativePath
        kind = T.collection
        basedOn = revision
        encode = { _, _, _ in Data() }
        validate = {}
        self.action = action
        indexLine = { _, _, _, _ in Data() }
        isRemoval = true
    }

    /// Removes the file at a path, if it is still at `revision` (a record kept where an older layout put it).
    init(removingPath relativePath: String, kind: String, basedOn revision: Int, action: String) {
        self.relativePath = relativePath
        self.kind = kind
        basedOn = revision
        encode = { _, _, _ in Data() }
        validate = {}
        self.action = action
        indexLine = { _, _, _, _ in Data() }
        isRemoval = true
    }
    /// What the audit line says changed, when the record knows better than a field-by-field
    /// comparison (a scoring round names each changed cell); nil: top-level fields compared.
    var auditChanges: [String: String]? = nil

    init<T: StoredRecord>(_ value: T, basedOn revision: Int?, action: String) {
        isRemoval = false
        relativePath = value.relativePath
        kind = T.collection
        basedOn = revision
        encode = { revision, user, time in
            try JSONCoding.encode(Envelope(schemaVersion: Schema.version, kind: T.collection, revision: revision,
                                           modifiedBy: user, modifiedAt: time, data: value))
        }
        validate = { try value.validate() }
        self.action = action
        let path = relativePath
        indexLine = { revision, user, time, file in
            try YearIndex.line(value, path: path, file: file, revision: revision, user: user, time: time)
        }
    }
}

/// The data directory: every read and write of records goes through here.
/// A save is locked, checked against the revision it was read at, atomic and audited.
public final class Store: @unchecked Sendable {
    public let root: String
    public let user: String
    /// Files found unreadable by this process; their collections are not written to.
    private var broken: [String: String] = [:]
    private let brokenLock = NSLock()
    /// Whether records are taken from derived data where it matches the files: a folder's index
    /// (YearIndex) and the records already decoded (DecodedRecords). `tdkt check` turns it off to read
    /// and parse every file.
    public var useIndexes = true
    /// Takes each folder's index for what is in it, checking no record file (`Workspace.asIndexed`): for
    /// what a screen shows while the files are being checked, never for a decision. Such a store writes nothing.
    let readsIndexesOnly: Bool
    /// How long a save waits for another clerk's save before giving up with their name.
    let lockTimeout: TimeInterval
    /// Records decoded by this process, reused while their files are unchanged.
    let decoded = DecodedRecords()

    public convenience init(root: String, user: String) throws {
        try self.init(root: root, user: user, lockTimeout: 30)
    }

    init(root: String, user: String, lockTimeout: TimeInterval) throws {
        self.lockTimeout = lockTimeout
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.user = user
        readsIndexesOnly = false
        try FileIO.makeDirectories(self.root)
        try withLock { try recoverJournal() }
    }

    /// A store on the same directory that reads the indexes alone (`readsIndexesOnly`).
    init(indexesOf other: Store) {
        lockTimeout = other.lockTimeout
        root = other.root
        user = other.user
        readsIndexesOnly = true
    }

    public func path(_ relative: String) -> String { "\(root)/\(relative)" }

    // MARK: Reading

    /// Reads one record; nil when its file does not exist. A record decoded before from the same
    /// unchanged file is not decoded again (DecodedRecords).
    public func read<T: StoredRecord>(_ type: T.Type, at relativePath: String) throws -> Stored<T>? {
        let full = path(relativePath)
        if useIndexes, let stamp = YearIndex.stamp(full), let known = decoded.record(type, at: relativePath, stamp: stamp) { return known }
        guard let (data, stamp) = try FileIO.readStamped(full) else { return nil }
        do {
            let record = try decode(type, data, relativePath)
            decoded.remember(record, at: relativePath, stamp: stamp)
            return record
        } catch {
            markBroken(relativePath, collection: T.collection)
            throw error
        }
    }

    private func decode<T: StoredRecord>(_ type: T.Type, _ data: Data, _ relativePath: String) throws -> Stored<T> {
        try Store.decodeRecord(type, data, relativePath)
    }

    /// Parses and validates one record file's content; every failure is a StoreError naming the file.
    static func decodeRecord<T: StoredRecord>(_ type: T.Type, _ data: Data, _ relativePath: String) throws -> Stored<T> {
        // The fast decoder first; Foundation's for a file it refuses, which also names the line and column.
        let envelope = try (try? FastJSONDecoder.decode(Envelope<T>.self, from: data))
            ?? JSONCoding.decode(Envelope<T>.self, from: data, path: relativePath)
        if envelope.schemaVersion > Schema.version {
            let at = String(decoding: data, as: UTF8.self).components(separatedBy: "\"schemaVersion\"")[0].filter { $0 == "\n" }.count + 1
            throw StoreError.unreadable(path: relativePath, line: at, column: nil, detail:
                "schemaVersion \(envelope.schemaVersion) mới hơn chương trình (\(Schema.version)) / newer than this program")
        }
        do { try envelope.data.validate() } catch let e as ValidationError {
            throw StoreError.invalid(path: relativePath, e)
        }
        return Stored(value: envelope.data, revision: envelope.revision,
                      modifiedBy: envelope.modifiedBy, modifiedAt: envelope.modifiedAt)
    }

    /// Every record of a collection (or of one year's folder in it); unreadable files are listed, not fatal.
    public func loadAll<T: StoredRecord>(_ type: T.Type, year: Int? = nil) -> Loaded<T> {
        if let year { return loadYear(type, year: year) }
        return loadTree(type, folder: T.collection)
    }

    /// A folder's own files, then the folders in it by name (read in parallel: the years of a collection),
    /// each through its index (`loadFolder`).
    private func loadTree<T: StoredRecord>(_ type: T.Type, folder: String) -> Loaded<T> {
        var loaded = loadFolder(type, folder: folder)
        for inner in Parallel.map(subfolders(of: folder), { loadTree(type, folder: folder + "/" + $0) }) {
            loaded.records += inner.records
            loaded.problems += inner.problems
        }
        return loaded
    }

    /// The folders in `folder`, by name; without listing it when its link count says it holds none (as it does
    /// on most file systems), so a flat folder is not listed a second time after its files.
    func subfolders(of folder: String) -> [String] {
        var st = stat()
        if stat(path(folder), &st) == 0 && st.st_nlink == 2 { return [] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".json") }
        return names.sorted().filter { name in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: path(folder + "/" + name), isDirectory: &isDir) && isDir.boolValue
        }
    }

    /// Reads one file into a load's records, or notes why it could not be read.
    func readInto<T: StoredRecord>(_ records: inout [Stored<T>], _ problems: inout [LoadProblem], _ type: T.Type, _ relative: String) {
        do {
            if let r = try read(type, at: relative) { records.append(r) }
        } catch let e as StoreError {
            problems.append(LoadProblem(path: relative, error: e))
        } catch {
            problems.append(LoadProblem(path: relative, error: .unreadable(path: relative, line: nil, column: nil, detail: "\(error)")))
        }
    }

    /// The JSON files of a collection, sorted; year folders are walked unless one year is asked for.
    public func files(in collection: String, year: Int? = nil) -> [String] {
        let base = year.map { "\(collection)/\($0)" } ?? collection
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: path(base)) else { return [] }
        var out: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let rel = "\(base)/\(name)"
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path(rel), isDirectory: &isDir), isDir.boolValue {
                if year == nil { out += files(in: rel) }
            } else if name.hasSuffix(".json") {
                out.append(rel)
            }
        }
        return out
    }

    /// The year folders present in a collection, e.g. for loading older years on demand.
    public func years(in collection: String) -> [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(collection))) ?? []).compactMap(Int.init).sorted()
    }

    // MARK: Writing

    /// Saves one record; `basedOn` is the revision it was read at (nil for a new record).
    @discardableResult
    func save<T: StoredRecord>(_ value: T, basedOn revision: Int?, action: String) throws -> Stored<T> {
        let written = try commit([PendingWrite(value, basedOn: revision, action: action)])
        return Stored(value: value, revision: written[0].revision, modifiedBy: user, modifiedAt: written[0].at)
    }

    /// Writes a batch: all of it or none. Every revision is checked before anything is written;
    /// a journal lets a batch interrupted by a crash be finished by the next process.
    @discardableResult
    func commit(_ writes: [PendingWrite]) throws -> [(revision: Int, at: String)] {
        try withLock {
            // A batch a crash left half done is finished before anything else is written, by whoever writes next.
            try recoverJournal()
            if Set(writes.map(\.relativePath)).count != writes.count {
                let twice = Dictionary(grouping: writes, by: \.relativePath).first { $0.value.count > 1 }?.key ?? ""
                throw StoreError.io(path: twice, detail: "written twice in one batch; nothing was written")
            }
            let now = Store.timestamp()
            var prepared: [(write: PendingWrite, data: Data, revision: Int, old: Data?)] = []
            for w in writes {
                try refuseIfReadOnly(w.relativePath, collection: w.kind)
                do { try w.validate() } catch let e as ValidationError { throw StoreError.invalid(path: w.relativePath, e) }
                let old = try FileIO.read(path(w.relativePath))
                let current = try old.map { try header(of: $0, w.relativePath) }
                if current?.revision != w.basedOn {
                    throw StoreError.conflict(path: w.relativePath, changedBy: current?.modifiedBy ?? "?",
                                              changedAt: current?.modifiedAt ?? "?", expected: w.basedOn, found: current?.revision ?? 0)
                }
                if w.isRemoval {
                    prepared.append((w, Data(), current?.revision ?? 0, old))
                    continue
                }
                let revision = (current?.revision ?? 0) + 1
                let data = try w.encode(revision, user, now)
                prepared.append((w, data, revision, old))
            }
            // Every change is a rename: a temporary onto its record, or a removed record onto a hidden name
            // beside it (which listings skip), so that the journal finishes either kind after a crash.
            var moves: [JournalMove] = []
            do {
                for p in prepared {
                    let final = path(p.write.relativePath)
                    let base = p.write.basedOn ?? 0
                    if p.write.isRemoval {
                        let hidden = (final as NSString).deletingLastPathComponent + "/." + (final as NSString).lastPathComponent + ".removed"
                        moves.append(JournalMove(from: final, to: hidden, base: base))
                    } else {
                        moves.append(JournalMove(from: try FileIO.writeTemporary(p.data, beside: final), to: final, base: base))
                    }
                }
            } catch {
                for m in moves where !m.to.hasSuffix(".removed") { unlink(m.from) }
                throw error
            }
            // The audit lines go in the journal with the moves: a crash at any step leaves both or neither.
            let audits = prepared.map { p in
                AuditEntry(time: now, user: user, action: p.write.action, record: p.write.relativePath, revision: p.revision,
                           changes: p.write.auditChanges ?? AuditEntry.changes(old: p.old, new: p.data))
            }
            try carryOut(moves, audits: audits)
            appendIndexLines(prepared.filter { !$0.write.isRemoval }.map { p in
                (p.write.relativePath, { stamp in try p.write.indexLine(p.revision, self.user, now, stamp) })
            })
            return prepared.map { ($0.revision, now) }
        }
    }

    /// Changes a file that is not a record (the configuration) from what is on disk under the lock, so that two
    /// clerks changing it at once both keep their change: read, transform, write atomically, audit.
    func update(_ relativePath: String, action: String, _ transform: (Data?) throws -> Data) throws -> Data {
        try withLock {
            try recoverJournal()
            let next = try transform(try FileIO.read(path(relativePath)))
            try replaceFile(next, relativePath, action: action)
            return next
        }
    }

    /// Writes a file that is not a record (configuration), atomically and audited, without revision checks.
    func writeRaw(_ data: Data, to relativePath: String, action: String) throws {
        try withLock {
            try recoverJournal()
            try replaceFile(data, relativePath, action: action)
        }
    }

    /// A file that is not a record, replaced through the journal with its audit line.
    private func replaceFile(_ data: Data, _ relativePath: String, action: String) throws {
        let final = path(relativePath)
        let tmp = try FileIO.writeTemporary(data, beside: final)
        try carryOut([JournalMove(from: tmp, to: final, base: nil)],
                     audits: [AuditEntry(time: Store.timestamp(), user: user, action: action, record: relativePath, revision: nil, changes: nil)])
    }

    private struct Header: Decodable { var revision: Int; var modifiedBy: String; var modifiedAt: String }

    private func header(of data: Data, _ relativePath: String) throws -> Header {
        try JSONCoding.decode(Header.self, from: data, path: relativePath)
    }

    private func refuseIfReadOnly(_ relativePath: String, collection: String) throws {
        brokenLock.lock(); defer { brokenLock.unlock() }
        if let bad = broken[collection] { throw StoreError.readOnly(collection: collection, because: bad) }
    }

    private func markBroken(_ relativePath: String, collection: String) {
        brokenLock.lock(); defer { brokenLock.unlock() }
        if broken[collection] == nil { broken[collection] = relativePath }
    }

    // MARK: Lock and journal

    func withLock<T>(_ body: () throws -> T) throws -> T {
        if readsIndexesOnly { throw StoreError.io(path: root, detail: "read-only view of the indexes") }
        let lock = try FileLock(directory: root, holder: user, timeout: lockTimeout)
        defer { lock.release() }
        return try body()
    }

    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }
}
