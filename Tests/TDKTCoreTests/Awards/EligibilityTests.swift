import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

func demoHistory(extraUnits: [TDKTCore.Unit] = [], extraPeople: [Person] = [], records: [AwardRecord] = [], proposals: [Proposal] = [],
                 policy: EligibilityPolicy = EligibilityPolicy(), edit: ((inout DemoData) -> Void)? = nil) -> AwardHistory {
    var d = DemoData.build()
    edit?(&d)
    return AwardHistory(catalogue: DefaultCatalogue.catalogue, units: d.units + extraUnits, people: d.people + extraPeople,
                        households: d.households, clusters: d.clusters, campaigns: d.campaigns, records: d.awards + records,
                        proposals: proposals, policy: policy)
}

let checkDay = CivilDate(2026, 2, 1)
let khoa = NomineeRef(.person, "nguyen-van-khoa"), nhung = NomineeRef(.person, "pham-thi-hong-nhung")
let lan = NomineeRef(.person, "tran-thi-lan"), anh = NomineeRef(.person, "le-duc-anh")

func rec(_ id: String, _ n: NomineeRef, _ code: String, _ year: Int, kind: Proposal.Kind = .regular, number: String? = nil) -> AwardRecord {
    AwardRecord(id: id, year: year, nominee: n, awardCode: code, kind: kind, decisionNumber: number ?? "\(year % 100 + 10)/QĐ-UBND",
                decisionDate: CivilDate(year + 1, 1, 20), source: .imported)
}

final class EligibilityTests: XCTestCase {
    func testKhoaIsProvincialFighter2024WithTheRecordsUsed() {
        let r = Eligibility.check(nominee: khoa, award: "CSTD_TINH", year: 2024, in: demoHistory(), on: checkDay)
        XCTAssertEqual(r.status, .met, r.text(.vi))
        let three = r.condition("cstdcs-3-years")!
        XCTAssertEqual(three.evidence.compactMap(\.decisionNumber), ["45/QĐ-SNV", "51/QĐ-SNV", "39/QĐ-SNV"])
        XCTAssertEqual(r.condition("initiative-province")?.status, .met)
        let text = r.text(.vi)
        XCTAssertTrue(text.contains("Chiến sĩ thi đua cơ sở 2022, 2023, 2024: đạt (2022: QĐ 45/QĐ-SNV"), text)
        XCTAssertTrue(r.text(.en).contains("met"))
        // In English the awards are named in English: the report's head and each condition.
        let en = r.text(.en)
        XCTAssertTrue(en.contains("Provincial emulation fighter (CSTD_TINH) for 2024: met"), en)
        XCTAssertTrue(en.contains("Grassroots emulation fighter 2022, 2023, 2024: met"), en)
        XCTAssertFalse(en.contains("Chiến sĩ"), en)
    }

    func testKhoaNotProvincialFighter2025SaysWhichYearIsMissing() {
        let r = Eligibility.check(nominee: khoa, award: "CSTD_TINH", year: 2025, in: demoHistory(), on: checkDay)
        XCTAssertEqual(r.status, .notMet)
        let c = r.condition("cstdcs-3-years")!
        XCTAssertEqual(c.status, .notMet)
        XCTAssertEqual(c.detail?.vi, "không tìm thấy năm 2025")
        XCTAssertEqual(r.condition("initiative-province")?.status, .met)
    }

    func testProvincialInitiativeMissing() {
        let r = Eligibility.check(nominee: khoa, award: "CSTD_TINH", year: 2024, in: demoHistory { d in
            d.people[0].initiatives = [Initiative(year: 2024, title: "Cấp cơ sở", scope: .base)]
        }, on: checkDay)
        XCTAssertEqual(r.condition("initiative-province")?.status, .notMet)
        XCTAssertTrue(r.text(.vi).contains("Sáng kiến cấp tỉnh trở lên (2022–2024): không đạt — không tìm thấy"), r.text(.vi))
    }

