import Foundation
import XCTest
import TDKTText
import TDKTDemo
import TDKTTestKit
@testable import TDKTCore

/// The read path at scale: folders read through their index, records decoded once, proposals read by year.
/// The files stay the truth: whatever the index says, a load shows what the files hold.
final class ReadPathTests: XCTestCase {
    /// A small province (3 years) with its indexes built, as `tdkt check` leaves it.
    private func province() throws -> Store {
        let root = temporaryDirectory()
        XCTAssertFalse(try ProvinceGenerator.small(seed: 7, years: 3, people: 300, awardsPerYear: 120).writeIndexed(to: root, user: "tester").isEmpty)
        return try Store(root: root, user: "tester")
    }

    /// Every record as its own file says, each file read and parsed.
    private func fromFiles<T: StoredRecord & Identifiable>(_ type: T.Type, _ root: String, year: Int? = nil) throws -> [String: Stored<T>] where T.ID == String {
        let fresh = try Store(root: root, user: "tester")
        fresh.useIndexes = false
        return Dictionary(uniqueKeysWithValues: fresh.loadAll(type, year: year).records.map { ($0.value.id, $0) })
    }

    private func viaIndex<T: StoredRecord & Identifiable>(_ type: T.Type, _ store: Store, year: Int? = nil) -> [String: Stored<T>] where T.ID == String {
        Dictionary(uniqueKeysWithValues: store.loadAll(type, year: year).records.map { ($0.value.id, $0) })
    }

    private func assertSame<T: StoredRecord>(_ a: [String: Stored<T>], _ b: [String: Stored<T>], file: StaticString = #filePath, line: UInt = #line) where T: Equatable {
        XCTAssertEqual(Set(a.keys), Set(b.keys), file: file, line: line)
        for (k, v) in a {
            guard let w = b[k] else { continue }
            XCTAssertEqual(v.value, w.value, k, file: file, line: line)
            XCTAssertEqual(v.revision, w.revision, k, file: file, line: line)
            XCTAssertEqual(v.modifiedBy, w.modifiedBy, k, file: file, line: line)
            XCTAssertEqual(v.modifiedAt, w.modifiedAt, k, file: file, line: line)
        }
    }

    func testEveryIndexedFolderReadsTheSameAsItsFiles() throws {
        let store = try province()
        XCTAssertFalse(YearIndex.status(Person.self, store: store, folder: "people").isStale)
        assertSame(viaIndex(Person.self, store), try fromFiles(Person.self, store.root))
        assertSame(viaIndex(Unit.self, store), try fromFiles(Unit.self, store.root))
        assertSame(viaIndex(Cluster.self, store), try fromFiles(Cluster.self, store.root))
        for year in store.years(in: Proposal.collection) {
            assertSame(viaIndex(Proposal.self, store, year: year), try fromFiles(Proposal.self, store.root, year: year))
            assertSame(viaIndex(AwardRecord.self, store, year: year), try fromFiles(AwardRecord.self, store.root, year: year))
        }
    }

