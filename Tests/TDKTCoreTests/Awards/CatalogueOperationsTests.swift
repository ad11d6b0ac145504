import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class CatalogueOperationsTests: XCTestCase {
    var dir: DemoDirectory!
    override func setUpWithError() throws { dir = try DemoDirectory() }
    override func tearDown() { dir = nil }

    func testAddingACoefficientClosesThePreviousOneAndKeepsHistory() throws {
        let ws = try dir.workspace()
        let stored = try XCTUnwrap(ws.catalogue)
        let new = DatedCoefficient(validFrom: CivilDate(2026, 1, 1), individual: Decimal(string: "3.5"), collective: nil,
                                   legalBasis: "Nghị định 152/2025/NĐ-CP")
        let next = try stored.value.addingCoefficient(new, to: "CSTD_TINH")
        try ws.saveCatalogue(next, basedOn: stored.revision)
        let reread = try XCTUnwrap(try dir.workspace().catalogue?.value.award("CSTD_TINH"))
        // Rows per decree (91/2017, 98/2023, 152/2025), then the new one; only the open-ended row is closed.
        XCTAssertEqual(reread.coefficients.count, 4)
        XCTAssertEqual(reread.coefficients[1].validTo, CivilDate(2025, 6, 30))
        XCTAssertEqual(reread.coefficients[2].validTo, CivilDate(2025, 12, 31))
        XCTAssertEqual(reread.coefficients[2].individual, Decimal(string: "3.0"))
        XCTAssertEqual(reread.coefficient(on: CivilDate(2026, 2, 1))?.individual, Decimal(string: "3.5"))
        XCTAssertEqual(reread.coefficient(on: CivilDate(2025, 2, 1))?.individual, Decimal(string: "3.0"))
        // Not before the latest value, and a legal basis is needed.
        XCTAssertThrowsError(try next.addingCoefficient(new, to: "CSTD_TINH")) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "coefficients.validFrom")
        }
        var noBasis = new
        noBasis.validFrom = CivilDate(2027, 1, 1); noBasis.legalBasis = " "
        XCTAssertThrowsError(try next.addingCoefficient(noBasis, to: "CSTD_TINH"))
        var tooBig = noBasis
        tooBig.legalBasis = "x"; tooBig.individual = 500
        XCTAssertThrowsError(try next.addingCoefficient(tooBig, to: "CSTD_TINH"))
    }

    func testBaseSalaryIsAddedNotOverwritten() throws {
        let cat = try XCTUnwrap(try dir.workspace().catalogue?.value)
        let next = try cat.addingBaseSalary(BaseSalary(validFrom: CivilDate(2027, 7, 1), amount: 2_700_000, legalBasis: "Nghị định mới"))
        XCTAssertEqual(next.baseSalaries.count, cat.baseSalaries.count + 1)
        XCTAssertEqual(next.baseSalary(on: CivilDate(2027, 8, 1))?.amount, 2_700_000)
        XCTAssertThrowsError(try cat.addingBaseSalary(BaseSalary(validFrom: CivilDate(2024, 1, 1), amount: 2_000_000, legalBasis: "x")))
        XCTAssertThrowsError(try cat.addingBaseSalary(BaseSalary(validFrom: CivilDate(2028, 1, 1), amount: 0, legalBasis: "x")))
    }

    func testOnlyAnAdministratorSavesAndRevisionsAreChecked() throws {
        let admin = try dir.workspace()
        let clerk = try Workspace(root: dir.root, user: "lan")
        let stored = try XCTUnwrap(admin.catalogue)
        XCTAssertThrowsError(try clerk.saveCatalogue(stored.value, basedOn: stored.revision)) { e in
            XCTAssertTrue((e as? PermissionError)?.message(.vi).contains("chỉ quản trị viên") ?? false, "\(e)")
        }
        try admin.saveCatalogue(try stored.value.addingBaseSalary(BaseSalary(validFrom: CivilDate(2027, 7, 1), amount: 2_700_000, legalBasis: "a")),
                                basedOn: stored.revision)
        // A second save from the revision read before is refused: someone changed it in between.
        XCTAssertThrowsError(try admin.saveCatalogue(stored.value, basedOn: stored.revision)) { e in
            guard case .conflict? = e as? StoreError else { return XCTFail("\(e)") }
        }
        var bad = stored.value
        bad.awards[0].code = "lower"
        XCTAssertThrowsError(try admin.saveCatalogue(bad, basedOn: admin.catalogue?.revision))
    }

    func testPreviousDay() {
        XCTAssertEqual(CivilDate(2024, 3, 1).previousDay, CivilDate(2024, 2, 29))
        XCTAssertEqual(CivilDate(2025, 1, 1).previousDay, CivilDate(2024, 12, 31))
        XCTAssertEqual(CivilDate(2025, 7, 15).previousDay, CivilDate(2025, 7, 14))
    }
}
