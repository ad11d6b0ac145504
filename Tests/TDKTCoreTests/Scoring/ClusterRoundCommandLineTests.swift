import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// A clerk runs a cluster's round from the first day of the year to the flag with the command line
/// alone: units, the cluster of 8 from CSV, its criteria table, 56 sheets from the offices' CSV,
/// close, the ranking with exact numbers, and the provincial flag for the unit ranked first.
final class ClusterRoundCommandLineTests: XCTestCase {
    func run(_ user: String, _ args: [String]) -> (status: Int32, out: String, err: String) {
        let output = CommandOutput(echo: false)
        switch CommandLineTool(environment: [:], output: output, user: user).run(args) {
        case let .finished(s): return (s, output.out, output.err)
        case .shell: return (-1, output.out, output.err)
        }
    }

    static let names = ["Sở Công Thương", "Sở Xây dựng", "Sở Tài chính", "Sở Khoa học và Công nghệ",
                        "Sở Nông nghiệp và Môi trường", "Sở Giao thông vận tải", "Sở Du lịch", "Sở Kế hoạch và Đầu tư"]
    static let ids = ["so-cong-thuong", "so-xay-dung", "so-tai-chinh", "so-khoa-hoc-va-cong-nghe",
                      "so-nong-nghiep-va-moi-truong", "so-giao-thong-van-tai", "so-du-lich", "so-ke-hoach-va-dau-tu"]

    static let tableCSV = """
    Nhóm tiêu chí,Mã tiêu chí,Tiêu chí,Điểm tối đa,Bước điểm,Loại,Ưu tiên
    I. Thực hiện nhiệm vụ chính trị,I.1,"Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao",30,"0,5",điểm,x
    I. Thực hiện nhiệm vụ chính trị,I.2,"Cải cách hành chính, chuyển đổi số",20,"0,5",điểm,
    I. Thực hiện nhiệm vụ chính trị,I.3,Giải ngân vốn đầu tư công so với đơn vị cao nhất,20,"0,5",chỉ tiêu,
    II. Công tác thi đua khen thưởng,II.1,Tổ chức phát động các phong trào thi đua,20,"0,5",điểm,
    II. Công tác thi đua khen thưởng,II.2,Thực hiện giao ước thi đua của Cụm,10,10,đạt/không đạt,
    Điểm cộng,C.1,Được tặng Cờ thi đua của Chính phủ,5,,điểm cộng,
    Điểm trừ,T.1,Chậm gửi báo cáo,3,,điểm trừ,

    """

    /// Quality of each unit (share of the maximum): the 3rd unit (Sở Tài chính) is best; the chair (first row) is not.
    static let quality = [0.80, 0.84, 0.93, 0.78, 0.88, 0.74, 0.70, 0.66]
    static let maxima: [(String, Double, Double)] = [("I.1", 30, 0.5), ("I.2", 20, 0.5), ("I.3", 20, 0.5), ("II.1", 20, 0.5), ("II.2", 10, 10)]

