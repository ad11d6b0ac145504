import XCTest
@testable import TDKTCore
import TDKTText

/// A conflict as a clerk reads it: who, which record (not a file path), and when (dd/mm/yyyy hh:mm).
final class ConflictMessageTests: XCTestCase {
    func testConflictNamesTheRecordAndTheTimeAsAClerkReadsThem() {
        let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        XCTAssertEqual(StoreError.clerkTime("2026-03-05T01:30:00.123Z", timeZone: hanoi), "05/03/2026 08:30")
        XCTAssertEqual(StoreError.clerkTime("2026-03-05T01:30:00Z", timeZone: hanoi), "05/03/2026 08:30")
        XCTAssertEqual(StoreError.clerkTime("không rõ"), "không rõ")
        XCTAssertEqual(StoreError.recordName("campaigns/chuyen-doi-so.json", .vi), "phong trào chuyen-doi-so")
        XCTAssertEqual(StoreError.recordName("people/nguyen-van-khoa.json", .en), "person nguyen-van-khoa")
        let e = StoreError.conflict(path: "campaigns/chuyen-doi-so.json", changedBy: "lan", changedAt: "2026-03-05T01:30:00.000Z",
                                    expected: 1, found: 2)
        let m = e.message(.vi)
        XCTAssertTrue(m.hasPrefix("Xung đột: lan đã sửa phong trào chuyen-doi-so lúc "), m)
        XCTAssertFalse(m.contains(".json"), m)
        XCTAssertFalse(m.contains("T01:30"), m)
    }
}

/// The audit log as a clerk reads it.
final class AuditLabelTests: XCTestCase {
    func testAuditEntriesInWords() {
        let e = AuditEntry(time: "2026-03-05T01:30:00.000Z", user: "lan", action: "campaign.edit", record: "campaigns/chuyen-doi-so.json",
                           revision: 2, changes: nil)
        XCTAssertEqual(e.actionText(.vi), "Sửa phong trào")
        XCTAssertEqual(e.actionText(.en), "Campaign changed")
        XCTAssertEqual(e.recordText(.vi), "phong trào chuyen-doi-so")
        var moved = e
        moved.action = "proposal toCouncil by lan"
        XCTAssertEqual(moved.actionText(.vi), "Đề nghị → Trình hội đồng (lan)")
        moved.action = "something.new"
        XCTAssertEqual(moved.actionText(.vi), "something.new")
        // The demo's and the workflow's other records: decisions, registrations, model examples.
        var d = e
        d.action = "decision 15/QĐ-SNV by lan"
        d.record = "decisions/2026/2026-15-qd-snv.json"
        XCTAssertEqual(d.actionText(.en), "Decision made: 15/QĐ-SNV (lan)")
        XCTAssertEqual(d.recordText(.en), "decision 2026-15-qd-snv")
        d.action = "registration.add tn-sct TTLDXS"
        d.record = "registrations/2025/nong-thon-moi.tn-sct.json"
        XCTAssertEqual(d.actionText(.en), "Registered: tn-sct TTLDXS")
        XCTAssertEqual(d.recordText(.vi), "đăng ký thi đua nong-thon-moi.tn-sct")
        d.action = "registration.remove: trùng"
        XCTAssertEqual(d.actionText(.en), "Registration removed: trùng")
        d.record = "examples/2025/mo-hinh-1.json"
        XCTAssertEqual(d.recordText(.en), "model example mo-hinh-1")
    }
}
