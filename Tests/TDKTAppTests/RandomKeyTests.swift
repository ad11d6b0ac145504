import Foundation
@testable import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

/// 100,000 random keys into every screen of the shell on the memory backend, as the administrator
/// (who is offered every action): nothing crashes, every frame stays inside its size and holds no
/// control character, and the data directory still passes `tdkt check` afterwards.
final class RandomKeyTests: XCTestCase {
    static let letters = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÊÔƯ0123456789 /?-,.ệữờấ漢")

    func randomKey(_ g: inout SplitMix64) -> Key {
        switch g.int(0...99) {
        case 0..<45: return .char(Self.letters[g.int(0...(Self.letters.count - 1))])
        case 45..<53: return [.up, .down, .left, .right][g.int(0...3)]
        case 53..<58: return [.home, .end, .pageUp, .pageDown, .insert, .delete][g.int(0...5)]
        case 58..<66: return .tab
        case 66..<70: return .backTab
        case 70..<78: return .enter
        case 78..<84: return .escape
        case 84..<89: return .backspace
        case 89..<95: return .function(g.int(1...9))
        case 95..<97: return .ctrl(["l", "t", "z", "u", "a"][g.int(0...4)])
        case 97: return .paste("Nguyễn\nVăn\u{1B}[2J Khoa\t\u{202E}")
        case 98: return .resize
        // Quitting (F10, Ctrl-C) is rare, so the walk gets deep into the screens.
        default: return g.int(0...9) == 0 ? [.interrupt, .function(10)][g.int(0...1)] : .char("a")
        }
    }

    func testHundredThousandRandomKeysIntoEveryScreen() throws {
        let root = TestDirectories.path("tdkt-random-keys")
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Random keys do reach "save to file" with a relative path: keep such files out of the package.
        let scratch = root + "-cwd"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(scratch)
        // The save form starts in the home folder and remembers it under $XDG_STATE_HOME; printing runs lp from
        // PATH: all of them point into the scratch folder (no lp there), so random keys write and print nothing else.
        let environment = ProcessInfo.processInfo.environment
        for key in ["HOME", "XDG_STATE_HOME", "PATH"] { setenv(key, scratch, 1) }
        defer {
            for key in ["HOME", "XDG_STATE_HOME", "PATH"] {
                if let v = environment[key] { setenv(key, v, 1) } else { unsetenv(key) }
            }
            _ = FileManager.default.changeCurrentDirectoryPath(previous)
            try? FileManager.default.removeItem(atPath: scratch)
        }
        let login = DataDirectory.currentLogin()
        try DemoFixture.make(root: root, user: login)
        let options = ShellOptions(dataDirectory: root, userLogin: login, role: "administrator", language: "vi")
        let registry = ScreenRegistry.standard()
        let screens: [ShellScreen?] = [nil] + registry.screens.map { $0 }  // nil: the main menu itself
        let total = 100_000
        let perScreen = total / screens.count
        var g = SplitMix64(seed: 20261125)
        var keys = 0, restarts = 0, frames = 0
        let sizes = [Size(width: 80, height: 24), Size(width: 132, height: 43), Size(width: 60, height: 20)]
        // Saves reached by random keys skip fsync: this test is about screens, the crash tests about durability.
        try FileIO.withoutSync { try walk() }
        func walk() throws {
            for screen in screens {
                func open() -> Application {
                    let app = makeShellApplication(options, registry: registry)
                    if let screen {
                        let ws = try? Workspace(root: root, user: login)
                        let ctx = ShellContext(options: options, language: .vi, drafts: DraftStore(dataDirectory: root, login: login), workspace: ws)
                        app.push(screen.makeView(ctx))
                    }
                    return app
                }
                var app = open()
                for n in 0..<perScreen {
                    app.handle(randomKey(&g))
                    keys += 1
                    if app.terminationReason != nil { app = open(); restarts += 1 }
                    if n % 25 == 0 {
                        let size = sizes[g.int(0...2)]
                        let frame = app.render(size: size)
                        frames += 1
                        XCTAssertEqual(frame.size, size)
                        XCTAssertEqual(frame.cells.count, size.width * size.height)
                        if let bad = frame.cells.first(where: { $0.text.unicodeScalars.contains(where: TextNormalization.isUnsafe) }) {
                            XCTFail("\(screen?.id ?? "menu"): a control character reached the frame: \(bad.text.debugDescription)")
                            return
                        }
                    }
                }
            }
        }
        let check = DataCheck.run(try Workspace(root: root, user: login))
        print("random keys: \(keys) keys into \(screens.count) screens, \(frames) frames checked, \(restarts) restarts after F10/Ctrl-C, \(check.problems.count) data problems")
        XCTAssertEqual(keys, perScreen * screens.count)
        XCTAssertGreaterThanOrEqual(keys, total - screens.count)
        XCTAssertEqual(check.problems, [])
    }
}
