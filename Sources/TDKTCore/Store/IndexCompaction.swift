import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a folder's index from growing without end: every save appends a line, so a record saved a
/// thousand times has a thousand lines, and reading the index decodes them all. When stale lines
/// (superseded, or of files gone or changed) outnumber the records, the index is rewritten with the latest
/// line of each file that still matches it. This runs in the saving process under the store's lock, as an
/// index write; it reads no record file and decodes no record (lines are copied as they are), and a file
/// left without a line is simply read from its file, as with any stale index.
enum IndexCompaction {
    /// How often a growing index is looked at: when an append crosses a multiple of this many bytes
    /// (about a hundred saves of people), so that a save does not count lines every time.
    nonisolated(unsafe) static var checkEvery = 64 * 1024

    /// Whether an append that took an index from `before` to `after` bytes should look at it.
    static func shouldCheck(before: Int, after: Int) -> Bool {
        let every = max(1, checkEvery)
        return before / every != after / every
    }

    /// Rewrites the index of a folder if its stale lines outnumber its records; true if it did.
    /// The caller holds the store's lock.
    @discardableResult
    static func compactIfStale(root: String, folder: String) throws -> Bool {
        let indexPath = root + "/" + YearIndex.indexPath(folder: folder)
        guard let data = try FileIO.read(indexPath), !data.isEmpty else { return false }
        let files = YearIndex.listing(root: root, folder: folder)
        let lines = data.withUnsafeBytes { IndexLineDecoder.lineCount($0.bindMemory(to: UInt8.self)) }
        guard lines > 2 * max(files.count, 1) else { return false }
        try FileIO.atomicWrite(compacted(data, files: files), to: indexPath)
        return true
    }

    /// The latest line of each listed file whose identity it still matches, in the listing's order.
    static func compacted(_ data: Data, files: [(relative: String, stamp: YearIndex.FileStamp)]) -> Data {
        var out = Data()
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var latest: [String: (head: IndexLineHead, line: UnsafeBufferPointer<UInt8>)] = [:]
            IndexLineDecoder.eachLine(bytes) { line in
                if let head = try? IndexLineHead(line) { latest[head.path] = (head, line) }
            }
            for f in files {
                guard let l = latest[f.relative], l.head.file == f.stamp, l.head.schemaVersion == Schema.version else { continue }
                out.append(l.line)
                out.append(0x0A)
            }
        }
        return out
    }
}

/// What every index line says of its file (path, identity, schema version). The record in it is passed over
/// by its brackets, or, given `field`, its fields are handed to it one by one (the parser at the field's
/// value, which it must read or pass over).
struct IndexLineHead {
    var path: String
    var file: YearIndex.FileStamp
    var schemaVersion: Int

    init(_ line: UnsafeBufferPointer<UInt8>) throws { try self.init(line, passingOverData: true) { _, _ in } }

    init(_ line: UnsafeBufferPointer<UInt8>, field: (inout JSONParser, String) throws -> Void) throws {
        try self.init(line, passingOverData: false, field: field)
    }

    private init(_ line: UnsafeBufferPointer<UInt8>, passingOverData: Bool, field: (inout JSONParser, String) throws -> Void) throws {
        var p = JSONParser(line)
        var path: String?, file: YearIndex.FileStamp?, schema: Int?, hasData = false
        try p.openObject()
        var first = true
        while let key = try p.nextKey(first: &first) {
            switch key {
            case "path": path = try TreeRead.string(p.parseValue(depth: 1))
            case "file": file = try YearIndex.FileStamp(tree: p.parseValue(depth: 1))
            case "schemaVersion": schema = try TreeRead.int(p.parseValue(depth: 1))
            case "data":
                hasData = true
                if passingOverData { try p.skipValue(depth: 1); continue }
                try p.openObject()
                var firstInData = true
                while let inner = try p.nextKey(first: &firstInData) { try field(&p, inner) }
            default: try p.skipValue(depth: 1)
            }
        }
        guard p.atEnd(), hasData, let path, let file, let schema else { throw TreeShapeError() }
        self.path = path; self.file = file; schemaVersion = schema
    }
}
