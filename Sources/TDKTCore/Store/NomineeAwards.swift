import Foundation

/// One line of an award index with only what choosing a recipient's awards needs: the path, the file's
/// identity, the schema and the nominee. The rest of the line is passed over, and decoded only for the
/// lines chosen.
struct NomineeLine {
    var path: String
    var file: YearIndex.FileStamp
    var schemaVersion: Int
    var nominee: NomineeRef
    /// Where the whole line is in the index, to decode it if chosen.
    var range: Range<Int>

    init(_ line: UnsafeBufferPointer<UInt8>, at start: Int) throws {
        var p = JSONParser(line)
        var path: String?, file: YearIndex.FileStamp?, schema: Int?, nominee: NomineeRef?
        try p.openObject()
        var first = true
        while let key = try p.nextKey(first: &first) {
            switch key {
            case "path": path = try TreeRead.string(p.parseValue(depth: 1))
            case "file": file = try YearIndex.FileStamp(tree: p.parseValue(depth: 1))
            case "schemaVersion": schema = try TreeRead.int(p.parseValue(depth: 1))
            case "data":
                try p.openObject()
                var firstInData = true
                while let field = try p.nextKey(first: &firstInData) {
                    if field == "nominee" { nominee = try NomineeRef(tree: p.parseValue(depth: 2)) } else { try p.skipValue(depth: 2) }
                }
            default: try p.skipValue(depth: 1)
            }
        }
        guard p.atEnd(), let path, let file, let schema, let nominee else { throw TreeShapeError() }
        self.path = path; self.file = file; schemaVersion = schema; self.nominee = nominee
        range = start..<(start + line.count)
    }
}

/// A year of awards sorted out for a look-up by recipient: the records already decoded or read from their
/// files (those the index does not match), and the index lines that match their files, kept with the index
/// to decode the ones chosen.
struct AwardNominees {
    var index: Data
    var lines: [NomineeLine] = []
    var records: [Stored<AwardRecord>] = []
    var problems: [LoadProblem] = []
}

extension Store {
    /// The recipients of a year's awards (`AwardNominees`): the index is read for its nominees only, and a
    /// file the index does not match is read whole, so a stale or torn index costs speed, never a record.
    /// Safe to call for several years at once.
    func awardNominees(year: Int) -> AwardNominees {
        awardNominees(folder: "\(AwardRecord.collection)/\(year)")
    }

    /// The awards of a year whose nominee `wanted` accepts: only their lines are decoded whole.
    func awards(in year: AwardNominees, where wanted: (NomineeRef) -> Bool) -> Loaded<AwardRecord> {
        var records = year.records.filter { wanted($0.value.nominee) }
        var problems: [LoadProblem] = []
        year.index.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for l in year.lines where wanted(l.nominee) {
                if let row = try? FastJSONDecoder.decode(YearIndex.Row<AwardRecord>.self, from: UnsafeBufferPointer(rebasing: bytes[l.range])) {
                    let r = Stored(value: row.data, revision: row.revision, modifiedBy: row.modifiedBy, modifiedAt: row.modifiedAt)
                    decoded.remember(r, at: l.path, stamp: l.file)
                    records.append(r)
                } else {
                    var one: [Stored<AwardRecord>] = []
                    readInto(&one, &problems, AwardRecord.self, l.path)
                    records += one.filter { wanted($0.value.nominee) }
                }
            }
        }
        return Loaded(records: records, problems: problems)
    }

    private func awardNominees(folder: String) -> AwardNominees {
        let files = YearIndex.listing(root: root, folder: folder)
        let anyDecoded = useIndexes && decoded.holds(folder: folder)
        var out = AwardNominees(index: useIndexes ? (try? FileIO.read(path(YearIndex.indexPath(folder: folder)))) ?? Data() : Data())
        var lines: [String: NomineeLine] = [:]
        lines.reserveCapacity(files.count)
        out.index.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            IndexLineDecoder.eachLine(bytes) { line in
                if let l = try? NomineeLine(line, at: line.baseAddress! - bytes.baseAddress!) { lines[l.path] = l }
            }
        }
        for (relative, stamp) in files {
            if anyDecoded, let known = decoded.record(AwardRecord.self, at: relative, stamp: stamp) {
                out.records.append(known)
            } else if let l = lines[relative], l.file == stamp, l.schemaVersion == Schema.version {
                out.lines.append(l)
            } else {
                readInto(&out.records, &out.problems, AwardRecord.self, relative)
            }
        }
        return out
    }
}
