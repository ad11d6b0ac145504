import Foundation
import XCTest
@testable import TDKTCore

/// A folder's index is compacted by the saves themselves once its stale lines outnumber its records:
/// every record is still read as its file says, and revisions are still checked.
final class IndexCompactionTests: XCTestCase {
    private func award(_ i: Int, code: String) -> AwardRecord {
        AwardRecord(id: "kt2025-\(i)", year: 2025, nominee: NomineeRef(.person, "p\(i)"), awardCode: code, kind: .thematic,
                    decisionNumber: "\(i)/QĐ-UBND", decisionDate: CivilDate(2025, 12, 20), source: .demo)
    }

    private func makeStore() throws -> Store {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "tester")
        return try Store(root: root, user: "tester")
    }

    private func lines(_ store: Store) throws -> Int {
        try String(contentsOfFile: store.path("index/awards/2025.jsonl"), encoding: .utf8).split(separator: "\n").count
    }

    override func tearDown() {
        IndexCompaction.checkEvery = 64 * 1024
        super.tearDown()
    }

    func testSavesCompactAnIndexWhoseStaleLinesOutnumberItsRecords() throws {
        IndexCompaction.checkEvery = 1
        let store = try makeStore()
        for i in 0..<4 { try store.save(award(i, code: "LDTT"), basedOn: nil, action: "test") }
        var revision = [1, 1, 1, 1]
        var maxLines = 0
        for round in 0..<12 {
            for i in 0..<4 {
                try store.save(award(i, code: "C\(round)"), basedOn: revision[i], action: "test")
                revision[i] += 1
                maxLines = max(maxLines, try lines(store))
            }
        }
        // 52 saves of 4 records: without compaction 52 lines; with it never more than twice the records, plus one.
        XCTAssertLessThanOrEqual(maxLines, 2 * 4 + 1)
        let status = YearIndex.status(AwardRecord.self, store: store, year: 2025)
        XCTAssertEqual(status.files, 4)
        XCTAssertEqual(status.matching, 4, "every record keeps its line")

        // Read through the compacted index, as the files say.
        let fresh = try Store(root: store.root, user: "tester")
        let viaIndex = Dictionary(uniqueKeysWithValues: fresh.loadAll(AwardRecord.self, year: 2025).records.map { ($0.value.id, $0) })
        fresh.useIndexes = false
        let fromFiles = Dictionary(uniqueKeysWithValues: fresh.loadAll(AwardRecord.self, year: 2025).records.map { ($0.value.id, $0) })
        XCTAssertEqual(Set(viaIndex.keys), Set(fromFiles.keys))
        for (id, r) in fromFiles {
            XCTAssertEqual(viaIndex[id]?.value, r.value)
            XCTAssertEqual(viaIndex[id]?.revision, r.revision)
            XCTAssertEqual(r.revision, 13)
            XCTAssertEqual(r.value.awardCode, "C11")
        }
        // Revisions are still checked against the files.
        XCTAssertThrowsError(try store.save(award(0, code: "X"), basedOn: 12, action: "test")) { error in
            guard case StoreError.conflict = error else { return XCTFail("\(error)") }
        }
        XCTAssertNoThrow(try store.save(award(0, code: "X"), basedOn: 13, action: "test"))
    }

    /// Compaction keeps the latest line of each file it matches, drops torn lines and lines of files
    /// changed or gone, and leaves a file without a line to be read from the file.
    func testCompactionKeepsOnlyLinesThatMatchTheirFiles() throws {
        let store = try makeStore()
        for i in 0..<3 { try store.save(award(i, code: "LDTT"), basedOn: nil, action: "test") }
        for i in 0..<3 { try store.save(award(i, code: "GK"), basedOn: 1, action: "test") }
        let index = store.path("index/awards/2025.jsonl")
        // A torn line, a file edited behind the index, a file removed.
        try FileIO.appendLine(#"{"data":{"id":"kt2025-9"#, to: index)
        let edited = store.path("awards/2025/kt2025-1.json")
        let text = try String(contentsOfFile: edited, encoding: .utf8).replacingOccurrences(of: "\"GK\"", with: "\"BK_TINH\"")
        try FileIO.atomicWrite(Data(text.utf8), to: edited)
        unlink(store.path("awards/2025/kt2025-2.json"))

        XCTAssertTrue(try IndexCompaction.compactIfStale(root: store.root, folder: "awards/2025"))
        XCTAssertEqual(try lines(store), 1)
        let loaded = try Store(root: store.root, user: "tester").loadAll(AwardRecord.self, year: 2025)
        XCTAssertEqual(loaded.records.map(\.value.id).sorted(), ["kt2025-0", "kt2025-1"])
        XCTAssertEqual(loaded.records.first { $0.value.id == "kt2025-1" }?.value.awardCode, "BK_TINH", "the file wins")
        XCTAssertFalse(try IndexCompaction.compactIfStale(root: store.root, folder: "awards/2025"), "nothing stale left to drop")
        // `tdkt check` gives the edited file its line back.
        _ = try IndexedCollections.refresh(store)
        XCTAssertEqual(YearIndex.status(AwardRecord.self, store: store, year: 2025), YearIndex.Status(files: 2, matching: 2, lines: 2))
    }

    /// A line left torn at the end of an index does not swallow the next save's line.
    func testASaveAfterATornLineStillGetsItsLine() throws {
        let store = try makeStore()
        try store.save(award(0, code: "LDTT"), basedOn: nil, action: "test")
        let index = store.path("index/awards/2025.jsonl")
        let fd = open(index, O_WRONLY | O_APPEND)
        _ = #"{"data":{"id":"torn"#.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        try store.save(award(1, code: "LDTT"), basedOn: nil, action: "test")
        XCTAssertEqual(YearIndex.status(AwardRecord.self, store: store, year: 2025).matching, 2)
    }
}
