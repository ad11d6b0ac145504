import XCTest
@testable import TDKTCore
import TDKTTestKit

/// A commit's audit lines travel in its journal: a crash at any step after the journal leaves the records
/// and their audit lines together, the chain intact; a journal whose base revision has moved is rolled back.
final class JournalAuditTests: XCTestCase {
    private func envelope(_ unit: TDKTCore.Unit, revision: Int) throws -> Data {
        try JSONCoding.encode(Envelope(schemaVersion: 1, kind: "units", revision: revision, modifiedBy: "lan", modifiedAt: "t", data: unit))
    }

    private func entry(_ record: String, _ revision: Int, action: String = "edit") -> AuditEntry {
        AuditEntry(time: "2026-11-29T10:00:00.000Z", user: "lan", action: action, record: record, revision: revision, changes: nil)
    }

    /// A batch of two new units planned and journaled, then interrupted after `movesDone` moves and
    /// `auditsDone` audit lines.
    private func crash(at root: String, movesDone: Int, auditsDone: Int) throws -> Store {
        let store = try Store(root: root, user: "lan")
        try store.save(TDKTCore.Unit(id: "z", name: "Trước", kind: .other), basedOn: nil, action: "create")
        var moves: [Store.JournalMove] = []
        for id in ["a", "b"] {
            let tmp = try FileIO.writeTemporary(try envelope(TDKTCore.Unit(id: id, name: id.uppercased(), kind: .other), revision: 1), beside: root + "/units/\(id).json")
            moves.append(Store.JournalMove(from: tmp, to: root + "/units/\(id).json", base: 0))
        }
        let audits = [entry("units/a.json", 1), entry("units/b.json", 1)]
        try store.writeJournal(moves, audits: audits)
        for m in moves.prefix(movesDone) { try FileIO.commitTemporary(m.from, to: m.to) }
        for a in audits.prefix(auditsDone) { try AuditLog(store: store).append(a) }
        return store
    }

    func testEveryCrashPointEndsWithEveryRecordAndEveryAuditLineOnceAndTheChainIntact() throws {
        for (moves, audits) in [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2)] {
            let root = TestDirectories.path("journal-audit")
            _ = try crash(at: root, movesDone: moves, auditsDone: audits)
            // The next writer (here: a new process opening the store) finishes the commit.
            let next = try Store(root: root, user: "minh")
            XCTAssertEqual(try next.read(TDKTCore.Unit.self, at: "units/a.json")?.value.name, "A", "crash after \(moves) moves, \(audits) lines")
            XCTAssertEqual(try next.read(TDKTCore.Unit.self, at: "units/b.json")?.value.name, "B")
            let log = AuditLog(store: next)
            let records = log.entries().map(\.record)
            XCTAssertEqual(records.filter { $0 == "units/a.json" }.count, 1, "\(records)")
            XCTAssertEqual(records.filter { $0 == "units/b.json" }.count, 1, "\(records)")
            XCTAssertEqual(log.verify(), [], "chain after a crash after \(moves) moves, \(audits) lines")
            XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/.journal"))
        }
    }

    func testAJournalWhoseBaseRevisionHasMovedIsRolledBackNotReplayed() throws {
        let root = TestDirectories.path("journal-base")
        let store = try Store(root: root, user: "lan")
        try store.save(TDKTCore.Unit(id: "a", name: "Một", kind: .other), basedOn: nil, action: "create")
        // A commit planned on revision 1, interrupted after its journal ...
        let tmp = try FileIO.writeTemporary(try envelope(TDKTCore.Unit(id: "a", name: "Cũ, từ nhật ký", kind: .other), revision: 2), beside: root + "/units/a.json")
        try store.writeJournal([Store.JournalMove(from: tmp, to: root + "/units/a.json", base: 1)], audits: [entry("units/a.json", 2)])
        // ... while the record was saved on past it by a writer that did not see the journal.
        let journal = try Data(contentsOf: URL(fileURLWithPath: root + "/.journal"))
        unlink(root + "/.journal")
        try store.save(TDKTCore.Unit(id: "a", name: "Hai", kind: .other), basedOn: 1, action: "edit")
        try store.save(TDKTCore.Unit(id: "a", name: "Ba", kind: .other), basedOn: 2, action: "edit")
        try journal.write(to: URL(fileURLWithPath: root + "/.journal"))
        let next = try Store(root: root, user: "minh")
        let a = try XCTUnwrap(next.read(TDKTCore.Unit.self, at: "units/a.json"))
        XCTAssertEqual(a.value.name, "Ba", "the newer save is kept")
        XCTAssertEqual(a.revision, 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp), "the stale temporary is dropped")
    }

    func testTheConfigurationIsWrittenThroughTheJournalWithItsAuditLine() throws {
        let root = TestDirectories.path("journal-config")
        try DataInitializer.create(root: root, user: "lan", durable: false)
        let ws = try Workspace(root: root, user: "lan")
        try ws.setRole(RoleAssignment(role: .clerk), for: "hoa")
        let entries = AuditLog(store: try Store(root: root, user: "lan")).entries()
        XCTAssertEqual(entries.last?.record, OfficeConfig.fileName)
        XCTAssertEqual(entries.last?.action, "roles.set hoa=clerk")
        // A journal naming the configuration is carried out; one naming any other top-level file is not.
        let store = try Store(root: root, user: "lan")
        XCTAssertNotNil(store.journalMove(".config.json.tmp-1-2\tconfig.json\t-"))
        XCTAssertNil(store.journalMove(".audit.log.tmp-1-2\taudit.log\t-"))
        XCTAssertNil(store.journalMove("units/.a.json.tmp-1-2\tunits/a.json\t-3"))
    }
}
