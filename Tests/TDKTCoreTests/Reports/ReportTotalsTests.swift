import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Totals equal the sum of their parts, and every figure opens to exactly the records it counts,
/// over generated data from a seeded generator.
final class ReportTotalsTests: XCTestCase {
    let seeds: [UInt64] = Array(1...40)

    func testAwardTablesTotalsAreSumsOfPartsAndCoverEveryRecord() throws {
        for seed in seeds {
            let data = ReportFixtures.generated(seed: seed)
            for period in [try ReportPeriod(year: 2023), try ReportPeriod(from: 2020, to: 2022)] {
                let expected = Set(data.awards(in: period).map(\.id))
                let expectedPrevious = Set(data.awards(in: period.previous).map(\.id))
                for dimension in AwardDimension.allCases {
                    let t = AwardTable.build(dimension, data: data, period: period)
                    let msg = "seed \(seed) \(period) \(dimension)"
                    XCTAssertEqual(t.total.total.value, expected.count, msg)
                    XCTAssertEqual(t.rows.map(\.current.total.value).reduce(0, +), t.total.total.value, msg)
                    XCTAssertEqual(t.rows.map(\.previous.total.value).reduce(0, +), expectedPrevious.count, msg)
                    for k in NomineeRef.Kind.allCases {
                        XCTAssertEqual(t.rows.map { $0.current[k].value }.reduce(0, +), t.total[k].value, msg)
                        XCTAssertEqual(t.total[k].value, data.awards(in: period).filter { $0.nominee.kind == k }.count, msg)
                    }
                    for r in t.rows {
                        XCTAssertEqual(r.current.total.value, r.current.collectives.value + r.current.individuals.value + r.current.households.value, msg)
                        XCTAssertEqual(r.current.total.value, r.current.total.refs.count, msg)
                    }
                    // In order: a group's rows together, by award within it; groups by category, or by name in
                    // Vietnamese order (equal names by id); by award alone on the award dimension.
                    var left: Set<String> = []
                    for (a, b) in zip(t.rows, t.rows.dropFirst()) {
                        if dimension == .award || a.groupId == b.groupId {
                            XCTAssertTrue(data.awardOrder(a.awardCode) < data.awardOrder(b.awardCode), msg)
                            continue
                        }
                        left.insert(a.groupId)
                        XCTAssertFalse(left.contains(b.groupId), "\(msg): \(b.groupId) comes back")
                        if dimension == .category {
                            XCTAssertLessThan(AwardTable.categoryOrder(a.groupId), AwardTable.categoryOrder(b.groupId), msg)
                        } else {
                            let ka = VietnameseCollation.key(a.groupLabel), kb = VietnameseCollation.key(b.groupLabel)
                            XCTAssertTrue(ka.lexicographicallyPrecedes(kb) || (ka == kb && a.groupId < b.groupId), msg)
                        }
                    }
                    // Each record is behind exactly one cell.
                    let refs = t.total.total.refs.map(\.id)
                    XCTAssertEqual(refs.count, Set(refs).count, msg)
                    XCTAssertEqual(Set(refs), expected, msg)
                    XCTAssertEqual(Set(t.previousTotal.total.refs.map(\.id)), expectedPrevious, msg)
                    // Figure paths are unique, so a path opens one figure.
                    let paths = t.figures(prefix: "x").map(\.path)
                    XCTAssertEqual(paths.count, Set(paths).count, msg)
                }
            }
        }
    }

    func testSummaryMoneyAndCampaignFiguresMatchTheRecords() throws {
        for seed in seeds {
            let data = ReportFixtures.generated(seed: seed)
            let period = try ReportPeriod(from: 2021, to: 2023)
            let s = Summary.build(data: data, period: period)
            let inPeriod = data.awards(in: period)
            // Paid by the province: its own and its units' decisions; the state awards are listed apart.
            let paidHere = inPeriod.filter { data.payer(of: $0).paidByProvince }
            XCTAssertEqual(s.money.value, paidHere.compactMap(\.amount).reduce(0, +), "seed \(seed)")
            XCTAssertEqual(s.money.refs.count + s.withoutAmount.value, paidHere.count, "seed \(seed)")
            XCTAssertEqual(MoneyPayer.allCases.map { s.moneyByPayer[$0]?.value ?? 0 }.reduce(0, +), inPeriod.compactMap(\.amount).reduce(0, +))
            XCTAssertEqual(s.moneyByPayer[.central]?.value, inPeriod.filter { data.payer(of: $0) == .central }.compactMap(\.amount).reduce(0, +))
            XCTAssertEqual(s.campaigns.launched.value,
                           data.campaigns.values.filter { (2021...2023).contains($0.period.start.year) }.count, "seed \(seed)")
            XCTAssertEqual(s.examples.value, data.examples.filter { (2021...2023).contains($0.year) }.count)
            // The four tables count the same awards.
            for t in [s.awardsByCampaign, s.awardsByUnit, s.awardsByCategory] {
                for k in NomineeRef.Kind.allCases {
                    XCTAssertEqual(t.total[k].value, s.awardsByType.total[k].value, "seed \(seed) \(t.dimension)")
                    XCTAssertEqual(Set(t.total[k].refs), Set(s.awardsByType.total[k].refs), "seed \(seed) \(t.dimension)")
                }
            }
            let paths = s.figures().map(\.path)
            XCTAssertEqual(paths.count, Set(paths).count, "seed \(seed): figure paths unique")
            // Every figure of the document can be found by its path.
            let doc = ReportDocuments.summary(s, data: data)
            XCTAssertEqual(doc.figure("awards.by-award.total.total")?.cell.value, inPeriod.count)
        }
    }

