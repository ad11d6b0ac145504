import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// TCVN3 (ABC) bytes for the letters these tests use, written by hand from the published TCVN 5712 table.
func tcvn3Bytes(_ text: String) -> Data {
    let table: [Character: UInt8] = [
        "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE, "Đ": 0xA7,
        "à": 0xB5, "á": 0xB8, "ạ": 0xB9, "ằ": 0xBB, "ễ": 0xD4, "ế": 0xD5, "ì": 0xD7, "ị": 0xDE, "ọ": 0xE4,
        "ố": 0xE8, "ộ": 0xE9, "ậ": 0xCB, "ể": 0xD3, "ở": 0xEB, "ụ": 0xF4, "ứ": 0xF8, "ũ": 0xF2,
    ]
    var out: [UInt8] = []
    for ch in text {
        if let b = table[ch] { out.append(b) } else { out += Array(String(ch).utf8) }
    }
    return Data(out)
}

final class AwardImportTests: XCTestCase {
    var dir: DemoDirectory!
    override func setUpWithError() throws { dir = try DemoDirectory() }
    override func tearDown() { dir = nil }

    func testTCVN3FileImportsAndCreatesPeople() throws {
        let text = "Năm,Loại,Họ và tên,Đơn vị,Hình thức khen thưởng,Số QĐ,Ngày QĐ\r\n"
            + "2023,Cá nhân,Nguyễn Văn Bình,Sở Nội vụ,Lao động tiên tiến,15/QĐ-SNV,20/01/2024\r\n"
            + "2023,Cá nhân,Nguyễn Văn Khoa,Sở Nội vụ,Lao động tiên tiến,15/QĐ-SNV,20/01/2024\r\n"
            + "2024,Tập thể,Sở Nội vụ,,BK_TINH,7/QĐ-UBND,03/02/2025\r\n"
        let data = tcvn3Bytes(text)
        XCTAssertNil(String(data: data, encoding: .utf8), "the test bytes must not be UTF-8")
        let ws = try dir.workspace()
        let before = ws.allAwards().count
        let report = try AwardImport.run(data: data, file: "lich-su.csv", into: ws, dryRun: false, actor: "lan")
        XCTAssertEqual(report.encoding, .tcvn3)
        XCTAssertTrue(report.problems.isEmpty, report.problems.map { $0.message() }.joined(separator: "\n"))
        XCTAssertTrue(report.written)
        XCTAssertEqual(report.records.count, 3)
        XCTAssertEqual(report.createdPeople.map(\.name), ["Nguyễn Văn Bình"])
        XCTAssertEqual(report.createdPeople.first?.unitId, "tn-snv")
        XCTAssertEqual(report.matchedPeople, ["nguyen-van-khoa"])
        let fresh = try dir.workspace()
        XCTAssertEqual(fresh.allAwards().count, before + 3)
        XCTAssertEqual(fresh.people["nguyen-van-binh"]?.value.name, "Nguyễn Văn Bình")
        let bk = fresh.awards(year: 2024).map(\.value).first { $0.awardCode == "BK_TINH" && $0.nominee == NomineeRef(.unit, "tn-snv") }
        XCTAssertEqual(bk?.decisionNumber, "7/QĐ-UBND")
        XCTAssertEqual(bk?.decisionDate, CivilDate(2025, 2, 3))
        XCTAssertEqual(bk?.source, .imported)
    }

