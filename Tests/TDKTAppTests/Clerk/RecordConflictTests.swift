import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTTestKit

/// Two clerks on one data directory, beyond campaigns: the person, unit and proposal forms answer a save
/// conflict field by field as the campaign form does, and the screens showing a person, a unit or a
/// proposal show what the other clerk saved without a key.
final class RecordConflictTests: XCTestCase {
    var s: ClerkSession!

    override func setUpWithError() throws { s = try ClerkSession() }
    override func tearDown() { s?.remove() }

    /// The conflict dialog, then "Có": the choices form when both changed a field.
    private func saveIntoConflict(by other: String) throws -> FormView {
        s.press(.function(2))
        XCTAssertTrue(s.screen.contains("Xung đột"), s.screen)
        XCTAssertTrue(s.screen.contains(other), s.screen)
        s.press(.char("c"))
        return try XCTUnwrap(s.app.top as? FormView, s.screen)
    }

    func testPersonFormConflictIsResolvedFieldByField() throws {
        let id = "nguyen-van-khoa"
        let person = PersonForm(ws: s.ws, lang: .vi, personId: id, unitId: nil) { _ in }
        s.app.push(person.form)
        person.form.focus(on: "position")
        s.replace("Phó Trưởng phòng")
        // Meanwhile Lan changes the position too, and the year of birth.
        let lan = try s.reread(as: "lan")
        var theirs = try XCTUnwrap(lan.people[id])
        theirs.value.position = "Trưởng phòng Thi đua"
        theirs.value.birthYear = 1978
        theirs.value.unitId = "tn-stc"          // a picked field only she changed
        try lan.savePerson(theirs.value, basedOn: theirs.revision)

        let choices = try saveIntoConflict(by: "lan")
        XCTAssertEqual(choices.fields.map(\.id), ["position"], "only the field both changed is asked about")
        let screen = s.screen.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(screen.contains("Của lan: Trưởng phòng Thi đua"), s.screen)
        XCTAssertTrue(screen.contains("Của bạn: Phó Trưởng phòng"), s.screen)
        s.press(.function(2))                  // keep mine
        XCTAssertTrue(s.app.top === person.form, s.screen)
        XCTAssertEqual(person.form.field("birthYear")?.value, "1978", "a field only Lan changed takes her value")
        XCTAssertEqual(person.picks.first("unit"), "tn-stc")
        XCTAssertEqual(person.form.field("unit")?.value, "Sở Tài chính")
        s.press(.function(2))
        XCTAssertFalse(s.app.top === person.form, s.screen)
        let saved = try XCTUnwrap(try s.reread().people[id]?.value)
        XCTAssertEqual(saved.position, "Phó Trưởng phòng")
        XCTAssertEqual(saved.birthYear, 1978)
        XCTAssertEqual(saved.unitId, "tn-stc")
    }

    func testUnitFormConflictTakesTheirPickedParentWhenChosen() throws {
        let id = "tn-sct"
        let unit = UnitForm(ws: s.ws, lang: .vi, unitId: id, parentId: nil) { _ in }
        s.app.push(unit.form)
        unit.form.focus(on: "members")
        s.replace("45")
        unit.picks.set("parent", ["tn-snv"])   // as the unit picker sets it
        let lan = try s.reread(as: "lan")
        var theirs = try XCTUnwrap(lan.units[id])
        theirs.value.memberCount = 52
        theirs.value.name = "Sở Công Thương tỉnh Thái Nguyên"
        theirs.value.parentId = "tn-stc"
        try lan.saveUnit(theirs.value, basedOn: theirs.revision)

        let choices = try saveIntoConflict(by: "lan")
        XCTAssertEqual(choices.fields.map(\.id), ["parent", "members"])
        let screen = s.screen.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(screen.contains("Của lan: Sở Tài chính") && screen.contains("Của bạn: Sở Nội vụ"), s.screen)
        s.press(.right, .function(2))          // Lan's parent, my member count
        XCTAssertEqual(unit.picks.first("parent"), "tn-stc")
        XCTAssertEqual(unit.form.field("parent")?.value, "Sở Tài chính")
        XCTAssertEqual(unit.form.field("members")?.value, "45")
        XCTAssertEqual(unit.form.field("name")?.value, "Sở Công Thương tỉnh Thái Nguyên")
        s.press(.function(2))
        XCTAssertFalse(s.app.top === unit.form, s.screen)
        let saved = try XCTUnwrap(try s.reread().units[id]?.value)
        XCTAssertEqual(saved.memberCount, 45)
        XCTAssertEqual(saved.parentId, "tn-stc")
        XCTAssertEqual(saved.name, "Sở Công Thương tỉnh Thái Nguyên")
    }

