import Foundation
import XCTest
@testable import TDKTCore
import TDKTText
import TDKTTestKit

/// The audit log is hash-chained: `tdkt check` finds a line edited, removed or cut; a torn line never
/// swallows the next entry; a link planted at audit.log is never followed.
final class AuditChainTests: XCTestCase {
    func seeded() throws -> (root: String, store: Store) {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "admin", durable: false)
        let store = try Store(root: root, user: "admin")
        for i in 1...5 { try store.save(TDKTCore.Unit(id: "u\(i)", name: "Đơn vị \(i)", kind: .other), basedOn: nil, action: "unit.create") }
        return (root, store)
    }

    func lines(_ root: String) throws -> [String] {
        try String(contentsOfFile: root + "/audit.log", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func testAnIntactLogChecksClean() throws {
        let (root, store) = try seeded()
        XCTAssertEqual(AuditLog(store: store).verify(), [])
        XCTAssertEqual(try lines(root).count, 7, "init's two lines and five saves")
        XCTAssertEqual(runTool(["--data", root, "check"]).status, 0)
    }

    func testAnEditedLineIsFound() throws {
        let (root, store) = try seeded()
        var l = try lines(root)
        l[3] = l[3].replacingOccurrences(of: "\"admin\"", with: "\"lan\"")
        try (l.joined(separator: "\n") + "\n").write(toFile: root + "/audit.log", atomically: true, encoding: .utf8)
        let problems = AuditLog(store: store).verify()
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems[0].contains("dòng 5"), problems[0])
        let check = runTool(["--data", root, "check"])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue((check.out + check.err).contains("audit.log dòng 5"), check.out + check.err)
    }

    func testARemovedLineIsFound() throws {
        let (root, store) = try seeded()
        var l = try lines(root)
        l.remove(at: 2)
        try (l.joined(separator: "\n") + "\n").write(toFile: root + "/audit.log", atomically: true, encoding: .utf8)
        XCTAssertEqual(AuditLog(store: store).verify().count, 1)
    }

    func testATornLineDoesNotSwallowTheNextEntry() throws {
        let (root, store) = try seeded()
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: root + "/audit.log"))
        handle.seekToEndOfFile()
        handle.write(Data("{\"action\":\"unit.cre".utf8))  // a write cut short by a full disk
        try handle.close()
        try store.save(TDKTCore.Unit(id: "u6", name: "Đơn vị 6", kind: .other), basedOn: nil, action: "unit.create")
        let entries = AuditLog(store: store).entries()
        XCTAssertEqual(entries.last?.record, "units/u6.json", "the entry after the torn line is kept whole")
        XCTAssertFalse(AuditLog(store: store).verify().isEmpty, "the torn line is reported")
    }

    func testALinkPlantedAtTheLogIsNotFollowed() throws {
        let (root, store) = try seeded()
        let victim = root + "-victim"
        XCTAssertTrue(FileManager.default.createFile(atPath: victim, contents: Data("private\n".utf8)))
        defer { unlink(victim) }
        unlink(root + "/audit.log")
        try FileManager.default.createSymbolicLink(atPath: root + "/audit.log", withDestinationPath: victim)
        XCTAssertThrowsError(try store.save(TDKTCore.Unit(id: "u7", name: "Đơn vị 7", kind: .other), basedOn: nil, action: "unit.create"))
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "private\n")
    }
}
