import Foundation
import TDKTCore
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// The socket to remove when the server is stopped (a signal handler can only reach a global).
nonisolated(unsafe) private var socketToRemove: [CChar] = []

/// `tdkt serve`: the office's server. It runs under an account of its own that alone owns the data directory
/// (made 0700 here), listens on a UNIX socket, and for each clerk who connects starts a session — this same
/// program, as the server's account — that knows the clerk only by the socket's peer credentials and runs
/// every role check in TDKTCore. No clerk's process ever opens a file of the data directory.
///
/// Sessions are processes rather than threads because a terminal interface (curses) owns its process; they
/// write through the one store, whose lock on the data directory orders their commits. A second server on the
/// same data directory is refused.
public enum OfficeServer {
    public struct Settings: Sendable {
        public var dataDirectory: String
        public var socketPath: String
        /// Who may connect at all (the roles in the data directory still decide what each may do).
        public var socketMode: mode_t
        public init(dataDirectory: String, socketPath: String, socketMode: mode_t = 0o666) {
            self.dataDirectory = dataDirectory; self.socketPath = socketPath; self.socketMode = socketMode
        }
    }

    public struct StartError: Error, UserFacingError {
        public var text: Localized
    }

    /// Checks the data directory, takes it, and serves until SIGTERM or SIGINT.
    public static func run(_ settings: Settings, log: (String) -> Void) throws -> Never {
        let root = settings.dataDirectory
        guard DataDirectory.isInitialised(root) else { throw StoreError.noDataDirectory(root) }
        var st = stat()
        guard stat(root, &st) == 0 else { throw StartError(text: Localized(vi: "không đọc được \(root)", en: "cannot read \(root)")) }
        guard st.st_uid == geteuid() else {
            throw StartError(text: Localized(
                vi: "\(root) không thuộc tài khoản đang chạy máy chủ (uid \(geteuid())); chown -R cho tài khoản của máy chủ trước",
                en: "\(root) is not owned by the account running the server (uid \(geteuid())); chown -R it to the server's account first"))
        }
        // Only the server's account may read or write the data; files it creates are its own alone.
        chmod(root, 0o700)
        umask(0o077)
        let lockFD = open(root + "/.lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard lockFD >= 0, flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            throw StartError(text: Localized(vi: "một máy chủ tdkt khác đang giữ \(root)", en: "another tdkt server holds \(root)"))
        }
        let executable = try ownExecutable()
        let listener: Int32
        do { listener = try UnixSocket.listen(at: settings.socketPath, mode: settings.socketMode) } catch let e as SocketError {
            throw StartError(text: Localized(vi: "không mở được ổ cắm \(settings.socketPath): \(e)", en: "cannot open the socket \(settings.socketPath): \(e)"))
        }
        socketToRemove = Array(settings.socketPath.utf8CString)
        // Sessions are reaped by the kernel; a clerk who disconnects mid-reply must not kill the server.
        signal(SIGCHLD, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGTERM, SIGINT] {
            signal(sig) { _ in
                if !socketToRemove.isEmpty { unlink(socketToRemove) }
                _exit(0)
            }
        }
        log("tdkt serve: \(root) at \(settings.socketPath) (pid \(getpid()))")
        while true {
            let connection: Int32
            do { connection = try UnixSocket.accept(listener) } catch {
                log("tdkt serve: \(error)")
                usleep(100_000)
                continue
            }
            do {
                let peer = try UnixSocket.peerCredentials(connection)
                let pid = try spawnSession(executable: executable, root: root, connection: connection)
                log("tdkt serve: session \(pid) for \(peer.login ?? "uid \(peer.uid)") (uid \(peer.uid), client pid \(peer.pid))")
            } catch {
                log("tdkt serve: cannot start a session: \(error)")
            }
            close(connection)
        }
    }

    static func ownExecutable() throws -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { throw StartError(text: Localized(vi: "không tìm thấy chương trình tdkt", en: "cannot find the tdkt executable")) }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The session: this program with `__session ROOT`, the connection as descriptor 3, in a session of its own
    /// (no controlling terminal of the server's), every signal at its default.
    static func spawnSession(executable: String, root: String, connection: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, connection, ServerSession.connectionDescriptor)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGCHLD, SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        let setsid: Int16 = 0x80 // POSIX_SPAWN_SETSID (glibc), not exported to Swift
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK) | setsid)
        let argv = ["tdkt", "__session", root]
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        let env = ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/nonexistent", "LANG=C.UTF-8"]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer { for p in cEnv { free(p) } }
        var pid: pid_t = 0
        let r = posix_spawn(&pid, executable, &actions, &attributes, &cArgs, &cEnv)
        guard r == 0 else { throw SocketError(operation: "posix_spawn \(executable)", code: r) }
        return pid
    }
}
