import Foundation
import TDKTCore
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// The write end of the pipe the signal handlers write to (a handler may only write a byte).
nonisolated(unsafe) private var signalPipe: (read: Int32, write: Int32) = (-1, -1)

/// The clerk's own `tdkt` when an office server holds the data: it hands the server its terminal and its
/// command line, then does for its session exactly what `ClerkFileAccess` names — with the clerk's rights, in
/// the clerk's folders, checked here as in single-user mode — forwards resizes and signals, and exits with the
/// session's status.
public enum ClerkAgent {
    /// The environment a session may use (the server keeps only the terminal and language settings).
    static let forwarded = ["TERM", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TDKT_LANG", "NO_COLOR", "ESCDELAY"]

    public static func run(socket path: String, arguments: [String], language: Language,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let fd: Int32
        do { fd = try UnixSocket.connect(to: path) } catch let e as SocketError {
            return fail(unreachable(path, e.code), language)
        } catch { return fail(Localized(vi: "\(error)", en: "\(error)"), language) }
        let connection = WireConnection(fd: fd)
        var hello = WireMessage(.hello)
        hello.arguments = arguments
        hello.environment = environment.filter { forwarded.contains($0.key) }
        do { try connection.send(hello, descriptors: [0, 1, 2]) } catch {
            return fail(Localized(vi: "máy chủ tdkt tại \(path) không nhận phiên: \(error)", en: "the tdkt server at \(path) refused the session: \(error)"), language)
        }
        let terminal = SavedTerminal()
        installSignalForwarding()
        let files = LocalClerkFiles(environment: environment)
        var interrupted: Int32?
        while true {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: signalPipe.read, events: Int16(POLLIN), revents: 0)]
            if !connection.hasCompleteMessage {
                if poll(&fds, 2, -1) < 0 { if errno == EINTR { continue } else { break } }
                if fds[1].revents & Int16(POLLIN) != 0 {
                    var sig: UInt8 = 0
                    _ = read(signalPipe.read, &sig, 1)
                    if Int32(sig) == SIGHUP { break }
                    if Int32(sig) != SIGWINCH { interrupted = Int32(sig) }
                    var m = WireMessage(Int32(sig) == SIGWINCH ? .resize : .signal)
                    m.number = Int(sig)
                    try? connection.send(m)
                    continue
                }
            }
            guard let received = (try? connection.receive()) ?? nil else { break }
            let (message, descriptors) = received
            for d in descriptors { close(d) }
            switch message.kind {
            case .exit:
                if let text = message.error { FileHandle.standardError.write(Data("tdkt: \(TextNormalization.visible(text.text(language)))\n".utf8)) }
                return Int32(clamping: message.number ?? 1)
            case .request:
                serve(message, connection: connection, files: files)
            default:
                continue
            }
        }
        // The session ended without saying how (the server stopped, or it failed): give the terminal back sane.
        terminal.restore()
        // Stopped by the clerk's own Ctrl-C: ended as a shell expects of an interrupted command.
        if let interrupted { return 128 + interrupted }
        return fail(Localized(vi: "phiên làm việc trên máy chủ tdkt kết thúc bất thường", en: "the session on the tdkt server ended abnormally"), language)
    }

    static func unreachable(_ path: String, _ code: Int32) -> Localized {
        let why = String(cString: strerror(code))
        let hint: Localized
        switch code {
        case ENOENT, ECONNREFUSED: hint = Localized(vi: "máy chủ chưa chạy? (systemctl status tdkt)", en: "is the server running? (systemctl status tdkt)")
        case EACCES: hint = Localized(vi: "tài khoản này không được phép dùng ổ cắm", en: "this account may not use the socket")
        default: hint = Localized(vi: "", en: "")
        }
        return Localized(vi: "không kết nối được máy chủ tdkt tại \(path): \(why); \(hint.vi)",
                         en: "cannot reach the tdkt server at \(path): \(why); \(hint.en)")
    }

    static func fail(_ message: Localized, _ language: Language) -> Int32 {
        FileHandle.standardError.write(Data("tdkt: \(TextNormalization.visible(message.text(language)))\n".utf8))
        return 1
    }

    private static func installSignalForwarding() {
        var p: [Int32] = [0, 0]
        guard pipe(&p) == 0 else { return }
        for d in p { _ = fcntl(d, F_SETFD, FD_CLOEXEC); _ = fcntl(d, F_SETFL, O_NONBLOCK) }
        signalPipe = (p[0], p[1])
        for sig in [SIGWINCH, SIGINT, SIGTERM, SIGQUIT, SIGHUP] {
            signal(sig) { s in
                var b = UInt8(truncatingIfNeeded: s)
                _ = write(signalPipe.write, &b, 1)
            }
        }
    }

    /// One request of the session, done here as the clerk.
    static func serve(_ request: WireMessage, connection: WireConnection, files: LocalClerkFiles) {
        var reply = WireMessage(.reply, id: request.id)
        var descriptors: [Int32] = []
        let path = request.path ?? ""
        do {
            switch request.operation {
            case .resolve?: reply.text = files.resolve(path)
            // The server's data directory is named so that a clerk who could write there is refused all the same.
            case .checkDestination?: try files.checkDestination(path, force: request.force ?? false, dataDirectory: request.text)
            case .write?: try files.write(request.data ?? Data(), to: path, force: request.force ?? false, dataDirectory: request.text)
            case .read?: descriptors = [try files.openForReading(path)]
            case .isFolder?: reply.flag = files.isFolder(path)
            case .list?: reply.entries = files.list(path)
            case .currentFolder?: reply.text = files.currentFolder()
            case .homeFolder?: reply.text = files.homeFolder()
            case .print?:
                let options = ReportPrinter.Options(printer: request.printer, copies: request.number ?? 1, title: request.text ?? "tdkt")
                let receipt = try files.print(request.data ?? Data(), fileName: (path as NSString).lastPathComponent, options: options)
                reply.text = receipt.output
                reply.path = receipt.program
            case .loadState?: reply.data = files.loadState(path)
            case .saveState?: files.saveState(path, request.data ?? Data())
            case .suspend?:
                // The session has given the terminal back; stop as a shell job does, and answer once resumed.
                kill(getpid(), SIGSTOP)
            case nil:
                reply.error = Localized(vi: "yêu cầu không rõ", en: "unknown request")
            }
        } catch {
            reply.error = (error as? UserFacingError)?.text ?? Localized(vi: "\(error)", en: "\(error)")
        }
        try? connection.send(reply, descriptors: descriptors)
        for d in descriptors { close(d) }
    }
}

/// The terminal's settings when tdkt started, put back if the session ends without doing so itself.
final class SavedTerminal {
    private var saved = termios()
    private let isTerminal: Bool

    init() { isTerminal = isatty(0) == 1 && tcgetattr(0, &saved) == 0 }

    func restore() {
        guard isTerminal else { return }
        var t = saved
        tcsetattr(0, TCSANOW, &t)
        // Leave the alternate screen and show the cursor, as curses would on its way out.
        FileHandle.standardOutput.write(Data("\u{1B}[?1049l\u{1B}[?25h\r\n".utf8))
    }
}
