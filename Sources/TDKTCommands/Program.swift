import Foundation
import TDKTApp
import TDKTCore
import TDKTText

/// The whole program behind `main.swift`: a command, or the terminal interface on a data directory.
public enum Program {
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        // Files are shared by the office group: created group-readable and -writable.
        DataDirectory.applyOfficeUmask()
        switch CommandLineTool().run(arguments) {
        case let .finished(status):
            exit(status)
        case let .shell(dataDirectory, language, demo):
            exit(openShell(dataDirectory, language: language, demo: demo))
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("tdkt: \(TextNormalization.visible(message))\n".utf8))
        exit(1)
    }

    private static func openShell(_ dataDirectory: String, language: Language, demo: Bool) -> Int32 {
        let login = DataDirectory.currentLogin()
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