    func testBOMVietnameseHeadersBadRowsNumberedAndNothingWritten() throws {
        let rows = [
            "Năm;Đối tượng;Họ tên;Đơn vị;Danh hiệu;Phong trào;Số quyết định;Ngày quyết định",  // 1
            "2024;Cá nhân;Trần Văn Mới;Trường THPT Thử Nghiệm;Chiến sĩ thi đua cơ sở;;21/QĐ-SGDĐT;15/01/2025",  // 2 good, new unit
            "20x4;Cá nhân;Ai Đó;Sở Nội vụ;LĐTT;;;",  // 3 bad year
            "2024;Cá nhân;Ai Đó;Sở Nội vụ;Huy chương vàng;;;",  // 4 unknown award
            "2024;Cá nhân;Ai Khác;;LDTT;;;",  // 5 no unit
            "2022;Cá nhân;nguyen van khoa;So Noi Vu;CSTDCS;;45/QĐ-SNV;15/01/2023",  // 6 duplicate of existing data
            "2024;Tập thể;Sở Tài chính;;Lao động tiên tiến;;;",  // 7 award not for a collective
            "2024;Cá nhân;Trần Văn Mới;Trường THPT Thử Nghiệm;CSTDCS;;;",  // 8 duplicate of line 2
            "2024;Cá nhân;Lê Thị Tư;Sở Tài chính;GK;Phong trào lạ;12/UBND;31/02/2025",  // 9 bad date
            "",
            "2025;Tập thể;Sở Tài chính;;Cờ thi đua tỉnh;Thái Nguyên đẩy mạnh chương trình chuyển đổi số;5/QĐ-UBND;10/01/2026",  // 11 good, alias
        ]
        let data = Data([0xEF, 0xBB, 0xBF] + Array(rows.joined(separator: "\n").utf8))
        let ws = try dir.workspace()
        let before = ws.allAwards().count
        let report = try AwardImport.run(data: data, file: "khen.csv", into: ws, dryRun: false, actor: "lan")
        XCTAssertEqual(report.encoding, .utf8)
        XCTAssertEqual(report.rowsRead, 9)
        XCTAssertEqual(report.problems.map(\.line), [3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(report.problems.map(\.column), ["Năm", "Danh hiệu", "Đơn vị", "Danh hiệu", "Danh hiệu", "Danh hiệu", "Ngày quyết định"])
        XCTAssertTrue(report.problems[3].message(.vi).contains("trùng với dữ liệu hiện có"), report.problems[3].message(.vi))
        XCTAssertTrue(report.problems[5].message(.en).contains("same as line 2"), report.problems[5].message(.en))
        XCTAssertTrue(report.problems[0].message(.vi).hasPrefix("khen.csv dòng 3, cột Năm:"), report.problems[0].message(.vi))
        XCTAssertEqual(report.lines, [2, 11])
        // No "Loại khen thưởng" column: the kind is regular, never guessed from the thematic campaign.
        XCTAssertEqual(report.records.last?.kind, .regular)
        XCTAssertEqual(report.records.last?.campaignId, "chuyen-doi-so")
        XCTAssertEqual(report.records.last?.awardCode, "CO_TINH")
        XCTAssertFalse(report.written)
        let fresh = try dir.workspace()
        XCTAssertEqual(fresh.allAwards().count, before)
        XCTAssertNil(fresh.units["truong-thpt-thu-nghiem"])
    }

    func testDryRunWritesNothingAndSaysWhatItWouldCreate() throws {
        let csv = "Year,Type,Name,Unit,Award,Decision number,Decision date\n2024,individual,Hà Thị Mai,Phòng Giáo dục Mới,GK,3/QĐ-PGD,05/01/2025\n"
            + "2024,collective,Phòng Giáo dục Mới,,GK,3/QĐ-PGD,05/01/2025\n"
        let ws = try dir.workspace()
        let before = ws.allAwards().count
        let dry = try AwardImport.run(data: Data(csv.utf8), file: "a.csv", into: ws, dryRun: true, actor: "lan")
        XCTAssertTrue(dry.problems.isEmpty, dry.problems.map { $0.message() }.joined())
        XCTAssertEqual(dry.createdUnits.map(\.id), ["phong-giao-duc-moi"])
        XCTAssertEqual(dry.createdPeople.map(\.id), ["ha-thi-mai"])
        XCTAssertEqual(dry.records.count, 2)
        XCTAssertFalse(dry.written)
        let fresh = try dir.workspace()
        XCTAssertEqual(fresh.allAwards().count, before)
        XCTAssertNil(fresh.units["phong-giao-duc-moi"])
        let real = try AwardImport.run(data: Data(csv.utf8), file: "a.csv", into: fresh, dryRun: false, actor: "lan")
        XCTAssertTrue(real.written)
        XCTAssertEqual(try dir.workspace().units["phong-giao-duc-moi"]?.value.name, "Phòng Giáo dục Mới")
        // Importing the same file again: every row is now a duplicate.
        let again = try AwardImport.run(data: Data(csv.utf8), file: "a.csv", into: try dir.workspace(), dryRun: false, actor: "lan")
        XCTAssertEqual(again.problems.map(\.line), [2, 3])
    }

    func testMissingColumnAndAwardByName() throws {
        XCTAssertThrowsError(try AwardImport.run(data: Data("Tên,Danh hiệu\nA,GK\n".utf8), file: "b.csv", into: try dir.workspace(), dryRun: true, actor: "x")) { e in
            XCTAssertEqual((e as? ImportProblem)?.line, 1)
        }
        let cat = DefaultCatalogue.catalogue
        XCTAssertEqual(AwardImport.award(named: "bằng khen của chủ tịch ubnd tỉnh", in: cat)?.code, "BK_TINH")
        XCTAssertEqual(AwardImport.award(named: "Chien si thi dua co so", in: cat)?.code, "CSTDCS")
        XCTAssertEqual(AwardImport.award(named: "bk_ttg", in: cat)?.code, "BK_TTG")
        XCTAssertNil(AwardImport.award(named: "Bằng khen", in: cat))
    }

    func testKindOfAwardColumn() throws {
        let csv = "Năm,Loại,Tên,Đơn vị,Danh hiệu,Loại khen thưởng\n2024,Cá nhân,Nguyễn Văn Khoa,Sở Nội vụ,BK_TINH,Đột xuất\n2024,Cá nhân,Trần Thị Lan,Sở Nội vụ,GK,hằng năm\n"
        let r = try AwardImport.run(data: Data(csv.utf8), file: "k.csv", into: try dir.workspace(), dryRun: true, actor: "x")
        XCTAssertEqual(r.records.first?.kind, .occasional)
        XCTAssertEqual(r.matchedUnits, ["tn-snv"])
        XCTAssertEqual(r.problems.map(\.line), [3])
        XCTAssertEqual(r.problems.first?.column, "Loại khen thưởng")
    }
}