    func testNhungBangKhenRoute2() {
        let r = Eligibility.check(nominee: nhung, award: "BK_TINH", year: 2025, in: demoHistory(), on: checkDay)
        XCTAssertEqual(r.status, .met, r.text(.vi))
        let early = Eligibility.check(nominee: nhung, award: "BK_TINH", year: 2024, in: demoHistory(), on: checkDay)
        XCTAssertEqual(early.status, .notMet, early.text(.vi))
    }

    func testBangKhenRoute1AndThematicAwardsDoNotCount() {
        let p = Person(id: "x", name: "Người Thử", unitId: "tn-snv", ratings: [YearRating(year: 2024, rating: .good), YearRating(year: 2025, rating: .good)])
        let n = NomineeRef(.person, "x")
        let regular = demoHistory(extraPeople: [p], records: [rec("a", n, "CSTDCS", 2024), rec("b", n, "CSTDCS", 2025)])
        XCTAssertEqual(Eligibility.check(nominee: n, award: "BK_TINH", year: 2025, in: regular, on: checkDay).status, .met)
        let thematic = demoHistory(extraPeople: [p], records: [rec("a", n, "CSTDCS", 2024, kind: .thematic), rec("b", n, "CSTDCS", 2025)])
        let r = Eligibility.check(nominee: n, award: "BK_TINH", year: 2025, in: thematic, on: checkDay)
        XCTAssertEqual(r.status, .notMet)
        XCTAssertTrue(r.conditions.last!.detail!.vi.contains("không tính"), r.text(.vi))
    }

    func testPendingInvestigationBlocks() {
        let during = Eligibility.check(nominee: anh, award: "LDTT", year: 2025, in: demoHistory(), on: CivilDate(2025, 10, 1))
        XCTAssertEqual(during.condition("discipline")?.status, .notMet)
        XCTAssertEqual(during.status, .notMet)
        let before = Eligibility.check(nominee: anh, award: "LDTT", year: 2024, in: demoHistory(), on: CivilDate(2025, 8, 1))
        XCTAssertEqual(before.status, .met, before.text(.vi))
    }

    func testLanGoodRatingsLDTTButNotGrassrootsFighter() {
        let h = demoHistory()
        XCTAssertEqual(Eligibility.check(nominee: lan, award: "LDTT", year: 2024, in: h, on: checkDay).status, .met)
        let cs = Eligibility.check(nominee: lan, award: "CSTDCS", year: 2025, in: h, on: checkDay)
        XCTAssertEqual(cs.condition("ldtt")?.status, .met)
        XCTAssertEqual(cs.condition("ldtt")?.evidence.first?.decisionNumber, "12/QĐ-SNV")
        XCTAssertEqual(cs.condition("excellent-or-initiative")?.status, .notMet)
        // LĐTT 2025 already received: not twice.
        let again = Eligibility.check(nominee: lan, award: "LDTT", year: 2025, in: h, on: checkDay)
        XCTAssertEqual(again.condition("duplicate")?.status, .notMet)
    }

    func testMissingRatingIsUnknownNotNo() {
        let r = Eligibility.check(nominee: lan, award: "LDTT", year: 2019, in: demoHistory(), on: checkDay)
        XCTAssertEqual(r.status, .unknown)
        XCTAssertEqual(r.condition("rating")?.detail?.en, "no rating for 2019")
    }

