import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

final class UnitScreenTests: XCTestCase {
    private var s: ClerkSession!

    override func setUpWithError() throws { s = try ClerkSession() }
    override func tearDown() { s?.remove() }

    private func openTree() throws -> UnitTreeController {
        s.press(.char("5"), .enter)   // Đơn vị và cá nhân → Cây đơn vị
        let list = try XCTUnwrap(s.app.top as? ListView)
        XCTAssertEqual(list.title, "Cây đơn vị")
        let tree = UnitTreeController(ws: s.ws, context: s.context)
        s.app.push(tree.list)
        // Open the demo province.
        XCTAssertTrue(tree.list.select(id: "tn"))
        s.press(.right)
        return tree
    }

    func testTreeExpandsCollapsesAndSearchRevealsAndInactiveShowsSuccessor() throws {
        let tree = try openTree()
        XCTAssertNotNil(s.frame.find("▾ UBND tỉnh Thái Nguyên"), s.screen)
        XCTAssertTrue(tree.list.rows.contains { $0.id == "tn-xa-2" && $0.cells[0] == "    UBND xã Đại Từ" })
        XCTAssertTrue(s.screen.contains("ngừng 28/02/2025 → Sở Nội vụ"), s.screen)
        XCTAssertTrue(tree.list.select(id: "tn-xa-3"))
        s.press(.left)   // on a child: closes its parent
        XCTAssertEqual(tree.list.selectedRow?.id, "tn")
        XCTAssertNotNil(s.frame.find("▸ UBND tỉnh Thái Nguyên"), s.screen)
        XCTAssertFalse(tree.list.rows.contains { $0.id == "tn-xa-2" })
        // Search finds a unit inside the closed branch and opens it.
        s.press(.char("/"))
        s.type("xa dai tu")
        s.press(.enter)
        XCTAssertEqual(tree.list.selectedRow?.id, "tn-xa-2")
        XCTAssertEqual(tree.list.rows.first { $0.id == "tn" }?.cells[0], "▾ UBND tỉnh Thái Nguyên")
        XCTAssertNotNil(s.frame.find("▶    UBND xã Đại Từ"), s.screen)
        XCTAssertTrue(tree.list.select(id: "tn"))
        s.press(.enter)
        XCTAssertNotNil(s.frame.find("▸ UBND tỉnh Thái Nguyên"))
        s.press(.right)
        XCTAssertNotNil(s.frame.find("▾ UBND tỉnh Thái Nguyên"))
    }

    func testMergeThroughTheDialog() throws {
        let tree = try openTree()
        XCTAssertTrue(tree.list.select(id: "tn-xa-1"))
        s.press(.char("m"))
        let form = try XCTUnwrap(s.app.top as? FormView)
        XCTAssertEqual(form.field("units")?.value, "UBND xã Phú Bình")
        s.press(.tab, .enter)                      // successor picker
        s.press(.char("/")); s.type("dai tu"); s.press(.enter, .enter)
        XCTAssertEqual(form.field("successor")?.value, "UBND xã Đại Từ")
        s.press(.tab)
        s.replace("01072025")
        s.press(.function(2))
        XCTAssertNotNil(s.frame.find("Sáp nhập UBND xã Phú Bình vào UBND xã Đại Từ từ ngày"), s.screen)
        XCTAssertNotNil(s.frame.find("01/07/2025?"), s.screen)
        s.press(.char("c"))
        XCTAssertTrue(s.app.top === tree.list, s.screen)
        let ws = try s.reread()
        XCTAssertEqual(ws.units["tn-xa-1"]?.value.successorId, "tn-xa-2")
        XCTAssertEqual(ws.units["tn-xa-1"]?.value.validity?.end, CivilDate(2025, 7, 1))
        XCTAssertTrue(ws.historyUnitIds(of: "tn-xa-2").contains("tn-xa-1"))
        XCTAssertEqual(tree.list.rows.first { $0.id == "tn-xa-1" }?.cells[2], "ngừng 01/07/2025 → UBND xã Đại Từ")
        XCTAssertTrue(tree.list.select(id: "tn-xa-1"))
        XCTAssertTrue(s.screen.contains("ngừng 01/07/2025 → UBND xã Đạ"), s.screen)
    }