    func testProposalFormConflictKeepsTheOtherClerksDossierAndAsksAboutTheAchievement() throws {
        let book = ProposalBook(workspace: s.ws)
        book.loadAll()
        let draft = try XCTUnwrap(book.list(state: .draft, year: 2025).first?.value)
        let controller = ProposalFormController(ws: s.ws, book: book, lang: .vi, editing: draft) {}
        s.app.push(controller.view)
        controller.form.focus(on: "achievement")
        s.replace("Thành tích do Khoa viết lại")
        // Lan edits the same draft: the achievement, and ticks the minutes.
        let lanBook = ProposalBook(workspace: try s.reread(as: "lan"))
        var theirs = try lanBook.proposal(draft.id).value
        theirs.achievement = "Thành tích do Lan viết lại"
        theirs.dossier[.minutes] = true
        try ProposalWorkflow.update(theirs, in: lanBook, actor: "lan")

        s.press(.function(2))
        XCTAssertTrue(s.screen.contains("Xung đột"), s.screen)
        s.press(.char("c"))
        let choices = try XCTUnwrap(s.app.top as? FormView, s.screen)
        XCTAssertEqual(choices.fields.map(\.id), ["achievement"])
        s.press(.function(2))                  // keep mine
        XCTAssertEqual(controller.form.field("dossier.minutes")?.value, "yes", "what only Lan changed is taken")
        s.press(.function(2))
        let saved = try ProposalBook(workspace: try s.reread()).proposal(draft.id).value
        XCTAssertEqual(saved.achievement, "Thành tích do Khoa viết lại")
        XCTAssertEqual(saved.dossier[.minutes], true)
    }

    func testPersonProposalAndUnitScreensShowAnotherClerksSave() throws {
        // The person's detail.
        let detail = PersonController(ws: s.ws, context: s.context, personId: "tran-thi-lan") {}
        s.app.push(detail.list)
        s.app.refreshFromOutside()
        XCTAssertNil(s.app.statusMessage)
        let lan = try s.reread(as: "lan")
        var me = try XCTUnwrap(lan.people["tran-thi-lan"])
        me.value.position = "Chuyên viên chính"
        try lan.savePerson(me.value, basedOn: me.revision)
        s.app.refreshFromOutside()
        XCTAssertTrue(s.screen.contains("Chuyên viên chính"), s.screen)
        XCTAssertTrue(s.screen.contains("người khác cập nhật"), s.screen)
        s.app.remove(detail.list)
        s.app.clearStatus()

        // A submitted proposal's page follows its move.
        let book = ProposalBook(workspace: s.ws)
        book.loadAll()
        let submitted = try XCTUnwrap(book.list(state: .submitted, year: 2025).first?.value)
        let page = ProposalDetail.view(submitted, book: book, lang: .vi)
        s.app.push(page)
        XCTAssertFalse(s.screen.contains("Đã gửi → Đang thẩm định"), s.screen)
        let lanBook = ProposalBook(workspace: lan)
        try ProposalWorkflow.move([submitted.id], to: .underAppraisal, actor: "lan", in: lanBook)
        s.app.refreshFromOutside()
        XCTAssertTrue(s.screen.contains("Đã gửi → Đang thẩm định"), s.screen)
        XCTAssertTrue(s.screen.contains("người khác cập nhật"), s.screen)
        s.app.remove(page)
        s.app.clearStatus()

        // The proposals list follows a move made elsewhere, and stays on the row it was on.
        let list = ProposalListView(ws: s.ws, lang: .vi)
        s.app.push(list)
        s.app.refreshFromOutside()
        let returned = try XCTUnwrap(book.list(state: .underAppraisal, year: 2025).first?.value)
        XCTAssertTrue(list.list.select(id: returned.id))
        XCTAssertEqual(list.list.selectedRow?.cells.last, "Đang thẩm định")
        try ProposalWorkflow.move([returned.id], to: .returned, reason: "Thiếu biên bản", actor: "lan", in: lanBook)
        s.app.refreshFromOutside()
        XCTAssertEqual(list.list.selectedRow?.id, returned.id)
        XCTAssertEqual(list.list.selectedRow?.cells.last, "Trả lại", s.screen)
        s.app.remove(list)

        // The unit tree, on the unit Lan renames.
        let tree = UnitTreeController(ws: s.ws, context: s.context)
        s.app.push(tree.list)
        XCTAssertTrue(tree.list.select(id: "tn"))
        var province = try XCTUnwrap(lan.units["tn"])
        province.value.name = "UBND tỉnh Thái Nguyên (mới)"
        try lan.saveUnit(province.value, basedOn: province.revision)
        s.app.refreshFromOutside()
        XCTAssertTrue(s.screen.contains("UBND tỉnh Thái Nguyên (mới)"), s.screen)
    }
}
