import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// `tdkt scores …`: outputs and exit statuses.
final class ScoresCommandTests: XCTestCase {
    func run(_ user: String, _ args: [String], env: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
        let output = CommandOutput(echo: false)
        switch CommandLineTool(environment: env, output: output, user: user).run(args) {
        case let .finished(s): return (s, output.out, output.err)
        case .shell: return (-1, output.out, output.err)
        }
    }

    func demo() throws -> String {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        return root
    }

    func testWrongArgumentsExitTwo() throws {
        let root = try demo()
        for args in [["scores", "frob"], ["scores", "show", "tn-khoi-kinh-te"], ["scores", "show", "tn-khoi-kinh-te", "năm"],
                     ["scores", "result", "tn-khoi-kinh-te", "2025", "--format", "pdf"], ["scores", "show", "a", "2025", "extra"],
                     ["scores", "propose", "tn-khoi-kinh-te", "2025", "--ballot", "7/6"],
                     ["scores", "propose", "tn-khoi-kinh-te", "2025", "--ballot", "năm"],
                     ["scores", "export", "tn-khoi-kinh-te", "2025", "--rater", "tn-stc"], ["scores", "import"],
                     ["scores", "show", "tn-khoi-kinh-te", "2025", "--bogus"]] {
            let r = run("admin", ["--data", root] + args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, "one line: \(r.err)")
        }
        let help = run("admin", ["scores", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.out.contains("tdkt scores result CLUSTER YEAR"))
        XCTAssertTrue(run("admin", ["--help"]).out.contains("scores"))
        // A round that does not exist: exit 1, the file named.
        let missing = run("admin", ["--data", root, "scores", "show", "tn-cum-phia-bac", "2025"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("scoring/2025/tn-cum-phia-bac.json"), missing.err)
    }

    func testShowHidesOtherSheetsUntilClose() throws {
        let root = try demo()
        let list = run("chamdiem", ["--data", root, "scores"])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.out.contains("tn-khoi-kinh-te") && list.out.contains("25/30"), list.out)
        let show = run("chamdiem", ["--data", root, "scores", "show", "tn-khoi-kinh-te", "2025"])
        XCTAssertEqual(show.status, 0, show.err)
        XCTAssertTrue(show.out.contains("I. Thực hiện nhiệm vụ chính trị"), show.out)
        XCTAssertTrue(show.out.contains("Phiếu của bạn (đơn vị tn-stc)"), show.out)
        XCTAssertTrue(show.out.contains("chỉ hiện sau khi khóa"), show.out)
        XCTAssertFalse(show.out.contains("Tất cả phiếu chấm"))
        XCTAssertTrue(show.out.contains("0,5"), "Vietnamese decimal comma")
        // The progress grid is aligned by display width: every row as wide as the header's columns.
        let grid = show.out.components(separatedBy: "\n").filter { $0.hasPrefix("tn-") && $0.hasSuffix("/5") }
        XCTAssertEqual(grid.count, 6, show.out)
        XCTAssertEqual(Set(grid.map(DisplayWidth.of)).count, 1, "\(grid)")
        // A reviewer cannot see the result nor close the round.
        let result = run("chamdiem", ["--data", root, "scores", "result", "tn-khoi-kinh-te", "2025"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("sau khi khóa chấm chéo"), result.err)
        XCTAssertEqual(run("chamdiem", ["--data", root, "scores", "close", "tn-khoi-kinh-te", "2025"]).status, 1)
        XCTAssertEqual(run("chamdiem", ["--data", root, "scores", "show", "tn-khoi-van-hoa-xa-hoi", "2025"]).status, 1)

        XCTAssertEqual(run("lan", ["--data", root, "scores", "close", "tn-khoi-kinh-te", "2025"]).status, 0)
        let after = run("chamdiem", ["--data", root, "scores", "show", "tn-khoi-kinh-te", "2025"])
        XCTAssertTrue(after.out.contains("Tất cả phiếu chấm"), after.out)
        XCTAssertEqual(run("chamdiem", ["--data", root, "scores", "result", "tn-khoi-kinh-te", "2025"]).status, 0)
        // Closing twice is refused, in the language asked for.
        let again = run("lan", ["--data", root, "scores", "close", "tn-khoi-kinh-te", "2025"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("Không thể khóa chấm chéo") && !again.err.contains("Cannot close"), again.err)
        let againEn = run("lan", ["--data", root, "--lang", "en", "scores", "close", "tn-khoi-kinh-te", "2025"])
        XCTAssertTrue(againEn.err.contains("Cannot close cross-scoring") && !againEn.err.contains("Không thể"), againEn.err)
        XCTAssertEqual(run("admin", ["--data", root, "check"]).status, 0)
    }

    func testResultTextAndCSV() throws {
        let root = try demo()
        let text = run("lan", ["--data", root, "scores", "result", "tn-khoi-kinh-te", "2025"])
        XCTAssertEqual(text.status, 0, text.err)
        for needle in ["KẾT QUẢ TẠM TÍNH", "Sở Xây dựng", "95", "Quá ít phiếu để bỏ cao, thấp", "tn-stc: tn-snnmt (cao nhất", "Theo tiêu chí", "Krippendorff α",
                       "Kendall W", "chỉ mang tính tham khảo", "tn-stc → tn-sct", "trừ 0,5"] {
            XCTAssertTrue(text.out.contains(needle), "\(needle)\n\(text.out)")
        }
        let first = text.out.components(separatedBy: "\n").first { $0.contains("Sở Xây dựng") } ?? ""
        XCTAssertTrue(first.trimmingCharacters(in: .whitespaces).hasPrefix("1 "), first)

        let csv = run("lan", ["--data", root, "scores", "result", "tn-khoi-kinh-te", "2025", "--format", "csv"])
        XCTAssertEqual(csv.status, 0)
        XCTAssertTrue(csv.out.hasPrefix("\u{FEFF}rank,unit,name,status"))
        let lines = csv.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 7)
        XCTAssertTrue(lines[0].contains("I.1_mean,I.1_min,I.1_max"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("1,tn-sxd,Sở Xây dựng,"), lines[1])
        XCTAssertTrue(lines[1].contains(",95,"), "exact final score: \(lines[1])")

        let en = run("lan", ["--data", root, "--lang", "en", "scores", "result", "tn-khoi-kinh-te", "2025", "--format", "json"])
        XCTAssertEqual(en.status, 0)
        let json = try JSONSerialization.jsonObject(with: Data(en.out.utf8)) as? [[String: Any]]
        XCTAssertEqual(json?.first?["final"] as? Double, 95, "points as numbers")
        XCTAssertEqual(json?.first?["unit"] as? String, "tn-sxd")
        XCTAssertEqual(json?.first?["method"] as? String, "median", "4 sheets: the median, said on the result")
    }

    func testProposeCreatesDrafts() throws {
        let root = try demo()
        let early = run("lan", ["--data", root, "scores", "propose", "tn-khoi-kinh-te", "2025"])
        XCTAssertEqual(early.status, 1, "not before close")
        XCTAssertEqual(run("lan", ["--data", root, "scores", "close", "tn-khoi-kinh-te", "2025"]).status, 0)
        XCTAssertEqual(run("chamdiem", ["--data", root, "scores", "propose", "tn-khoi-kinh-te", "2025"]).status, 1)
        let r = run("lan", ["--data", root, "scores", "propose", "tn-khoi-kinh-te", "2025", "--ballot", "5/6"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("Đã tạo 3 đề nghị ở trạng thái nháp"), r.out)
        XCTAssertTrue(r.out.contains("2025-tn-khoi-kinh-te-tn-sxd-co_tinh"), r.out)
        XCTAssertFalse(r.out.contains("chưa có kết quả bỏ phiếu"), "the ballot was given")
        let ws = try Workspace(root: root, user: "admin")
        // The round's proposals (the demo's own 2025 samples have no cluster).
        let proposals = ws.store.loadAll(Proposal.self, year: 2025).values.filter { $0.clusterId != nil }
        XCTAssertEqual(proposals.count, 3)
        XCTAssertTrue(proposals.allSatisfy { $0.state == .draft && $0.clusterId == "tn-khoi-kinh-te" })
        XCTAssertEqual(run("lan", ["--data", root, "scores", "propose", "tn-khoi-kinh-te", "2025"]).status, 1, "not twice")
        XCTAssertEqual(run("admin", ["--data", root, "check"]).status, 0)
    }

    func testExportImportAsTheReviewer() throws {
        let root = try demo()
        // The exchange file is the reviewer's own: written outside the data directory (inside it is refused).
        let folder = TestDirectories.path("tdkt-exchange")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let out = folder + "/stc.json"
        XCTAssertEqual(run("chamdiem", ["--data", root, "scores", "export", "tn-khoi-kinh-te", "2025", "--out", root + "/stc.json"]).status, 2)
        XCTAssertEqual(run("chamdiem", ["--data", root, "scores", "export", "tn-khoi-kinh-te", "2025", "--rater", "tn-sxd", "--out", out]).status, 1)
        let e = run("chamdiem", ["--data", root, "scores", "export", "tn-khoi-kinh-te", "2025", "--out", out])
        XCTAssertEqual(e.status, 0, e.err)
        var file = try SheetExchange.decode(try Data(contentsOf: URL(fileURLWithPath: out)))
        XCTAssertEqual(file.raterId, "tn-stc")
        for i in file.sheets.indices {
            for c in file.criteria {
                let maximum = PointsFormat.parse(c.maximum.text, decimals: 1)!, step = PointsFormat.parse(c.step.text, decimals: 1)!
                file.sheets[i].cells[c.id] = PointsValue(ticks: maximum * 9 / 10 / step * step, decimals: 1)
            }
        }
        try JSONEncoder().encode(file).write(to: URL(fileURLWithPath: out))
        let imported = run("chamdiem", ["--data", root, "scores", "import", out])
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.contains("Đã lưu: tn-sct, tn-skhcn, tn-snnmt, tn-sxd, tn-vp-ubnd"), imported.out)
        XCTAssertEqual(run("chamsxd", ["--data", root, "scores", "import", out]).status, 1, "unknown login: viewer")
        file.sheets[0].cells["I.2"] = PointsValue(ticks: 50, decimals: 1)
        try JSONEncoder().encode(file).write(to: URL(fileURLWithPath: out))
        let conflict = run("chamdiem", ["--data", root, "scores", "import", out])
        XCTAssertEqual(conflict.status, 1)
        XCTAssertTrue(conflict.out.contains("KHÔNG ghi đè") && conflict.out.contains("I.2"), conflict.out)
        let show = run("chamdiem", ["--data", root, "scores", "show", "tn-khoi-kinh-te", "2025"])
        XCTAssertTrue(show.out.contains("30/30"), show.out)
        XCTAssertEqual(run("admin", ["--data", root, "check"]).status, 0)
    }
}

/// The explanation period on the command line: opened by the office, an explanation filed by the
/// unit's own reviewer (a second one refused after the deadline), then the result made final.
final class ScoresExplanationCommandTests: XCTestCase {
    func run(_ user: String, _ args: [String]) -> (status: Int32, out: String, err: String) {
        let output = CommandOutput(echo: false)
        guard case let .finished(s) = CommandLineTool(environment: [:], output: output, user: user).run(args) else { return (-1, "", "") }
        return (s, output.out, output.err)
    }

    func testExplanationPeriodThenFinal() throws {
        let root = temporaryDirectory()
        XCTAssertEqual(run("admin", ["--data", root, "init", "--demo"]).status, 0)
        let round = ["tn-khoi-kinh-te", "2025"]
        XCTAssertEqual(run("admin", ["--data", root, "scores", "close"] + round).status, 0)
        let open = run("admin", ["--data", root, "scores", "explanations"] + round + ["--deadline", "31/12/2099"])
        XCTAssertEqual(open.status, 0, open.err)
        let filed = run("chamdiem", ["--data", root, "scores", "explain"] + round
                        + ["--unit", "tn-stc", "--criterion", "I.2", "--text", "Đã số hóa 100% hồ sơ; xin chấm lại"])
        XCTAssertEqual(filed.status, 0, filed.err)
        let other = run("chamdiem", ["--data", root, "scores", "explain"] + round + ["--unit", "tn-sxd", "--criterion", "I.2", "--text", "x"])
        XCTAssertEqual(other.status, 1, "a reviewer explains only for its own unit")
        let ws = try Workspace(root: root, user: "admin")
        let stored = try XCTUnwrap(try ws.store.read(ScoringRound.self, at: "scoring/2025/tn-khoi-kinh-te.json"))
        XCTAssertEqual(stored.value.explanations.map(\.text), ["Đã số hóa 100% hồ sơ; xin chấm lại"])
        XCTAssertEqual(run("admin", ["--data", root, "scores", "finalize"] + round).status, 0)
        XCTAssertNotEqual(run("chamdiem", ["--data", root, "scores", "explain"] + round
                                          + ["--unit", "tn-stc", "--criterion", "I.3", "--text", "muộn"]).status, 0, "no explanation once final")
        XCTAssertEqual(run("admin", ["--data", root, "scores", "explanations"] + round).status, 2, "the deadline is needed")
    }
}

/// The round's menu and `tdkt scores show` say the same about what a user may do: both ask scoringActions.
final class ScoringActionsTests: XCTestCase {
    func testReviewerAndClerkAllowedActionsAndTheCommandLineSaysThem() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        let reviewer = try Workspace(root: root, user: "chamdiem")
        let rv = try reviewer.scoringView(clusterId: "tn-khoi-kinh-te", year: 2025)
        let r = reviewer.scoringActions(for: rv, clusterId: "tn-khoi-kinh-te", year: 2025)
        XCTAssertEqual(r, ScoringRoundActions(crossScore: true, selfScore: true, explain: false, seeProgress: true, seeResult: false, runRound: false))
        let clerk = try Workspace(root: root, user: "lan")
        let cv = try clerk.scoringView(clusterId: "tn-khoi-kinh-te", year: 2025)
        let c = clerk.scoringActions(for: cv, clusterId: "tn-khoi-kinh-te", year: 2025)
        XCTAssertEqual(c, ScoringRoundActions(crossScore: false, selfScore: false, explain: false, seeProgress: true, seeResult: true, runRound: true))
        let output = CommandOutput(echo: false)
        _ = CommandLineTool(environment: [:], output: output, user: "lan").run(["--data", root, "scores", "show", "tn-khoi-kinh-te", "2025"])
        XCTAssertTrue(output.out.contains("Bạn có thể: xem kết quả, điều hành đợt chấm"), output.out)
        let asReviewer = CommandOutput(echo: false)
        _ = CommandLineTool(environment: [:], output: asReviewer, user: "chamdiem").run(["--data", root, "scores", "show", "tn-khoi-kinh-te", "2025"])
        XCTAssertTrue(asReviewer.out.contains("Bạn có thể: chấm chéo, tự chấm\n"), asReviewer.out)
        XCTAssertTrue(asReviewer.out.contains("Tiến độ chấm"), asReviewer.out)
    }
}
