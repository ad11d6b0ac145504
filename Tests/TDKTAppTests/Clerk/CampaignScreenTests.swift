import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

final class CampaignScreenTests: XCTestCase {
    private var s: ClerkSession!

    override func setUpWithError() throws { s = try ClerkSession() }
    override func tearDown() { s?.remove() }

    private func openList() {
        s.press(.char("1"))          // Phong trào thi đua: its only screen, the list, opens at once
        XCTAssertTrue(s.app.top is ListView)
    }

    /// Fills the new-campaign form's name, launching body and period.
    private func fillNew(name: String, start: String, end: String) {
        s.type(name)
        s.press(.tab, .tab)                     // kind, level
        s.type("Chủ tịch UBND tỉnh")
        s.press(.tab)
        s.type("UBND tỉnh Thái Nguyên")
        s.press(.tab)
        s.type(start)
        s.press(.tab)
        s.type(end)
    }

    /// An empty new campaign: one F2 shows every missing field at once, the focus on the first.
    func testEveryProblemOfAnEmptyCampaignOnOneSave() throws {
        openList()
        s.press(.function(7))
        let form = try XCTUnwrap(s.app.top as? FormView)
        s.press(.function(2))
        XCTAssertTrue(s.app.top === form)
        XCTAssertEqual(form.fields.filter { $0.message != nil }.map(\.id), ["name", "body", "start"])
        XCTAssertEqual(form.focusedField?.id, "name")
        XCTAssertTrue(s.frame.row(22).contains("Có 3 ô chưa hợp lệ"), s.screen)
    }

    /// A second campaign of the same name is asked about before it is saved; "Không" is the default.
    func testASecondCampaignOfTheSameNameIsAskedAbout() throws {
        let existing = try XCTUnwrap(s.ws.campaigns.values.map(\.value).sorted { $0.id < $1.id }.first)
        openList()
        s.press(.function(7))
        let form = try XCTUnwrap(s.app.top as? FormView)
        fillNew(name: SearchKey.fold(existing.name), start: "01012026", end: "31122026")
        s.press(.function(2))
        XCTAssertTrue(s.app.top is ConfirmDialog, s.screen)
        XCTAssertTrue(s.screen.replacingOccurrences(of: "\n", with: " ").contains("Đã có phong trào tên"), s.screen)
        s.press(.char("k"))
        XCTAssertTrue(s.app.top === form)
        let count = try s.reread().campaigns.count
        s.press(.function(2), .char("c"))
        XCTAssertFalse(s.app.top === form, s.screen)
        XCTAssertEqual(try s.reread().campaigns.count, count + 1)
    }

    func testCreateWithVietnameseNameThenFindWithoutDiacritics() throws {
        openList()
        XCTAssertTrue(s.bar.contains("F7 Thêm"), s.bar)
        s.press(.insert)
        let form = try XCTUnwrap(s.app.top as? FormView)
        XCTAssertEqual(form.title, "Phong trào mới")
        fillNew(name: "Thi đua chuyển đổi số năm 2026", start: "01012026", end: "31122026")
        s.press(.function(2))
        XCTAssertTrue(s.app.top is ListView, s.screen)
        let saved = try s.reread().campaigns.values.map(\.value).first { $0.name == "Thi đua chuyển đổi số năm 2026" }
        let c = try XCTUnwrap(saved)
        XCTAssertEqual(c.period, DatePeriod(start: CivilDate(2026, 1, 1), end: CivilDate(2026, 12, 31)))
        XCTAssertEqual(c.launchingBody, "UBND tỉnh Thái Nguyên")
        XCTAssertTrue(FileManager.default.fileExists(atPath: s.dir + "/campaigns/\(c.id).json"))

        let list = try XCTUnwrap(s.app.top as? ListView)
        s.press(.home)
        s.press(.char("/"))
        s.type("chuyen doi so")
        s.press(.enter)
        // The demo data has another campaign on digital transformation; n goes to the next match.
        if list.selectedRow?.id != c.id { s.press(.char("n")) }
        XCTAssertEqual(list.selectedRow?.id, c.id)
        let row = try XCTUnwrap(s.frame.find("▶")).y
        XCTAssertTrue(s.frame.row(row).contains("Thi đua chuyển"), s.screen)
        XCTAssertTrue(s.frame.row(row).contains("01/01/26–31/12/26"), s.screen)
    }

