import Foundation
import XCTest
@testable import TDKTCommands

/// The systemd unit and the deployment guide say what the program does.
final class DeploymentFilesTests: XCTestCase {
    private func repositoryFile(_ path: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func testTheUnitStartsTheServerOnTheDefaultSocketUnderItsOwnAccount() throws {
        let unit = try repositoryFile("docs/tdkt.service")
        let exec = try XCTUnwrap(unit.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        let words = exec.dropFirst("ExecStart=".count).split(separator: " ").map(String.init)
        XCTAssertEqual(words.first, "/usr/local/bin/tdkt")
        let serve = try XCTUnwrap(words.firstIndex(of: "serve"))
        // The options after `serve` are the command's own, as its declaration parses them.
        let args = try Arguments(Array(words[(serve + 1)...]), ServeCommand.spec)
        XCTAssertEqual(args.value("--socket"), ServerLocation.defaultSocket)
        XCTAssertTrue(unit.contains("User=tdkt"))
        XCTAssertTrue(unit.contains("StateDirectoryMode=0700"))
        let guide = try repositoryFile("docs/deployment.md")
        XCTAssertTrue(guide.contains("tdkt.service"))
        XCTAssertTrue(guide.contains("ForceCommand /usr/local/bin/tdkt --socket \(ServerLocation.defaultSocket)"))
    }
}
