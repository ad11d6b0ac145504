import Foundation
import XCTest
import TDKTTestKit
@testable import TDKTCore

/// `tdkt settings`: the document settings changed from the command line, checked by the domain, kept in config.json.
final class SettingsCommandTests: XCTestCase {
    private var root: String!

    override func setUpWithError() throws {
        root = temporaryDirectory("settings")
        try DemoFixture.make(root: root, user: "tester")
    }

    override func tearDown() { if let r = root { try? FileManager.default.removeItem(atPath: r) } }

    private func run(_ args: [String]) -> (status: Int32, out: String, err: String) { runTool(["--data", root, "settings"] + args) }

    func testSetPrinterCopiesRecipientsAndSigners() throws {
        XCTAssertEqual(run(["set", "printer", "phong-tdkt"]).status, 0)
        XCTAssertEqual(run(["set", "copies", "2"]).status, 0)
        XCTAssertEqual(run(["set", "recipients", "Như trên; | Lưu: VT, TĐKT."]).status, 0)
        XCTAssertEqual(run(["signer", "gd", "--title", "Giám đốc", "--name", "Lê Văn Hùng"]).status, 0)
        XCTAssertEqual(run(["signer", "pgd", "--authority", "kt", "--head", "Giám đốc", "--title", "Phó Giám đốc", "--name", "Trần Thị Hạnh"]).status, 0)
        XCTAssertEqual(run(["set", "default-signer", "pgd"]).status, 0)
        let shown = run(["show"])
        XCTAssertTrue(shown.out.contains("phong-tdkt") && shown.out.contains("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Trần Thị Hạnh"), shown.out)
        let config = try Workspace(root: root, user: "tester").config
        let d = config.documentSettings
        XCTAssertEqual(d.printer, "phong-tdkt")
        XCTAssertEqual(d.copies, 2)
        XCTAssertEqual(d.recipients, ["Như trên;", "Lưu: VT, TĐKT."])
        XCTAssertEqual(d.signer()?.id, "pgd")
        XCTAssertEqual(d.signer("gd")?.lines, ["GIÁM ĐỐC"])
        let frame = DocumentFrame.standard(config: config, date: nil, year: 2026)
        XCTAssertEqual(frame.signature, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
        XCTAssertEqual(frame.recipients, ["Như trên;", "Lưu: VT, TĐKT."])
        // The file holds them as JSON; no print command is kept anywhere.
        let json = try String(contentsOfFile: root + "/config.json", encoding: .utf8)
        XCTAssertTrue(json.contains("\"printer\" : \"phong-tdkt\""), json)
        XCTAssertFalse(json.contains("printCommand"))
        XCTAssertEqual(run(["signer-remove", "pgd"]).status, 0)
        XCTAssertNil(try Workspace(root: root, user: "tester").config.documentSettings.defaultSigner)
    }

    func testRefusals() throws {
        for bad in [["set", "copies", "0"], ["set", "copies", "abc"], ["set", "printer", "-o evil"], ["set", "default-signer", "khong-co"],
                    ["set", "reports-folder", "relative/folder"], ["signer", "x y", "--title", "T", "--name", "N"], ["set", "office", ""]] {
            let r = run(bad)
            XCTAssertNotEqual(r.status, 0, "\(bad)")
        }
        XCTAssertNil(try Workspace(root: root, user: "tester").config.documents)
        // A clerk may not change them (the command line runs the same domain operation).
        XCTAssertEqual(runTool(["--data", root, "roles", "set", "lan", "clerk"]).status, 0)
        let ws = try Workspace(root: root, user: "lan")
        XCTAssertThrowsError(try ws.setOffice(documents: { $0.printer = "phong-tdkt" }, action: "test")) { e in
            XCTAssertTrue(e is PermissionError, "\(e)")
        }
        XCTAssertNil(try Workspace(root: root, user: "tester").config.documents)
    }
}