    func testAddUnitAndDeactivate() throws {
        let tree = try openTree()
        XCTAssertTrue(tree.list.select(id: "tn"))
        s.press(.function(7))
        let form = try XCTUnwrap(s.app.top as? FormView)
        XCTAssertEqual(form.field("parent")?.value, "UBND tỉnh Thái Nguyên")
        s.type("Ban Dân tộc")
        s.press(.function(2))
        XCTAssertTrue(s.app.top === tree.list, s.screen)
        XCTAssertEqual(tree.list.selectedRow?.id, "ban-dan-toc")
        XCTAssertEqual(try s.reread().units["ban-dan-toc"]?.value.parentId, "tn")
        s.press(.char("d"))
        XCTAssertNotNil(s.frame.find("Cho «Ban Dân tộc» ngừng hoạt động"), s.screen)
        s.press(.char("c"))
        XCTAssertEqual(try s.reread().units["ban-dan-toc"]?.value.isActive, false)
    }

    func testPersonRatingAddedAndSaved() throws {
        let person = try XCTUnwrap(s.ws.people(of: "tn-snv").first)
        s.app.push(PeopleController(ws: s.ws, context: s.context, unitId: "tn-snv").list)
        XCTAssertNotNil(s.frame.find(person.name), s.screen)
        s.press(.char("/")); s.type(SearchKey.fold(person.name)); s.press(.enter, .enter)
        XCTAssertEqual(s.app.top?.title, person.name)
        s.press(.char("r"))
        let form = try XCTUnwrap(s.app.top as? FormView)
        s.replace("2019")
        s.press(.tab, .left)                  // Hoàn thành tốt → Hoàn thành xuất sắc
        XCTAssertEqual(form.field("rating")?.value, "Hoàn thành xuất sắc nhiệm vụ")
        s.press(.function(2))
        XCTAssertFalse(s.app.top === form, s.screen)
        XCTAssertEqual(try s.reread().people[person.id]?.value.rating(in: 2019), .excellent)
        let row = try XCTUnwrap(s.frame.find("2019")).y
        XCTAssertTrue(s.frame.row(row).contains("Hoàn thành xuất sắc nhiệm vụ"), s.screen)
    }

    /// F8 removes a person from the lists after a question that defaults to "Không"; the history stays.
    func testF8RemovesAPersonAfterAskingWithNoAsTheDefault() throws {
        let people = PeopleController(ws: s.ws, context: s.context, unitId: "tn-snv")
        s.app.push(people.list)
        XCTAssertTrue(s.bar.contains("F8 Xóa"), s.bar)
        let first = try XCTUnwrap(people.list.selectedRow)
        s.press(.function(8))
        XCTAssertTrue(s.app.top is ConfirmDialog, s.screen)
        s.press(.enter)                       // the default: Không
        XCTAssertNil(try s.reread().people[first.id]?.value.removedOn)
        s.press(.function(8), .char("c"))
        XCTAssertNotNil(try s.reread().people[first.id]?.value.removedOn)
        XCTAssertFalse(people.list.rows.contains { $0.id == first.id })
        XCTAssertTrue(s.actions.contains("Gộp"), "\(s.actions)")
    }

    func testNewPersonWithBadBirthYearShowsTheDomainMessage() throws {
        s.app.push(PeopleController(ws: s.ws, context: s.context, unitId: "tn-syt").list)
        s.press(.insert)
        let form = try XCTUnwrap(s.app.top as? FormView)
        XCTAssertEqual(form.field("unit")?.value, "Sở Y tế")
        s.type("Lê Thị Hoa")
        s.press(.tab, .tab, .tab, .tab)
        s.type("1850")
        s.press(.function(2))
        XCTAssertEqual(form.focusedField?.id, "birthYear")
        XCTAssertNotNil(s.frame.find("Năm sinh: phải trong khoảng 1900–2100"), s.screen)
        s.replace("1985")
        s.press(.function(2))
        let saved = try XCTUnwrap(try s.reread().people.values.first { $0.value.name == "Lê Thị Hoa" })
        XCTAssertEqual(saved.value.unitId, "tn-syt")
        XCTAssertEqual(saved.value.birthYear, 1985)
    }

