import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let posixRead = Glibc.read
#else
private let posixRead = Darwin.read
#endif

/// The POSIX calls behind a durable save: temporary file, fsync, rename, fsync of the folder.
enum FileIO {
    /// Off only while test fixtures are built (`withoutSync`): a fixture need not survive a power cut,
    /// and three fsyncs per record made building the demo directory most of the suite's time.
    nonisolated(unsafe) private static var syncs = true

    /// Runs `body` with fsync skipped. For building test fixtures only; never in the program.
    static func withoutSync<T>(_ body: () throws -> T) rethrows -> T {
        syncs = false
        defer { syncs = true }
        return try body()
    }

    private static func flush(_ fd: Int32) -> Int32 { syncs && !skipsSyncHere ? fsync(fd) : 0 }

    /// Set on a thread while it writes a file that need not survive a power cut (`replaceQuickly`).
    @TaskLocal private static var skipsSyncHere = false

    /// Puts `data` in place of `path` whole, as `atomicWrite`, without waiting for the disk: for derived
    /// files made again when missing (a screen's kept rows), never for a record.
    static func replaceQuickly(_ data: Data, at path: String) throws {
        try $skipsSyncHere.withValue(true) { try atomicWrite(data, to: path) }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Creates every missing folder of `path` (group-writable under the office umask).
    /// A new folder is flushed in its parent, so a record saved in it survives a power cut with its folder.
    static func makeDirectories(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o2770) != 0 && errno != EEXIST { throw StoreError.io(path: path, detail: errnoText()) }
        chmod(path, 0o2770)  // the setgid bit and group write, whatever the umask
        syncDirectory(parent.isEmpty ? "/" : parent)
    }

    /// Writes `data` to a new temporary file beside `path` and flushes it to disk; returns its path.
    static func writeTemporary(_ data: Data, beside path: String) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        try makeDirectories(folder)
        let name = (path as NSString).lastPathComponent
        let tmp = "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o660)
        if fd < 0 { throw StoreError.io(path: tmp, detail: errnoText()) }
        defer { close(fd) }
        var written = 0
        try data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            while written < buf.count {
                let n = write(fd, buf.baseAddress! + written, buf.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    unlink(tmp)
                    throw StoreError.io(path: tmp, detail: errnoText())
                }
                written += n
            }
        }
        if flush(fd) != 0 { unlink(tmp); throw StoreError.io(path: tmp, detail: errnoText()) }
        return tmp
    }

    /// Puts a flushed temporary file in place of `path` and flushes the folder entry.
    static func commitTemporary(_ tmp: String, to path: String) throws {
        if rename(tmp, path) != 0 { throw StoreError.io(path: path, detail: errnoText()) }
        syncDirectory((path as NSString).deletingLastPathComponent)
    }

    static func atomicWrite(_ data: Data, to path: String) throws {
        let tmp = try writeTemporary(data, beside: path)
        try commitTemporary(tmp, to: path)
    }

    static func syncDirectory(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { _ = flush(fd); close(fd) }
    }

    /// Appends one line and flushes it (the audit log).
    /// Never through a symbolic link: one planted at audit.log must not make a clerk's process append to
    /// a file of theirs. A last line left torn (no newline) is ended first, so it cannot swallow this one.
    static func appendLine(_ line: String, to path: String) throws {
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o660)
        if fd < 0 { throw StoreError.io(path: path, detail: errnoText()) }
        defer { close(fd) }
        var bytes = Array((line + "\n").utf8)
        if let last = lastByte(fd), last != 0x0A { bytes.insert(0x0A, at: 0) }
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        if n != bytes.count { throw StoreError.io(path: path, detail: errnoText()) }
        _ = flush(fd)
    }

    /// A file's content with the identity (inode, size, time) of the very file read: taken from the open
    /// descriptor, so a rename between the two cannot pair one file's bytes with another's identity.
    /// nil when there is no such file.
    static func readStamped(_ path: String) throws -> (data: Data, stamp: YearIndex.FileStamp)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StoreError.io(path: path, detail: errnoText())
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.io(path: path, detail: errnoText()) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw StoreError.io(path: path, detail: "not a regular file") }
        let size = Int(st.st_size)
        var data = Data(count: size)
        var got = 0
        try data.withUnsafeMutableBytes { (buf: UnsafeMutableRawBufferPointer) in
            while got < size {
                let n = posixRead(fd, buf.baseAddress! + got, size - got)
                if n < 0 { if errno == EINTR { continue }; throw StoreError.io(path: path, detail: errnoText()) }
                if n == 0 { break }
                got += n
            }
        }
        if got < size { data.removeSubrange(got...) }
        return (data, YearIndex.FileStamp(st))
    }

    /// The bytes of `ranges` of a file, each read on its own (a few lines of a large index); nil for a range
    /// the file does not hold whole, all nil when the file cannot be opened.
    static func read(_ path: String, ranges: [Range<Int>]) -> [Data?] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return ranges.map { _ in nil } }
        defer { close(fd) }
        return ranges.map { r in
            var data = Data(count: r.count)
            let n = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress, r.count, off_t(r.lowerBound)) }
            return n == r.count ? data : nil
        }
    }

    private static func lastByte(_ fd: Int32) -> UInt8? {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        var b: UInt8 = 0
        return pread(fd, &b, 1, off_t(st.st_size - 1)) == 1 ? b : nil
    }

    /// The last complete line of a file (without its newline), read from the end; nil when there is none.
    static func lastLine(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        var window = 4096
        while true {
            let size = Int(st.st_size)
            let start = max(0, size - window)
            var buf = [UInt8](repeating: 0, count: size - start)
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(start)) }
            guard n == buf.count else { return nil }
            var end = buf.count
            if buf.last == 0x0A { end -= 1 }
            if let nl = buf[..<end].lastIndex(of: 0x0A) { return Data(buf[(nl + 1)..<end]) }
            if start == 0 { return Data(buf[..<end]) }
            window *= 4
        }
    }

    /// The last `count` lines of a file (fewer when it has fewer), oldest first, read from its end.
    static func lastLines(_ path: String, count: Int) -> [Data] {
        guard count > 0 else { return [] }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return [] }
        var window = 4096 * count
        while true {
            let size = Int(st.st_size)
            let start = max(0, size - window)
            var buf = [UInt8](repeating: 0, count: size - start)
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(start)) }
            guard n == buf.count else { return [] }
            var lines = buf.split(separator: 0x0A, omittingEmptySubsequences: true)
            // The first piece may be the end of a line that began before the window.
            if start > 0 { lines = Array(lines.dropFirst()) }
            if lines.count >= count || start == 0 { return lines.suffix(count).map { Data($0) } }
            window *= 4
        }
    }

    static func read(_ path: String) throws -> Data? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.io(path: path, detail: "cannot open")
        }
        return data
    }
}
