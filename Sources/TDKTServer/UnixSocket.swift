import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A socket's failure, with what was being done.
public struct SocketError: Error, CustomStringConvertible {
    public var operation: String
    public var code: Int32
    public var description: String { "\(operation): \(String(cString: strerror(code)))" }
}

/// Who is at the other end of a local socket, as the kernel saw them connect (SO_PEERCRED): not something
/// the client says about itself.
public struct PeerCredentials: Equatable, Sendable {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    /// The login of the peer's user.
    public var login: String? {
        guard let pw = getpwuid(uid_t(uid)), let name = pw.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}

/// AF_UNIX stream sockets: listen, connect, peer credentials, and messages that carry file descriptors
/// (SCM_RIGHTS), the way a clerk's terminal and files reach the server without it opening them.
public enum UnixSocket {
    static func address(_ path: String) throws -> sockaddr_un {
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else { throw SocketError(operation: "socket path too long: \(path)", code: ENAMETOOLONG) }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return addr
    }

    static func newSocket() throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError(operation: "socket", code: errno) }
        return fd
    }

    /// Binds and listens at `path`, replacing a stale socket left there (never any other kind of file).
    public static func listen(at path: String, mode: mode_t) throws -> Int32 {
        var st = stat()
        if lstat(path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFSOCK else { throw SocketError(operation: "\(path) exists and is not a socket", code: EEXIST) }
            unlink(path)
        }
        let fd = try newSocket()
        var addr = try address(path)
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { let e = errno; close(fd); throw SocketError(operation: "bind \(path)", code: e) }
        guard chmod(path, mode) == 0 else { let e = errno; close(fd); throw SocketError(operation: "chmod \(path)", code: e) }
        guard Glibc.listen(fd, 64) == 0 else { let e = errno; close(fd); throw SocketError(operation: "listen", code: e) }
        return fd
    }

    public static func accept(_ listener: Int32) throws -> Int32 {
        while true {
            let fd = Glibc.accept(listener, nil, nil)
            if fd >= 0 {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                return fd
            }
            if errno == EINTR || errno == ECONNABORTED { continue }
            throw SocketError(operation: "accept", code: errno)
        }
    }

    public static func connect(to path: String) throws -> Int32 {
        let fd = try newSocket()
        var addr = try address(path)
        let r = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard r == 0 else { let e = errno; close(fd); throw SocketError(operation: "connect \(path)", code: e) }
        return fd
    }

    /// The kernel's record of who connected (Linux: struct ucred, three 32-bit fields).
    public static func peerCredentials(_ fd: Int32) throws -> PeerCredentials {
        var raw: (Int32, UInt32, UInt32) = (0, 0, 0)
        var len = socklen_t(MemoryLayout.size(ofValue: raw))
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &raw, &len) == 0, Int(len) == MemoryLayout.size(ofValue: raw) else {
            throw SocketError(operation: "SO_PEERCRED", code: errno)
        }
        return PeerCredentials(pid: raw.0, uid: raw.1, gid: raw.2)
    }

    // MARK: Messages with descriptors

    private static let headerSize = MemoryLayout<cmsghdr>.size
    private static func align(_ n: Int) -> Int { (n + MemoryLayout<Int>.size - 1) & ~(MemoryLayout<Int>.size - 1) }
    private static func controlSpace(_ fds: Int) -> Int { align(headerSize) + align(fds * MemoryLayout<Int32>.size) }

    /// Sends all of `bytes`; the descriptors go with the first part.
    public static func send(_ fd: Int32, _ bytes: [UInt8], descriptors: [Int32] = []) throws {
        var offset = 0
        var fds = descriptors
        while offset < bytes.count || !fds.isEmpty {
            let sent: Int = bytes.withUnsafeBufferPointer { buf in
                var iov = iovec(iov_base: UnsafeMutableRawPointer(mutating: buf.baseAddress! + offset), iov_len: bytes.count - offset)
                var msg = msghdr()
                return withUnsafeMutablePointer(to: &iov) { iovp in
                    msg.msg_iov = iovp
                    msg.msg_iovlen = 1
                    guard !fds.isEmpty else { return sendmsg(fd, &msg, Int32(MSG_NOSIGNAL)) }
                    let space = controlSpace(fds.count)
                    let control = UnsafeMutableRawPointer.allocate(byteCount: space, alignment: MemoryLayout<Int>.alignment)
                    defer { control.deallocate() }
                    control.initializeMemory(as: UInt8.self, repeating: 0, count: space)
                    let header = control.assumingMemoryBound(to: cmsghdr.self)
                    header.pointee.cmsg_len = align(headerSize) + fds.count * MemoryLayout<Int32>.size
                    header.pointee.cmsg_level = SOL_SOCKET
                    header.pointee.cmsg_type = Int32(SCM_RIGHTS)
                    let data = (control + align(headerSize)).assumingMemoryBound(to: Int32.self)
                    for (i, d) in fds.enumerated() { data[i] = d }
                    msg.msg_control = control
                    msg.msg_controllen = space
                    return sendmsg(fd, &msg, Int32(MSG_NOSIGNAL))
                }
            }
            if sent < 0 {
                if errno == EINTR { continue }
                throw SocketError(operation: "send", code: errno)
            }
            fds = []
            offset += sent
        }
    }

    /// Reads up to `count` bytes (0 at the end of the stream) and any descriptors that came with them.
    public static func receive(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, descriptors: inout [Int32]) throws -> Int {
        let maxFDs = 8
        let space = controlSpace(maxFDs)
        let control = UnsafeMutableRawPointer.allocate(byteCount: space, alignment: MemoryLayout<Int>.alignment)
        defer { control.deallocate() }
        while true {
            var iov = iovec(iov_base: buffer.baseAddress, iov_len: buffer.count)
            var msg = msghdr()
            let n: Int = withUnsafeMutablePointer(to: &iov) { iovp in
                msg.msg_iov = iovp
                msg.msg_iovlen = 1
                msg.msg_control = control
                msg.msg_controllen = space
                return recvmsg(fd, &msg, Int32(MSG_CMSG_CLOEXEC))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw SocketError(operation: "receive", code: errno)
            }
            if msg.msg_controllen >= headerSize {
                let header = control.assumingMemoryBound(to: cmsghdr.self).pointee
                if header.cmsg_level == SOL_SOCKET && header.cmsg_type == Int32(SCM_RIGHTS) {
                    let count = (Int(header.cmsg_len) - align(headerSize)) / MemoryLayout<Int32>.size
                    let data = (control + align(headerSize)).assumingMemoryBound(to: Int32.self)
                    for i in 0..<max(0, min(count, maxFDs)) { descriptors.append(data[i]) }
                }
            }
            return n
        }
    }
}
