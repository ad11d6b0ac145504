import XCTest
@testable import TDKTCore
import TDKTText

/// Reports and forms count awards and money by the decision's date over the reporting period (calendar year,
/// or 15/12–14/12 when the office sets it); money by the level that pays it.
final class DecisionDateCountingTests: XCTestCase {
    let config = OfficeConfig(officeName: "Sở Nội vụ tỉnh Thái Nguyên", parentBody: "UBND TỈNH THÁI NGUYÊN", place: "Thái Nguyên", roles: [:])

    func record(_ id: String, year: Int, _ code: String, _ date: CivilDate?, amount: Int, _ kind: NomineeRef.Kind = .person) -> AwardRecord {
        AwardRecord(id: id, year: year, nominee: NomineeRef(kind, "n-\(id)"), awardCode: code, decisionNumber: nil, decisionDate: date,
                    amount: amount, source: .imported)
    }

    var records: [AwardRecord] {
        [record("a", year: 2024, "BK_TINH", CivilDate(2025, 1, 5), amount: 2_340_000),      // 2024's award decided in January 2025
         record("b", year: 2024, "BK_TINH", CivilDate(2024, 12, 20), amount: 2_340_000),    // December 2024
         record("c", year: 2025, "BK_TINH", CivilDate(2025, 6, 30), amount: 2_340_000),
         record("d", year: 2025, "BK_TINH", CivilDate(2025, 7, 1), amount: 3_510_000),
         record("e", year: 2025, "BK_TTG", CivilDate(2025, 9, 1), amount: 8_190_000),       // the Prime Minister's
         record("f", year: 2025, "HCLD3", CivilDate(2025, 12, 16), amount: 10_530_000),     // the President's, late December
         record("g", year: 2025, "GK", CivilDate(2025, 11, 2), amount: 710_000),            // a department head's
         record("h", year: 2025, "BK_TINH", CivilDate(2026, 1, 12), amount: 3_510_000),     // 2025's award decided in 2026
         record("i", year: 2025, "LDTT", nil, amount: 710_000)]                              // no decision date: by its year
    }

    func ids(_ data: ReportData, _ year: Int) throws -> [String] { data.awards(in: try ReportPeriod(year: year)).map(\.id).sorted() }

    func testCalendarYearCountsByDecisionDate() throws {
        let data = ReportData(config: config, awards: records)
        XCTAssertEqual(data.reporting, .calendarYear)
        XCTAssertEqual(try ids(data, 2025), ["a", "c", "d", "e", "f", "g", "i"])
        XCTAssertEqual(try ids(data, 2024), ["b"])
        XCTAssertEqual(try ids(data, 2026), ["h"])
    }

    func testAdministrativePeriodRunsFrom15DecemberTo14December() throws {
        var c = config
        c.reportingPeriod = .administrative
        let data = ReportData(config: c, awards: records)
        XCTAssertEqual(try ids(data, 2025), ["a", "b", "c", "d", "e", "g", "i"])
        XCTAssertEqual(try ids(data, 2026), ["f", "h"])
        XCTAssertEqual(ReportingPeriodKind.administrative.days(of: 2025), CivilDate(2024, 12, 15)...CivilDate(2025, 12, 14))
    }

    func testMoneyIsSplitByThePayingLevel() throws {
        let data = ReportData(config: config, awards: records)
        let s = Summary.build(data: data, period: try ReportPeriod(year: 2025))
        XCTAssertEqual(s.moneyByPayer[.province]?.value, 2_340_000 + 2_340_000 + 3_510_000)
        XCTAssertEqual(s.moneyByPayer[.units]?.value, 710_000 + 710_000)
        XCTAssertEqual(s.moneyByPayer[.central]?.value, 8_190_000 + 10_530_000)
        XCTAssertEqual(s.money.value, 2_340_000 * 2 + 3_510_000 + 710_000 * 2)
        let text = PlainTextRenderer().render(ReportDocuments.summary(s, data: data), config: config)
        XCTAssertTrue(text.contains("Tiền thưởng tỉnh đã chi"), text)
        XCTAssertTrue(text.contains("Trung ương chi"), text)
        XCTAssertTrue(text.contains("01/01/2025–31/12/2025"), text)
    }

    func testForm0603CountsTheYearsDecisionsOnly() throws {
        let data = ReportData(config: config, awards: records)
        let f = try XCTUnwrap(StatisticsForm.build("0603", data: data, year: 2025))
        let bk = f.rows.first { $0.key == "total" }!
        XCTAssertEqual(bk.cells[0].refs.map(\.id).sorted(), ["a", "c", "d"])
        XCTAssertEqual(f.days, CivilDate(2025, 1, 1)...CivilDate(2025, 12, 31))
        let f2 = try XCTUnwrap(StatisticsForm.build("0602", data: data, year: 2025))
        XCTAssertEqual(f2.rows.first { $0.key == "total" }!.total.refs.map(\.id).sorted(), ["e", "f"])
    }
}