    func testPeriodEndingBeforeItStartsShowsTheDomainMessageAtTheEndField() throws {
        openList()
        s.press(.insert)
        let form = try XCTUnwrap(s.app.top as? FormView)
        fillNew(name: "Phong trào thử", start: "01062026", end: "01012026")
        s.press(.function(2))
        XCTAssertTrue(s.app.top === form)
        XCTAssertEqual(form.focusedField?.id, "end")
        XCTAssertTrue(form.field("end")?.message?.contains("ngày kết thúc 01/01/2026 trước ngày bắt đầu 01/06/2026") ?? false)
        XCTAssertNotNil(s.frame.find("! Thời gian thực hiện: ngày kết thúc"), s.screen)
        XCTAssertFalse(try s.reread().campaigns.values.contains { $0.value.name == "Phong trào thử" })
    }

    private func openCampaign() throws -> (Campaign, CampaignDetailController) {
        let open: [Campaign] = s.ws.campaigns.values.map(\.value).filter { (c: Campaign) -> Bool in
            c.status == .launched || c.status == .running
        }
        let c = try XCTUnwrap(open.sorted { $0.id < $1.id }.first)
        let detail = CampaignDetailController(ws: s.ws, context: s.context, campaignId: c.id) {}
        s.app.push(detail.list)
        return (c, detail)
    }

    func testReviewDatedBeforeTheLaunchIsRefusedAtTheDateField() throws {
        let (c, _) = try openCampaign()
        XCTAssertTrue(s.actions.contains("Sơ/tổng kết"), "\(s.actions)")
        s.press(.char("r"))
        let form = try XCTUnwrap(s.app.top as? FormView)
        s.press(.tab)
        let before = CivilDate(c.period.start.year - 1, 1, 15)
        s.replace(before.display.replacingOccurrences(of: "/", with: ""))
        s.press(.tab)
        s.type("Sơ kết sớm")
        s.press(.function(2))
        XCTAssertTrue(s.app.top === form)
        XCTAssertEqual(form.focusedField?.id, "date")
        XCTAssertNotNil(s.frame.find("! Ngày sơ kết, tổng kết: \(before.display) trước khi phát"), s.screen)
        XCTAssertEqual(try s.reread().campaigns[c.id]?.value.reviews, c.reviews)

        // A date after the launch is recorded, with its figures (the focus is on the date already).
        s.replace(CivilDate(c.period.start.year, 12, 20).display.replacingOccurrences(of: "/", with: ""))
        s.press(.tab, .tab)
        s.type("đơn vị tham gia: 137")
        s.press(.function(2))
        XCTAssertFalse(s.app.top === form, s.screen)
        let saved = try XCTUnwrap(try s.reread().campaigns[c.id]?.value)
        XCTAssertEqual(saved.reviews.last?.figures, ["đơn vị tham gia": 137])
        XCTAssertEqual(saved.status, .running)
        XCTAssertNotNil(s.frame.find("Sơ kết 20/12/\(c.period.start.year)"), s.screen)
    }

    func testConflictOffersReloadAndKeepsWhatWasTyped() throws {
        let (c, detail) = try openCampaign()
        _ = detail
        s.press(.char("e"))
        let form = try XCTUnwrap(s.app.top as? FormView)
        s.replace("Tên mới do Khoa nhập")
        // Meanwhile another clerk changes the directive.
        let lan = try s.reread(as: "lan")
        var theirs = try XCTUnwrap(lan.campaigns[c.id])
        theirs.value.directive = "Chỉ thị 99-CT/TU"
        try lan.saveCampaign(theirs.value, basedOn: theirs.revision)

        s.press(.function(2))
        XCTAssertNotNil(s.frame.find("Xung đột"), s.screen)
        XCTAssertTrue(s.screen.contains("lan"), s.screen)
        s.press(.char("c"))
        XCTAssertTrue(s.app.top === form)
        XCTAssertEqual(form.field("name")?.value, "Tên mới do Khoa nhập")
        XCTAssertEqual(form.field("directive")?.value, "Chỉ thị 99-CT/TU")
        s.press(.function(2))
        XCTAssertFalse(s.app.top === form, s.screen)
        let saved = try XCTUnwrap(try s.reread().campaigns[c.id]?.value)
        XCTAssertEqual(saved.name, "Tên mới do Khoa nhập")
        XCTAssertEqual(saved.directive, "Chỉ thị 99-CT/TU")
    }

