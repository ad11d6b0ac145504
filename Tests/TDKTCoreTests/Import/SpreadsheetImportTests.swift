import Foundation
import XCTest
@testable import TDKTCore

/// Imports of an office's real sheets: Excel files, unit kinds as written, rows in any order,
/// campaigns kept, one encoding per file.
final class SpreadsheetImportTests: XCTestCase {
    var dir: CommandDemo!
    override func setUpWithError() throws { dir = CommandDemo() }
    override func tearDown() { dir = nil }

    /// What matters of a record, for comparing imports of the same history from different files.
    func key(_ r: AwardRecord) -> String {
        "\(r.year)|\(r.nominee)|\(r.awardCode)|\(r.kind)|\(r.campaignId ?? "-")|\(r.decisionNumber ?? "-")|\(r.decisionDate.map { "\($0)" } ?? "-")"
    }

    func testSameHistoryAsCSVAndAsWorkbooksFromRealPrograms() throws {
        let ws = try dir.workspace()
        let csv = try AwardImport.run(data: ImportFixtures.data("lich-su-khen-thuong.csv"), file: "lich-su-khen-thuong.csv",
                                      into: ws, dryRun: true, actor: "lan")
        XCTAssertEqual(csv.problems.map { $0.message() }, [])
        XCTAssertEqual(csv.records.count, 5)
        for name in ["lich-su-khen-thuong.xlsx", "lich-su-khen-thuong-gnumeric.xlsx"] {
            let book = try AwardImport.run(data: ImportFixtures.data(name), file: name, into: ws, dryRun: true, actor: "lan")
            XCTAssertEqual(book.problems.map { $0.message() }, [], name)
            XCTAssertEqual(book.records.map(key), csv.records.map(key), name)
            XCTAssertEqual(book.lines, csv.lines, "rows are numbered as the spreadsheet numbers them: \(name)")
            XCTAssertEqual(book.createdPeople.map(\.name), csv.createdPeople.map(\.name), name)
            XCTAssertEqual(book.createdCampaigns.map(\.name), csv.createdCampaigns.map(\.name), name)
        }
        // A named sheet, and a missing one named in the error with the sheets there are.
        let notes = try AwardImport.run(data: ImportFixtures.data("lich-su-khen-thuong.xlsx"), file: "a.xlsx", into: ws,
                                        sheet: "Lịch sử", dryRun: true, actor: "lan")
        XCTAssertEqual(notes.records.count, 5)
        XCTAssertThrowsError(try AwardImport.run(data: ImportFixtures.data("lich-su-khen-thuong.xlsx"), file: "a.xlsx", into: ws,
                                                 sheet: "Không có", dryRun: true, actor: "lan")) {
            XCTAssertTrue(($0 as? ImportProblem)?.message(.vi).contains("có: Lịch sử, Ghi chú") == true, "\($0)")
        }
    }

