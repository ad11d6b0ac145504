import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// A CSV import file's records one at a time, as `ImportFile.read` gives them in its table (same line
/// numbers, every field cleaned), read in chunks: the file is never held whole, mapped or decoded at once.
public struct CSVRowStream<Source: ByteChunkSource> {
    var lines: ByteLineReader<Source>
    var reader: CSVRowReader
    var queue: [CSVRow] = []
    var finished = false
    let owner: AnyObject?
    /// The encoding found in the first pass (or named).
    public let encoding: DecodedText

    /// Detects the encoding (a first pass over the lines), then stands before the first record.
    public init(_ source: Source, file: String, encoding named: VietnameseEncoding? = nil,
                chunk: Int = ByteLineReader<Source>.defaultChunk, owner: AnyObject? = nil) throws {
        lines = ByteLineReader(source, chunk: chunk)
        encoding = try StreamedEncoding.detect(&lines, named: named, file: file)
        reader = CSVRowReader(file: file)
        self.owner = owner
    }

    /// The most bytes the line reader has held at once.
    public var peakBuffer: Int { lines.peakBuffer }

    public mutating func next() throws -> CSVRow? {
        while queue.isEmpty {
            if finished { return nil }
            if let line = try lines.next() {
                queue = reader.feed(StreamedEncoding.decode(line, as: encoding.encoding))
            } else {
                finished = true
                queue = try reader.finish()
            }
        }
        var row = queue.removeFirst()
        row.fields = row.fields.map { TextNormalization.clean($0) }
        return row
    }
}

/// An open descriptor, closed when the last stream reading it is gone.
final class OpenDescriptor {
    let fd: Int32
    init(_ fd: Int32) { self.fd = fd }
    deinit { close(fd) }
}

extension ImportFile {
    /// A clerk's CSV file as a stream of records, read through a descriptor from `ClerkFiles`.
    public static func stream(path: String, encoding: VietnameseEncoding? = nil) throws -> CSVRowStream<DescriptorChunks> {
        let fd: Int32
        do { fd = try ClerkFiles.access.openForReading(path) } catch let e as ClerkFileError {
            throw ImportProblem(file: path, line: nil, reason: e.message)
        }
        let owner = OpenDescriptor(fd)
        let file = (path as NSString).lastPathComponent
        do {
            return try CSVRowStream(DescriptorChunks(fd: fd, name: path), file: file, encoding: encoding, owner: owner)
        } catch let e as ClerkFileError {
            throw ImportProblem(file: path, line: nil, reason: e.message)
        }
    }
}
