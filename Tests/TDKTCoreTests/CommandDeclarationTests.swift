import Foundation
import XCTest
@testable import TDKTCommands
import TDKTCore
import TDKTText
import TDKTTestKit

/// Every command is declared once (CommandSpec): the parser, the help and the manual page follow the declaration.
final class CommandDeclarationTests: XCTestCase {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testMainHelpListsEveryDeclaredCommand() {
        let r = runTool(["--help"])
        XCTAssertEqual(r.status, 0)
        for spec in Commands.all {
            XCTAssertTrue(r.out.contains("  \(spec.name) ") && r.out.contains(spec.summary.en), spec.name)
        }
    }

    func testEachCommandsHelpShowsItsUsageAndEveryOption() {
        for spec in Commands.all {
            let r = runTool([spec.name, "--help"])
            XCTAssertEqual(r.status, 0, spec.name)
            for line in spec.usage { XCTAssertTrue(r.out.contains("tdkt " + line), "\(spec.name): \(line)") }
            for o in spec.options { XCTAssertTrue(r.out.contains("  " + o.name), "\(spec.name) \(o.name)") }
        }
    }

    func testAnOptionNotDeclaredForTheSubcommandIsAUsageError() {
        let dir = temporaryDirectory()
        try? DemoFixture.make(root: dir, user: "tester")
        let r = runTool(["--data", dir, "proposals", "show", "x", "--state", "draft"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("tùy chọn không hợp lệ: --state"), r.err)
        let en = runTool(["--data", dir, "--lang", "en", "proposals", "list", "--to", "approved"])
        XCTAssertEqual(en.status, 2)
        XCTAssertTrue(en.err.contains("unknown option: --to") && !en.err.contains("không hợp lệ"), en.err)
    }

    func testTheCommittedManualPageIsTheGeneratedOne() throws {
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("docs/tdkt.1"), encoding: .utf8)
        XCTAssertEqual(committed, ManualPage.text, "regenerate it: swift run tdkt help --man > docs/tdkt.1")
        for spec in Commands.all { XCTAssertTrue(committed.contains(".SS \(ManualPage.escape(spec.name))"), spec.name) }
        XCTAssertEqual(runTool(["help", "--man"]).out, ManualPage.text)
    }
}
