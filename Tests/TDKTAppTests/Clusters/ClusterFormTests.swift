import Foundation
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit
import TerminalUI
import XCTest
@testable import TDKTApp

/// The clusters screen: F7 creates a block with members picked from the units (marked with Space,
/// found by typing), its leader, deputy and agreement for a year; e edits it; F8 retires it after a
/// confirmation that starts on "Không".
final class ClusterFormTests: XCTestCase {
    private var s: ClerkSession!

    override func setUpWithError() throws { s = try ClerkSession(login: "khoa") }
    override func tearDown() { s.remove() }

    /// In an open picker: search for a unit's name, then Space marks it (multi) or Enter picks it.
    private func find(_ name: String) {
        s.press(.char("/")); s.type(name); s.press(.enter)
    }

    private func openRegistry() -> ListView {
        let list = ClusterRegistryScreen().makeView(s.context) as! ListView
        s.app.push(list)
        return list
    }

    func testCreateEditAndRetireABlock() throws {
        let list = openRegistry()
        XCTAssertTrue(s.bar.contains("F7 Thêm") && s.bar.contains("F8 Giải th"), s.bar)
        s.press(.function(7))
        let form = try XCTUnwrap(s.app.top as? FormView, s.screen)
        XCTAssertEqual(form.title, "Thêm cụm, khối thi đua")
        s.type("Khối các sở thử nghiệm")
        s.press(.tab, .right)                                   // kind: khối
        XCTAssertEqual(form.field("kind")?.value, "Khối")
        s.press(.tab); s.type("UBND tỉnh Thái Nguyên")
        s.press(.tab, .enter)                                   // members: the unit picker, several marked
        let picker = try XCTUnwrap(s.app.top as? ListView, s.screen)
        XCTAssertTrue(picker.allowsMarking)
        for name in ["Sở Y tế", "Sở Xây dựng", "Sở Tài chính"] { find(name); s.press(.char(" ")) }
        XCTAssertEqual(picker.markedIDs, ["tn-syt", "tn-sxd", "tn-stc"])
        s.press(.enter)
        XCTAssertTrue(s.app.top === form, s.screen)
        XCTAssertEqual(form.field("members")?.value.hasPrefix("3 đơn vị"), true, form.field("members")?.value ?? "")
        s.press(.tab); s.app.handle(.ctrl("u")); s.type("2025")
        s.press(.tab, .enter)                                   // leader: only the members are offered
        let leaders = try XCTUnwrap(s.app.top as? ListView, s.screen)
        XCTAssertEqual(Set(leaders.visible.map { leaders.rows[$0].id }), ["tn-syt", "tn-sxd", "tn-stc"])
        find("Sở Xây dựng"); s.press(.enter)
        s.press(.tab, .enter)
        find("Sở Y tế"); s.press(.enter)
        s.press(.tab); s.type("Giao ước số 01/GƯ-KCS")
        s.press(.function(2))
        XCTAssertTrue(s.app.top === list, s.screen)

        let ws = try s.reread()
        let c = try XCTUnwrap(ws.clusters["khoi-cac-so-thu-nghiem"]?.value, ws.clusters.keys.sorted().joined(separator: " "))
        XCTAssertEqual(c.kind, .block)
        XCTAssertEqual(c.organiser, "UBND tỉnh Thái Nguyên")
        XCTAssertEqual(Set(c.memberIds), ["tn-syt", "tn-sxd", "tn-stc"])
        XCTAssertEqual(c.year(2025)?.leaderId, "tn-sxd")
        XCTAssertEqual(c.year(2025)?.deputyId, "tn-syt")
        XCTAssertEqual(c.year(2025)?.agreementReference, "Giao ước số 01/GƯ-KCS")
        XCTAssertEqual(list.selectedRow?.id, "khoi-cac-so-thu-nghiem")
        XCTAssertNotNil(s.frame.find("Khối các sở thử nghiệm"), s.screen)

        // e: the same form, filled; a member taken off moves to the former members.
        s.press(.char("e"))
        let edit = try XCTUnwrap(s.app.top as? FormView, s.screen)
        XCTAssertEqual(edit.field("name")?.value, "Khối các sở thử nghiệm")
        XCTAssertEqual(edit.field("leader")?.value, "Sở Xây dựng")
        XCTAssertEqual(edit.field("year")?.value, "2025")
        edit.focus(on: "members")
        s.press(.enter)
        let again = try XCTUnwrap(s.app.top as? ListView, s.screen)
        XCTAssertEqual(again.markedIDs, ["tn-syt", "tn-sxd", "tn-stc"])
        find("Sở Tài chính"); s.press(.char(" "), .enter)
        s.press(.function(2))
        XCTAssertTrue(s.app.top === list, s.screen)
        let edited = try XCTUnwrap(try s.reread().clusters["khoi-cac-so-thu-nghiem"]?.value)
        XCTAssertEqual(Set(edited.memberIds), ["tn-syt", "tn-sxd"])
        XCTAssertEqual(edited.formerMemberIds, ["tn-stc"])

        // F8: the last year asked, then a confirmation on "Không": Enter alone keeps the block.
        s.press(.function(8))
        XCTAssertTrue(s.app.top is PromptDialog, s.screen)
        s.press(.enter)
        let confirm = try XCTUnwrap(s.app.top as? ConfirmDialog, s.screen)
        XCTAssertFalse(confirm.yesSelected)
        XCTAssertTrue(confirm.text.contains("sau năm 2025"), confirm.text)
        s.press(.enter)
        XCTAssertNil(try s.reread().clusters["khoi-cac-so-thu-nghiem"]?.value.retiredAfter)
        s.press(.function(8), .enter, .char("c"))
        XCTAssertEqual(try s.reread().clusters["khoi-cac-so-thu-nghiem"]?.value.retiredAfter, 2025)
        XCTAssertEqual(list.selectedRow?.cells.first, "Khối các sở thử nghiệm (giải thể sau 2025)")
    }

    func testAFormRefusalStaysOnTheFormAndReadersHaveNoEditingKeys() throws {
        _ = openRegistry()
        s.press(.function(7))
        let form = try XCTUnwrap(s.app.top as? FormView)
        s.type("Cụm trống")
        s.press(.function(2))                                    // no members: required
        XCTAssertTrue(s.app.top === form, s.screen)
        XCTAssertNotNil(form.field("members")?.message, s.screen)
        XCTAssertNil(try s.reread().clusters["cum-trong"])

        let reader = try ClerkSession(login: "xem", dir: s.dir)
        let list = ClusterRegistryScreen().makeView(reader.context) as! ListView
        reader.app.push(list)
        XCTAssertFalse(reader.bar.contains("Thêm"), reader.bar)
        reader.press(.function(7), .char("e"), .function(8))
        XCTAssertTrue(reader.app.top === list, reader.screen)
    }
}
