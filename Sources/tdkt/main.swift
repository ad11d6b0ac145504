import Foundation
import TDKTApp
import TDKTCore

// Files are shared by the office group: created group-readable and -writable.
DataDirectory.applyOfficeUmask()

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("tdkt: \(message)\n".utf8))
    exit(1)
}

switch CommandLineTool().run(Array(CommandLine.arguments.dropFirst())) {
case let .finished(status):
    exit(status)
case let .shell(dataDirectory, language, demo):
    let login = DataDirectory.currentLogin()
    var root = dataDirectory
    if demo {
        do { root = try DataInitializer.temporaryDemo(user: login) } catch { fail(error.localizedDescription) }
    }
    guard DataDirectory.isInitialised(root) else {
        fail(language == .en ? "\(root) is not a tdkt data directory; create it with `tdkt init` (or try `tdkt --demo`)"
                             : "\(root) chưa phải thư mục dữ liệu tdkt; hãy tạo bằng `tdkt init` (hoặc thử `tdkt --demo`)")
    }
    let role: String
    do {
        let ws = try Workspace(root: root, user: login)
        guard let assignment = ws.role else {
            fail(language == .en ? "the login \(login) has no role in \(root)" : "tài khoản \(login) chưa được cấp quyền trong \(root)")
        }
        role = assignment.role.rawValue
    } catch let e as StoreError {
        fail(e.message(language))
    } catch {
        fail("\(error)")
    }
    let status = runShell(ShellOptions(dataDirectory: root, userLogin: login, role: role, language: language.rawValue))
    // The demo's temporary copy goes when the session ends normally; a hung-up one stays for its drafts.
    if demo && status == 0 { try? FileManager.default.removeItem(atPath: root) }
    exit(status)
}
