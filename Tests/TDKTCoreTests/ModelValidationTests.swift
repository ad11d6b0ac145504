import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ModelValidationTests: XCTestCase {
    func field(_ body: () throws -> Void) -> ValidationError? {
        do { try body(); return nil } catch let e as ValidationError { return e } catch { XCTFail("\(error)"); return nil }
    }

    /// Every problem at once, in field order, so a form shows them all on one save.
    func testCampaignListsEveryProblemAtOnce() {
        let c = Campaign(id: "x", name: " ", kind: .regular, launchLevel: "", launchingBody: "",
                         period: DatePeriod(start: CivilDate(2026, 5, 1), end: CivilDate(2026, 1, 1)))
        XCTAssertEqual(c.problems().map(\.field), ["name", "launchingBody", "period.end"])
        XCTAssertEqual(field { try c.validate() }?.field, "name")
    }

    func testCampaignPeriodMustEndAfterItStarts() {
        let c = Campaign(id: "c1", name: "Dân vận khéo", kind: .regular, launchLevel: "Tỉnh ủy", launchingBody: "Ban Dân vận",
                         period: DatePeriod(start: CivilDate(2025, 5, 1), end: CivilDate(2025, 1, 1)))
        let e = field { try c.validate() }
        XCTAssertEqual(e?.field, "period.end")
        XCTAssertEqual(e?.message(.vi), "Thời gian thực hiện: ngày kết thúc 01/01/2025 trước ngày bắt đầu 01/05/2025")
        XCTAssertEqual(e?.message(.en), "Period: end 01/01/2025 is before start 01/05/2025")
    }

    func testReviewCannotPrecedeLaunch() {
        var c = Campaign(id: "c1", name: "X", kind: .thematic, launchLevel: "L", launchingBody: "B",
                         period: DatePeriod(start: CivilDate(2025, 1, 1), end: nil))
        XCTAssertNil(field { try c.validate() })
        c.reviews = [Campaign.Review(kind: .interim, date: CivilDate(2024, 12, 1), summary: "")]
        XCTAssertEqual(field { try c.validate() }?.field, "reviews.date")
    }

    func testIdentifiersCannotEscapeTheirFolder() {
        for bad in ["../etc", "a/b", "", "Có dấu", "-x"] {
            let u = Unit(id: bad, name: "Sở Nội vụ", kind: .department)
            XCTAssertEqual(field { try u.validate() }?.field, "id", bad)
        }
        XCTAssertNil(field { try Unit(id: "tn-snv", name: "Sở Nội vụ", kind: .department).validate() })
    }

    func testBlankNameRefusedWithFieldNamed() {
        let p = Person(id: "p1", name: "   ", unitId: "u1")
        let e = field { try p.validate() }
        XCTAssertEqual(e?.field, "name")
        XCTAssertEqual(e?.message(.vi), "Họ và tên: không được để trống")
    }

    func testDatesAreRealAndParsedAsWritten() throws {
        XCTAssertEqual(try CivilDate.parse("01/8/2025"), CivilDate(2025, 8, 1))
        XCTAssertEqual(try CivilDate.parse("2025-08-01"), CivilDate(2025, 8, 1))
        XCTAssertEqual(field { _ = try CivilDate.parse("30/02/2025") }?.reason.en, "30/2/2025 is not a real date")
        XCTAssertNotNil(field { _ = try CivilDate.parse("hôm qua") })
        XCTAssertEqual(try CivilDate.parse("29/02/2024").display, "29/02/2024")
    }

    func testClusterLeaderMustBeAMemberAndRepeatIsWarned() {
        var c = Cluster(id: "k", name: "Khối", kind: .block, organiser: "UBND", memberIds: ["a", "b", "c"],
                        years: [Cluster.Year(year: 2024, leaderId: "a", deputyId: "b"), Cluster.Year(year: 2025, leaderId: "a", deputyId: "c")])
        XCTAssertNil(field { try c.validate() })
        XCTAssertEqual(c.warnings().count, 1)
        c.years.append(Cluster.Year(year: 2026, leaderId: "z", deputyId: "b"))
        XCTAssertEqual(field { try c.validate() }?.field, "years.leaderId")
    }

    func testDecisionNumberInOfficialForm() {
        XCTAssertTrue(Decision.isOfficialNumber("163/QĐ-UBND"))
        XCTAssertTrue(Decision.isOfficialNumber("45/QĐ-SNV"))
        XCTAssertFalse(Decision.isOfficialNumber("QĐ-UBND"))
        XCTAssertFalse(Decision.isOfficialNumber("163/UBND"))
        XCTAssertFalse(Decision.isOfficialNumber("abc/QĐ-UBND"))
    }

    func testNamesAreCleanedWhenTheyEnter() {
        let u = Unit(id: "u", name: "Sở\u{1B}[2J Nội vụ\u{202E}", kind: .department)
        XCTAssertEqual(u.name, "Sở[2J Nội vụ")
    }

    func testDefaultCatalogueIsValidAndDated() throws {
        let cat = DefaultCatalogue.catalogue
        try cat.validate()
        XCTAssertEqual(Set(cat.awards.map(\.code)), ["LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ", "TTLDTT", "TTLDXS", "CO_TINH", "CO_CP", "GK", "BK_TINH", "BK_TTG", "HCLD3"])
        let bk = try XCTUnwrap(cat.award("BK_TINH"))
        XCTAssertEqual(bk.coefficient(on: CivilDate(2025, 3, 1))?.individual, 1)
        XCTAssertEqual(bk.coefficient(on: CivilDate(2025, 8, 1))?.individual, Decimal(string: "1.5"))
        XCTAssertEqual(cat.baseSalary(on: CivilDate(2025, 1, 15))?.amount, 2_340_000)
        XCTAssertEqual(cat.baseSalary(on: CivilDate(2024, 6, 30))?.amount, 1_800_000)
    }
}