    func testStatisticsFormsTotalsAreSumsOfParts() throws {
        for seed in seeds {
            let data = ReportFixtures.generated(seed: seed)
            for year in [2019, 2024] {
                let msg = "seed \(seed) \(year)"
                // 0601: each way of splitting the campaigns adds up to the total.
                let f1 = try XCTUnwrap(StatisticsForm.build("0601", data: data, year: year))
                let total1 = try XCTUnwrap(f1.rows.first { $0.key == "total" })
                let running = data.campaigns.values.filter { $0.period.start.year <= year && ($0.period.end?.year ?? 9999) >= year }
                XCTAssertEqual(total1.total.value, running.count, msg)
                for prefix in ["scope-", "duration-", "method-"] {
                    let part = f1.rows.filter { $0.key.hasPrefix(prefix) }
                    XCTAssertEqual(part.map(\.total.value).reduce(0, +), total1.total.value, "\(msg) \(prefix)")
                    for i in f1.columnKeys.indices {
                        XCTAssertEqual(part.map { $0.cells[i].value }.reduce(0, +), total1.cells[i].value, "\(msg) \(prefix) column \(i)")
                    }
                }
                // 0602: the total row is the sum of the award rows and counts the state-level awards of the year.
                let f2 = try XCTUnwrap(StatisticsForm.build("0602", data: data, year: year))
                let stateCodes = Set(data.catalogue.awards.filter { $0.level == .primeMinister || $0.level == .president }.map(\.code))
                XCTAssertEqual(f2.rows[0].total.value, data.awards.filter { $0.year == year && stateCodes.contains($0.awardCode) }.count, msg)
                XCTAssertEqual(f2.rows.dropFirst().map(\.total.value).reduce(0, +), f2.rows[0].total.value, msg)
                // 0603: collectives + households + individuals; individuals by category; kinds add up to the total.
                let f3 = try XCTUnwrap(StatisticsForm.build("0603", data: data, year: year))
                func row(_ key: String) -> StatisticsForm.Row { f3.rows.first { $0.key == key }! }
                let provincial = data.awards.filter { $0.year == year && ["BK_TINH", "CSTD_TINH", "CO_TINH"].contains($0.awardCode) }
                XCTAssertEqual(row("total").total.value, provincial.count, msg)
                XCTAssertEqual(row("collectives").total.value + row("households").total.value + row("individuals").total.value,
                               row("total").total.value, msg)
                XCTAssertEqual(f3.rows.filter { $0.key.hasPrefix("individuals-") }.map(\.total.value).reduce(0, +),
                               row("individuals").total.value, msg)
                XCTAssertEqual(f3.rows.filter { $0.key.hasPrefix("kind-") }.map(\.total.value).reduce(0, +), row("total").total.value, msg)
                XCTAssertLessThanOrEqual(row("enterprises").total.value, row("collectives").total.value, msg)
                for r in f3.rows where !r.isHeading {
                    XCTAssertEqual(r.total.value, r.cells.map(\.value).reduce(0, +), msg)
                    XCTAssertEqual(r.total.refs.count, r.total.value, msg)
                }
                XCTAssertEqual(Set(row("total").total.refs.map(\.id)), Set(provincial.map(\.id)), msg)
            }
        }
    }

    func testPreviousPeriodHasTheSameLength() throws {
        XCTAssertEqual(try ReportPeriod(year: 2025).previous, try ReportPeriod(year: 2024))
        XCTAssertEqual(try ReportPeriod(from: 2014, to: 2018).previous, try ReportPeriod(from: 2009, to: 2013))
        XCTAssertThrowsError(try ReportPeriod(from: 2019, to: 2018))
    }
}

