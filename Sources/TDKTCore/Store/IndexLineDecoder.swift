import Foundation

/// Decodes the lines of a folder's index (YearIndex) in one pass.
enum IndexLineDecoder {
    /// The latest line of each path, and the number of lines; a line that does not decode is skipped.
    static func rows<T: StoredRecord>(_ type: T.Type, _ data: Data) -> (latest: [String: YearIndex.Row<T>], lines: Int) {
        var out: [String: YearIndex.Row<T>] = [:]
        var lines = 0
        let fallback = JSONCoding.decoder()
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            out.reserveCapacity(lineCount(bytes))
            eachLine(bytes) { line in
                lines += 1
                // Foundation's decoder only for a line the fast one refuses, so a gap in it costs time, not records.
                if let row = (try? FastJSONDecoder.decode(YearIndex.Row<T>.self, from: line))
                    ?? (try? fallback.decode(YearIndex.Row<T>.self, from: Data(buffer: line))) {
                    out[row.path] = row
                }
            }
        }
        return (out, lines)
    }

    /// Each non-empty line, without its newline (a last line without one included: a torn append).
    static func eachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            let rest = bytes.count - start
            let end = memchr(base + start, 0x0A, rest).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? bytes.count
            if end > start { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            start = end + 1
        }
    }

    /// The number of newlines.
    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in bytes where b == 0x0A { n += 1 }
        return n
    }
}
