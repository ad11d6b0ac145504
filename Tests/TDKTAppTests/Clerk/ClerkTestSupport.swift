import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

/// A demo data directory in a temporary folder and the shell opened on it, driven with keys.
final class ClerkSession {
    let dir: String
    let app: Application
    let context: ShellContext

    init(login: String = "khoa", lang: String = "vi", dir existing: String? = nil) throws {
        if let existing {
            dir = existing
        } else {
            dir = TestDirectories.path("tdkt-clerk")
            try DemoFixture.make(root: dir, user: "khoa")
        }
        let options = ShellOptions(dataDirectory: dir, userLogin: login, role: "clerk", language: lang)
        app = makeShellApplication(options)
        context = ShellContext(options: options, language: lang == "en" ? .en : .vi,
                               drafts: DraftStore(dataDirectory: dir, login: login), workspace: try Workspace(root: dir, user: login))
    }

    /// The workspace the screens use (the one the shell opened is not reachable; screens pushed by tests use this one).
    var ws: Workspace { context.workspace! }

    /// A fresh read of the data directory, to check what was saved.
    func reread(as login: String = "khoa") throws -> Workspace { try Workspace(root: dir, user: login) }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }

    var frame: Frame { app.render(size: .standard) }
    var screen: String { frame.text }
    var bar: String { frame.row(23) }
    /// The labels of the F9 menu of the screen on top (its own actions the user may take).
    var actions: [String] {
        guard let top = app.top else { return [] }
        return app.commands.actions(for: top.allContexts, hiding: app.hiddenCommands(of: top)).map { $0.label.vi }
    }

    func press(_ keys: Key...) { app.handle(keys) }
    func type(_ s: String) { for c in s { app.handle(.char(c)) } }
    /// Clears the focused text field and types.
    func replace(_ s: String) { app.handle(.ctrl("u")); type(s) }
}
