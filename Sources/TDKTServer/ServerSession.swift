import Foundation
import TDKTCore
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// The server's side of one clerk's connection: a process the server started for it, running as the server's
/// account, with the clerk's terminal as its standard input, output and error.
///
/// The clerk is who the kernel says connected (SO_PEERCRED), never what the client claims. The client's
/// command line and terminal settings arrive in the `hello`; everything the program does with the clerk's own
/// files goes back to the client (`RemoteClerkFiles`).
public final class ServerSession: @unchecked Sendable {
    public let connection: WireConnection
    public let peer: PeerCredentials
    public let login: String
    public let arguments: [String]
    public let environment: [String: String]

    private let lock = NSCondition()
    private var replies: [Int: (WireMessage, [Int32])] = [:]
    private var closed = false
    private var nextID = 1

    /// The descriptor the server hands the connection on.
    public static let connectionDescriptor: Int32 = 3

    /// Takes the connection on `fd`: who is there, then their `hello`, whose descriptors become 0, 1 and 2.
    public static func start(fd: Int32 = connectionDescriptor) throws -> ServerSession {
        let peer = try UnixSocket.peerCredentials(fd)
        let connection = WireConnection(fd: fd)
        guard let login = peer.login else {
            try? connection.send(exitMessage(1, Localized(vi: "tài khoản số \(peer.uid) không có tên đăng nhập", en: "user id \(peer.uid) has no login name")))
            throw SocketError(operation: "no login for uid \(peer.uid)", code: ENOENT)
        }
        guard let received = try connection.receive(), received.0.kind == .hello, received.1.count == 3 else {
            throw SocketError(operation: "expected the client's hello with its terminal", code: EPROTO)
        }
        let (hello, fds) = received
        for (i, d) in fds.enumerated() {
            dup2(d, Int32(i))
            if d > 2 { close(d) }
        }
        let environment = SessionEnvironment.sanitized(hello.environment ?? [:])
        for (k, v) in environment { setenv(k, v, 1) }
        let session = ServerSession(connection: connection, peer: peer, login: login,
                                    arguments: (hello.arguments ?? []).map { String($0.prefix(4096)) }, environment: environment)
        session.startReading()
        return session
    }

    private init(connection: WireConnection, peer: PeerCredentials, login: String, arguments: [String], environment: [String: String]) {
        self.connection = connection; self.peer = peer; self.login = login; self.arguments = arguments; self.environment = environment
    }

    static func exitMessage(_ status: Int32, _ text: Localized? = nil) -> WireMessage {
        var m = WireMessage(.exit)
        m.number = Int(status)
        m.error = text
        return m
    }

    /// Tells the client how the session ended; the client exits with the same status.
    public func finish(_ status: Int32) {
        try? connection.send(Self.exitMessage(status))
    }

    /// The client's messages, read on their own thread: replies go to the call waiting for them; a resize or a
    /// signal is delivered to this process as the terminal would have; the client gone is a hang-up.
    private func startReading() {
        let thread = Thread { [self] in
            while true {
                guard let received = (try? connection.receive()) ?? nil else { break }
                let (message, fds) = received
                switch message.kind {
                case .resize: kill(getpid(), SIGWINCH)
                case .signal:
                    if let n = message.number, [SIGINT, SIGTERM, SIGQUIT].contains(Int32(n)) { kill(getpid(), Int32(n)) }
                case .reply:
                    lock.lock(); replies[message.id] = (message, fds); lock.broadcast(); lock.unlock()
                default:
                    for d in fds { close(d) }
                }
            }
            lock.lock(); closed = true; lock.broadcast(); lock.unlock()
            kill(getpid(), SIGHUP)
        }
        thread.start()
    }

    /// Asks the client and waits for its answer.
    func call(_ request: WireMessage) throws -> (WireMessage, [Int32]) {
        lock.lock()
        let id = nextID
        nextID += 1
        lock.unlock()
        var m = request
        m.kind = .request
        m.id = id
        try connection.send(m)
        lock.lock()
        defer { lock.unlock() }
        while replies[id] == nil && !closed { lock.wait() }
        guard let reply = replies.removeValue(forKey: id) else {
            throw ClerkFileError(Localized(vi: "mất kết nối với máy của người dùng", en: "the connection to the clerk's side was lost"))
        }
        if let e = reply.0.error {
            for d in reply.1 { close(d) }
            throw ClerkFileError(e)
        }
        return reply
    }
}

/// The terminal settings a client may pass to its session, and only those, each in a harmless form.
enum SessionEnvironment {
    static let allowed: [String: @Sendable (Character) -> Bool] = [
        "TERM": { $0.isASCII && ($0.isLetter || $0.isNumber || "._+-".contains($0)) },
        "LANG": { $0.isASCII && ($0.isLetter || $0.isNumber || "._@-".contains($0)) },
        "LC_ALL": { $0.isASCII && ($0.isLetter || $0.isNumber || "._@-".contains($0)) },
        "LC_CTYPE": { $0.isASCII && ($0.isLetter || $0.isNumber || "._@-".contains($0)) },
        "LC_MESSAGES": { $0.isASCII && ($0.isLetter || $0.isNumber || "._@-".contains($0)) },
        "TDKT_LANG": { $0.isASCII && $0.isLetter },
        "NO_COLOR": { $0.isASCII && ($0.isLetter || $0.isNumber) },
        "ESCDELAY": { $0.isASCII && $0.isNumber },
    ]

    static func sanitized(_ env: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in env {
            guard let ok = allowed[k], !v.isEmpty, v.count <= 64, v.allSatisfy(ok) else { continue }
            out[k] = v
        }
        return out
    }
}
