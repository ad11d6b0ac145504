import Foundation
import TDKTCore
import TDKTText
import XCTest
import TDKTTestKit

/// A clerk runs a cluster's round in the program, in the built binary in tmux at 80x24: imports a
/// cluster of 8 units, its criteria table and 56 sheets from CSV, opens, closes, and reads the
/// ranking with the provincial flag met for the unit ranked first (not the chair).
final class ScoringSetupEndToEndTests: TmuxCommandTestCase {
    override var dataDirectoryName: String { "tdkt-e2e-setup" }

    static let names = ["Sở Công Thương", "Sở Xây dựng", "Sở Tài chính", "Sở Khoa học và Công nghệ",
                        "Sở Nông nghiệp và Môi trường", "Sở Giao thông vận tải", "Sở Du lịch", "Sở Kế hoạch và Đầu tư"]
    /// Sở Tài chính is best; the chair (Sở Công Thương) is 4th.
    static let quality = [0.80, 0.84, 0.93, 0.78, 0.88, 0.74, 0.70, 0.66]

    private func writeFiles() throws {
        func write(_ text: String, _ name: String) throws { try text.write(toFile: dataDir + "/" + name, atomically: true, encoding: .utf8) }
        try write("Tên đơn vị,Loại\n" + Self.names.map { "\($0),Sở" }.joined(separator: "\n") + "\n", "units.csv")
        try write("Cụm,Loại,Năm,Đơn vị,Vai trò,Tên cụm\n" + Self.names.enumerated().map { i, n in
            "cum-kinh-te,Khối,2025,\(n),\(i == 0 ? "Cụm trưởng" : (i == 1 ? "Cụm phó" : "Thành viên")),Khối thi đua các sở kinh tế"
        }.joined(separator: "\n") + "\n", "cum.csv")
        try write("""
        Nhóm tiêu chí,Mã tiêu chí,Tiêu chí,Điểm tối đa,Bước điểm,Loại
        I. Nhiệm vụ chính trị,I.1,"Kết quả thực hiện các chỉ tiêu, nhiệm vụ",40,"0,5",điểm
        I. Nhiệm vụ chính trị,I.2,"Cải cách hành chính, chuyển đổi số",30,"0,5",điểm
        II. Thi đua khen thưởng,II.1,Tổ chức các phong trào thi đua,20,"0,5",điểm
        II. Thi đua khen thưởng,II.2,Thực hiện giao ước thi đua,10,10,đạt/không đạt

        """, "bang.csv")
        var sheets = ["Đơn vị chấm,Đơn vị được chấm,Mã tiêu chí,Điểm"]
        for (ri, r) in Self.names.enumerated() {
            for (ui, u) in Self.names.enumerated() where ri != ui {
                for (code, maximum) in [("I.1", 40.0), ("I.2", 30.0), ("II.1", 20.0)] {
                    let wobble = Double((ri * 3 + ui * 5) % 5 - 2) * 0.01
                    let v = (min(1, Self.quality[ui] + wobble) * maximum * 2).rounded() / 2
                    sheets.append("\(r),\(u),\(code),\"\(String(format: "%g", v).replacingOccurrences(of: ".", with: ","))\"")
                }
                sheets.append("\(r),\(u),II.2,\(Self.quality[ui] > 0.75 ? 10 : 0)")
            }
        }
        try write(sheets.joined(separator: "\n") + "\n", "phieu.csv")
    }

    func testClerkRunsAClusterOfEightFromCSVToTheFlagInTheProgram() throws {
        tdkt("init")
        try writeFiles()
        tdkt("import", "units", dataDir + "/units.csv")
        // The units' ratings of the year, as the office keeps them (the flag needs "excellent").
        let ws = try Workspace(root: dataDir, user: DataDirectory.currentLogin())
        for u in ws.units.values where ["Sở Tài chính", "Sở Công Thương"].contains(u.value.name) {
            var unit = u.value
            unit.ratings = [YearRating(year: 2025, rating: .excellent)]
            try ws.saveUnit(unit, basedOn: u.revision)
        }

        startShell()
        tmux.waitFor("Cài đặt")
        tmux.send("2")
        tmux.waitFor("Thiết lập cụm, khối và đợt chấm")
        tmux.send("3")
        tmux.waitFor("Nhập cụm, khối từ tệp CSV")
        tmux.send("Enter")
        tmux.waitFor("Đường dẫn tệp CSV")
        tmux.type(dataDir + "/cum.csv")
        tmux.send("Enter")
        tmux.waitFor("Đã nhập cụm, khối: tạo 1")
        tmux.send("Enter")
        tmux.send("2")
        tmux.waitFor("Khối thi đua các sở kinh tế")
        tmux.send("Enter")
        tmux.waitFor("Năm chấm điểm")
        tmux.send("Enter")
        tmux.waitFor("chưa có bảng chấm điểm")
        tmux.send("1")
        tmux.waitFor("Đường dẫn tệp CSV")
        tmux.type(dataDir + "/bang.csv")
        tmux.send("Enter")
        var screen = tmux.waitFor("đang cấu hình")
        XCTAssertTrue(screen.contains("Mở chấm điểm"), screen)
        tmux.send("3")
        screen = tmux.waitFor("đang mở chấm")
        XCTAssertTrue(screen.contains("3. Nhập phiếu chấm từ CSV"), screen)   // the table can still be replaced
        tmux.send("3")
        tmux.waitFor("Đường dẫn tệp CSV")
        tmux.type(dataDir + "/phieu.csv")
        tmux.send("Enter")
        screen = tmux.waitFor("Đã lưu 56 phiếu")
        XCTAssertTrue(screen.contains("3. Khóa chấm chéo"), screen)   // frozen: no table import any more
        tmux.send("3")
        screen = tmux.waitFor("đã khóa chấm chéo")
        XCTAssertTrue(screen.contains("2. Kết quả"), screen)
        tmux.send("2")
        screen = tmux.waitFor("Cờ thi đua của UBND tỉnh")
        let ranking = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let first = try XCTUnwrap(ranking.first { $0.hasPrefix("1 ") }, screen)
        XCTAssertTrue(first.contains("Sở Tài chính"), screen)
        XCTAssertTrue(screen.contains("đơn vị xếp hạng 1: Sở Tài chính: đạt"), screen)
        let chairRow = try XCTUnwrap(ranking.first { $0.contains("Sở Công Thương") }, screen)
        XCTAssertTrue(chairRow.hasPrefix("4 "), chairRow)
        tmux.send("F10")
        tmux.killServer()

        // The same as the command line sees it.
        let r = spawnAndWait(binary, ["--data", dataDir, "eligibility", "--unit", ws.units.values.first { $0.value.name == "Sở Tài chính" }!.value.id,
                                      "--award", "CO_TINH", "--year", "2025"], environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        XCTAssertEqual(r.status, 0, r.output)
    }
}