    func testUnknownCampaignsAreKeptAndTheKindComesFromTheAward() throws {
        let ws = try dir.workspace()
        let before = ws.campaigns.count
        let path = ImportFixtures.path("lich-su-khen-thuong.xlsx")
        let dry = runTool(["--data", dir.root, "import", "awards", path, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("tạo phong trào: Công sở xanh - sạch - đẹp (cong-so-xanh-sach-dep, 2024–2024)"), dry.out)
        XCTAssertTrue(dry.out.contains("tạo phong trào: Chung tay vì người nghèo vùng chè"), dry.out)
        XCTAssertTrue(dry.out.contains("tạo cá nhân: Lê Thị Hoa (le-thi-hoa), Trường THPT Chu Văn An"), dry.out)
        XCTAssertTrue(dry.out.contains("tạo đơn vị: Trường THPT Chu Văn An"), dry.out)
        XCTAssertEqual(try dir.workspace().campaigns.count, before, "a dry run writes nothing")

        let r = runTool(["--data", dir.root, "import", "awards", path])
        XCTAssertEqual(r.status, 0, r.err)
        let fresh = try dir.workspace()
        XCTAssertEqual(fresh.campaigns.count, before + 2)
        let byNumber = Dictionary(fresh.allAwards().map(\.value).compactMap { a in a.decisionNumber.map { ($0, a) } }, uniquingKeysWith: { a, _ in a })
        // Every row that named a campaign keeps it; the two spellings of one campaign are one campaign.
        XCTAssertEqual(byNumber["7/QĐ-UBND"]?.campaignId, "cong-so-xanh-sach-dep")
        XCTAssertEqual(byNumber["8/QĐ-UBND"]?.campaignId, "cong-so-xanh-sach-dep")
        XCTAssertEqual(byNumber["21/QĐ-SGDĐT"]?.campaignId, "chung-tay-vi-nguoi-ngheo-vung-che")
        XCTAssertEqual(byNumber["15/QĐ-SNV"]?.campaignId, nil)
        // A CSTĐCS title under a thematic campaign stays a regular award (it counts toward CSTĐ cấp tỉnh).
        let cstd = try XCTUnwrap(byNumber["16/QĐ-SNV"])
        XCTAssertEqual(cstd.campaignId, "chuyen-doi-so")
        XCTAssertEqual(fresh.campaigns["chuyen-doi-so"]?.value.kind, .thematic)
        XCTAssertEqual(cstd.kind, .regular)
        // The by-campaign report counts them under their campaigns, in the year of their decisions (2025).
        let report = runTool(["--data", dir.root, "report", "awards", "--year", "2025", "--by", "campaign", "--format", "csv"])
        XCTAssertTrue(report.out.contains("cong-so-xanh-sach-dep,Công sở xanh - sạch - đẹp,BK_TINH"), report.out)
    }

    func testAKindColumnCannotMakeAYearlyTitleThematic() throws {
        let csv = "Năm,Họ và tên,Đơn vị,Danh hiệu,Loại khen thưởng\n2024,Trần Thị Lan,Sở Nội vụ,CSTDCS,Chuyên đề\n2024,Sở Nội vụ,,Cờ thi đua tỉnh,Chuyên đề\n"
        let report = try AwardImport.run(data: Data(csv.utf8), file: "k.csv", into: try dir.workspace(), dryRun: true, actor: "lan")
        XCTAssertEqual(report.problems.map { $0.message() }, [])
        XCTAssertEqual(report.records.map(\.kind), [.regular, .thematic])
        XCTAssertEqual(report.warnings.map(\.line), [2])
    }

    func testUnitsSheetWithOfficeKindsAndAChildBeforeItsParentImportsWhole() throws {
        let path = ImportFixtures.path("don-vi.xlsx")
        let r = runTool(["--data", dir.root, "import", "units", path])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        XCTAssertTrue(r.out.contains("7 tạo mới, 1 khớp, 0 dòng lỗi"), r.out)
        XCTAssertTrue(r.out.contains("dòng 9, cột Loại: không rõ loại 'Quỹ xã hội'"), r.out)
        let ws = try dir.workspace()
        let commune = try XCTUnwrap(ws.units["ubnd-xa-ho-nui-coc"]?.value)
        XCTAssertEqual(commune.kind, .commune)
        XCTAssertEqual(commune.kindText, "Xã, phường, thị trấn")
        // Row 2 names its parent, which only comes on row 3.
        XCTAssertEqual(ws.units["phong-van-hoa-xa-hoi-xa-ho-nui-coc"]?.value.parentId, "ubnd-xa-ho-nui-coc")
        XCTAssertEqual(ws.units["phong-van-hoa-xa-hoi-xa-ho-nui-coc"]?.value.kind, .department)
        XCTAssertEqual(ws.units["tn-vp-ubnd"]?.value.kind, .province)
        XCTAssertEqual(ws.units["tn-vp-ubnd"]?.value.kindText, "Cơ quan hành chính")
        XCTAssertEqual(ws.units["hoi-nong-dan-tinh"]?.value.kind, .association)
        XCTAssertEqual(ws.units["htx-che-la-bang"]?.value.kind, .cooperative)
        XCTAssertEqual(ws.units["truong-thcs-ho-nui-coc"]?.value.kind, .school)
        XCTAssertEqual(ws.units["benh-vien-da-khoa-trung-uong-thai-nguyen"]?.value.kind, .centralAgency)
        XCTAssertEqual(ws.units["quy-khuyen-hoc-xa"]?.value.kind, .other)
        XCTAssertEqual(ws.units["quy-khuyen-hoc-xa"]?.value.kindText, "Quỹ xã hội")
        XCTAssertEqual(ws.units["benh-vien-da-khoa-trung-uong-thai-nguyen"]?.value.memberCount, 1200)
    }

    func testParentsThatLoopAreRefused() throws {
        let csv = "Tên đơn vị,Cấp trên\nPhòng A,Phòng B\nPhòng B,Phòng A\nPhòng C,\n"
        let plan = try DirectoryImport.planUnits(try ImportFile.read(data: Data(csv.utf8), file: "u.csv").table, file: "u.csv", in: try dir.workspace())
        XCTAssertEqual(plan.problems.map(\.line), [2, 3])
        XCTAssertEqual(plan.rows.map(\.name), ["Phòng C"])
    }

    func testMixedEncodingFileIsRefusedAndNothingWritten() throws {
        let ws = try dir.workspace()
        let awards = ws.allAwards().count, people = ws.people.count
        let path = ImportFixtures.path("hon-hop-ma-hoa.csv")
        for args in [["import", "awards", path], ["import", "awards", path, "--dry-run"], ["import", "people", path]] {
            let r = runTool(["--data", dir.root] + args)
            XCTAssertEqual(r.status, 1, "\(args): \(r.out)")
            XCTAssertTrue(r.err.contains("hon-hop-ma-hoa.csv dòng 3:"), r.err)
            XCTAssertTrue(r.err.contains("UTF-8 (3), VNI (1)"), r.err)
            XCTAssertTrue(r.err.contains("là dòng 3 (VNI)"), r.err)
        }
        let fresh = try dir.workspace()
        XCTAssertEqual(fresh.allAwards().count, awards)
        XCTAssertEqual(fresh.people.count, people)
        XCTAssertTrue(ImportBatches.list(fresh).isEmpty)
        // A file wholly in one legacy encoding still imports (TCVN3 here).
        let tcvn = tcvn3Bytes("Năm,Loại,Họ và tên,Đơn vị,Hình thức khen thưởng\n2024,Cá nhân,Nguyễn Văn Khoa,Sở Nội vụ,Lao động tiên tiến\n")
        XCTAssertEqual(try AwardImport.run(data: tcvn, file: "t.csv", into: fresh, dryRun: true, actor: "lan").encoding, .tcvn3)
    }

    func testUnitsAndPeopleWrittenDifferentlyAreLikelyDuplicatesAndKeepTheirNames() throws {
        let ws = try dir.workspace()
        let units = try DirectoryImport.planUnits(try ImportFile.read(data: Data("Tên đơn vị,Số thành viên\nso noi vu,50\n".utf8), file: "u.csv").table,
                                                  file: "u.csv", in: ws)
        XCTAssertEqual(units.rows.map(\.id), ["tn-snv"])
        XCTAssertTrue(units.warnings.first?.message(.vi).contains("'so noi vu' khớp với 'Sở Nội vụ' (tn-snv); có thể trùng") == true,
                      units.warnings.map { $0.message(.vi) }.joined())
        let people = try DirectoryImport.planPeople(try ImportFile.read(data: Data("Họ và tên,Đơn vị\nNGUYEN VAN KHOA,Sở Nội vụ\n".utf8), file: "p.csv").table,
                                                    file: "p.csv", in: ws)
        XCTAssertEqual(people.rows.map(\.id), ["nguyen-van-khoa"])
        XCTAssertEqual(people.warnings.count, 1)
        XCTAssertTrue(units.problems.isEmpty && people.problems.isEmpty)
    }
}
