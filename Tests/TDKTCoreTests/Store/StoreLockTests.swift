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
