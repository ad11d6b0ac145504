import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class CommandLineTests: XCTestCase {
    func testHelpVersionAndWrongArguments() {
        XCTAssertEqual(runTool(["--help"]).status, 0)
        XCTAssertTrue(runTool(["--version"]).out.hasPrefix("tdkt "))
        for command in ["init", "check", "list"] {
            let r = runTool([command, "--help"])
            XCTAssertEqual(r.status, 0, command)
            XCTAssertTrue(r.out.contains("tdkt \(command)"), command)
        }
        let bad = runTool(["frobnicate"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.err.split(separator: "\n").count, 1, "one line")
        XCTAssertEqual(runTool(["--data", "/tmp/x", "list", "units", "--format", "pdf"]).status, 2)
        XCTAssertEqual(runTool(["list", "--bogus"]).status, 2)
        XCTAssertEqual(runTool(["--data"]).status, 2)
    }

    func testNoSubcommandOpensTheShell() {
        let tool = CommandLineTool(environment: ["LANG": "en_US.UTF-8"], output: CommandOutput(echo: false), user: "t")
        XCTAssertEqual(tool.run(["--data", "/srv/d"]), .shell(dataDirectory: "/srv/d", language: .en, demo: false))
        XCTAssertEqual(tool.run(["--demo", "--lang", "vi"]), .shell(dataDirectory: DataDirectory.locate(option: nil, environment: ["LANG": "en_US.UTF-8"]), language: .vi, demo: true))
    }

    func testInitDemoThenCheckPassesAndListFindsCampaign() {
        let root = temporaryDirectory()
        XCTAssertEqual(runTool(["--data", root, "init", "--demo"]).status, 0)
        let check = runTool(["--data", root, "check"])
        XCTAssertEqual(check.status, 0, check.out)
        let list = runTool(["--data", root, "list", "campaigns", "--search", "nong thon moi"])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.out.contains("Chung sức xây dựng nông thôn mới"), list.out)
        XCTAssertFalse(list.out.contains("Dân vận khéo"))
        // A second init refuses to overwrite.
        XCTAssertEqual(runTool(["--data", root, "init"]).status, 1)
    }

    func testListFormats() throws {
        let root = temporaryDirectory()
        XCTAssertEqual(runTool(["--data", root, "init", "--demo"]).status, 0)
        let csv = runTool(["--data", root, "list", "people", "--search", "khoa", "--format", "csv"]).out
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}"))
        XCTAssertTrue(csv.contains("Nguyễn Văn Khoa"))
        let json = runTool(["--data", root, "list", "clusters", "--format", "json"]).out
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: String]]
        XCTAssertEqual(rows.count, 5)
        let text = runTool(["--data", root, "list", "clusters"]).out
        XCTAssertTrue(text.contains("2022: UBND tỉnh Bắc Giang"))
    }

    func testCheckReportsBrokenFilesAndReferences() throws {
        let root = temporaryDirectory()
        XCTAssertEqual(runTool(["--data", root, "init", "--demo"]).status, 0)
        try "{ \"broken\": ".write(toFile: root + "/campaigns/zz.json", atomically: true, encoding: .utf8)
        let store = try Store(root: root, user: "t")
        try store.save(Person(id: "orphan", name: "Mồ Côi", unitId: "no-such-unit"), basedOn: nil, action: "create")
        let r = runTool(["--data", root, "check"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.out.contains("campaigns/zz.json:1:"), r.out)
        XCTAssertTrue(r.out.contains("people/orphan.json: unitId 'no-such-unit'"), r.out)
    }

    func testCommandOnMissingDataDirectoryNamesIt() {
        let r = runTool(["--data", "/nonexistent/tdkt", "list", "units"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("/nonexistent/tdkt chưa phải thư mục dữ liệu tdkt") && r.err.contains("tdkt init"), r.err)
        let en = runTool(["--data", "/nonexistent/tdkt", "--lang", "en", "list", "units"])
        XCTAssertTrue(en.err.contains("/nonexistent/tdkt is not a tdkt data directory"), en.err)
    }
}

/// A record whose file cannot be read is named wherever its collection is listed, never silently dropped.
final class UnreadableRecordListingTests: XCTestCase {
    func testListNamesTheUnreadableFileAndFails() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "tester")
        try Data("{\n  \"schemaVersion\": 1,\n  \"data\": {\n    \"id\": \n".utf8).write(to: URL(fileURLWithPath: root + "/units/hong.json"))
        let r = runTool(["--data", root, "list", "units"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.out.contains("Sở Nội vụ"), "the readable records are still listed")
        XCTAssertTrue(r.err.contains("1 tệp không đọc được") && r.err.contains("units/hong.json:"), r.err)
        let en = runTool(["--data", root, "--lang", "en", "list", "units"])
        XCTAssertTrue(en.err.contains("1 file(s) could not be read") && en.err.contains("units/hong.json"), en.err)
        XCTAssertEqual(runTool(["--data", root, "list", "campaigns"]).status, 0, "other collections are not affected")
    }
}
