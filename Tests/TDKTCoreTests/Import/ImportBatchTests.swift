import Foundation
import XCTest
@testable import TDKTCore

/// Every import is a batch: listed, and undone unless later work depends on it.
final class ImportBatchTests: XCTestCase {
    var dir: CommandDemo!
    override func setUpWithError() throws { dir = CommandDemo() }
    override func tearDown() { dir = nil }

    /// The records of the data directory, as their data without the envelopes (revisions, times).
    func snapshot() throws -> [String: NSDictionary] {
        var out: [String: NSDictionary] = [:]
        for collection in ["units", "people", "campaigns", "awards", "proposals"] {
            let base = dir.root + "/" + collection
            guard let e = FileManager.default.enumerator(atPath: base) else { continue }
            for case let name as String in e where name.hasSuffix(".json") && !(name as NSString).lastPathComponent.hasPrefix(".") {
                let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: base + "/" + name))) as! [String: Any]
                out[collection + "/" + name] = object["data"] as? NSDictionary
            }
        }
        return out
    }

    func testUndoLeavesTheDataAsBeforeAndCheckClean() throws {
        let before = try snapshot()
        let units = runTool(["--data", dir.root, "import", "units", ImportFixtures.path("don-vi.xlsx")])
        XCTAssertEqual(units.status, 0, units.err)
        let awards = runTool(["--data", dir.root, "import", "awards", ImportFixtures.path("lich-su-khen-thuong.csv")])
        XCTAssertEqual(awards.status, 0, awards.err)
        XCTAssertNotEqual(try snapshot(), before)
        let batches = ImportBatches.list(try dir.workspace()).map(\.value)
        XCTAssertEqual(batches.map(\.kind), [.awards, .units])
        XCTAssertEqual(batches[0].created.campaigns.count, 2)
        XCTAssertEqual(batches[0].created.awards.count, 5)
        XCTAssertEqual(batches[1].replacedUnits.map(\.id), ["tn-vp-ubnd"])
        let list = runTool(["--data", dir.root, "import", "list"])
        XCTAssertTrue(list.out.contains(batches[0].id) && list.out.contains("lich-su-khen-thuong.csv"), list.out)

        for b in batches {
            let r = runTool(["--data", dir.root, "import", "undo", b.id])
            XCTAssertEqual(r.status, 0, r.err)
        }
        let after = try snapshot()
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        for (path, value) in before { XCTAssertEqual(after[path], value, path) }
        let check = runTool(["--data", dir.root, "check"])
        XCTAssertEqual(check.status, 0, check.out + check.err)
        XCTAssertTrue(check.out.contains("0 vấn đề"), check.out)
        XCTAssertFalse(check.out.contains("dựng lại"), "undo already rewrote the indexes: \(check.out)")
        // Undone once, not twice.
        let again = runTool(["--data", dir.root, "import", "undo", batches[0].id])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("đã hoàn tác"), again.err)
        XCTAssertTrue(runTool(["--data", dir.root, "import", "list"]).out.contains("đã hoàn tác"))
    }

    func testUndoRefusedWhenLaterWorkDependsOnTheBatch() throws {
        let r = runTool(["--data", dir.root, "import", "awards", ImportFixtures.path("lich-su-khen-thuong.csv")])
        XCTAssertEqual(r.status, 0, r.err)
        let ws = try dir.workspace()
        let batch = try XCTUnwrap(ImportBatches.list(ws).first?.value)
        // A proposal now names an imported person, and an imported unit was edited since.
        let proposal = Proposal(id: "2025-gk-le-thi-hoa", year: 2025, nominee: NomineeRef(.person, "le-thi-hoa"), awardCode: "GK",
                                achievement: "Dạy giỏi")
        _ = try ws.store.save(proposal, basedOn: nil, action: "test")
        var school = try XCTUnwrap(ws.units["truong-thpt-chu-van-an"])
        school.value.memberCount = 80
        _ = try ws.store.save(school.value, basedOn: school.revision, action: "test")
        ws.reload()
        let before = try snapshot()
        let undo = runTool(["--data", dir.root, "import", "undo", batch.id])
        XCTAssertEqual(undo.status, 1)
        XCTAssertTrue(undo.err.contains("Lê Thị Hoa (le-thi-hoa) có đề nghị khen thưởng 2025-gk-le-thi-hoa"), undo.err)
        XCTAssertTrue(undo.err.contains("Trường THPT Chu Văn An (truong-thpt-chu-van-an) đã được"), undo.err)
        XCTAssertEqual(try snapshot(), before, "a refused undo writes nothing")
        XCTAssertNil(ImportBatches.list(try dir.workspace()).first?.value.undoneAt)
    }

    func testAChangedRecordEditedSinceIsNotRestored() throws {
        let csv = temporaryDirectory() + "/u.csv"
        try "Tên đơn vị,Số thành viên\nSở Nội vụ,99\n".write(toFile: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(runTool(["--data", dir.root, "import", "units", csv]).status, 0)
        let ws = try dir.workspace()
        XCTAssertEqual(ws.units["tn-snv"]?.value.memberCount, 99)
        var snv = try XCTUnwrap(ws.units["tn-snv"])
        snv.value.memberCount = 100
        _ = try ws.store.save(snv.value, basedOn: snv.revision, action: "test")
        let id = try XCTUnwrap(ImportBatches.list(try dir.workspace()).first?.value.id)
        XCTAssertThrowsError(try ImportBatches.undo(id, in: try dir.workspace(), actor: "test")) {
            XCTAssertTrue(($0 as? ImportBatches.Refusal)?.message(.en).contains("Sở Nội vụ (tn-snv) was edited") == true, "\($0)")
        }
        XCTAssertEqual(try dir.workspace().units["tn-snv"]?.value.memberCount, 100)
    }

    func testAnExistingUnitMovedUnderANewOneGoesBackWithTheUndo() throws {
        let csv = temporaryDirectory() + "/u.csv"
        try "Tên đơn vị,Cấp trên\nSở Nội vụ,Khối Nội chính mới\nKhối Nội chính mới,\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try XCTUnwrap(try dir.workspace().units["tn-snv"]?.value)
        XCTAssertEqual(runTool(["--data", dir.root, "import", "units", csv]).status, 0)
        XCTAssertEqual(try dir.workspace().units["tn-snv"]?.value.parentId, "khoi-noi-chinh-moi")
        let id = try XCTUnwrap(ImportBatches.list(try dir.workspace()).first?.value.id)
        let undo = runTool(["--data", dir.root, "import", "undo", id])
        XCTAssertEqual(undo.status, 0, undo.err)
        let ws = try dir.workspace()
        XCTAssertEqual(ws.units["tn-snv"]?.value, before)
        XCTAssertNil(ws.units["khoi-noi-chinh-moi"])
    }
}
