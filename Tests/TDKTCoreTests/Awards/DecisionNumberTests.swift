import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTTestKit

/// Decision numbers understood: parsed, compared without leading zeros, one number one date, the level of the
/// symbol against the award's authority; and the legal basis of the money dated with each coefficient row.
final class DecisionNumberTests: XCTestCase {
    func testParsing() throws {
        let p = try XCTUnwrap(DecisionNumber.parse("Số: 05/QĐ-UBND"))
        XCTAssertEqual(p.number, 5)
        XCTAssertEqual(p.symbol, "QĐ-UBND")
        XCTAssertEqual(p.description, "05/QĐ-UBND")
        XCTAssertEqual(DecisionNumber.parse("5/QĐ-UBND")?.key, p.key)
        XCTAssertEqual(DecisionNumber.parse("789/QĐ-TTg")?.issuerLevels, [.primeMinister])
        XCTAssertEqual(DecisionNumber.parse("2150/QĐ-CTN")?.issuerLevels, [.president])
        XCTAssertEqual(DecisionNumber.parse("45/QĐ-SNV")?.issuerLevels, [.unitHead])
        XCTAssertEqual(DecisionNumber.parse("15/2025/QĐ-UBND")?.year, 2025)
        XCTAssertEqual(DecisionNumber.parse("163/QD-UBND")?.symbol, "QĐ-UBND")
        XCTAssertEqual(DecisionNumber.parse("789/QĐ-TTg")?.key, DecisionNumber.parse("789/QĐ-TTG")?.key)
        XCTAssertNotEqual(DecisionNumber.parse("5/QĐ-UBND")?.key, DecisionNumber.parse("5/QĐ-SNV")?.key)
        for bad in ["QĐ-UBND", "163/UBND", "abc/QĐ-UBND", "0/QĐ-UBND", "163/QĐ-", "163/QĐ--UBND", "163/QĐ-UBND/", "-1/QĐ-UBND", "１２/QĐ-UBND"] {
            XCTAssertNil(DecisionNumber.parse(bad), bad)
        }
        XCTAssertTrue(Decision.isOfficialNumber("789/QĐ-TTg"))
    }

    func testLevelWarnings() {
        let c = DefaultCatalogue.catalogue
        XCTAssertTrue(DecisionNumbers.levelWarnings(c.award("BK_TINH")!, number: DecisionNumber.parse("163/QĐ-UBND")).isEmpty)
        XCTAssertTrue(DecisionNumbers.levelWarnings(c.award("GK")!, number: DecisionNumber.parse("12/QĐ-UBND")).isEmpty)
        XCTAssertTrue(DecisionNumbers.levelWarnings(c.award("BK_TTG")!, number: DecisionNumber.parse("789/QĐ-TTg")).isEmpty)
        let below = DecisionNumbers.levelWarnings(c.award("BK_TINH")!, number: DecisionNumber.parse("45/QĐ-SNV"))
        XCTAssertEqual(below.count, 1)
        XCTAssertTrue(below[0].vi.contains("thấp hơn thẩm quyền"), below[0].vi)
        let above = DecisionNumbers.levelWarnings(c.award("LDTT")!, number: DecisionNumber.parse("789/QĐ-TTg"))
        XCTAssertTrue(above.first?.en.contains("above the authority") == true)
    }

