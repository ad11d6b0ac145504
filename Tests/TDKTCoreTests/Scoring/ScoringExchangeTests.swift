import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ScoringExchangeTests: XCTestCase {
    let ids = Fixture.unitIds(5)
    let table = Fixture.table()

    func fill(_ data: Data, value: (String, String) -> Int?) throws -> Data {
        var file = try SheetExchange.decode(data)
        for i in file.sheets.indices {
            for k in file.sheets[i].cells.keys {
                file.sheets[i].cells[k] = .some(value(file.sheets[i].rateeId, k).map { PointsValue(ticks: $0, decimals: 1) })
            }
        }
        let enc = JSONEncoder(); enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try enc.encode(file)
    }

    func testExportImportRoundTrip() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        let blank = try SheetExchange.exportBlankSheets(round: round, raterId: "U01")
        let text = String(decoding: blank, as: UTF8.self)
        XCTAssertTrue(text.contains("\"roundId\" : \"CUM1-2025\""))
        XCTAssertTrue(text.contains("null"), "blank cells are explicit nulls, never 0")
        let file = try SheetExchange.decode(blank)
        XCTAssertEqual(file.raterId, "U01")
        XCTAssertEqual(file.sheets.map(\.rateeId), ["U00", "U02", "U03", "U04"])
        XCTAssertEqual(file.criteria.map(\.id), ["C1", "C2", "C3", "C4"])
        XCTAssertEqual(file.criteria[0].maximum, "10", "maxima are in points")
        XCTAssertEqual(file.valueUnit, "points")
        XCTAssertEqual(file.tableHash, CriteriaTableHash.of(table))

        let filled = try fill(blank) { u, _ in u == "U04" ? nil : 75 }
        let report = try SheetExchange.importFilledSheets(filled, expectedRaterId: "U01", into: &round, by: "clerk", at: Fixture.t0)
        XCTAssertEqual(report.saved, ["U00", "U02", "U03"])
        XCTAssertEqual(report.blank, ["U04"])
        XCTAssertEqual(report.conflicts, [])
        XCTAssertEqual(round.crossSheet(rater: "U01", ratee: "U02")?.cells, ["C1": 75, "C2": 75, "C3": 75, "C4": 75])
        XCTAssertTrue(round.configurationFrozen)
        // Importing the same file again changes nothing.
        let again = try SheetExchange.importFilledSheets(filled, expectedRaterId: "U01", into: &round, by: "clerk", at: Fixture.t0)
        XCTAssertEqual(again.unchanged, ["U00", "U02", "U03"])
        XCTAssertEqual(again.saved, [])
    }

    func testWrongRaterOrRoundRefused() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        let blank = try SheetExchange.exportBlankSheets(round: round, raterId: "U01")
        XCTAssertThrowsError(try SheetExchange.importFilledSheets(blank, expectedRaterId: "U02", into: &round, by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .exchangeRaterMismatch(expected: "U02", found: "U01"))
        }
        var other = Fixture.config(members: ids, table: table)
        other.roundId = "CUM2-2025"
        let foreign = try SheetExchange.exportBlankSheets(round: Fixture.openRound(other), raterId: "U01")
        XCTAssertThrowsError(try SheetExchange.importFilledSheets(foreign, expectedRaterId: "U01", into: &round, by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .exchangeRoundMismatch(expected: "CUM1-2025", found: "CUM2-2025"))
        }
        XCTAssertThrowsError(try SheetExchange.importFilledSheets(Data("{".utf8), expectedRaterId: "U01", into: &round, by: "c", at: Fixture.t0)) {
            guard case .malformedExchange? = $0 as? ScoringError else { return XCTFail("\($0)") }
        }
        XCTAssertTrue(round.crossSheets.isEmpty)
    }

    func testInvalidValueRefusesWholeFileWithCriterionNamed() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        let blank = try SheetExchange.exportBlankSheets(round: round, raterId: "U01")
        let bad = try fill(blank) { u, c in u == "U03" && c == "C2" ? 105 : 50 }
        XCTAssertThrowsError(try SheetExchange.importFilledSheets(bad, expectedRaterId: "U01", into: &round, by: "c", at: Fixture.t0)) {
            XCTAssertEqual($0 as? ScoringError, .valueAboveMaximum(criterion: "Tiêu chí 2", value: "10,5", maximum: "10"))
        }
        XCTAssertTrue(round.crossSheets.isEmpty, "nothing is saved from a file with an invalid value")
    }

    func testConflictReportedWithoutOverwriting() throws {
        var round = try Fixture.openRound(Fixture.config(members: ids, table: table))
        let saved = Fixture.sheet("U01", "U00", [50, 50, 50, 50], table: table)
        try round.saveCrossSheet(saved, by: "u01", at: Fixture.t0)
        let blank = try SheetExchange.exportBlankSheets(round: round, raterId: "U01")
        let filled = try fill(blank) { _, c in c == "C3" ? 60 : 50 }
        let report = try SheetExchange.importFilledSheets(filled, expectedRaterId: "U01", into: &round, by: "clerk", at: Fixture.t0)
        XCTAssertEqual(report.conflicts.count, 1)
        XCTAssertEqual(report.conflicts[0].rateeId, "U00")
        XCTAssertEqual(report.conflicts[0].differingCriteria, ["C3"])
        XCTAssertEqual(round.crossSheet(rater: "U01", ratee: "U00"), saved, "the saved sheet is not overwritten")
        XCTAssertEqual(report.saved, ["U02", "U03", "U04"])
    }

    func testExportForARaterWithNothingToScoreRefused() throws {
        let round = try Fixture.openRound(Fixture.config(members: ids, table: table, raters: .panel(["can.bo.a", "can.bo.b"])))
        XCTAssertEqual(try SheetExchange.decode(SheetExchange.exportBlankSheets(round: round, raterId: "can.bo.a")).sheets.count, 5)
        XCTAssertThrowsError(try SheetExchange.exportBlankSheets(round: round, raterId: "U01"))
    }
}