    func testSameAchievementForTwoAwardsRefused() {
        let p = Proposal(id: "p1", year: 2025, nominee: nhung, awardCode: "GK", achievement: "Dạy học STEM  vùng cao")
        let h = demoHistory(proposals: [p])
        let r = Eligibility.check(nominee: nhung, award: "BK_TINH", year: 2025, in: h, on: checkDay, achievement: "dạy học stem vùng cao")
        XCTAssertEqual(r.condition("duplicate")?.status, .notMet)
        XCTAssertEqual(Eligibility.check(nominee: nhung, award: "BK_TINH", year: 2025, in: h, on: checkDay, achievement: "khác").condition("duplicate")?.status, .met)
        // A proposal judged not eligible no longer holds the achievement.
        var closed = p; closed.state = .notEligible
        XCTAssertEqual(Eligibility.check(nominee: nhung, award: "BK_TINH", year: 2025, in: demoHistory(proposals: [closed]), on: checkDay,
                                         achievement: "Dạy học STEM vùng cao").condition("duplicate")?.status, .met)
    }

    func testCeasedUnitAndWrongKind() {
        let h = demoHistory()
        let ceased = Eligibility.check(nominee: NomineeRef(.unit, "tn-ldtbxh"), award: "GK", year: 2025, in: h, on: checkDay)
        XCTAssertEqual(ceased.condition("unit-active")?.status, .notMet)
        XCTAssertTrue(ceased.condition("unit-active")!.detail!.vi.contains("Sở Nội vụ"))
        let beforeEnd = Eligibility.check(nominee: NomineeRef(.unit, "tn-ldtbxh"), award: "GK", year: 2024, in: h, on: CivilDate(2025, 1, 10))
        XCTAssertNil(beforeEnd.condition("unit-active"))
        XCTAssertEqual(beforeEnd.status, .met)
        let wrong = Eligibility.check(nominee: khoa, award: "CO_TINH", year: 2025, in: h, on: checkDay)
        XCTAssertEqual(wrong.condition("recipients")?.status, .notMet)
        XCTAssertEqual(Eligibility.check(nominee: NomineeRef(.person, "nobody"), award: "LDTT", year: 2025, in: h).status, .notMet)
    }

    func testProvincialFlagWithoutAClosedRoundIsUnknownEvenForTheChair() {
        let sxd = NomineeRef(.unit, "tn-sxd")
        let h = demoHistory()
        // tn-sxd chairs the block in 2025, but no round is closed: the chair proves nothing.
        let r = Eligibility.check(nominee: sxd, award: "CO_TINH", year: 2025, in: h, on: checkDay)
        XCTAssertEqual(r.condition("cluster-leader")?.status, .unknown)
        XCTAssertTrue(r.condition("cluster-leader")!.detail!.vi.contains("chưa khóa chấm chéo năm 2025"), r.text(.vi))
        XCTAssertEqual(r.status, .unknown)
        // The inter-provincial cluster is organised by the Government: not a provincial flag.
        XCTAssertEqual(Eligibility.check(nominee: NomineeRef(.unit, "bac-giang"), award: "CO_TINH", year: 2022, in: h, on: checkDay)
            .condition("cluster-leader")?.status, .notMet)
    }

    func testGovernmentFlagQuota() {
        let units = (1...5).map { TDKTCore.Unit(id: "u\($0)", name: "Đơn vị \($0)", kind: .department) }
        let flags = units.map { rec("f-\($0.id)", NomineeRef(.unit, $0.id), "CO_TINH", 2025) }
        let h = demoHistory(extraUnits: units, records: flags)
        let first = Eligibility.check(nominee: NomineeRef(.unit, "u1"), award: "CO_CP", year: 2025, in: h, on: checkDay)
        XCTAssertEqual(first.condition("provincial-flag-standard")?.status, .met)
        XCTAssertEqual(first.condition("quota")?.status, .met, first.text(.vi))
        XCTAssertEqual(first.condition("quota")?.detail?.vi, "5 tập thể đạt chuẩn → tối đa 1; đã dùng 0")
        let taken = Proposal(id: "cp-u2", year: 2025, nominee: NomineeRef(.unit, "u2"), awardCode: "CO_CP", achievement: "Dẫn đầu")
        let h2 = demoHistory(extraUnits: units, records: flags, proposals: [taken])
        XCTAssertEqual(Eligibility.check(nominee: NomineeRef(.unit, "u1"), award: "CO_CP", year: 2025, in: h2, on: checkDay)
            .condition("quota")?.status, .notMet)
        let wider = demoHistory(extraUnits: units, records: flags, proposals: [taken], policy: EligibilityPolicy(governmentFlagQuota: Decimal(string: "0.4")!))
        XCTAssertEqual(Eligibility.check(nominee: NomineeRef(.unit, "u1"), award: "CO_CP", year: 2025, in: wider, on: checkDay)
            .condition("quota")?.status, .met)
        // The block's 2025 round is still open: whether tn-stc meets the flag standard is not known yet.
        XCTAssertEqual(Eligibility.check(nominee: NomineeRef(.unit, "tn-stc"), award: "CO_CP", year: 2025, in: h, on: checkDay)
            .condition("provincial-flag-standard")?.status, .unknown)
    }

