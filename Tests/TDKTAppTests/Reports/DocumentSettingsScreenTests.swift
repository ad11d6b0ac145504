import Foundation
import TDKTCore
import TerminalUI
import XCTest
import TDKTTestKit
@testable import TDKTApp

/// Settings → Documents and printing: the office's document settings edited on screen, checked by the domain.
final class DocumentSettingsScreenTests: XCTestCase {
    private var root: String!

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "tdkt-docsettings-" + UUID().uuidString
        try DemoFixture.make(root: root, user: "boss")
    }

    override func tearDown() { if let r = root { try? FileManager.default.removeItem(atPath: r) } }

    private func open(_ login: String) throws -> (Application, FormView) {
        let app = makeShellApplication(ShellOptions(dataDirectory: root, userLogin: login, role: "?", language: "vi"))
        app.handle(.char("7"))
        let menu = app.render(size: .standard)
        let row = try XCTUnwrap(menu.rows.first { $0.contains("Văn bản và máy in") }, menu.text)
        let digit = try XCTUnwrap(row.first { $0.isNumber }, row)
        app.handle(.char(digit))
        return (app, try XCTUnwrap(app.top as? FormView, app.render(size: .standard).text))
    }

    private func replace(_ app: Application, _ form: FormView, field: String, with text: String) {
        for _ in 0..<40 where form.focusedField?.id != field { app.handle(.tab) }
        XCTAssertEqual(form.focusedField?.id, field, app.render(size: .standard).text)
        app.handle(.ctrl("u"))
        for c in text { app.handle(.char(c)) }
    }

    func testAdministratorSetsSignerPrinterAndCopies() throws {
        let (app, form) = try open("boss")
        XCTAssertEqual(form.field("office")?.value, "Sở Nội vụ tỉnh Thái Nguyên")
        XCTAssertEqual(form.field("abbreviation")?.value, "SNV")
        // Fields in their order (Tab moves forward).
        for _ in 0..<40 where form.focusedField?.id != "authority" { app.handle(.tab) }
        for _ in 0..<6 where form.field("authority")?.value != "KT. (ký thay)" { app.handle(.right) }
        XCTAssertEqual(form.field("authority")?.value, "KT. (ký thay)")
        replace(app, form, field: "head", with: "Giám đốc")
        replace(app, form, field: "title", with: "Phó Giám đốc")
        replace(app, form, field: "name", with: "Trần Thị Hạnh")
        replace(app, form, field: "printer", with: "phong-tdkt")
        replace(app, form, field: "copies", with: "3")
        app.handle(.function(2))
        let ws = try Workspace(root: root, user: "boss")
        let d = ws.config.documentSettings
        XCTAssertEqual(d.printer, "phong-tdkt")
        XCTAssertEqual(d.copies, 3)
        XCTAssertEqual(d.signer()?.lines, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
        XCTAssertEqual(d.signer()?.name, "Trần Thị Hạnh")
        // The printed frame takes them.
        let frame = DocumentFrame.standard(config: ws.config, date: nil, year: 2026)
        XCTAssertEqual(frame.signature, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
        XCTAssertEqual(frame.signerName, "Trần Thị Hạnh")
    }

    func testTheReportingPeriodIsASetting() throws {
        let (app, form) = try open("boss")
        XCTAssertEqual(form.field("reportingPeriod")?.value, "Năm dương lịch (01/01–31/12)")
        for _ in 0..<40 where form.focusedField?.id != "reportingPeriod" { app.handle(.tab) }
        app.handle(.right)
        XCTAssertEqual(form.field("reportingPeriod")?.value, "Kỳ báo cáo hành chính (15/12 năm trước–14/12)")
        app.handle(.function(2))
        XCTAssertEqual(try Workspace(root: root, user: "boss").config.reportingPeriodKind, .administrative)
    }

    func testABadPrinterNameIsRefusedAndAClerkMayNotChangeSettings() throws {
        var (app, form) = try open("boss")
        replace(app, form, field: "printer", with: "-o evil")
        app.handle(.function(2))
        XCTAssertNotNil(app.render(size: .standard).find("tên máy in không hợp lệ"), app.render(size: .standard).text)
        XCTAssertNil(try Workspace(root: root, user: "boss").config.documents?.printer)

        try Workspace(root: root, user: "boss").setRole(RoleAssignment(role: .clerk), for: "lan")
        (app, form) = try open("lan")
        replace(app, form, field: "printer", with: "phong-tdkt")
        app.handle(.function(2))
        XCTAssertNotNil(app.render(size: .standard).find("không được phép"), app.render(size: .standard).text)
        XCTAssertNil(try Workspace(root: root, user: "boss").config.documents?.printer)
    }
}
