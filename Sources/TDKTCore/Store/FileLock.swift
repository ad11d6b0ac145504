import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's exclusive lock, which every tdkt process on the host honours: flock on the data directory
/// itself. A lock file could be unlinked or replaced by anyone who may write in the folder, letting a second
/// writer lock a new file while the first still holds the old one; the folder cannot be swapped that way.
///
/// The holder writes who it is (login, process, since when) into `.lock`, so that a process kept waiting can
/// say who holds the store; a wait gives up after `timeout` with that message.
final class FileLock {
    private let fd: Int32
    private var released = false
    let directory: String
    private var holderPath: String { directory + "/.lock" }

    init(directory: String, holder: String, timeout: TimeInterval = 30) throws {
        self.directory = directory
        let deadline = Date().addingTimeInterval(timeout)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw StoreError.io(path: directory, detail: FileIO.errnoText()) }
        // Polled, so the wait can give up; the pause grows from 0.2 ms to 20 ms, so a lock held for one save
        // is taken over almost at once while a long hold costs little CPU.
        var pause: UInt32 = 200
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            guard errno == EWOULDBLOCK else { close(fd); throw StoreError.locked(path: directory) }
            if Date() >= deadline {
                close(fd)
                throw StoreError.busy(path: directory, holder: Self.readHolder(directory + "/.lock"))
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        self.fd = fd
        writeHolder(holder)
    }

    private func writeHolder(_ holder: String) {
        let h = open(holderPath, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o660)
        guard h >= 0 else { return }  // only informational: who to name while others wait
        let line = Array("\(holder) pid \(getpid()) since \(Store.timestamp())\n".utf8)
        _ = line.withUnsafeBytes { write(h, $0.baseAddress!, $0.count) }
        close(h)
    }

    private static func readHolder(_ path: String) -> String {
        let h = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard h >= 0 else { return "" }
        defer { close(h) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBytes { read(h, $0.baseAddress!, $0.count) }
        let text = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
        return TextNormalization.clean(text).trimmingCharacters(in: .whitespaces)
    }

    func release() {
        guard !released else { return }
        released = true
        flock(fd, LOCK_UN)
        close(fd)
    }
}