    /// Opens the import form, picks `file` (in `folder`) from the file list, and asks for the preview.
    func previewImport(of file: String, in folder: String, kindPresses: Int = 0) throws {
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder))
        defer { XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(previous)) }
        s.press(.char("5"), .char("3"))
        let form = try XCTUnwrap(s.app.top as? FormView)
        for _ in 0..<kindPresses { s.press(.right) }
        s.press(.tab)
        s.press(.enter)
        let picker = try XCTUnwrap(s.app.top as? ListView)
        XCTAssertEqual(picker.rows.first?.cells.first, "..")
        XCTAssertTrue(picker.rows.contains { $0.cells.first == "sub/" }, "\(picker.rows)")
        XCTAssertNotNil(s.frame.find(file), s.screen)
        XCTAssertTrue(picker.select(id: "f:" + file))
        s.press(.enter)
        XCTAssertTrue(s.app.top === form, s.screen)
        XCTAssertEqual(form.values["file"], file)
        s.press(.function(2))
        XCTAssertFalse(s.app.top === form, s.screen)
    }

    func importFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "tdkt-import-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        return folder
    }

    func testImportDryRunShowsTheBadRowWithItsLineThenWritesTheGoodRows() throws {
        let folder = try importFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Tên đơn vị,Loại,Cấp trên\nUBND xã Mới,xã,UBND tỉnh Thái Nguyên\nTrường ABC,Trường học,Đơn vị không có\n"
            .write(toFile: folder + "/don-vi.csv", atomically: true, encoding: .utf8)
        try previewImport(of: "don-vi.csv", in: folder)
        XCTAssertNotNil(s.frame.find("1 tạo mới, 0 đã có, 1 dòng lỗi"), s.screen)
        let bad = try XCTUnwrap(s.frame.find("Lỗi")).y
        XCTAssertTrue(s.frame.row(bad).contains("    3"), s.frame.row(bad))
        XCTAssertTrue(s.frame.row(bad).contains("dòng 3"), s.frame.row(bad))
        let preview = try XCTUnwrap(s.app.top as? ListView)
        XCTAssertTrue(preview.rows.contains { $0.cells[1] == "Lỗi" && $0.cells[2].contains("không tìm thấy đơn vị cấp trên 'Đơn vị không có'") })
        XCTAssertNil(try s.reread().units.values.first { $0.value.name == "UBND xã Mới" })
        XCTAssertTrue(s.bar.contains("F2 Ghi"), s.bar)
        s.press(.function(2))
        XCTAssertNotNil(s.frame.find("Chỉ ghi 1 dòng đúng?"), s.screen)
        s.press(.char("c"))
        XCTAssertNotNil(s.frame.find("Đã nhập 1 dòng (lô"), s.screen)
        XCTAssertEqual(try s.reread().units.values.first { $0.value.name == "UBND xã Mới" }?.value.parentId, "tn")
    }

    func testAwardPreviewNamesWhatItCreatesAndTheBatchIsUndoneFromItsScreen() throws {
        let folder = try importFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ("Năm,Loại,Họ và tên,Đơn vị,Hình thức khen thưởng,Phong trào\n"
             + "2024,Cá nhân,Lê Văn Mới,Sở Nội vụ,Lao động tiên tiến,Công sở xanh\n")
            .write(toFile: folder + "/khen-thuong.csv", atomically: true, encoding: .utf8)
        try previewImport(of: "khen-thuong.csv", in: folder, kindPresses: 2)
        XCTAssertNotNil(s.frame.find("Xem trước: 1 khen thưởng, 2 bản ghi mới, 0 dòng lỗi"), s.screen)
        let preview = try XCTUnwrap(s.app.top as? ListView)
        XCTAssertTrue(preview.rows.contains { $0.cells[1] == "Phong trào mới" && $0.cells[2] == "Công sở xanh (cong-so-xanh)" }, "\(preview.rows)")
        XCTAssertTrue(preview.rows.contains { $0.cells[1] == "Cá nhân mới" && $0.cells[2] == "Lê Văn Mới (le-van-moi), Sở Nội vụ" }, "\(preview.rows)")
        XCTAssertTrue(preview.rows.contains { $0.cells[0] == "2" && $0.cells[2] == "2024 LDTT — Lê Văn Mới — Công sở xanh" }, "\(preview.rows)")
        s.press(.function(2))
        s.press(.char("c"))
        XCTAssertNotNil(s.frame.find("Đã nhập 1 dòng (lô"), s.screen)
        XCTAssertNotNil(try s.reread().people["le-van-moi"])
        s.press(.escape, .escape, .char("c"))  // the message, then the form (leaving it unsaved)
        s.press(.char("5"), .char("4"))
        let batches = try XCTUnwrap(s.app.top as? ListView, s.screen)
        XCTAssertEqual(batches.rows.count, 1)
        XCTAssertTrue(s.bar.contains("F8 Hoàn tác"), s.bar)
        s.press(.function(8))
        XCTAssertNotNil(s.frame.find("xóa 3 bản ghi đã tạo"), s.screen)  // the campaign, the person, the award
        s.press(.char("c"))
        XCTAssertNotNil(s.frame.find("Đã hoàn tác lô"), s.screen)
        XCTAssertNil(try s.reread().people["le-van-moi"])
        XCTAssertNil(try s.reread().campaigns["cong-so-xanh"])
        XCTAssertEqual(batches.rows.first?.cells.last, "đã hoàn tác")
    }
}
