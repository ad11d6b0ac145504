import XCTest
@testable import TerminalUI
import TDKTText

/// Drives an Application with keys and shows it on the memory backend.
final class Harness {
    let app: Application
    let screen: MemoryScreen

    init(_ root: View, size: Size = .standard, language: Language = .vi, commands: CommandTable = .standard) {
        app = Application(root: root, language: language, commands: commands, appTitle: "TEST", statusInfo: "data · user")
        screen = MemoryScreen(size: size)
        render()
    }

    func render() { screen.present(app.render(size: screen.size), fullRedraw: false) }

    func press(_ keys: Key...) {
        app.handle(keys)
        render()
    }

    func type(_ s: String) {
        for c in s { app.handle(.char(c)) }
        render()
    }

    var rows: [String] { screen.rows }
    var text: String { screen.text }

    func row(containing s: String) -> Int? { screen.frame.find(s)?.y }
}
