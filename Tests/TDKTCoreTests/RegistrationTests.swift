import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Registrations are keyed by campaign, unit and year; entries are added and dropped, a registration deleted
/// with its reason audited; a unit's officer registers only within its scope.
final class RegistrationTests: XCTestCase {
    var root: String!
    override func setUpWithError() throws {
        root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "admin")
    }
    override func tearDown() { if let root { try? FileManager.default.removeItem(atPath: root) } }

    func ws(_ user: String = "admin") throws -> Workspace { try Workspace(root: root, user: user) }

    func testASecondCampaignIsASecondRegistration() throws {
        let ws = try ws()
        try ws.register(unitId: "tn-sct", campaignId: "nong-thon-moi", year: 2025, nominee: NomineeRef(.unit, "tn-sct"), awardCode: "TTLDXS")
        try ws.register(unitId: "tn-sct", campaignId: "van-hoa-cong-so", year: 2025, nominee: NomineeRef(.unit, "tn-sct"), awardCode: "TTLDTT")
        let regs = try self.ws().registrations(year: 2025).filter { $0.unitId == "tn-sct" }
        XCTAssertEqual(Set(regs.map { $0.campaignId ?? "" }), ["nong-thon-moi", "van-hoa-cong-so"])
        XCTAssertEqual(regs.first { $0.campaignId == "van-hoa-cong-so" }?.entries.map(\.awardCode), ["TTLDTT"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/registrations/2025/van-hoa-cong-so.tn-sct.json"))
        // The same title twice in one registration is refused.
        XCTAssertThrowsError(try ws.register(unitId: "tn-sct", campaignId: "nong-thon-moi", year: 2025, nominee: NomineeRef(.unit, "tn-sct"),
                                             awardCode: "TTLDXS")) { e in XCTAssertEqual(ErrorText.field(e), "entries") }
        // A person of another unit cannot be registered by this one.
        XCTAssertThrowsError(try ws.register(unitId: "tn-sct", campaignId: "nong-thon-moi", year: 2025, nominee: NomineeRef(.person, "tran-thi-lan"),
                                             awardCode: "LDTT")) { e in XCTAssertEqual(ErrorText.field(e), "entries.nominee") }
    }

    func testDropAndDeleteWithTheReasonAudited() throws {
        let ws = try ws()
        try ws.register(unitId: "tn-snv", campaignId: nil, year: 2026, nominee: NomineeRef(.person, "tran-thi-lan"), awardCode: "CSTDCS")
        try ws.register(unitId: "tn-snv", campaignId: nil, year: 2026, nominee: NomineeRef(.unit, "tn-snv"), awardCode: "TTLDXS")
        try ws.unregister(unitId: "tn-snv", campaignId: nil, year: 2026, nominee: NomineeRef(.person, "tran-thi-lan"), awardCode: "CSTDCS")
        XCTAssertEqual(try self.ws().registration(year: 2026, campaignId: nil, unitId: "tn-snv")?.value.entries.map(\.awardCode), ["TTLDXS"])
        XCTAssertThrowsError(try ws.removeRegistration(year: 2026, campaignId: nil, unitId: "tn-snv", reason: " ")) { e in
            XCTAssertEqual(ErrorText.field(e), "reason")
        }
        try ws.removeRegistration(year: 2026, campaignId: nil, unitId: "tn-snv", reason: "Đơn vị đăng ký lại theo phong trào")
        XCTAssertNil(try self.ws().registration(year: 2026, campaignId: nil, unitId: "tn-snv"))
        XCTAssertTrue(try ws.auditEntries(record: "registrations/2026").contains { $0.action == "registration.remove: Đơn vị đăng ký lại theo phong trào" })
    }

    func testARegistrationOfTheFirstLayoutMovesToItsCampaignsFile() throws {
        let ws = try ws()
        // A file as the first layout wrote it: one per unit and year, under the first campaign.
        let legacy = Registration(year: 2025, unitId: "tn-snv", campaignId: "nong-thon-moi",
                                  entries: [.init(nominee: NomineeRef(.unit, "tn-snv"), awardCode: "TTLDXS")])
        let data = try JSONCoding.encode(Envelope(schemaVersion: Schema.version, kind: Registration.collection, revision: 1,
                                                  modifiedBy: "admin", modifiedAt: "2025-01-01T00:00:00Z", data: legacy))
        try FileIO.makeDirectories(root + "/registrations/2025")
        try data.write(to: URL(fileURLWithPath: root + "/registrations/2025/tn-snv.json"))
        // Another campaign: its own registration; the first stays under its campaign.
        try ws.register(unitId: "tn-snv", campaignId: "van-hoa-cong-so", year: 2025, nominee: NomineeRef(.unit, "tn-snv"), awardCode: "TTLDTT")
        let fresh = try self.ws()
        XCTAssertEqual(fresh.registration(year: 2025, campaignId: "nong-thon-moi", unitId: "tn-snv")?.value.entries.map(\.awardCode), ["TTLDXS"])
        XCTAssertEqual(fresh.registration(year: 2025, campaignId: "van-hoa-cong-so", unitId: "tn-snv")?.value.entries.map(\.awardCode), ["TTLDTT"])
        // Adding to the first campaign's registration moves it to its own file.
        try fresh.register(unitId: "tn-snv", campaignId: "nong-thon-moi", year: 2025, nominee: NomineeRef(.person, "tran-thi-lan"), awardCode: "LDTT")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/registrations/2025/tn-snv.json"))
        XCTAssertEqual(try self.ws().registration(year: 2025, campaignId: "nong-thon-moi", unitId: "tn-snv")?.value.entries.count, 2)
    }

    func testAUnitOfficerRegistersWithinItsScope() throws {
        let officer = try ws("donvi")
        try officer.register(unitId: "tn-sgddt", campaignId: nil, year: 2026, nominee: NomineeRef(.person, "pham-thi-hong-nhung"), awardCode: "CSTDCS")
        XCTAssertThrowsError(try officer.register(unitId: "tn-snv", campaignId: nil, year: 2026, nominee: NomineeRef(.unit, "tn-snv"),
                                                  awardCode: "TTLDXS")) { e in XCTAssertTrue(e is PermissionError) }
        try ws().register(unitId: "tn-snv", campaignId: nil, year: 2026, nominee: NomineeRef(.unit, "tn-snv"), awardCode: "TTLDXS")
        XCTAssertEqual(try ws("donvi").registrations(year: 2026).map(\.unitId), ["tn-sgddt"])
        XCTAssertThrowsError(try ws("xem").register(unitId: "tn-snv", campaignId: nil, year: 2026, nominee: NomineeRef(.unit, "tn-snv"), awardCode: "TTLDTT"))
    }
}
