import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class AdminCommandTests: XCTestCase {
    func runAs(_ user: String, _ args: [String]) -> (status: Int32, out: String, err: String) {
        let output = CommandOutput(echo: false)
        guard case let .finished(s) = CommandLineTool(environment: [:], output: output, user: user).run(args) else { return (-1, "", "") }
        return (s, output.out, output.err)
    }

    func testRolesAreSetByTheAdministratorOnlyAndAudited() throws {
        let root = temporaryDirectory()
        XCTAssertEqual(runAs("boss", ["--data", root, "init", "--demo"]).status, 0)
        XCTAssertEqual(runAs("boss", ["--data", root, "roles", "set", "hoa", "reviewer", "--unit", "tn-sxd", "--clusters", "tn-khoi-kinh-te"]).status, 0)
        let ws = try Workspace(root: root, user: "hoa")
        XCTAssertEqual(ws.role, RoleAssignment(role: .reviewer, unitId: "tn-sxd", clusterIds: ["tn-khoi-kinh-te"]))
        let refused = runAs("lan", ["--data", root, "roles", "set", "lan", "administrator"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("lan: không được phép"), refused.err)
        XCTAssertEqual(runAs("boss", ["--data", root, "roles", "set", "x", "reviewer"]).status, 1, "a reviewer needs a unit")
        XCTAssertEqual(runAs("boss", ["--data", root, "roles", "set", "boss", "viewer"]).status, 1, "the last administrator stays")
        XCTAssertEqual(runAs("boss", ["--data", root, "roles", "set", "x", "king"]).status, 2)
        let audit = runAs("boss", ["--data", root, "audit", "--record", "config.json"])
        XCTAssertEqual(audit.status, 0)
        XCTAssertTrue(audit.out.contains("roles.set hoa=reviewer"), audit.out)
    }

    func testAuditFiltersAndIsRefusedToReviewers() throws {
        let root = temporaryDirectory()
        XCTAssertEqual(runAs("boss", ["--data", root, "init", "--demo"]).status, 0)
        let ws = try Workspace(root: root, user: "lan")
        try ws.movePerson("tran-thi-lan", to: "tn-syt")
        let mine = runAs("boss", ["--data", root, "audit", "--user", "lan", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(mine.out.utf8)) as! [[String: String]]
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows[0]["record"], "people/tran-thi-lan.json")
        XCTAssertTrue(rows[0]["changes"]!.contains("unitId: \"tn-snv\" → \"tn-syt\""), rows[0]["changes"]!)
        XCTAssertEqual(runAs("boss", ["--data", root, "audit", "--since", "01/01/2099"]).out.split(separator: "\n").count, 2, "header and rule only")
        XCTAssertEqual(runAs("chamdiem", ["--data", root, "audit"]).status, 1)
        XCTAssertEqual(runAs("boss", ["--data", root, "audit", "--since", "yesterday"]).status, 1)
    }

    func testALongAuditLogIsListedWholeInEveryFormatAPartAtATime() throws {
        let root = temporaryDirectory()
        XCTAssertEqual(runAs("boss", ["--data", root, "init"]).status, 0)
        let log = AuditLog(store: try Store(root: root, user: "lan"))
        let n = 4_500  // more than two parts of 2,000
        for i in 0..<n {
            try log.append(AuditEntry(time: "2025-03-01T08:00:00.000Z", user: "lan", action: "proposal submitted by lan",
                                      record: "proposals/2025/p-\(i).json", revision: 2, changes: ["state": "\"draft\" → \"submitted\""]))
        }
        let json = runAs("boss", ["--data", root, "audit", "--user", "lan", "--format", "json"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: String]])
        XCTAssertEqual(rows.map { $0["record"] }, (0..<n).map { "proposals/2025/p-\($0).json" })
        let text = runAs("boss", ["--data", root, "audit", "--user", "lan"]).out.split(separator: "\n")
        XCTAssertEqual(text.count, n + 2, "header, rule, one line per entry")
        XCTAssertTrue(text.last!.contains("proposals/2025/p-\(n - 1).json"))
        let csv = runAs("boss", ["--data", root, "audit", "--user", "lan", "--format", "csv"]).out
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, n + 1)
        XCTAssertEqual(csv.components(separatedBy: "\u{FEFF}").count, 2, "one byte-order mark, at the start")
    }
}