    func approved(_ book: ProposalBook, _ n: NomineeRef, _ code: String) throws -> String {
        let made = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: n, awardCode: code, achievement: "Thành tích \(n.id) \(code)",
                                                             dossier: fullDossier), in: book, actor: "test", on: checkDay)
        let id = made.proposal.value.id
        if made.report.status != .met { try ProposalWorkflow.overrideEligibility([id], reason: "Hồ sơ giấy đã đủ", actor: "test", in: book) }
        for s in [Proposal.State.submitted, .underAppraisal, .toCouncil] { try ProposalWorkflow.move([id], to: s, actor: "test", in: book) }
        try ProposalWorkflow.move([id], to: .approved, vote: Proposal.Vote(forVotes: 10, against: 0, members: 10), actor: "test", in: book)
        return id
    }

    func testDuplicatesOnTheParsedFormAndOneNumberOneDate() throws {
        let dir = try DemoDirectory()
        let book = try dir.book()
        let a = try approved(book, nhung, "BK_TINH"), b = try approved(book, NomineeRef(.unit, "tn-sgddt"), "BK_TINH")
        func request(_ number: String, _ date: CivilDate, _ id: String) -> DecisionRequest {
            DecisionRequest(number: number, date: date, signerTitle: "Chủ tịch UBND tỉnh", signerName: "A", proposalIds: [id])
        }
        let first = try Decisions.make(request("05/QĐ-UBND", CivilDate(2025, 8, 1), a), in: book, actor: "test")
        XCTAssertEqual(first.decision.number, "05/QĐ-UBND")
        XCTAssertEqual(first.decision.id, "2025-5-qd-ubnd")
        // The decision as printed cites the decree in force on its date, and the base salary's decree.
        let ws = try dir.workspace()
        let text = PlainTextRenderer().render(try AwardDocuments.decision(first.decision, in: ws), config: ws.config)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(text.contains("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ"), text)
        XCTAssertTrue(text.contains("mức lương cơ sở theo Nghị định số 73/2024/NĐ-CP"), text)
        XCTAssertFalse(text.contains("98/2023"), text)
        XCTAssertEqual(try AwardDocuments.findDecision("5/QĐ-UBND", in: ws).id, first.decision.id)
        XCTAssertThrowsError(try Decisions.make(request("5/QĐ-UBND", CivilDate(2025, 8, 1), b), in: book, actor: "test")) { e in
            XCTAssertEqual(ErrorText.field(e), "number")
            XCTAssertTrue(ErrorText.message(e, .en).contains("already exists"), ErrorText.message(e, .en))
        }
        XCTAssertThrowsError(try Decisions.make(request("5/QĐ-UBND", CivilDate(2025, 9, 2), b), in: book, actor: "test")) { e in
            XCTAssertEqual(ErrorText.field(e), "number")
            XCTAssertTrue(ErrorText.message(e, .vi).contains("cùng số không thể có ngày khác"), ErrorText.message(e, .vi))
        }
        // The same number under another symbol, or in another year, is another decision.
        XCTAssertNoThrow(try Decisions.prepare(request("5/QĐ-SNV", CivilDate(2025, 9, 2), b), in: book, actor: "test"))
        XCTAssertNoThrow(try Decisions.prepare(request("5/QĐ-UBND", CivilDate(2026, 1, 5), b), in: book, actor: "test"))
        // Signed below the award's authority: made, with a remark.
        let below = try Decisions.prepare(request("5/QĐ-SNV", CivilDate(2025, 9, 2), b), in: book, actor: "test")
        XCTAssertTrue(below.warnings.contains { $0.vi.contains("thấp hơn thẩm quyền") })
    }

    func testAnImportedRecordsNumberWithAnotherDateIsRefused() throws {
        let dir = try DemoDirectory()
        let ws = try dir.workspace()
        let imported = try XCTUnwrap(ws.allAwards().map(\.value).first { $0.decisionNumber.flatMap(DecisionNumber.parse) != nil && $0.decisionDate != nil })
        let book = ProposalBook(workspace: ws)
        let a = try approved(book, nhung, "BK_TINH")
        let date = imported.decisionDate!
        let other = CivilDate(date.year, date.month == 12 ? 1 : date.month + 1, 1)
        XCTAssertThrowsError(try Decisions.prepare(DecisionRequest(number: imported.decisionNumber!, date: other, signerTitle: "Chủ tịch UBND tỉnh",
                                                                   signerName: "A", proposalIds: [a]), in: book, actor: "test")) { e in
            XCTAssertEqual(ErrorText.field(e), "date", ErrorText.message(e, .en))
        }
    }

    func testLegalBasesAreDatedForEveryAward() throws {
        let c = DefaultCatalogue.catalogue
        for award in c.awards {
            for (date, basis) in [(CivilDate(2023, 5, 1), "91/2017"), (CivilDate(2024, 3, 1), "98/2023"), (CivilDate(2025, 6, 30), "98/2023"),
                                  (CivilDate(2025, 7, 1), "152/2025"), (CivilDate(2026, 1, 20), "152/2025")] {
                let row = try XCTUnwrap(award.coefficient(on: date), "\(award.code) \(date)")
                XCTAssertTrue(row.legalBasis.contains(basis), "\(award.code) on \(date): \(row.legalBasis)")
            }
        }
        let gk = try Money.line(award: c.award("GK")!, nominee: NomineeRef(.person, "x"), on: CivilDate(2026, 1, 20), catalogue: c)
        XCTAssertEqual(gk.legalBasis, "Nghị định 152/2025/NĐ-CP; Nghị định 73/2024/NĐ-CP")
        XCTAssertEqual(gk.amount, 710_000)
        let later = try Money.line(award: c.award("GK")!, nominee: NomineeRef(.unit, "x"), on: CivilDate(2026, 7, 1), catalogue: c)
        XCTAssertTrue(later.legalBasis.hasPrefix("Nghị định 152/2025/NĐ-CP; Nghị định 161/2026"), later.legalBasis)
        let bk = try Money.line(award: c.award("BK_TINH")!, nominee: NomineeRef(.person, "x"), on: CivilDate(2025, 6, 30), catalogue: c)
        XCTAssertEqual(bk.amount, 2_340_000)
        XCTAssertTrue(bk.legalBasis.hasPrefix("Nghị định 98/2023/NĐ-CP"))
        // A catalogue written before the rows were dated is pointed out by tdkt check.
        XCTAssertEqual(DataCheck.undatedLegalBases(c), [])
        var old = c
        let i = old.awards.firstIndex { $0.code == "GK" }!
        old.awards[i].coefficients = [DatedCoefficient(validFrom: CivilDate(2017, 10, 1), individual: Decimal(string: "0.3"), collective: Decimal(string: "0.6"),
                                                       legalBasis: "Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP")]
        XCTAssertEqual(DataCheck.undatedLegalBases(old), ["GK"])
    }
}
