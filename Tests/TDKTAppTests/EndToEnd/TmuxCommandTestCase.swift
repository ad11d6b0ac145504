import Foundation
import XCTest
import TDKTTestKit

/// An end-to-end test on its own data directory: the built binary, run as a command (`tdkt`) or as the
/// terminal interface in a private tmux server at 80x24 (`startShell`).
class TmuxCommandTestCase: XCTestCase {
    var tmux: Tmux!
    var dataDir: String!
    var binary: String!
    /// The name the test's data directory starts with.
    var dataDirectoryName: String { "tdkt-e2e" }

    override func setUpWithError() throws {
        tmux = try Tmux()
        binary = try requireBinary()
        dataDir = TestDirectories.path(dataDirectoryName)
    }

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        if let d = dataDir { try? FileManager.default.removeItem(atPath: d) }
    }

    /// A command on the test's data directory; it must succeed.
    @discardableResult
    func tdkt(_ args: String..., file: StaticString = #filePath, line: UInt = #line) -> String {
        runCommand(binary, dataDir, args, file: file, line: line)
    }

    /// The terminal interface on the test's data directory, in UTF-8 (`extra`: more environment, e.g. NO_COLOR=).
    func startShell(_ extra: String = "") {
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 LC_ALL= \(extra)\(extra.isEmpty ? "" : " ")\(shellQuote(binary)) --data \(shellQuote(dataDir))")
    }
}
