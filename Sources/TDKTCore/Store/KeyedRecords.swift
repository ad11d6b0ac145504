import Foundation

/// One line of a folder's index with only what choosing among its records needs: the path, the file's
/// identity, the schema and one field of the record (an award's nominee, a proposal's award code). The
/// rest of the line is passed over, and decoded only for the lines chosen.
struct IndexLineKey<Key> {
    var path: String
    var file: YearIndex.FileStamp
    var schemaVersion: Int
    var key: Key
    /// Where the whole line is in the index, to decode it if chosen.
    var range: Range<Int>

    init(_ line: UnsafeBufferPointer<UInt8>, at start: Int, field: String, read: (JSONNode) throws -> Key) throws {
        var key: Key?
        let head = try IndexLineHead(line) { p, name in
            if name == field { key = try read(p.parseValue(depth: 2)) } else { try p.skipValue(depth: 2) }
        }
        guard let key else { throw TreeShapeError() }
        path = head.path; file = head.file; schemaVersion = head.schemaVersion; self.key = key
        range = start..<(start + line.count)
    }

    /// The line as its folder's digest keeps it; nil when its fields do not read as a key.
    init?(_ line: IndexDigest.Line, read: ([String]) -> Key?) {
        guard let key = read(line.fields) else { return nil }
        path = line.path; file = line.file; schemaVersion = line.schemaVersion; self.key = key; range = line.range
    }

    func digested(_ fields: (Key) -> [String]) -> IndexDigest.Line {
        IndexDigest.Line(path: path, file: file, schemaVersion: schemaVersion, range: range, fields: fields(key))
    }
}

/// What a record is chosen by, read from its index line or from the record itself.
struct RecordKey<T: StoredRecord, Key>: Sendable {
    var field: String
    var read: @Sendable (JSONNode) throws -> Key
    var of: @Sendable (T) -> Key
    /// The key as the cells of a digest line (`IndexDigest`), and back.
    var cells: @Sendable (Key) -> [String]
    var fromCells: @Sendable ([String]) -> Key?
}

extension RecordKey where T == AwardRecord, Key == NomineeRef {
    /// An award chosen by its recipient.
    static var nominee: Self {
        Self(field: "nominee", read: { try NomineeRef(tree: $0) }, of: \.nominee, cells: { [$0.kind.rawValue, $0.id] },
             fromCells: { c in c.count == 2 ? NomineeRef.Kind(rawValue: c[0]).map { NomineeRef($0, c[1]) } : nil })
    }
}

extension RecordKey where T == Proposal, Key == String {
    /// A proposal chosen by the award it asks for.
    static var awardCode: Self {
        Self(field: "awardCode", read: { try TreeRead.string($0) }, of: \.awardCode, cells: { [$0] }, fromCells: { $0.count == 1 ? $0[0] : nil })
    }
}

/// A folder of records sorted out for choosing by one field: the records already decoded or read from
/// their files (those the index does not match), and the index lines that match their files, whose records
/// are decoded from the index when chosen.
struct KeyedFolder<T: StoredRecord, Key> {
    var folder: String
    var lines: [IndexLineKey<Key>] = []
    var records: [Stored<T>] = []
    var problems: [LoadProblem] = []
}

extension Store {
    /// A folder read for choosing by `key`: its index for that field only, and a file the index does not
    /// match read whole, so a stale or torn index costs speed, never a record. Safe to call for several
    /// folders at once.
    func keyed<T: StoredRecord, Key>(_ type: T.Type, folder: String, by key: RecordKey<T, Key>) -> KeyedFolder<T, Key> {
        if readsIndexesOnly {
            return KeyedFolder(folder: folder, lines: keyLines(folder: folder, by: key))
        }
        let files = YearIndex.listing(root: root, folder: folder)
        let anyDecoded = useIndexes && decoded.holds(folder: folder)
        var out = KeyedFolder<T, Key>(folder: folder)
        let lines = useIndexes ? Dictionary(keyLines(folder: folder, by: key).map { ($0.path, $0) }, uniquingKeysWith: { _, later in later }) : [:]
        for (relative, stamp) in files {
            if anyDecoded, let known = decoded.record(type, at: relative, stamp: stamp) {
                out.records.append(known)
            } else if let l = lines[relative], l.file == stamp, l.schemaVersion == Schema.version {
                out.lines.append(l)
            } else {
                readInto(&out.records, &out.problems, type, relative)
            }
        }
        return out
    }

    /// The latest line of each path in a folder's index, with its key (from its digest if it is current).
    private func keyLines<T, Key>(folder: String, by key: RecordKey<T, Key>) -> [IndexLineKey<Key>] {
        latestLines(folder: folder, kind: key.field, fromDigest: { IndexLineKey($0, read: key.fromCells) }, parse: { data in
            var lines: [String: IndexLineKey<Key>] = [:]
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                IndexLineDecoder.eachLine(bytes) { line in
                    if let l = try? IndexLineKey(line, at: line.baseAddress! - bytes.baseAddress!, field: key.field, read: key.read) { lines[l.path] = l }
                }
            }
            return lines
        }, digested: { $0.digested(key.cells) })
    }

    /// The records of a keyed folder whose key `wanted` accepts: only their lines are read from the index and
    /// decoded. A line is taken only if it is still what the folder found (the same path and file identity):
    /// an index rewritten or edited since costs reading the chosen files, never a wrong record.
    func records<T: StoredRecord, Key>(in folder: KeyedFolder<T, Key>, by key: RecordKey<T, Key>, where wanted: (Key) -> Bool) -> Loaded<T> {
        var records = folder.records.filter { wanted(key.of($0.value)) }
        var problems: [LoadProblem] = []
        // Looked at in place: a copy of each line (its path, its key) cost more than the test.
        var chosen: [IndexLineKey<Key>] = []
        folder.lines.withUnsafeBufferPointer { lines in
            for i in lines.indices where wanted(lines[i].key) { chosen.append(lines[i]) }
        }
        let lines = chosen.isEmpty ? [] : FileIO.read(path(YearIndex.indexPath(folder: folder.folder)), ranges: chosen.map(\.range))
        for (l, line) in zip(chosen, lines) {
            if let line, let row = try? FastJSONDecoder.decode(YearIndex.Row<T>.self, from: line),
               row.path == l.path, row.file == l.file, row.schemaVersion == l.schemaVersion {
                let r = Stored(value: row.data, revision: row.revision, modifiedBy: row.modifiedBy, modifiedAt: row.modifiedAt)
                decoded.remember(r, at: l.path, stamp: l.file)
                records.append(r)
            } else {
                var one: [Stored<T>] = []
                readInto(&one, &problems, T.self, l.path)
                records += one.filter { wanted(key.of($0.value)) }
            }
        }
        return Loaded(records: records, problems: problems)
    }

    /// The records of these years whose key `wanted` accepts, the years read in parallel (`keyed`).
    func records<T: StoredRecord, Key>(_ type: T.Type, years: [Int], by key: RecordKey<T, Key>, where wanted: @Sendable (Key) -> Bool) -> Loaded<T> {
        let parts = Parallel.map(years) { year in
            records(in: keyed(type, folder: "\(T.collection)/\(year)", by: key), by: key, where: wanted)
        }
        return Loaded(records: parts.flatMap(\.records), problems: parts.flatMap(\.problems))
    }
}
