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

    /// A wrong command line is told in the language chosen, not in both at once.
    func testUsageMessagesAreInTheChosenLanguageOnly() {
        let dir = temporaryDirectory()
        try? DemoFixture.make(root: dir, user: "tester")
        let cases: [(args: [String], vi: String, en: String)] = [
            (["list"], "thiếu loại", "missing kind"),
            (["proposals"], "thiếu lệnh con", "missing subcommand"),
            (["report", "summary"], "thiếu kỳ báo cáo", "missing period"),
            (["report", "form", "0601"], "biểu thống kê lập cho một năm", "a statistics form is for one year"),
            (["eligibility", "--award", "GK"], "cần đúng một trong", "give exactly one of"),
            (["scores", "result"], "thiếu cụm hoặc năm", "missing cluster or year"),
        ]
        for c in cases {
            let vi = runTool(["--data", dir] + c.args)
            XCTAssertEqual(vi.status, 2, c.args.joined(separator: " "))
            XCTAssertTrue(vi.err.contains(c.vi) && !vi.err.contains(c.en) && !vi.err.contains(" / "), vi.err)
            let en = runTool(["--data", dir, "--lang", "en"] + c.args)
            XCTAssertEqual(en.status, 2, c.args.joined(separator: " "))
            XCTAssertTrue(en.err.contains(c.en) && !en.err.contains(c.vi), en.err)
        }
    }

    func testTheCommittedManualPageIsTheGeneratedOne() throws {
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("docs/tdkt.1"), encoding: .utf8)
        XCTAssertEqual(committed, ManualPage.text, "regenerate it: swift run tdkt help --man > docs/tdkt.1")
        for spec in Commands.all { XCTAssertTrue(committed.contains(".SS \(ManualPage.escape(spec.name))"), spec.name) }
        XCTAssertEqual(runTool(["help", "--man"]).out, ManualPage.text)
    }
}