    /// The offices' table: one row per cell, units by name; 8 × 7 = 56 sheets.
    static func sheetsCSV(pointsAsTenths: Bool = false) -> String {
        var lines = ["Đơn vị chấm,Đơn vị được chấm,Mã tiêu chí,Điểm"]
        for (ri, rater) in names.enumerated() {
            for (ui, ratee) in names.enumerated() where ri != ui {
                for (code, maximum, step) in maxima {
                    let wobble = Double((ri * 3 + ui * 5) % 5 - 2) * 0.01
                    var v = (min(1, quality[ui] + wobble) * maximum / step).rounded() * step
                    if step == maximum { v = quality[ui] > 0.75 ? maximum : 0 }
                    let text = pointsAsTenths ? String(Int(v * 10)) : String(format: "%g", v).replacingOccurrences(of: ".", with: ",")
                    lines.append("\(rater),\(ratee),\(code),\"\(text)\"")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func write(_ text: String, _ path: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }

    func testClerkRunsAClusterOfEightFromCSVToTheFlag() throws {
        let root = temporaryDirectory()
        let data = ["--data", root]
        XCTAssertEqual(run("admin", ["--data", root, "init"]).status, 0)
        XCTAssertEqual(run("admin", data + ["roles", "set", "lan", "clerk"]).status, 0)

        // The units (as any office already has them).
        try write("Mã,Tên đơn vị,Loại\n" + zip(Self.ids, Self.names).map { "\($0),\($1),Sở" }.joined(separator: "\n") + "\n", root + "/units.csv")
        let units = run("lan", data + ["import", "units", root + "/units.csv"])
        XCTAssertEqual(units.status, 0, units.out + units.err)

        // The cluster: one row per member; units by name; the chair is Sở Công Thương.
        var clusterRows = ["Cụm,Loại,Năm,Đơn vị,Vai trò,Tên cụm,Giao ước,Thứ tự luân phiên"]
        for (i, n) in Self.names.enumerated() {
            let role = i == 0 ? "Cụm trưởng" : (i == 1 ? "Cụm phó" : "Thành viên")
            // The agreed rotation: Sở Công Thương, then Sở Tài chính, then the others in order.
            let place = i == 0 ? 1 : (i == 2 ? 2 : i + 2)
            clusterRows.append("cum-kinh-te,Khối,2025,\(n),\(role),Khối thi đua các sở kinh tế,Giao ước số 01/GƯ-KT,\(place)")
        }
        try write(clusterRows.joined(separator: "\n") + "\n", root + "/clusters.csv")
        let clusters = run("lan", data + ["clusters", "import", root + "/clusters.csv"])
        XCTAssertEqual(clusters.status, 0, clusters.err)
        XCTAssertTrue(clusters.out.contains("tạo 1 cụm, khối (cum-kinh-te)"), clusters.out)
        let show = run("lan", data + ["clusters", "show", "cum-kinh-te"])
        XCTAssertTrue(show.out.contains("cụm trưởng so-cong-thuong, cụm phó so-xay-dung; Giao ước số 01/GƯ-KT"), show.out)
        XCTAssertTrue(show.out.contains("Đề xuất cụm trưởng năm 2026: so-tai-chinh"), show.out)   // by the rotation

        // The criteria table.
        try write(Self.tableCSV, root + "/table.csv")
        let table = run("lan", data + ["scores", "table", "import", "cum-kinh-te", "2025", root + "/table.csv"])
        XCTAssertEqual(table.status, 0, table.err)
        XCTAssertTrue(table.out.contains("5 tiêu chí trong 2 nhóm, tối đa 100 điểm; 1 khoản cộng, 1 khoản trừ"), table.out)
        let tableShow = run("lan", data + ["scores", "table", "show", "cum-kinh-te", "2025"])
        XCTAssertTrue(tableShow.out.contains("đạt/không đạt") && tableShow.out.contains("(ưu tiên)"), tableShow.out)

        // Open, then the 56 sheets; a file in tenths is refused first.
        XCTAssertEqual(run("lan", data + ["scores", "open", "cum-kinh-te", "2025"]).status, 0)
        try write(Self.sheetsCSV(pointsAsTenths: true), root + "/tenths.csv")
        let tenths = run("lan", data + ["scores", "sheets", "import", "cum-kinh-te", "2025", root + "/tenths.csv"])
        XCTAssertEqual(tenths.status, 1)
        XCTAssertTrue(tenths.err.contains("phần mười"), tenths.err)
        try write(Self.sheetsCSV(), root + "/sheets.csv")
        let sheets = run("lan", data + ["scores", "sheets", "import", "cum-kinh-te", "2025", root + "/sheets.csv"])
        XCTAssertEqual(sheets.status, 0, sheets.err)
        XCTAssertTrue(sheets.out.contains("Đã lưu 56 phiếu mới") && sheets.out.contains("56/56 phiếu đủ"), sheets.out)

        // A penalty with its document, then close.
        let fact = run("lan", data + ["scores", "fact", "cum-kinh-te", "2025", "--unit", "so-du-lich", "--item", "T.1", "--points", "1,5",
                                      "--document", "Công văn 12/SNV"])
        XCTAssertEqual(fact.status, 0, fact.err)
        XCTAssertEqual(run("lan", data + ["scores", "close", "cum-kinh-te", "2025"]).status, 0)

        // The ranking with exact numbers.
        let csv = run("lan", data + ["scores", "result", "cum-kinh-te", "2025", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.err)
        let lines = csv.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 9)
        XCTAssertTrue(lines[0].hasPrefix("\u{FEFF}rank,unit,name,status,method,sheets,kept,kept_raters,dropped_raters,aggregate,"), lines[0])
        let first = lines[1].components(separatedBy: ",")
        XCTAssertEqual(Array(first.prefix(7)), ["1", "so-tai-chinh", "Sở Tài chính", "", "trimmedMean", "7", "5"], lines[1])
        XCTAssertNotNil(Double(first[9]), "aggregate is a number: \(first[9])")
        XCTAssertFalse(lines[1].contains("\""), "no decimal commas in the machine CSV: \(lines[1])")
        let json = run("lan", data + ["--lang", "en", "scores", "result", "cum-kinh-te", "2025", "--format", "json"])
        let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.first?["unit"] as? String, "so-tai-chinh")
        XCTAssertEqual(objects.first?["rank"] as? Int, 1)
        XCTAssertNotNil(objects.first?["final"] as? Double)
        let penalised = try XCTUnwrap(objects.first { $0["unit"] as? String == "so-du-lich" })
        XCTAssertEqual(penalised["penalty"] as? Double, 1.5)

        // The provincial flag: the unit ranked first, not the chair.
        let ws = try Workspace(root: root, user: "admin")
        for id in ["so-tai-chinh", "so-cong-thuong"] {
            var u = ws.units[id]!.value
            u.ratings = [YearRating(year: 2025, rating: .excellent)]
            try ws.saveUnit(u, basedOn: ws.units[id]!.revision)
        }
        let leader = run("lan", data + ["eligibility", "--unit", "so-tai-chinh", "--award", "CO_TINH", "--year", "2025"])
        XCTAssertEqual(leader.status, 0, leader.out)
        XCTAssertTrue(leader.out.contains("hạng 1/8"), leader.out)
        let chair = run("lan", data + ["eligibility", "--unit", "so-cong-thuong", "--award", "CO_TINH", "--year", "2025"])
        XCTAssertEqual(chair.status, 1, chair.out)

        // The audit log names the cells the import wrote.
        let audit = try ws.auditEntries(record: "scoring/2025/cum-kinh-te.json").first { $0.action == "scoring.sheets-import" }
        XCTAssertEqual(audit?.changes?.count, 56 * 5)
        XCTAssertEqual(audit?.user, "lan")
        XCTAssertEqual(run("admin", data + ["check"]).status, 0)
    }

    func testCopyYearAndTableCopy() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        let data = ["--data", root]
        let copy = run("admin", data + ["clusters", "copy-year", "tn-khoi-kinh-te", "2026"])
        XCTAssertEqual(copy.status, 0, copy.err)
        let table = run("admin", data + ["scores", "table", "copy", "tn-khoi-kinh-te", "2025", "2026"])
        XCTAssertEqual(table.status, 0, table.err)
        XCTAssertTrue(table.out.contains("9 tiêu chí"), table.out)
        let csv = run("admin", data + ["scores", "table", "export", "tn-khoi-kinh-te", "2026"])
        XCTAssertTrue(csv.out.hasPrefix("group,code,criterion,maximum,step,kind,priority"), csv.out)
        XCTAssertTrue(csv.out.contains("I.1,\"Kết quả thực hiện các chỉ tiêu"), csv.out)
    }

    func testDemoRoundsInEachStateAndARevisionAfterAnExplanation() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        let data = ["--data", root]
        let list = run("admin", data + ["scores", "list"])
        for needle in ["đang mở chấm", "đã chốt kết quả", "đang trong thời hạn giải trình"] {
            XCTAssertTrue(list.out.contains(needle), list.out)
        }
        // The final round comes with its proposals; they name its ballot and count it in the flag's dossier.
        let made = try Workspace(root: root, user: "admin").store.loadAll(Proposal.self, year: 2024).values
        XCTAssertFalse(made.isEmpty)
        XCTAssertTrue(made.allSatisfy { $0.clusterId == "tn-khoi-kinh-te" && $0.state == .draft })
        // Proposing again from the round is refused: they are already there.
        let propose = run("admin", data + ["scores", "propose", "tn-khoi-kinh-te", "2024"])
        XCTAssertNotEqual(propose.status, 0, propose.out)
        XCTAssertTrue(propose.err.contains("đã có đề nghị 2024-tn-khoi-kinh-te-"), propose.err)
        XCTAssertEqual(try Workspace(root: root, user: "admin").store.loadAll(Proposal.self, year: 2024).values.count, made.count)
        let flag = try XCTUnwrap(made.first { $0.awardCode == "CO_TINH" })
        XCTAssertEqual(flag.dossier[.ballotResult], true)
        XCTAssertTrue(flag.achievement.contains("Biên bản số 02/BB-KTKT"), flag.achievement)
        XCTAssertEqual(DemoData.finalRoundProposals(DemoData.finalScoringRound()).map(\.id).sorted(), made.map(\.id).sorted())
        // The social block's round: tn-syt explained I.2; tn-snv's sheet is revised in answer, logged.
        let id = "tn-khoi-van-hoa-xa-hoi-2024/GT-1"
        let revise = run("admin", data + ["scores", "revise", "tn-khoi-van-hoa-xa-hoi", "2024", "--rater", "tn-snv", "--unit", "tn-syt",
                                          "--criterion", "I.2", "--points", "9,5", "--explanation", id, "--reason", "Chấp nhận giải trình"])
        XCTAssertEqual(revise.status, 0, revise.err)
        let ws = try Workspace(root: root, user: "admin")
        let round = try ws.loadScoringRound(clusterId: "tn-khoi-van-hoa-xa-hoi", year: 2024).value
        XCTAssertEqual(round.revisionLog.last?.explanationId, id)
        XCTAssertEqual(round.revisionLog.last?.newValue, 95)
        let audit = try ws.auditEntries(record: "scoring/2024/tn-khoi-van-hoa-xa-hoi.json").last
        XCTAssertEqual(audit?.action, "scoring.revise")
        XCTAssertNotNil(audit?.changes?["cell tn-snv→tn-syt I.2"], "\(audit?.changes ?? [:])")
        // A value off the step is refused with the criterion named.
        let off = run("admin", data + ["scores", "revise", "tn-khoi-van-hoa-xa-hoi", "2024", "--rater", "tn-snv", "--unit", "tn-syt",
                                       "--criterion", "I.2", "--points", "9,3", "--explanation", id, "--reason", "x"])
        XCTAssertEqual(off.status, 1)
        XCTAssertTrue(off.err.contains("Cải cách hành chính"), off.err)
    }

    func testLeaderScoresRoundFromTheTableImport() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
        let data = ["--data", root]
        try Self.tableCSV.write(toFile: root + "/table.csv", atomically: true, encoding: .utf8)
        let r = run("admin", data + ["scores", "table", "import", "tn-cum-phia-bac", "2025", root + "/table.csv", "--raters", "leader"])
        XCTAssertEqual(r.status, 0, r.err)
        let round = try Workspace(root: root, user: "admin").loadScoringRound(clusterId: "tn-cum-phia-bac", year: 2025).value
        XCTAssertEqual(round.configuration.raters, .leaderOnly(leaderId: "tn-xa-2", leaderCheckerId: "tn-xa-3"))
        XCTAssertEqual(round.state, .configuring)
        // The target criterion I.3 (20 points) from the units' results, relative to the best.
        XCTAssertEqual(run("admin", data + ["scores", "open", "tn-cum-phia-bac", "2025"]).status, 0)
        let results = "Đơn vị,Kết quả\n" + (1...8).map { "tn-xa-\($0),\(80 + $0 * 2)%" }.joined(separator: "\n") + "\n"
        try results.write(toFile: root + "/results.csv", atomically: true, encoding: .utf8)
        let target = run("admin", data + ["scores", "target", "tn-cum-phia-bac", "2025", root + "/results.csv", "--criterion", "I.3"])
        XCTAssertEqual(target.status, 0, target.err)
        XCTAssertTrue(target.out.contains("tn-xa-8: 20\n") && target.out.contains("tn-xa-1: 17\n"), target.out)   // 82 / 96 × 20 = 17,08 → 17
    }
}
