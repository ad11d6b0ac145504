import Foundation
import XCTest
@testable import TDKTCore
import TDKTText
import TDKTTestKit

/// The store's lock: a wait names who holds it and gives up; removing `.lock` lets no second writer in.
final class StoreLockTests: XCTestCase {
    func testAWaitingSaveNamesTheHolderAndGivesUp() throws {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "admin", durable: false)
        let store = try Store(root: root, user: "admin", lockTimeout: 0.3)
        let held = try FileLock(directory: root, holder: "lan", timeout: 1)
        defer { held.release() }
        let started = Date()
        XCTAssertThrowsError(try store.save(TDKTCore.Unit(id: "u", name: "Đơn vị thử", kind: .other), basedOn: nil, action: "test")) { e in
            guard case let StoreError.busy(_, holder)? = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertTrue(holder.hasPrefix("lan pid \(getpid()) since "), holder)
            XCTAssertTrue(ErrorText.message(e, .vi).contains("lan pid"), ErrorText.message(e, .vi))
        }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.3)
        XCTAssertNil(try store.read(TDKTCore.Unit.self, at: "units/u.json"), "nothing written")
    }

    func testRemovingTheLockFileLetsNoSecondWriterIn() throws {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "admin", durable: false)
        let held = try FileLock(directory: root, holder: "lan", timeout: 1)
        defer { held.release() }
        unlink(root + "/.lock")
        XCTAssertThrowsError(try FileLock(directory: root, holder: "mallory", timeout: 0.2)) { e in
            guard case StoreError.busy? = e as? StoreError else { return XCTFail("\(e)") }
        }
        // A symlink planted at .lock is not followed when the holder writes its name.
        let victim = root + "-victim"
        XCTAssertTrue(FileManager.default.createFile(atPath: victim, contents: Data("private\n".utf8)))
        defer { unlink(victim) }
        held.release()
        unlink(root + "/.lock")
        try FileManager.default.createSymbolicLink(atPath: root + "/.lock", withDestinationPath: victim)
        let next = try FileLock(directory: root, holder: "admin", timeout: 1)
        next.release()
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "private\n")
    }
}

/// The journal of a batch: relative to the data directory, carried out only as the store writes it,
/// finished by the next writer before anything else.
final class JournalTests: XCTestCase {
    func testAPlantedJournalPointingOutsideIsNotCarriedOut() throws {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "admin", durable: false)
        let outside = root + "-outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("attacker".utf8).write(to: URL(fileURLWithPath: outside + "/payload"))
        try Data("victim".utf8).write(to: URL(fileURLWithPath: outside + "/bashrc"))
        let lines = ["\(outside)/payload\t\(outside)/bashrc", "../\((outside as NSString).lastPathComponent)/payload\tunits/x.json",
                     "units/.x.json.tmp-1\t../../etc/passwd"]
        try (lines.joined(separator: "\n") + "\n").write(toFile: root + "/.journal", atomically: true, encoding: .utf8)
        let store = try Store(root: root, user: "admin")
        try store.save(TDKTCore.Unit(id: "u", name: "Đơn vị", kind: .other), basedOn: nil, action: "test")
        XCTAssertEqual(try String(contentsOfFile: outside + "/bashrc", encoding: .utf8), "victim")
        XCTAssertTrue(FileManager.default.fileExists(atPath: outside + "/payload"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/.journal"), "the planted journal is dropped")
        try? FileManager.default.removeItem(atPath: outside)
    }

    func testAHalfDoneBatchIsFinishedByTheNextWriterBeforeItsOwnSave() throws {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "admin", durable: false)
        let store = try Store(root: root, user: "admin")
        try store.save(TDKTCore.Unit(id: "a", name: "Đơn vị A", kind: .other), basedOn: nil, action: "test")
        // A batch that crashed after its journal: a temporary for units/a.json (revision 2) not yet in place.
        let tmp = try FileIO.writeTemporary(try RecordFile.encode(TDKTCore.Unit(id: "a", name: "Đơn vị A mới", kind: .other),
                                                                  revision: 2, modifiedBy: "admin", modifiedAt: "t"),
                                            beside: root + "/units/a.json")
        let relative = "units/" + (tmp as NSString).lastPathComponent
        try "\(relative)\tunits/a.json\n".write(toFile: root + "/.journal", atomically: true, encoding: .utf8)
        // The store opened before the crash saves another record: the batch is finished first.
        try store.save(TDKTCore.Unit(id: "b", name: "Đơn vị B", kind: .other), basedOn: nil, action: "test")
        let a = try XCTUnwrap(try store.read(TDKTCore.Unit.self, at: "units/a.json"))
        XCTAssertEqual(a.value.name, "Đơn vị A mới")
        XCTAssertEqual(a.revision, 2)
    }

    func testTheSamePathTwiceInABatchIsRefused() throws {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "admin", durable: false)
        let store = try Store(root: root, user: "admin")
        let u = TDKTCore.Unit(id: "x", name: "Đơn vị X", kind: .other)
        XCTAssertThrowsError(try store.commit([PendingWrite(u, basedOn: nil, action: "a"), PendingWrite(u, basedOn: nil, action: "b")]))
        XCTAssertNil(try store.read(TDKTCore.Unit.self, at: "units/x.json"))
    }
}
