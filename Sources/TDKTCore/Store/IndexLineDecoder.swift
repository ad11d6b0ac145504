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
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                if end > start {
                    lines += 1
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    // Foundation's decoder only for a line the fast one refuses, so a gap in it costs time, not records.
                    if let row = (try? FastJSONDecoder.decode(YearIndex.Row<T>.self, from: line))
                        ?? (try? fallback.decode(YearIndex.Row<T>.self, from: Data(buffer: line))) {
                        out[row.path] = row
                    }
                }
                start = end + 1
            }
        }
        return (out, lines)
    }
}
