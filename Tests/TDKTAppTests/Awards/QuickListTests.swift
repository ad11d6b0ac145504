import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTTestKit

/// Under the terminal loop a list screen opens on the rows its clerk was shown last time, then shows what
/// the files say as soon as they are read; the rows read are kept for the next opening.
final class QuickListTests: XCTestCase {
    var h: AwardScreenHarness!
    override func setUpWithError() throws { h = try AwardScreenHarness() }
    override func tearDown() { h = nil }

    /// Changes a record's file in place, as an editor might: its index line no longer matches it.
    private func editBehindTheIndex(_ file: String, _ text: String, _ replacement: String) throws {
        let before = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(before.contains(text), file)
        let fd = open(file, O_WRONLY | O_TRUNC)
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = Array(before.replacingOccurrences(of: text, with: replacement).utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    private func proposals(as login: String) throws -> ProposalListView {
        try h.open(as: login) { ProposalListView(ws: $0, lang: .vi, quick: true) } as! ProposalListView
    }

    func testTheProposalListOpensOnTheRowsKeptThenShowsWhatTheFilesSay() throws {
        _ = try h.proposals([(khoa, "CSTD_TINH", 2025), (nhung, "BK_TINH", 2025)])
        // The first opening has nothing kept: the indexes' answer while the files are read, then the rows read,
        // kept for next time (here the indexes and the files agree).
        let first = try proposals(as: "lan")
        XCTAssertTrue(first.list.isReading)
        let indexed = first.list.rows
        first.list.finishReading(app: h.app)
        XCTAssertEqual(first.list.rows, indexed)
        let kept = first.list.rows.map(\.id)
        XCTAssertEqual(kept.count, h.demoCount(year: 2025) + 2)

        // Meanwhile another clerk adds one, and moves one on.
        let added = try h.proposals([(lan, "BK_TINH", 2025)])
        let moved = try h.proposals([(NomineeRef(.unit, "tn-snv"), "BK_TINH", 2025)], to: .submitted)
        let second = try proposals(as: "lan")
        XCTAssertTrue(second.list.isReading)
        XCTAssertEqual(second.list.rows.map(\.id), kept, "at once: the rows kept from last time")
        XCTAssertTrue(h.text.contains("(\(kept.count))"), h.text)
        second.list.finishReading(app: h.app)
        XCTAssertEqual(Set(second.list.rows.map(\.id)), Set(kept + added + moved))
        XCTAssertEqual(second.list.rows.first { $0.id == moved[0] }?.cells.last, Proposal.State.submitted.label.vi)
        XCTAssertTrue(h.text.contains("(\(kept.count + 2))"), "the count follows the rows read")

        // The next opening starts from the rows read, the same as a full read gives.
        let third = try proposals(as: "lan")
        XCTAssertEqual(third.list.rows, second.list.rows)
        third.list.finishReading(app: h.app)
        let full = try h.open(as: "lan") { ProposalListView(ws: $0, lang: .vi) } as! ProposalListView
        XCTAssertEqual(third.list.rows, full.list.rows)
    }

    func testAnotherLoginOrLanguageStartsFromItsOwnRead() throws {
        _ = try h.proposals([(khoa, "CSTD_TINH", 2025)])
        try proposals(as: "lan").list.finishReading(app: h.app)
        // Added after the clerk's rows were kept: only the indexes' answer (nothing kept) has it at once.
        let added = try h.proposals([(nhung, "BK_TINH", 2025)])[0]
        let viewer = try proposals(as: "xem")
        XCTAssertTrue(viewer.list.rows.contains { $0.id == added }, "the viewer has nothing kept: the clerk's rows are not shown to it")
        let english = try h.open(as: "lan") { ProposalListView(ws: $0, lang: .en, quick: true) } as! ProposalListView
        XCTAssertTrue(english.list.rows.contains { $0.id == added }, "rows kept in Vietnamese are not shown in English")
        XCTAssertEqual(english.list.rows.first { $0.id == added }?.cells.last, Proposal.State.draft.label.en)
        let again = try proposals(as: "lan")
        XCTAssertTrue(again.list.isReading)
        XCTAssertFalse(again.list.rows.contains { $0.id == added }, "the clerk's own rows, kept from last time")
    }

    /// A proposal changed by hand behind its index: the first opening (nothing kept) shows the indexes' word at
    /// once, its bottom line saying the files are being checked, then the file's word; a key that acts waits for it.
    func testTheFirstOpeningShowsTheIndexesAnswerThenWhatTheFilesSay() throws {
        let id = try h.proposals([(khoa, "CSTD_TINH", 2025)])[0]
        try editBehindTheIndex(h.root + "/proposals/2025/\(id).json", "\"CSTD_TINH\"", "\"BK_TINH\"")

        let v = try proposals(as: "lan")
        XCTAssertTrue(v.list.isReading)
        XCTAssertEqual(v.list.rows.first { $0.id == id }?.cells[1], "CSTD_TINH", "the index's word")
        XCTAssertTrue(h.text.contains("đang đối chiếu với tệp"), h.text)
        h.press(.enter)  // opens the proposal: waits for the files first
        XCTAssertFalse(v.list.isReading)
        XCTAssertEqual(v.list.rows.first { $0.id == id }?.cells[1], "BK_TINH", "the file's word")
        XCTAssertEqual(v.list.rows, try (h.open(as: "lan") { ProposalListView(ws: $0, lang: .vi) } as! ProposalListView).list.rows)
    }

    /// Without indexes (a directory copied without `index/`) the indexes give nothing: the first opening reads first.
    func testWithoutIndexesTheFirstOpeningReadsFirst() throws {
        _ = try h.proposals([(khoa, "CSTD_TINH", 2025)])
        try FileManager.default.removeItem(atPath: h.root + "/index")
        let v = try proposals(as: "lan")
        XCTAssertFalse(v.list.isReading)
        XCTAssertEqual(v.list.rows.count, h.demoCount(year: 2025) + 1)
        XCTAssertFalse(h.text.contains("đang đối chiếu với tệp"), h.text)
    }

    func testATabKeyWaitsForTheReadAndCountsTheRowsRead() throws {
        _ = try h.proposals([(khoa, "CSTD_TINH", 2025)])
        _ = try proposals(as: "lan")
        let submitted = try h.proposals([(nhung, "BK_TINH", 2025)], to: .submitted)
        let v = try proposals(as: "lan")
        XCTAssertTrue(v.list.isReading)
        // → to the next tabs until "submitted": each acts on the rows read, not the rows kept.
        while v.tab != .submitted { h.press(.right) }
        XCTAssertFalse(v.list.isReading)
        XCTAssertEqual(v.list.rows.map(\.id), submitted)
    }

    func testTheHonourRollOpensOnTheRowsKeptThenShowsWhatTheFilesSay() throws {
        let roll = { try self.h.open(as: "xem") { HonourRollView(ws: $0, lang: .vi, quick: true) } as! HonourRollView }
        let first = try roll()
        XCTAssertTrue(first.list.isReading, "nothing kept: the indexes' answer while the files are read")
        first.list.finishReading(app: h.app)
        let second = try roll()
        XCTAssertTrue(second.list.isReading)
        XCTAssertEqual(second.list.rows, first.list.rows)
        second.list.finishReading(app: h.app)
        let full = try h.open(as: "xem") { HonourRollView(ws: $0, lang: .vi) } as! HonourRollView
        XCTAssertEqual(second.list.rows, full.list.rows)
        XCTAssertFalse(full.list.rows.isEmpty)
    }

    func testTheHistoryIsReadWhileTheClerkTypesAndEnterFindsWhatAFullReadFinds() throws {
        try h.open(as: "xem") { _ in ListView(title: "Menu", columns: [ListView.Column("")], rows: []) }
        h.app.runsWorkBetweenKeys = true
        let v = HistoryLookupView(ws: h.workspace, lang: .vi)
        h.app.push(v)
        XCTAssertTrue(v.hasIdleWork, "the years are being read from the moment the screen opens")
        h.type("nguyen van khoa")
        XCTAssertEqual(v.query.text, "nguyen van khoa")
        h.press(.enter)
        // Under the loop the results come between keys, once the read has ended.
        for _ in 0..<2000 where v.list.rows.isEmpty { v.runIdleStep(app: h.app); h.app.runPendingStep() }
        XCTAssertEqual(v.list.rows.count, 3)
        XCTAssertTrue(h.frame.row(22).contains("Tìm thấy 3 lần khen thưởng"), h.frame.row(22))
        let full = try h.open(as: "xem") { HistoryLookupView(ws: $0, lang: .vi) } as! HistoryLookupView
        h.type("nguyen van khoa")
        h.press(.enter)
        XCTAssertEqual(full.list.rows, v.list.rows)
    }

    /// An award given to someone else by hand, behind the index: Enter before the files are checked shows the
    /// indexes' answer at once, the bottom line saying the files are being checked, then the files' answer.
    func testTheHistoryShowsTheIndexesAnswerWhileTheFilesAreCheckedThenTheFiles() throws {
        try h.open(as: "xem") { _ in ListView(title: "Menu", columns: [ListView.Column("")], rows: []) }
        let before = try AwardQueries.history(search: "nguyen van khoa", in: try h.reread(as: "xem"))
        XCTAssertEqual(before.count, 3)
        let moved = before[0]
        try editBehindTheIndex(h.root + "/awards/\(moved.year)/\(moved.id).json", "\"nguyen-van-khoa\"", "\"p-sua-tay\"")

        h.app.runsWorkBetweenKeys = true
        let v = HistoryLookupView(ws: h.workspace, lang: .vi)
        let gate = DispatchSemaphore(value: 0)
        v.filesReadGate = gate
        h.app.push(v)
        h.type("nguyen van khoa")
        h.press(.enter)
        for _ in 0..<2000 where v.list.rows.isEmpty { v.runIdleStep(app: h.app) }
        XCTAssertEqual(v.list.rows.count, 3, "the indexes' answer")
        XCTAssertTrue(h.text.contains("đang đối chiếu với tệp"), h.text)
        XCTAssertTrue(v.hasIdleWork)
        gate.signal()
        for _ in 0..<2000 where v.hasIdleWork { v.runIdleStep(app: h.app) }
        XCTAssertEqual(v.list.rows.map(\.id).sorted(), before.dropFirst().map(\.id).sorted(), "the files' answer")
        XCTAssertFalse(h.text.contains("đang đối chiếu với tệp"), h.text)
        XCTAssertTrue(h.frame.row(22).contains("Tìm thấy 2 lần khen thưởng"), h.frame.row(22))
    }
}

/// The people screen the same way, with a person renamed by another clerk in between.
final class QuickPeopleListTests: XCTestCase {
    var s: ClerkSession!
    override func setUpWithError() throws { s = try ClerkSession() }
    override func tearDown() { s?.remove() }

    private func people() throws -> ListView {
        var ctx = s.context
        ctx.readsInBackground = true
        return PeopleController(ws: try s.reread(), context: ctx, unitId: nil).list
    }

    func testThePeopleListOpensOnTheRowsKeptThenShowsARenameMadeMeanwhile() throws {
        let first = try people()
        XCTAssertTrue(first.isReading, "nothing kept: the indexes' answer while the files are read")
        first.finishReading(app: s.app)
        let other = try s.reread()
        let stored = try XCTUnwrap(other.people["nguyen-van-khoa"])
        var renamed = stored.value
        renamed.name = "Nguyễn Văn Khoa Mới"
        try other.savePerson(renamed, basedOn: stored.revision)

        let second = try people()
        XCTAssertTrue(second.isReading)
        XCTAssertEqual(second.rows, first.rows)
        second.finishReading(app: s.app)
        XCTAssertEqual(second.rows.first { $0.id == "nguyen-van-khoa" }?.cells.first, "Nguyễn Văn Khoa Mới")
        XCTAssertEqual(second.rows.count, first.rows.count)
        XCTAssertEqual(try people().rows.first { $0.id == "nguyen-van-khoa" }?.cells.first, "Nguyễn Văn Khoa Mới", "kept for the next opening")
    }
}
