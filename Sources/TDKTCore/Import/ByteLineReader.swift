import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a streamed import's bytes come from, a chunk at a time; `rewind` starts again from the first byte.
public protocol ByteChunkSource {
    /// Up to `max` more bytes appended to `buffer`; 0 at the end.
    mutating func read(into buffer: inout [UInt8], max: Int) throws -> Int
    mutating func rewind() throws
}

/// A file read through its descriptor with `pread`, so that nothing is mapped and the descriptor's own
/// offset (shared with the clerk's process when it came over the socket) is left alone.
public struct DescriptorChunks: ByteChunkSource {
    let fd: Int32
    let name: String
    var offset: off_t = 0

    public init(fd: Int32, name: String) { self.fd = fd; self.name = name }

    public mutating func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: max))
        var n = 0
        repeat {
            n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + start, max, offset) }
        } while n < 0 && errno == EINTR
        if n < 0 {
            let code = errno
            buffer.removeLast(max)
            throw LocalClerkFiles.unreadable(name, code)
        }
        buffer.removeLast(max - n)
        offset += off_t(n)
        return n
    }

    public mutating func rewind() throws { offset = 0 }
}

/// Lines of bytes split at LF (the LF kept), read a chunk at a time: the reader never holds more than
/// one chunk plus the line being completed. A leading UTF-8 byte order mark is dropped.
public struct ByteLineReader<Source: ByteChunkSource> {
    public static var defaultChunk: Int { 64 * 1024 }
    var source: Source
    let chunk: Int
    var buffer: [UInt8] = []
    var start = 0
    var atEnd = false, atFirst = true
    /// The most bytes the buffer has held at once.
    public private(set) var peakBuffer = 0

    public init(_ source: Source, chunk: Int = ByteLineReader.defaultChunk) {
        self.source = source; self.chunk = chunk
        buffer.reserveCapacity(chunk)
    }

    /// The next line with its LF (the last line may have none), or nil at the end.
    public mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let lf = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start...lf]
                start = lf + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            // Keep only the unfinished line, then read another chunk after it.
            if start > 0 { buffer.removeFirst(start); start = 0 }
            let n = try source.read(into: &buffer, max: chunk)
            peakBuffer = max(peakBuffer, buffer.count)
            if n == 0 { atEnd = true }
            if atFirst {
                atFirst = false
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
            }
        }
    }

    /// Back to the first line.
    public mutating func rewind() throws {
        try source.rewind()
        buffer.removeAll(keepingCapacity: true); start = 0; atEnd = false; atFirst = true
    }
}
