import Foundation
import TDKTApp
import TDKTCore
import TDKTServer
import TDKTText

/// The whole program behind `main.swift`: a command, or the terminal interface on a data directory — here,
/// or through the office's server.
public enum Program {
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        // Files are shared by the office group: created group-readable and -writable.
        DataDirectory.applyOfficeUmask()
        if arguments.first == "__session", arguments.count == 2 { runSession(root: arguments[1]) }
        let environment = ProcessInfo.processInfo.environment
        if let server = ServerLocation.socket(for: arguments, environment: environment) {
            let tool = CommandLineTool(environment: environment)
            exit(ClerkAgent.run(socket: server.path, arguments: server.arguments, language: tool.language(arguments)))
        }
        switch CommandLineTool().run(arguments) {
        case let .finished(status):
            exit(status)
        case let .shell(dataDirectory, language, demo):
            exit(openShell(dataDirectory, language: language, demo: demo, login: DataDirectory.currentLogin()))
        }
    }

    /// A session the office server started for a clerk: the clerk is who the socket says connected; the data
    /// directory is the server's; the clerk's files go through the clerk's own process.
    private static func runSession(root: String) -> Never {
        let session: ServerSession
        do { session = try ServerSession.start() } catch {
            FileHandle.standardError.write(Data("tdkt: session: \(error)\n".utf8))
            exit(1)
        }
        umask(0o077)
        let files = RemoteClerkFiles(session: session)
        ClerkFiles.use(files)
        ShellSuspension.use { files.suspend() }
        var tool = CommandLineTool(environment: session.environment, user: session.login)
        tool.serverDataDirectory = root
        let status: Int32
        switch tool.run(session.arguments) {
        case let .finished(s): status = s
        case let .shell(dataDirectory, language, _): status = openShell(dataDirectory, language: language, demo: false, login: session.login)
        }
        session.finish(status)
        exit(status)
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("tdkt: \(TextNormalization.visible(message))\n".utf8))
        exit(1)
    }

    private static func openShell(_ dataDirectory: String, language: Language, demo: Bool, login: String) -> Int32 {
        var root = dataDirectory
        if demo {
            do { root = try DemoDirectory.temporary(user: login) } catch { fail(ErrorText.message(error, language)) }
        }
        guard DataDirectory.isInitialised(root) else { fail(ErrorText.message(StoreError.noDataDirectory(root), language)) }
        let role: String
        do {
            let ws = try Workspace(root: root, user: login)
            guard let assignment = ws.role else {
                fail(language == .en ? "the login \(login) has no role in \(root)" : "tài khoản \(login) chưa được cấp quyền trong \(root)")
            }
            role = assignment.role.rawValue
        } catch {
            fail(ErrorText.message(error, language))
        }
        let status = runShell(ShellOptions(dataDirectory: root, userLogin: login, role: role, language: language.rawValue))
        // The demo's temporary copy goes when the session ends normally; a hung-up one stays for its drafts.
        if demo && status == 0 { try? FileManager.default.removeItem(atPath: root) }
        return status
    }
}
