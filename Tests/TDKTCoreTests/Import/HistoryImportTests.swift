import Foundation
import XCTest
@testable import TDKTCore

/// Ratings, initiatives and discipline imported in bulk, each with its own dry run and batch.
final class HistoryImportTests: XCTestCase {
    var dir: CommandDemo!
    override func setUpWithError() throws { dir = CommandDemo() }
    override func tearDown() { dir = nil }

    func testRatingsSeveralYearsPerPersonFromAWorkbook() throws {
        let path = ImportFixtures.path("xep-loai.xlsx")
        let before = try dir.workspace().people["tran-thi-lan"]!.value
        let dry = runTool(["--data", dir.root, "import", "ratings", path, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("4 dòng bổ sung cho 2 người, 0 dòng lỗi"), dry.out)
        XCTAssertTrue(dry.out.contains("Trần Thị Lan 2025: thay Hoàn thành tốt nhiệm vụ bằng Hoàn thành xuất sắc nhiệm vụ"), dry.out)
        XCTAssertEqual(try dir.workspace().people["tran-thi-lan"]!.value, before, "a dry run writes nothing")
        XCTAssertEqual(runTool(["--data", dir.root, "import", "ratings", path]).status, 0)
        let ws = try dir.workspace()
        let lan = try XCTUnwrap(ws.people["tran-thi-lan"]?.value)
        XCTAssertEqual(lan.rating(in: 2019), .excellent)
        XCTAssertEqual(lan.rating(in: 2020), .good)
        XCTAssertEqual(lan.rating(in: 2025), .excellent)
        XCTAssertEqual(lan.rating(in: 2022), before.rating(in: 2022), "other years untouched")
        XCTAssertEqual(ws.people["pham-thi-hong-nhung"]?.value.rating(in: 2020), .excellent)
        // Undone: the people are as before.
        let batch = try XCTUnwrap(ImportBatches.list(ws).first?.value)
        XCTAssertEqual(batch.kind, .ratings)
        XCTAssertEqual(runTool(["--data", dir.root, "import", "undo", batch.id]).status, 0)
        XCTAssertEqual(try dir.workspace().people["tran-thi-lan"]!.value, before)
    }

    func testRatingRowsThatRepeatOrNameNobodyAreRefusedByLine() throws {
        let csv = """
        Năm,Họ và tên,Đơn vị,Xếp loại
        2021,Trần Thị Lan,Sở Nội vụ,Hoàn thành xuất sắc
        2021,tran thi lan,so noi vu,Hoàn thành tốt
        2021,Người Lạ,Sở Nội vụ,Hoàn thành tốt
        2021,Nguyễn Văn Khoa,Sở Nội vụ,Rất tốt
        """
        let plan = try HistoryImport.plan(.ratings, try ImportFile.read(data: Data(csv.utf8), file: "x.csv").table, file: "x.csv", in: try dir.workspace())
        XCTAssertEqual(plan.problems.map(\.line), [3, 4, 5])
        XCTAssertEqual(plan.problems.map(\.column), ["Năm", "Họ và tên", "Xếp loại"])
        XCTAssertTrue(plan.problems[0].message(.vi).contains("đã có xếp loại 2021 ở dòng 2"), plan.problems[0].message(.vi))
        let r = runTool(["--data", dir.root, "import", "ratings", writeFile(csv)])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(ImportBatches.list(try dir.workspace()).isEmpty, "nothing written while rows are bad")
    }

    func testInitiativesAndDiscipline() throws {
        XCTAssertEqual(runTool(["--data", dir.root, "import", "initiatives", ImportFixtures.path("sang-kien.csv")]).status, 0)
        var ws = try dir.workspace()
        let lan = try XCTUnwrap(ws.people["tran-thi-lan"]?.value)
        let added = lan.initiatives.filter { $0.title == "Số hóa hồ sơ khen thưởng" || $0.title == "Quy trình một cửa, liên thông" }
        XCTAssertEqual(added.map(\.scope), [.province, .base])
        XCTAssertEqual(added.first?.reference, "12/QĐ-UBND")
        XCTAssertEqual(ws.people["pham-thi-hong-nhung"]?.value.initiatives.last?.scope, .national)
        // The same file again adds nothing (each initiative is already there).
        let again = runTool(["--data", dir.root, "import", "initiatives", ImportFixtures.path("sang-kien.csv"), "--dry-run"])
        XCTAssertTrue(again.out.contains("0 dòng bổ sung cho 0 người"), again.out)

        XCTAssertEqual(runTool(["--data", dir.root, "import", "discipline", ImportFixtures.path("ky-luat.csv")]).status, 0)
        ws = try dir.workspace()
        let khoa = try XCTUnwrap(ws.people["nguyen-van-khoa"]?.value)
        XCTAssertEqual(khoa.pendingDiscipline(on: CivilDate(2025, 6, 1))?.kind, .discipline)
        XCTAssertEqual(khoa.pendingDiscipline(on: CivilDate(2025, 6, 1))?.note, "Khiển trách: Vi phạm quy chế")
        XCTAssertNil(khoa.pendingDiscipline(on: CivilDate(2026, 3, 1)))
        let nhung = try XCTUnwrap(ws.people["pham-thi-hong-nhung"]?.value)
        XCTAssertEqual(nhung.pendingDiscipline(on: CivilDate(2030, 1, 1))?.kind, .investigation, "open-ended investigation")
        XCTAssertEqual(ImportBatches.list(ws).map(\.value.kind), [.discipline, .initiatives])
    }

    func writeFile(_ text: String) -> String {
        let path = temporaryDirectory() + "/history.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }
}
