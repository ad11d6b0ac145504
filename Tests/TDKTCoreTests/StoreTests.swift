import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class StoreTests: XCTestCase {
    func testSaveAndReloadKeepsTheRecordAndWritesSortedNFCJSON() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        let unit = Unit(id: "tn-snv", name: "So\u{31B}\u{309} Nội vụ", kind: .department, parentId: "tn")
        let saved = try store.save(unit, basedOn: nil, action: "create")
        XCTAssertEqual(saved.revision, 1)
        let back = try XCTUnwrap(try store.read(Unit.self, at: "units/tn-snv.json"))
        XCTAssertEqual(back.value, unit)
        XCTAssertEqual(back.modifiedBy, "lan")
        let text = try String(contentsOfFile: root + "/units/tn-snv.json", encoding: .utf8)
        XCTAssertTrue(text.contains("\"name\" : \"Sở Nội vụ\""), text)
        XCTAssertTrue(text.contains("\"schemaVersion\" : 1"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0) }
        XCTAssertEqual(keys, keys.sorted(), "top-level keys are sorted")
    }

    func testSecondWriterIsRefusedWithWhoAndWhenAndNothingOverwritten() throws {
        let root = temporaryDirectory()
        let lan = try Store(root: root, user: "lan")
        let minh = try Store(root: root, user: "minh")
        try lan.save(Unit(id: "u1", name: "Sở Y tế", kind: .department), basedOn: nil, action: "create")
        let readByLan = try XCTUnwrap(try lan.read(Unit.self, at: "units/u1.json"))
        let readByMinh = try XCTUnwrap(try minh.read(Unit.self, at: "units/u1.json"))
        var a = readByMinh.value; a.name = "Sở Y tế tỉnh"
        try minh.save(a, basedOn: readByMinh.revision, action: "edit")
        var b = readByLan.value; b.name = "Sở Y Tế (Lan)"
        XCTAssertThrowsError(try lan.save(b, basedOn: readByLan.revision, action: "edit")) { error in
            guard case let StoreError.conflict(path, by, _, expected, found) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "units/u1.json"); XCTAssertEqual(by, "minh")
            XCTAssertEqual(expected, 1); XCTAssertEqual(found, 2)
            XCTAssertTrue((error as! StoreError).message(.vi).contains("minh đã sửa đơn vị u1"))
        }
        XCTAssertEqual(try lan.read(Unit.self, at: "units/u1.json")?.value.name, "Sở Y tế tỉnh")
        // Creating a record that already exists is a conflict too.
        XCTAssertThrowsError(try lan.save(b, basedOn: nil, action: "create"))
    }

    func testMalformedFileIsNamedWithLineAndColumnAndNeverOverwritten() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        try store.save(Unit(id: "good", name: "Tốt", kind: .other), basedOn: nil, action: "create")
        let broken = "{\n  \"schemaVersion\": 1,\n  \"revision\": 1,,\n}\n"
        try broken.write(toFile: root + "/units/bad.json", atomically: true, encoding: .utf8)
        let loaded = store.loadAll(Unit.self)
        XCTAssertEqual(loaded.records.count, 1)
        XCTAssertEqual(loaded.problems.count, 1)
        guard case let .unreadable(path, line, column, _) = loaded.problems[0].error else { return XCTFail() }
        XCTAssertEqual(path, "units/bad.json")
        XCTAssertEqual(line, 3, "the doubled comma is on line 3")
        XCTAssertNotNil(column)
        // The collection is now read-only: neither the bad file nor another unit is written.
        XCTAssertThrowsError(try store.save(Unit(id: "bad", name: "Ghi đè", kind: .other), basedOn: 1, action: "edit")) { e in
            guard case StoreError.readOnly(_, let because) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(because, "units/bad.json")
        }
        XCTAssertThrowsError(try store.save(Unit(id: "new", name: "Mới", kind: .other), basedOn: nil, action: "create"))
        XCTAssertEqual(try String(contentsOfFile: root + "/units/bad.json", encoding: .utf8), broken)
    }

    func testShapeErrorsNameTheField() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        try FileManager.default.createDirectory(atPath: root + "/units", withIntermediateDirectories: true)
        try #"{"schemaVersion":1,"kind":"units","revision":1,"modifiedBy":"x","modifiedAt":"t","data":{"id":"u","kind":"department"}}"#
            .write(toFile: root + "/units/u.json", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.read(Unit.self, at: "units/u.json")) { e in
            XCTAssertTrue((e as! StoreError).message(.en).contains("data.name"), "\(e)")
        }
    }

    func testBatchIsAllOrNothing() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        try store.save(Unit(id: "b", name: "B", kind: .other), basedOn: nil, action: "create")
        let writes = [PendingWrite(Unit(id: "a", name: "A", kind: .other), basedOn: nil, action: "import"),
                      PendingWrite(Unit(id: "b", name: "B2", kind: .other), basedOn: nil, action: "import")]
        XCTAssertThrowsError(try store.commit(writes))
        XCTAssertNil(try store.read(Unit.self, at: "units/a.json"), "the first write of a refused batch is not made")
        let invalid = [PendingWrite(Unit(id: "c", name: "C", kind: .other), basedOn: nil, action: "import"),
                       PendingWrite(Unit(id: "d", name: "", kind: .other), basedOn: nil, action: "import")]
        XCTAssertThrowsError(try store.commit(invalid)) { e in
            guard case let StoreError.invalid(path, v) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(path, "units/d.json"); XCTAssertEqual(v.field, "name")
        }
        XCTAssertNil(try store.read(Unit.self, at: "units/c.json"))
    }

    func testInterruptedBatchIsFinishedFromItsJournal() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        // Simulate a crash after the journal was written: temporaries exist, nothing renamed yet.
        let data = try JSONCoding.encode(Envelope(schemaVersion: 1, kind: "units", revision: 1, modifiedBy: "lan",
                                                  modifiedAt: "t", data: Unit(id: "j", name: "J", kind: .other)))
        let tmp = try FileIO.writeTemporary(data, beside: root + "/units/j.json")
        try "units/\((tmp as NSString).lastPathComponent)\tunits/j.json\n".write(toFile: root + "/.journal", atomically: true, encoding: .utf8)
        _ = store
        let reopened = try Store(root: root, user: "minh")
        XCTAssertEqual(try reopened.read(Unit.self, at: "units/j.json")?.value.name, "J")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/.journal"))
    }

    func testEverySaveIsAudited() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        try store.save(Unit(id: "a", name: "Cũ", kind: .other), basedOn: nil, action: "create")
        try store.save(Unit(id: "a", name: "Mới", kind: .other), basedOn: 1, action: "rename")
        let entries = AuditLog(store: store).entries()
        XCTAssertEqual(entries.map(\.action), ["create", "rename"])
        XCTAssertEqual(entries[1].user, "lan")
        XCTAssertEqual(entries[1].record, "units/a.json")
        XCTAssertEqual(entries[1].changes?["name"], "\"Cũ\" → \"Mới\"")
        XCTAssertEqual(AuditLog(store: store).entries(user: "minh").count, 0)
    }

    func testFilesAreGroupWritableUnderTheOfficeUmask() throws {
        DataDirectory.applyOfficeUmask()
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        try store.save(Unit(id: "a", name: "A", kind: .other), basedOn: nil, action: "create")
        let mode = try FileManager.default.attributesOfItem(atPath: root + "/units/a.json")[.posixPermissions] as! Int
        XCTAssertEqual(mode & 0o777, 0o660)
    }

    func testDataDirectoryLocation() {
        XCTAssertEqual(DataDirectory.locate(option: "/srv/tdkt", environment: ["TDKT_DATA": "/x"]), "/srv/tdkt")
        XCTAssertEqual(DataDirectory.locate(option: nil, environment: ["TDKT_DATA": "/x", "XDG_DATA_HOME": "/y"]), "/x")
        XCTAssertEqual(DataDirectory.locate(option: nil, environment: ["XDG_DATA_HOME": "/y"]), "/y/tdkt")
        XCTAssertEqual(DataDirectory.locate(option: nil, environment: ["HOME": "/home/lan"]), "/home/lan/.local/share/tdkt")
    }
}
