import Foundation
import XCTest
import TDKTText
import TDKTTestKit
@testable import TDKTApp
import TDKTCore
import TerminalUI

/// Screens are released when closed: opening and closing every screen of the shell many times leaves no
/// view (and no controller behind it) alive, so a long session's memory stays flat.
final class ScreenLifecycleTests: XCTestCase {
    func testEveryScreenIsReleasedWhenClosed() throws {
        try openAndCloseEveryScreen()
    }

    private func openAndCloseEveryScreen() throws {
        let root = NSTemporaryDirectory() + "tdkt-lifecycle-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try DemoFixture.make(root: root, user: "khoa")
        let options = ShellOptions(dataDirectory: root, userLogin: "khoa", role: "administrator", language: "vi")
        let ws = try Workspace(root: root, user: "khoa")
        let context = ShellContext(options: options, language: .vi, drafts: DraftStore(dataDirectory: root, login: "khoa"), workspace: ws)
        let app = makeShellApplication(options)
        let screen = MemoryScreen(size: Size(width: 80, height: 24))
        let registry = ScreenRegistry.standard()
        XCTAssertFalse(registry.screens.isEmpty)
        var leaked: [String] = []
        for entry in registry.screens where entry.isAvailable(context) {
            var weakViews: [WeakView] = []
            for _ in 0..<20 {
                do {
                    let view = entry.makeView(context)
                    app.push(view)
                    screen.present(app.render(size: screen.size), fullRedraw: false)
                    app.handle(.down)
                    screen.present(app.render(size: screen.size), fullRedraw: false)
                    weakViews.append(WeakView(view))
                    // Close whatever the screen opened on top of itself, then the screen.
                    while let top = app.top, top !== view, app.isRunning { app.remove(top) }
                    app.remove(view)
                }
            }
            let alive = weakViews.filter { $0.view != nil }.count
            if alive > 0 { leaked.append("\(entry.id): \(alive) of 20 still alive") }
        }
        XCTAssertEqual(leaked, [])
    }
}

private struct WeakView {
    weak var view: AnyObject?
    init(_ view: AnyObject) { self.view = view }
}
