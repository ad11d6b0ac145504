import Foundation
import TDKTCore
import TDKTText

/// One message between a clerk's `tdkt` and its session in the server: length-prefixed JSON on the socket,
/// with descriptors (the clerk's terminal, a file the clerk opened) passed beside it.
///
/// Clerk → session: `hello` (the command line, the terminal settings; the terminal's descriptors attached),
/// `resize`, `signal`, and the `reply` to each request. Session → clerk: a `request` for something only the
/// clerk's own process may do with the clerk's files, `exit` with the status.
public struct WireMessage: Codable, Sendable {
    public enum Kind: String, Codable, Sendable { case hello, resize, signal, request, reply, exit }

    public var kind: Kind
    public var id: Int = 0
    public var operation: ClerkOperation?
    public var arguments: [String]?
    public var environment: [String: String]?
    public var path: String?
    public var force: Bool?
    public var data: Data?
    public var text: String?
    public var number: Int?
    public var printer: String?
    public var flag: Bool?
    public var entries: [ClerkFolderEntry]?
    public var error: Localized?

    public init(_ kind: Kind, id: Int = 0) { self.kind = kind; self.id = id }
}

/// What a session may ask of the clerk's process: exactly the calls of `ClerkFileAccess`, and suspending.
public enum ClerkOperation: String, Codable, Sendable {
    case resolve, checkDestination, write, read, isFolder, list, currentFolder, homeFolder, print, loadState, saveState, suspend
}

/// A socket carrying `WireMessage`s. One reader and one writer at a time (the caller's concern).
public final class WireConnection: @unchecked Sendable {
    public let fd: Int32
    /// The largest message accepted: a report or export written for the clerk fits well within it.
    public static let maximumMessage = 256 << 20
    private var buffer: [UInt8] = []
    private var descriptors: [Int32] = []
    private let writeLock = NSLock()

    public init(fd: Int32) { self.fd = fd }

    public func send(_ message: WireMessage, descriptors: [Int32] = []) throws {
        let body = try JSONEncoder().encode(message)
        var frame = [UInt8](repeating: 0, count: 4)
        let n = UInt32(body.count)
        frame[0] = UInt8(n >> 24); frame[1] = UInt8((n >> 16) & 0xFF); frame[2] = UInt8((n >> 8) & 0xFF); frame[3] = UInt8(n & 0xFF)
        frame += body
        writeLock.lock(); defer { writeLock.unlock() }
        try UnixSocket.send(fd, frame, descriptors: descriptors)
    }

    /// True when a whole message is already buffered, so waiting on the socket would wait for the one after.
    public var hasCompleteMessage: Bool {
        guard buffer.count >= 4 else { return false }
        let n = Int(buffer[0]) << 24 | Int(buffer[1]) << 16 | Int(buffer[2]) << 8 | Int(buffer[3])
        return buffer.count >= 4 + n
    }

    /// The next message and the descriptors that came with it; nil when the other end has closed.
    public func receive() throws -> (WireMessage, [Int32])? {
        while true {
            if buffer.count >= 4 {
                let n = Int(buffer[0]) << 24 | Int(buffer[1]) << 16 | Int(buffer[2]) << 8 | Int(buffer[3])
                guard n <= Self.maximumMessage else { throw SocketError(operation: "message of \(n) bytes", code: EMSGSIZE) }
                if buffer.count >= 4 + n {
                    let body = Data(buffer[4..<(4 + n)])
                    buffer.removeFirst(4 + n)
                    let message = try JSONDecoder().decode(WireMessage.self, from: body)
                    let fds = descriptors
                    descriptors = []
                    return (message, fds)
                }
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let got = try chunk.withUnsafeMutableBytes { try UnixSocket.receive(fd, into: $0, descriptors: &descriptors) }
            if got == 0 {
                for d in descriptors { close(d) }
                descriptors = []
                return nil
            }
            buffer += chunk[0..<got]
        }
    }
}
