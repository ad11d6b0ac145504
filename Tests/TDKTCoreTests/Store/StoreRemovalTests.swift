import Foundation
import XCTest
@testable import TDKTCore

/// Removing records in a batch (undoing an import): revision-checked, all or none, finished from the
/// journal after a crash, and audited.
final class StoreRemovalTests: XCTestCase {
    func testRemovalsAreCheckedAgainstTheirRevisionAndAudited() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        let a = Unit(id: "a", name: "A", kind: .other), b = Unit(id: "b", name: "B", kind: .other)
        try store.commit([PendingWrite(a, basedOn: nil, action: "create"), PendingWrite(b, basedOn: nil, action: "create")])
        try store.save(Unit(id: "b", name: "B2", kind: .other), basedOn: 1, action: "rename")
        // b is at revision 2 now: a batch that expects 1 removes nothing at all.
        XCTAssertThrowsError(try store.commit([PendingWrite(removing: a, basedOn: 1, action: "undo"),
                                               PendingWrite(removing: b, basedOn: 1, action: "undo")])) {
            guard case StoreError.conflict = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertNotNil(try store.read(Unit.self, at: "units/a.json"))
        try store.commit([PendingWrite(removing: a, basedOn: 1, action: "undo"), PendingWrite(removing: b, basedOn: 2, action: "undo")])
        XCTAssertNil(try store.read(Unit.self, at: "units/a.json"))
        XCTAssertNil(try store.read(Unit.self, at: "units/b.json"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/units"), [], "no hidden leftovers")
        let audit = try String(contentsOfFile: root + "/audit.log", encoding: .utf8)
        XCTAssertEqual(audit.components(separatedBy: "\"undo\"").count - 1, 2, audit)
    }

    func testInterruptedRemovalIsFinishedFromItsJournal() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        try store.save(Unit(id: "r", name: "R", kind: .other), basedOn: nil, action: "create")
        // A crash after the journal was written, before the record was moved aside.
        let hidden = root + "/units/.r.json.removed"
        try "units/r.json\tunits/.r.json.removed\n".write(toFile: root + "/.journal", atomically: true, encoding: .utf8)
        let reopened = try Store(root: root, user: "minh")
        XCTAssertNil(try reopened.read(Unit.self, at: "units/r.json"))
        XCTAssertTrue(reopened.loadAll(Unit.self).records.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/.journal"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: hidden), "the record moved aside is dropped")
    }
}
