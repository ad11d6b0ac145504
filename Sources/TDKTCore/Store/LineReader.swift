import Foundation

/// Reads a file a line at a time through a fixed buffer, so that a long file (the audit log, an import)
/// takes memory for one line, not for the whole file.
struct LineReader {
    let handle: FileHandle
    var chunkSize = 64 * 1024

    init(_ handle: FileHandle) { self.handle = handle }

    /// Calls `body` with each line, without its newline (a last line without one too).
    func forEach(_ body: (Data) -> Void) {
        var pending = Data()
        while true {
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                body(pending[start..<nl])
                start = pending.index(after: nl)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { body(pending) }
    }
}