/// The summary's campaign, cluster and flag figures on small hand-made data.
final class ReportSummaryFiguresTests: XCTestCase {
    func testCampaignLifeClustersAndFlags() throws {
        var reviewed = Campaign(id: "c-review", name: "Phong trào A", kind: .thematic, launchLevel: "Chủ tịch UBND tỉnh",
                                launchingBody: "UBND tỉnh Thái Nguyên", period: DatePeriod(start: CivilDate(2024, 2, 1), end: CivilDate(2025, 11, 30)),
                                status: .closed)
        reviewed.reviews = [Campaign.Review(kind: .interim, date: CivilDate(2024, 6, 20), summary: ""),
                            Campaign.Review(kind: .final, date: CivilDate(2025, 12, 10), summary: "")]
        let launched = Campaign(id: "c-new", name: "Phong trào B", kind: .regular, launchLevel: "Giám đốc Sở", launchingBody: "Sở Y tế",
                                period: DatePeriod(start: CivilDate(2025, 3, 1), end: nil), targetClusterIds: ["k"])
        let central = Campaign(id: "c-ttg", name: "Phong trào C", kind: .periodic, launchLevel: "Thủ tướng Chính phủ",
                               launchingBody: "Thủ tướng Chính phủ", period: DatePeriod(start: CivilDate(2025, 5, 1), end: CivilDate(2025, 8, 31)))
        let units = ["a", "b", "c"].map { Unit(id: $0, name: "Đơn vị \($0.uppercased())", kind: .commune) }
        let cluster = Cluster(id: "k", name: "Cụm thi đua số 1", kind: .cluster, organiser: "UBND tỉnh", memberIds: ["a", "b"],
                              years: [Cluster.Year(year: 2025, leaderId: "a", deputyId: "b")])
        let awards = [AwardRecord(id: "flag", year: 2025, nominee: NomineeRef(.unit, "a"), awardCode: "CO_TINH", source: .decided),
                      AwardRecord(id: "flag-outsider", year: 2025, nominee: NomineeRef(.unit, "c"), awardCode: "CO_TINH", source: .decided)]
        let proposals = [Proposal(id: "p1", year: 2025, nominee: NomineeRef(.unit, "b"), awardCode: "CO_TINH", clusterId: "k",
                                  achievement: "Dẫn đầu cụm", state: .toCouncil),
                         Proposal(id: "p-draft", year: 2025, nominee: NomineeRef(.unit, "a"), awardCode: "CO_TINH", clusterId: "k",
                                  achievement: "Nháp", state: .draft)]
        let data = ReportData(config: ReportFixtures.config, units: units, campaigns: [reviewed, launched, central], clusters: [cluster],
                              awards: awards, proposals: proposals)
        let s = Summary.build(data: data, period: try ReportPeriod(year: 2025))
        XCTAssertEqual(s.campaigns.launched.refs.map(\.id).sorted(), ["c-new", "c-ttg"])
        XCTAssertEqual(s.campaigns.reviewed.refs.map(\.id), ["c-review"])
        XCTAssertEqual(s.campaigns.closed.refs.map(\.id), ["c-review"], "closed in the year of its final review")
        XCTAssertEqual(s.campaigns.active.value, 3)
        XCTAssertEqual(s.previousCampaigns.launched.refs.map(\.id), ["c-review"])
        XCTAssertEqual(s.previousCampaigns.reviewed.refs.map(\.id), ["c-review"])
        XCTAssertEqual(s.previousCampaigns.closed.value, 0)
        let line = try XCTUnwrap(s.clusters.first)
        XCTAssertEqual(line.leaderName, "Đơn vị A")
        XCTAssertEqual(line.flagAwarded.refs, [RecordRef(.award, "flag")], "only members' flags")
        XCTAssertEqual(line.flagProposed.refs, [RecordRef(.proposal, "p1")], "drafts are not proposals yet")
        XCTAssertNil(line.ranking)
        // 0601 reads the organising level, the scope and the duration.
        let f = try XCTUnwrap(StatisticsForm.build("0601", data: data, year: 2025))
        func row(_ k: String) -> [Int] { f.rows.first { $0.key == k }!.cells.map(\.value) }
        XCTAssertEqual(row("total"), [1, 1, 1])
        XCTAssertEqual(row("scope-national"), [1, 0, 0])
        XCTAssertEqual(row("scope-clusters"), [0, 0, 1])
        XCTAssertEqual(row("duration-lt1"), [1, 0, 0])
        XCTAssertEqual(row("duration-1to3"), [0, 1, 0])
        XCTAssertEqual(row("duration-open"), [0, 0, 1])
        XCTAssertEqual(row("method-periodic"), [1, 0, 0])
    }
}