    func testPrimeMinisterCertificateAndLabourOrder() {
        let ratings = (2020...2024).map { YearRating(year: $0, rating: $0 == 2022 ? .excellent : .good) }
        let p = Person(id: "y", name: "Người Thử", unitId: "tn-snv", ratings: ratings)
        let n = NomineeRef(.person, "y")
        let cs = [2020, 2022, 2024].map { rec("cs\($0)", n, "CSTDCS", $0) }
        let ok = demoHistory(extraPeople: [p], records: cs + [rec("bk", n, "BK_TINH", 2019)])
        XCTAssertEqual(Eligibility.check(nominee: n, award: "BK_TTG", year: 2024, in: ok, on: checkDay).status, .met)
        let inside = demoHistory(extraPeople: [p], records: cs + [rec("bk", n, "BK_TINH", 2021)])
        let r = Eligibility.check(nominee: n, award: "BK_TTG", year: 2024, in: inside, on: checkDay)
        XCTAssertEqual(r.condition("previous-award")?.status, .notMet)
        let two = demoHistory(extraPeople: [p], records: Array(cs.prefix(2)) + [rec("bk", n, "BK_TINH", 2019)])
        XCTAssertEqual(Eligibility.check(nominee: n, award: "BK_TTG", year: 2024, in: two, on: checkDay).condition("three-cstdcs")?.status, .notMet)
        let medal = demoHistory(extraPeople: [p], records: cs + [rec("ttg", n, "BK_TTG", 2019)])
        XCTAssertEqual(Eligibility.check(nominee: n, award: "HCLD3", year: 2024, in: medal, on: checkDay).status, .met)
        var flat = p; flat.ratings = (2020...2024).map { YearRating(year: $0, rating: .good) }
        let noExcellent = demoHistory(extraPeople: [flat], records: cs + [rec("ttg", n, "BK_TTG", 2019)])
        XCTAssertEqual(Eligibility.check(nominee: n, award: "HCLD3", year: 2024, in: noExcellent, on: checkDay).condition("one-excellent")?.status, .notMet)
    }

    func testNationalFighter() {
        let n = khoa
        let twice = demoHistory(records: [rec("t1", n, "CSTD_TINH", 2021), rec("t2", n, "CSTD_TINH", 2024)]) { d in
            d.people[0].initiatives.append(Initiative(year: 2025, title: "Quốc gia", scope: .national))
        }
        XCTAssertEqual(Eligibility.check(nominee: n, award: "CSTD_TQ", year: 2025, in: twice, on: checkDay).status, .met)
        let once = demoHistory(records: [rec("t2", n, "CSTD_TINH", 2024)])
        let r = Eligibility.check(nominee: n, award: "CSTD_TQ", year: 2025, in: once, on: checkDay)
        XCTAssertEqual(r.condition("cstd-tinh-twice")?.status, .notMet)
        XCTAssertEqual(r.condition("initiative-national")?.status, .notMet)
    }