    /// The demo directory has every kind of value the records hold (dates, amounts, histories, votes):
    /// the index decoder gives exactly what Foundation's decoder gives for each line.
    func testTheIndexDecoderAgreesWithFoundationOnEveryLine() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "tester")
        let store = try Store(root: root, user: "tester")
        _ = try IndexedCollections.refresh(store)
        var checked = 0
        func compare<T: StoredRecord & Equatable>(_ type: T.Type, folder: String) throws {
            guard let data = try FileIO.read(store.path(YearIndex.indexPath(folder: folder))) else { return }
            let foundation = JSONCoding.decoder()
            for line in data.split(separator: 0x0A) {
                let expected = try foundation.decode(YearIndex.Row<T>.self, from: Data(line))
                let fast = try FastJSONDecoder.decode(YearIndex.Row<T>.self, from: Data(line))
                XCTAssertEqual(fast.data, expected.data, expected.path)
                XCTAssertEqual(fast.file, expected.file)
                XCTAssertEqual(fast.revision, expected.revision)
                checked += 1
            }
        }
        for y in store.years(in: Proposal.collection) { try compare(Proposal.self, folder: "proposals/\(y)") }
        for y in store.years(in: AwardRecord.collection) { try compare(AwardRecord.self, folder: "awards/\(y)") }
        try compare(Person.self, folder: "people")
        try compare(Unit.self, folder: "units")
        try compare(Campaign.self, folder: "campaigns")
        try compare(Cluster.self, folder: "clusters")
        XCTAssertGreaterThan(checked, 50)
    }

    func testTheFastDecoderRefusesWhatIsNotJSON() {
        for text in ["{", "{\"a\":}", "[1,]", "{\"a\":1}x", "\"\\ud800\"", "01", "{\"a\":tru}", "\"a\u{01}\""] {
            XCTAssertThrowsError(try FastJSONDecoder.decode([String: Int].self, from: Data(text.utf8)), text)
        }
        XCTAssertEqual(try FastJSONDecoder.decode([String: String].self, from: Data(#"{"a":"x\"\u00e9\ud83d\ude00\n"}"#.utf8)), ["a": "x\"é😀\n"])
        XCTAssertEqual(try FastJSONDecoder.decode([Double].self, from: Data("[1, -2.5e3, 0.25]".utf8)), [1, -2500, 0.25])
    }

    func testAFileChangedBehindTheIndexWins() throws {
        let store = try province()
        let path = "people/p5.json"
        var person = try XCTUnwrap(store.read(Person.self, at: path))
        XCTAssertEqual(viaIndex(Person.self, store)["p5"]?.value, person.value)
        // Edited by hand, in place: same inode, the index line no longer matches.
        person.value.position = "Trưởng phòng (sửa tay)"
        let text = try JSONCoding.encode(Envelope(schemaVersion: Schema.version, kind: "people", revision: person.revision,
                                                  modifiedBy: "someone", modifiedAt: "2026-02-01T00:00:00Z", data: person.value))
        let fd = open(store.path(path), O_WRONLY | O_TRUNC)
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        XCTAssertEqual(viaIndex(Person.self, store)["p5"]?.value.position, "Trưởng phòng (sửa tay)", "the process that had decoded it sees the change")
        let fresh = try Store(root: store.root, user: "tester")
        XCTAssertEqual(viaIndex(Person.self, fresh)["p5"]?.value.position, "Trưởng phòng (sửa tay)")
        XCTAssertEqual(viaIndex(Person.self, fresh)["p5"]?.modifiedBy, "someone")
        XCTAssertTrue(YearIndex.status(Person.self, store: store, folder: "people").isStale)
        // `tdkt check` rewrites the index, which then matches every file.
        let report = DataCheck.run(try Workspace(root: store.root, user: "tester"))
        XCTAssertTrue(report.rebuiltIndexes.contains("index/people.jsonl"))
        XCTAssertFalse(YearIndex.status(Person.self, store: store, folder: "people").isStale)
        assertSame(viaIndex(Person.self, try Store(root: store.root, user: "tester")), try fromFiles(Person.self, store.root))
    }

    func testATornOrMissingIndexCostsSpeedNotRecords() throws {
        let store = try province()
        let indexFile = store.path("index/people.jsonl")
        var data = try Data(contentsOf: URL(fileURLWithPath: indexFile))
        data.removeLast(60)
        data.append(contentsOf: Array("\n{\"data\":{\"id\":\"p1\"".utf8))  // a line cut in the middle
        try data.write(to: URL(fileURLWithPath: indexFile))
        assertSame(viaIndex(Person.self, try Store(root: store.root, user: "tester")), try fromFiles(Person.self, store.root))
        try FileManager.default.removeItem(atPath: indexFile)
        assertSame(viaIndex(Person.self, try Store(root: store.root, user: "tester")), try fromFiles(Person.self, store.root))
        XCTAssertEqual(try IndexedCollections.refresh(store), ["index/people.jsonl"])
        XCTAssertFalse(YearIndex.status(Person.self, store: store, folder: "people").isStale)
    }

    func testAFileTheProgramCannotReadIsReportedNotDropped() throws {
        let store = try province()
        try Data("{ \"data\": ".utf8).write(to: URL(fileURLWithPath: store.path("people/p9.json")))
        let loaded = try Store(root: store.root, user: "tester").loadAll(Person.self)
        XCTAssertEqual(loaded.problems.map(\.path), ["people/p9.json"])
        XCTAssertNil(loaded.records.first { $0.value.id == "p9" })
    }

    func testRecordsAreDecodedOnceWhileTheirFilesAreUnchanged() throws {
        let store = try province()
        let fresh = try Store(root: store.root, user: "tester")
        let first = fresh.loadAll(Person.self)
        XCTAssertEqual(fresh.decoded.count, first.records.count)
        let again = fresh.loadAll(Person.self)
        XCTAssertEqual(again.records.map(\.value), first.records.map(\.value))
        XCTAssertEqual(fresh.decoded.count, first.records.count)
        // A save replaces the file: the next load has the saved record, not the remembered one.
        var p = try XCTUnwrap(fresh.read(Person.self, at: "people/p3.json"))
        p.value.position = "Phó phòng"
        try fresh.save(p.value, basedOn: p.revision, action: "test")
        XCTAssertEqual(fresh.loadAll(Person.self).records.first { $0.value.id == "p3" }?.value.position, "Phó phòng")
        XCTAssertEqual(try fresh.read(Person.self, at: "people/p3.json")?.revision, p.revision + 1)
    }

    func testOlderYearsLoadedOnDemandShowTheSameRecordsAsAFullRead() throws {
        let store = try province()
        let ws = try Workspace(root: store.root, user: "tester")
        let book = ProposalBook(workspace: ws)
        XCTAssertEqual(book.loadedYears, [])
        let years = book.years
        XCTAssertEqual(years.count, 3)
        XCTAssertEqual(book.currentYear, years.max())
        let current = book.list(year: book.currentYear)
        XCTAssertEqual(book.loadedYears, [book.currentYear], "only the year shown is read")
        var all = try fromFiles(Proposal.self, store.root)
        XCTAssertEqual(Set(current.map(\.value.id)), Set(all.values.filter { $0.value.year == book.currentYear }.map(\.value.id)))
        for y in years.dropFirst() {
            let older = book.list(year: y)
            XCTAssertEqual(Set(older.map(\.value.id)), Set(all.values.filter { $0.value.year == y }.map(\.value.id)))
        }
        XCTAssertEqual(book.loadedYears, Set(years))
        assertSame(book.proposals, all)
        // The same list, order included, as a book that read every year at once.
        let full = ProposalBook(workspace: try Workspace(root: store.root, user: "tester"))
        XCTAssertEqual(full.list().map(\.value.id), book.list().map(\.value.id))
        all = [:]
    }
}
