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

    /// The application's one table: one id style, no id twice, and F-keys that mean the same on every
    /// screen (F5, F6, F11 and F12 are bound to nothing; F1, F3, F4, F9, F10 only to the toolkit's own).
    func testTheApplicationTableHasOneIdStyleAndFixedFunctionKeys() {
        let t = AppCommands.table
        XCTAssertEqual(t.commands.filter { !$0.id.isWellFormed }.map(\.id.raw), [])
        XCTAssertEqual(Set(t.commands.map(\.id)).count, t.commands.count)
        for n in [5, 6, 11, 12] { XCTAssertEqual(t.commands.filter { $0.keys.contains(.function(n)) }.map(\.id.raw), [], "F\(n)") }
        for (n, id) in [(1, CommandID.help), (3, .search), (4, .filter), (9, .actions), (10, .quit)] {
            XCTAssertEqual(t.commands.filter { $0.keys.contains(.function(n)) }.map(\.id), [id], "F\(n)")
        }
        // F2 saves, F7 adds, F8 removes: each binding's label says so.
        for c in t.commands where c.keys.contains(.function(7)) { XCTAssertTrue(c.label.vi.hasPrefix("Thêm"), c.label.vi) }
        for c in t.commands where c.keys.contains(.function(8)) { XCTAssertTrue(["Xóa", "Hoàn tác"].contains(c.label.vi), c.label.vi) }
    }
}
