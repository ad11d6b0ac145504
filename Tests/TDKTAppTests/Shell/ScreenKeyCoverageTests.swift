import Foundation
import XCTest
import TDKTText
import TDKTTestKit
@testable import TDKTApp
import TDKTCore
import TerminalUI

/// Every key a screen acts on is in the one command table (so F1 and the F-key bar list it): each
/// screen of the shell gets every key on a fresh stack; a key that changes what is shown, the stack or
/// the session must be found in the table for the screen's contexts, or be text typed into a field.
final class ScreenKeyCoverageTests: XCTestCase {
    static var allKeys: [Key] {
        var keys: [Key] = (32...126).map { .char(Character(Unicode.Scalar($0)!)) } + [.char("đ")]
        keys += "abdefghijklmnopqrstuvwxyz".map { .ctrl($0) }
        keys += [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert, .delete, .enter, .escape, .tab, .backTab, .backspace]
        keys += (1...12).map { .function($0) }
        return keys
    }

    func testEveryKeyAScreenActsOnIsInTheTable() throws {
        let root = TestDirectories.path("tdkt-screen-keys")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try DemoFixture.make(root: root, user: "khoa")
        let options = ShellOptions(dataDirectory: root, userLogin: "khoa", role: "administrator", language: "vi")
        let ws = try Workspace(root: root, user: "khoa")
        let context = ShellContext(options: options, language: .vi, drafts: DraftStore(dataDirectory: root, login: "khoa"), workspace: ws)
        var missing: [String] = []
        for entry in ScreenRegistry.standard().screens where entry.isAvailable(context) {
            for key in Self.allKeys {
                let app = Application(root: MenuView(title: "Gốc", items: [MenuView.Item("Gốc") { _ in }]), language: .vi,
                                      commands: AppCommands.table)
                let view = entry.makeView(context)
                app.push(view)
                let size = Size.standard
                let before = app.render(size: size).text + "|\(app.stack.count)|\(app.isRunning)|\(app.suspendRequested)|\(app.telexEnabled)"
                let typing = view.wantsTyping
                let command = app.commands.lookup(key, in: view.allContexts, typing: typing, hiding: app.hiddenCommands(of: view))
                app.handle(key)
                let after = app.render(size: size).text + "|\(app.stack.count)|\(app.isRunning)|\(app.suspendRequested)|\(app.telexEnabled)"
                if after != before, command == nil, !(typing && key.isText) { missing.append("\(entry.id): \(key.label)") }
                while app.stack.count > 1 { app.remove(app.top!) }
            }
        }
        XCTAssertEqual(missing, [], "keys acted on but not in the command table")
    }
}
