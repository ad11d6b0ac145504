import Foundation
import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// The per-year index of awards and proposals: kept by the store on save, never trusted over the files,
/// renewed by `tdkt check`.
final class YearIndexTests: XCTestCase {
    private func award(_ i: Int, year: Int = 2025, code: String = "LDTT", decision: String? = nil) -> AwardRecord {
        AwardRecord(id: "kt\(year)-\(i)", year: year, nominee: NomineeRef(.person, "p\(i)"), awardCode: code, kind: .thematic,
                    campaignId: nil, decisionNumber: decision ?? "\(i)/QĐ-UBND", decisionDate: CivilDate(year, 12, 20), source: .demo)
    }

    private func makeStore() throws -> Store {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "tester")
        return try Store(root: root, user: "tester")
    }

    /// What the files say, read one by one.
    private func fromFiles(_ store: Store, _ year: Int) -> [String: (Int, AwardRecord)] {
        store.useIndexes = false
        defer { store.useIndexes = true }
        return Dictionary(uniqueKeysWithValues: store.loadAll(AwardRecord.self, year: year).records.map { ($0.value.id, ($0.revision, $0.value)) })
    }

    private func viaIndex(_ store: Store, _ year: Int) -> [String: (Int, AwardRecord)] {
        Dictionary(uniqueKeysWithValues: store.loadAll(AwardRecord.self, year: year).records.map { ($0.value.id, ($0.revision, $0.value)) })
    }

    private func assertSame(_ a: [String: (Int, AwardRecord)], _ b: [String: (Int, AwardRecord)], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Set(a.keys), Set(b.keys), file: file, line: line)
        for (k, v) in a { XCTAssertTrue(b[k].map { $0.0 == v.0 && $0.1 == v.1 } ?? false, k, file: file, line: line) }
    }

    func testSavesKeepTheIndexConsistentWithTheFiles() throws {
        let store = try makeStore()
        for i in 0..<20 { try store.save(award(i), basedOn: nil, action: "test") }
        // A batch, and updates of records already indexed.
        try store.commit((20..<25).map { PendingWrite(award($0), basedOn: nil, action: "test") })
        for i in [3, 7] { try store.save(award(i, code: "GK"), basedOn: 1, action: "test") }
        try store.save(award(3, code: "BK_TINH"), basedOn: 2, action: "test")
        try store.save(award(1, year: 2024), basedOn: nil, action: "test")

        let status = YearIndex.status(AwardRecord.self, store: store, year: 2025)
        XCTAssertEqual(status, YearIndex.Status(files: 25, matching: 25, lines: 28))
        XCTAssertFalse(status.isStale)
        assertSame(viaIndex(store, 2025), fromFiles(store, 2025))
        XCTAssertEqual(viaIndex(store, 2025)["kt2025-3"]?.1.awardCode, "BK_TINH")
        XCTAssertEqual(viaIndex(store, 2025)["kt2025-3"]?.0, 3)
        XCTAssertEqual(viaIndex(store, 2024).count, 1)
        let text = try String(contentsOfFile: store.path("index/awards/2025.jsonl"), encoding: .utf8)
        XCTAssertEqual(text.split(separator: "\n").count, 28, "one compact line per save")
    }

    func testRecordsComeFromTheIndexWhenItMatches() throws {
        let store = try makeStore()
        try store.save(award(1), basedOn: nil, action: "test")
        // Change the value in the index line only: a matching line is used without reading the file.
        let indexFile = store.path("index/awards/2025.jsonl")
        let line = try String(contentsOfFile: indexFile, encoding: .utf8)
        try line.replacingOccurrences(of: "1/QĐ-UBND", with: "99/QĐ-UBND").write(toFile: indexFile, atomically: true, encoding: .utf8)
        XCTAssertEqual(viaIndex(store, 2025)["kt2025-1"]?.1.decisionNumber, "99/QĐ-UBND")
        XCTAssertEqual(fromFiles(store, 2025)["kt2025-1"]?.1.decisionNumber, "1/QĐ-UBND")
    }

    func testAFileChangedBehindTheStoresBackIsReadFromTheFileAndCheckRebuilds() throws {
        let store = try makeStore()
        for i in 0..<5 { try store.save(award(i), basedOn: nil, action: "test") }
        // Edited in place by hand (same inode), and a file copied in from elsewhere.
        let edited = store.path("awards/2025/kt2025-2.json")
        let text = try String(contentsOfFile: edited, encoding: .utf8).replacingOccurrences(of: "2/QĐ-UBND", with: "222/QĐ-UBND")
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: edited))
        handle.truncateFile(atOffset: 0); handle.write(Data(text.utf8)); handle.closeFile()
        let other = try makeStore()
        try other.save(award(9), basedOn: nil, action: "test")
        try FileManager.default.copyItem(atPath: other.path("awards/2025/kt2025-9.json"), toPath: store.path("awards/2025/kt2025-9.json"))

        XCTAssertEqual(viaIndex(store, 2025)["kt2025-2"]?.1.decisionNumber, "222/QĐ-UBND")
        XCTAssertNotNil(viaIndex(store, 2025)["kt2025-9"])
        assertSame(viaIndex(store, 2025), fromFiles(store, 2025))
        let stale = YearIndex.status(AwardRecord.self, store: store, year: 2025)
        XCTAssertTrue(stale.isStale)
        XCTAssertEqual(stale.matching, 4)

        let ws = try Workspace(root: store.root, user: "tester")
        let report = DataCheck.run(ws)
        XCTAssertEqual(report.rebuiltIndexes, ["index/awards/2025.jsonl"])
        XCTAssertEqual(YearIndex.status(AwardRecord.self, store: store, year: 2025), YearIndex.Status(files: 6, matching: 6, lines: 6))
        assertSame(viaIndex(store, 2025), fromFiles(store, 2025))
        // A second check finds nothing to do.
        XCTAssertEqual(DataCheck.run(ws).rebuiltIndexes, [])
    }

    func testAMissingOrTornIndexCostsSpeedNotCorrectness() throws {
        let store = try makeStore()
        for i in 0..<6 { try store.save(award(i), basedOn: nil, action: "test") }
        let indexFile = store.path("index/awards/2025.jsonl")
        // A crash in the middle of an append: the last line is cut.
        var data = try Data(contentsOf: URL(fileURLWithPath: indexFile))
        data.removeLast(40)
        try data.write(to: URL(fileURLWithPath: indexFile))
        XCTAssertEqual(YearIndex.status(AwardRecord.self, store: store, year: 2025).matching, 5)
        assertSame(viaIndex(store, 2025), fromFiles(store, 2025))
        // No index at all (a data directory from before the index, or one restored without it).
        try FileManager.default.removeItem(atPath: indexFile)
        XCTAssertEqual(YearIndex.status(AwardRecord.self, store: store, year: 2025), YearIndex.Status(files: 6, matching: 0, lines: 0))
        assertSame(viaIndex(store, 2025), fromFiles(store, 2025))
        XCTAssertEqual(try IndexedCollections.refresh(store), ["index/awards/2025.jsonl"])
        XCTAssertFalse(YearIndex.status(AwardRecord.self, store: store, year: 2025).isStale)
        // A damaged record file gets no line and is still reported by reading.
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path("awards/2025/kt2025-0.json")))
        XCTAssertEqual(try store.rebuildIndex(AwardRecord.self, year: 2025), 5)
        let loaded = store.loadAll(AwardRecord.self, year: 2025)
        XCTAssertEqual(loaded.records.count, 5)
        XCTAssertEqual(loaded.problems.map(\.path), ["awards/2025/kt2025-0.json"])
    }

    func testRecordsOfIndexedCollectionsAreIndexedByFolder() {
        XCTAssertEqual(YearIndex.indexPath(for: "awards/2025/kt-1.json"), "index/awards/2025.jsonl")
        XCTAssertEqual(YearIndex.indexPath(for: "proposals/2019/dn-1.json"), "index/proposals/2019.jsonl")
        XCTAssertEqual(YearIndex.indexPath(for: "people/p1.json"), "index/people.jsonl")
        XCTAssertNil(YearIndex.indexPath(for: "decisions/2025/qd-1.json"))
        XCTAssertNil(YearIndex.indexPath(for: "config.json"))
        XCTAssertNil(YearIndex.indexPath(for: "awards/2025/.kt-1.json.tmp-1"))
        XCTAssertNil(YearIndex.indexPath(for: "index/awards/2025.jsonl"))
    }
}