    /// Both clerks changed the name: the second sees both values, field by field, and chooses.
    func testAConflictOnTheSameFieldShowsBothValuesAndLetsTheClerkChoose() throws {
        let (c, _) = try openCampaign()
        s.press(.char("e"))
        let form = try XCTUnwrap(s.app.top as? FormView)
        s.replace("Tên do Khoa nhập")
        let lan = try s.reread(as: "lan")
        var theirs = try XCTUnwrap(lan.campaigns[c.id])
        theirs.value.name = "Tên do Lan nhập"
        theirs.value.directive = "Chỉ thị 7-CT/TU"
        try lan.saveCampaign(theirs.value, basedOn: theirs.revision)

        s.press(.function(2))
        XCTAssertTrue(s.screen.contains("Xung đột: lan đã sửa phong trào \(c.id) lúc"), s.screen)
        s.press(.char("c"))
        let choices = try XCTUnwrap(s.app.top as? FormView)
        XCTAssertEqual(choices.fields.map(\.id), ["name"], "only the field both changed is asked about")
        let screen = s.screen.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(screen.contains("Của lan: Tên do Lan nhập"), s.screen)
        XCTAssertTrue(screen.contains("Của bạn: Tên do Khoa nhập"), s.screen)
        s.press(.right, .function(2))        // take Lan's
        XCTAssertTrue(s.app.top === form, s.screen)
        XCTAssertEqual(form.field("name")?.value, "Tên do Lan nhập")
        XCTAssertEqual(form.field("directive")?.value, "Chỉ thị 7-CT/TU", "a field only Lan changed takes her value")
        s.press(.function(2))
        XCTAssertFalse(s.app.top === form, s.screen)
        XCTAssertEqual(try s.reread().campaigns[c.id]?.value.name, "Tên do Lan nhập")
    }

    /// The detail refreshes when another clerk saves the campaign; the clerk's own save is not announced so.
    func testTheDetailRefreshesWhenAnotherClerkSaves() throws {
        let (c, detail) = try openCampaign()
        s.app.refreshFromOutside()
        XCTAssertNil(s.app.statusMessage)
        let lan = try s.reread(as: "lan")
        var theirs = try XCTUnwrap(lan.campaigns[c.id])
        theirs.value.name = "Tên mới do Lan lưu"
        try lan.saveCampaign(theirs.value, basedOn: theirs.revision)
        s.app.refreshFromOutside()
        XCTAssertEqual(detail.list.title, "Tên mới do Lan lưu")
        XCTAssertTrue(s.screen.contains("người khác cập nhật"), s.screen)
        // Our own save: shown, and not taken for someone else's.
        s.press(.char("e"))
        s.replace("Tên do Khoa sửa")
        s.press(.function(2))
        XCTAssertTrue(s.app.top === detail.list, s.screen)
        s.app.clearStatus()
        s.app.refreshFromOutside()
        XCTAssertNil(s.app.statusMessage)
        XCTAssertEqual(detail.list.title, "Tên do Khoa sửa")
    }

    func testStatusModelExampleAndRegistrationFromTheDetail() throws {
        let (c, detail) = try openCampaign()
        s.press(.char("m"))
        s.press(.tab)
        s.type("Mô hình dân vận khéo")
        s.press(.function(2))
        XCTAssertTrue(s.app.top === detail.list, s.screen)
        XCTAssertEqual(try s.reread().modelExamples(year: detail.year).filter { $0.campaignId == c.id }.map(\.name), ["Mô hình dân vận khéo"])

        s.press(.char("g"))
        s.press(.enter)                       // unit picker
        s.press(.char("/")); s.type("so y te"); s.press(.enter, .enter)
        s.press(.tab, .tab, .tab, .enter)     // award picker
        let awards = try XCTUnwrap(s.app.top as? ListView)
        let unitAward = try XCTUnwrap(s.ws.catalogue?.value.awards.first { $0.recipients.accepts(.unit) })
        XCTAssertTrue(awards.select(id: unitAward.code))
        s.press(.enter, .function(2))
        XCTAssertTrue(s.app.top === detail.list, s.screen)
        let reg = try XCTUnwrap(try s.reread().registrations(year: detail.year).first { $0.unitId == "tn-syt" })
        XCTAssertEqual(reg.entries, [Registration.Entry(nominee: NomineeRef(.unit, "tn-syt"), awardCode: unitAward.code)])
        XCTAssertNotNil(s.frame.find("Sở Y tế"), s.screen)

        // Enter opens the model example and the registration, each whole.
        let rows = [detail.list.rows.first { $0.cells[1].hasPrefix("Mô hình dân vận khéo") }, detail.list.rows.first { $0.cells[0] == "Sở Y tế" }]
        for row in rows {
            let r = try XCTUnwrap(row)
            XCTAssertTrue(detail.list.select(id: r.id))
            s.press(.enter)
            XCTAssertTrue(s.app.top is TextPanel, s.screen)
            XCTAssertNotNil(s.frame.find(r.cells[0] == "Sở Y tế" ? "Sở Y tế · \(detail.year)" : "Mô hình dân vận khéo"), s.screen)
            s.press(.escape)
            XCTAssertTrue(s.app.top === detail.list)
        }
        // The entry dropped, then a second one and the whole registration deleted with a reason (x on its line).
        let entryRow = CampaignDetailController.entryId(unitId: "tn-syt", reg.entries[0])
        XCTAssertTrue(detail.list.select(id: entryRow))
        s.press(.char("x"))
        s.press(.enter)                       // 1. drop this title
        XCTAssertEqual(try s.reread().registration(year: detail.year, campaignId: c.id, unitId: "tn-syt")?.value.entries, [])
        try s.reread().register(unitId: "tn-syt", campaignId: c.id, year: detail.year, nominee: NomineeRef(.unit, "tn-syt"), awardCode: unitAward.code)
        detail.reload()
        XCTAssertTrue(detail.list.select(id: entryRow))
        s.press(.char("x"))
        s.press(.down, .enter)                // 2. delete the whole registration
        s.type("Đăng ký nhầm phong trào")
        s.press(.enter)
        XCTAssertNil(try s.reread().registration(year: detail.year, campaignId: c.id, unitId: "tn-syt"), s.screen)
        XCTAssertTrue(try s.reread().auditEntries(record: "tn-syt.json").contains { $0.action == "registration.remove: Đăng ký nhầm phong trào" })

        // Closing before a final review is refused with the domain's message.
        s.press(.char("t"))
        let menu = try XCTUnwrap(s.app.top as? MenuView)
        menu.select(menu.items.count - 1)
        s.press(.enter)
        XCTAssertNotNil(s.frame.find("cần tổng kết trước khi kết thúc"), s.screen)
    }