    func testExcellentCollective() {
        let unit = TDKTCore.Unit(id: "to", name: "Phòng Thử", kind: .other, ratings: [YearRating(year: 2025, rating: .excellent)])
        let people = (1...10).map { Person(id: "m\($0)", name: "Thành viên \($0)", unitId: "to", ratings: [YearRating(year: 2025, rating: .good)]) }
        let ldtt = (1...7).map { rec("l\($0)", NomineeRef(.person, "m\($0)"), "LDTT", 2025) }
        let n = NomineeRef(.unit, "to")
        let ok = demoHistory(extraUnits: [unit], extraPeople: people, records: ldtt + [rec("c1", NomineeRef(.person, "m1"), "CSTDCS", 2025)])
        XCTAssertEqual(Eligibility.check(nominee: n, award: "TTLDXS", year: 2025, in: ok, on: checkDay).status, .met)
        let few = demoHistory(extraUnits: [unit], extraPeople: people, records: Array(ldtt.prefix(6)) + [rec("c1", NomineeRef(.person, "m1"), "CSTDCS", 2025)])
        let r = Eligibility.check(nominee: n, award: "TTLDXS", year: 2025, in: few, on: checkDay)
        XCTAssertEqual(r.condition("members-ldtt")?.status, .notMet)
        XCTAssertEqual(r.condition("members-ldtt")?.detail?.vi, "6/10 (60%)")
        XCTAssertEqual(Eligibility.check(nominee: n, award: "TTLDXS", year: 2025, in: demoHistory(extraUnits: [unit], extraPeople: people, records: ldtt), on: checkDay)
            .condition("member-cstdcs")?.status, .notMet)
    }

    func testAchievementsCountOnlyAfterADisciplineEnded() {
        let p = Person(id: "z", name: "Người Thử", unitId: "tn-snv",
                       ratings: (2022...2025).map { YearRating(year: $0, rating: .excellent) },
                       disciplines: [DisciplinePeriod(kind: .discipline, period: DatePeriod(start: CivilDate(2023, 1, 1), end: CivilDate(2023, 12, 31)), note: "Khiển trách")])
        let n = NomineeRef(.person, "z")
        let h = demoHistory(extraPeople: [p], records: [rec("a", n, "CSTDCS", 2023), rec("b", n, "CSTDCS", 2024), rec("c", n, "CSTDCS", 2025)])
        XCTAssertEqual(Eligibility.check(nominee: n, award: "LDTT", year: 2023, in: h, on: checkDay).condition("rating")?.status, .notMet)
        XCTAssertEqual(Eligibility.check(nominee: n, award: "LDTT", year: 2024, in: h, on: checkDay).status, .met)
        XCTAssertEqual(Eligibility.check(nominee: n, award: "BK_TINH", year: 2025, in: h, on: checkDay).status, .met)
        XCTAssertEqual(Eligibility.check(nominee: n, award: "BK_TINH", year: 2024, in: h, on: checkDay).status, .notMet)
    }

    func testProvincialFlagThroughAThematicCampaignIsLeftToTheClerk() {
        let h = demoHistory { d in
            let i = d.campaigns.firstIndex { $0.id == "chuyen-doi-so" }!
            d.campaigns[i].targetUnitIds = ["tn-stc"]
        }
        let r = Eligibility.check(nominee: NomineeRef(.unit, "tn-stc"), award: "CO_TINH", year: 2025, in: h, on: checkDay)
        XCTAssertEqual(r.condition("cluster-leader")?.status, .unknown)
        XCTAssertTrue(r.condition("cluster-leader")!.detail!.vi.contains("chuyển đổi số"))
    }

    func testFromWorkspaceOnDisk() throws {
        let root = TestDirectories.path("tdkt-elig")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try DemoFixture.make(root: root, user: "test")
        let ws = try Workspace(root: root, user: "test")
        XCTAssertEqual(try Eligibility.check(nominee: khoa, award: "CSTD_TINH", year: 2024, in: ws, on: checkDay).status, .met)
    }
}
