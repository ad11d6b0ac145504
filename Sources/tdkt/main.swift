import Foundation
import TDKTApp
import TDKTCore

// Files are shared by the office group: created group-readable and -writable.
DataDirectory.applyOfficeUmask()

let tool = CommandLineTool()
switch tool.run(Array(CommandLine.arguments.dropFirst())) {
case let .finished(status):
    exit(status)
case let .shell(dataDirectory, language, demo):
    let login = DataDirectory.currentLogin()
    var root = dataDirectory
    if demo {
        do { root = try DataInitializer.temporaryDemo(user: login) } catch {
            FileHandle.standardError.write(Data("tdkt: \(error.localizedDescription)\n".utf8))
            exit(1)
        }
    }
    exit(runShell(ShellOptions(dataDirectory: root, userLogin: login, role: "clerk", language: language.rawValue)))
}