    func testAUnitOfficerRegistersItsOwnUnitOnly() throws {
        let officer = try ClerkSession(login: "donvi", dir: s.dir)
        let running: [Campaign] = officer.ws.campaigns.values.map(\.value).filter { (c: Campaign) -> Bool in
            c.status == .launched || c.status == .running
        }
        let c = try XCTUnwrap(running.sorted { $0.id < $1.id }.first)
        let detail = CampaignDetailController(ws: officer.ws, context: officer.context, campaignId: c.id) {}
        officer.app.push(detail.list)
        XCTAssertTrue(officer.bar.contains("Quay lại"), officer.bar)
        officer.press(.char("e"))                 // editing the campaign is not the officer's
        XCTAssertTrue(officer.app.top === detail.list, officer.screen)
        officer.press(.char("g"))
        XCTAssertFalse(officer.app.top === detail.list, officer.screen)
        officer.press(.enter)                     // the unit picker: its own unit only
        let units = try XCTUnwrap(officer.app.top as? ListView, officer.screen)
        XCTAssertEqual(units.rows.map(\.id), ["tn-sgddt"])
    }

    func testFiltersByKindAndStatus() throws {
        openList()
        let list = try XCTUnwrap(s.app.top as? ListView)
        let all = list.rows.count
        XCTAssertGreaterThan(all, 1)
        s.press(.char("l"))
        let kind = Campaign.Kind.allCases[0]
        XCTAssertEqual(list.rows.count, s.ws.campaigns.values.filter { $0.value.kind == kind }.count)
        XCTAssertTrue(list.title.contains(kind.label.vi), list.title)
        for _ in Campaign.Kind.allCases { s.press(.char("l")) }
        XCTAssertEqual(list.rows.count, all)
    }

    func testViewerIsNotOfferedEditActions() throws {
        let viewer = try ClerkSession(login: "xem", dir: s.dir)
        viewer.press(.char("1"))
        XCTAssertTrue(viewer.app.top is ListView)
        XCTAssertFalse(viewer.bar.contains("Thêm"), viewer.bar)
        viewer.press(.insert)
        viewer.press(.function(7))
        XCTAssertTrue(viewer.app.top is ListView)
        viewer.press(.enter)
        XCTAssertFalse(viewer.actions.contains("Sửa"), "\(viewer.actions)")
        XCTAssertFalse(viewer.actions.contains("Sơ/tổng kết"), "\(viewer.actions)")
        let detail = viewer.app.top
        for k in ["e", "r", "t", "m", "g"] { viewer.press(.char(Character(k))) }
        XCTAssertTrue(viewer.app.top === detail)
        // Units: no add, edit, merge or deactivate.
        let tree = UnitTreeController(ws: viewer.ws, context: viewer.context)
        viewer.app.push(tree.list)
        XCTAssertFalse(viewer.bar.contains("Thêm"), viewer.bar)
        for k in ["a", "e", "d", "m"] { viewer.press(.char(Character(k))) }
        XCTAssertTrue(viewer.app.top === tree.list)
        let person = try XCTUnwrap(viewer.ws.people.keys.sorted().first)
        let record = PersonController(ws: viewer.ws, context: viewer.context, personId: person) {}
        viewer.app.push(record.list)
        for k in ["e", "r", "i", "x", "c"] { viewer.press(.char(Character(k))) }
        XCTAssertTrue(viewer.app.top === record.list)
    }
}
