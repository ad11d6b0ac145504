import Foundation
import XCTest
import TDKTText
import TDKTTestKit
@testable import TDKTCore

/// The indexes' digests (what choosing among a folder's records needs, kept beside its index) and the
/// workspace that reads the indexes alone: a digest is used only while its index is the very file it was made
/// from, so whatever happens to the index or the files, the checked read shows what the files hold.
final class IndexDigestTests: XCTestCase {
    private func province() throws -> String { try indexedProvince(seed: 5, years: 2, people: 200, awardsPerYear: 120) }

    private func digestPath(_ root: String, _ folder: String, _ kind: String) -> String {
        root + "/" + IndexDigest.path(folder: folder, kind: kind)
    }

    private func inode(_ path: String) -> UInt64? {
        var st = stat()
        return stat(path, &st) == 0 ? UInt64(st.st_ino) : nil
    }

    func testADigestReadsBackEveryCellAndNothingButAWholeOne() throws {
        let digest = IndexDigest(folder: "people", kind: "labels", index: YearIndex.FileStamp(ino: 42, size: 7, mtime: 1_795_939_353_326_207_348),
                                 lines: [IndexDigest.Line(path: "people/p1.json", file: YearIndex.FileStamp(ino: 9, size: 460, mtime: 1_795_939_301_456_504_083),
                                                          schemaVersion: 1, range: 0..<0, fields: ["p1", "Nguyễn\tVăn\nA\\B", "", "x"]),
                                         IndexDigest.Line(path: "people/p2.json", file: YearIndex.FileStamp(ino: 10, size: 1, mtime: -5),
                                                          schemaVersion: 1, range: 413..<900, fields: [])])
        let data = digest.encoded()
        XCTAssertEqual(IndexDigest.decoded(data), digest)
        XCTAssertNil(IndexDigest.decoded(data.dropLast(3)), "cut short")
        XCTAssertNil(IndexDigest.decoded(Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "end\t2", with: "end\t3").utf8)), "a line lost")
        XCTAssertNil(IndexDigest.decoded(Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "tdkt-digest 1", with: "tdkt-digest 2").utf8)))
        XCTAssertNil(IndexDigest.decoded(Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\t460\t", with: "\t4x0\t").utf8)))
        XCTAssertNil(IndexDigest.decoded(Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "1795939353326207348", with: "99999999999999999999").utf8)),
                     "a number past 64 bits")
        var notUTF8 = data
        notUTF8.replaceSubrange(notUTF8.range(of: Data("Nguy".utf8))!, with: [0xFF, 0xFE, 0x41, 0x42])
        XCTAssertNil(IndexDigest.decoded(notUTF8))
        XCTAssertNil(IndexDigest.decoded(Data()))
        // What `tdkt check` asks: whole, or not.
        XCTAssertTrue(IndexDigest.isWhole(data))
        XCTAssertFalse(IndexDigest.isWhole(data.dropLast(3)))
        XCTAssertFalse(IndexDigest.isWhole(Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "end\t2", with: "end\t3").utf8)))
        XCTAssertFalse(IndexDigest.isWhole(notUTF8))
        XCTAssertFalse(IndexDigest.isWhole(Data()))
    }

    /// A digest past a megabyte is read in two halves: the same lines in the same order, and still nothing but
    /// a whole one, wherever it is cut or whichever line is lost.
    func testALargeDigestReadInTwoHalvesIsTheSame() throws {
        let lines = (0..<12_000).map { i in
            IndexDigest.Line(path: "people/p\(i).json", file: YearIndex.FileStamp(ino: UInt64(i), size: 400 + Int64(i), mtime: 1_795_939_301_456_504_083 + Int64(i)),
                             schemaVersion: 1, range: (i * 500)..<(i * 500 + 480),
                             fields: ["p\(i)", "Nguyễn Văn \(i)\tB", "u\(i % 90)", "Chuyên viên", "civilServant", "1", "nguyen van \(i) p\(i)"])
        }
        let digest = IndexDigest(folder: "people", kind: "labels", index: YearIndex.FileStamp(ino: 42, size: 7, mtime: 9), lines: lines)
        let data = digest.encoded()
        XCTAssertGreaterThan(data.count, 1 << 20, "large enough to be read in halves")
        XCTAssertEqual(IndexDigest.decoded(data), digest)
        // Cut short at a line's end in either half, or inside a line: never taken.
        let ends = data.indices.filter { data[$0] == 0x0A }
        for cut in [ends[ends.count / 4] + 1, ends[ends.count / 2] + 1, ends[3 * ends.count / 4] + 1, ends[ends.count - 2] + 1, data.count / 2 + 7] {
            XCTAssertNil(IndexDigest.decoded(data.prefix(cut)), "cut at \(cut) of \(data.count)")
        }
        // A line lost from the second half: the count says so.
        let second = ends[3 * ends.count / 4]
        var lost = data
        lost.removeSubrange((second + 1)...ends[ends.firstIndex(of: second)! + 1])
        XCTAssertNil(IndexDigest.decoded(lost))
        // The count row moved into the first half (two files run together): not a digest.
        let endRow = Data("end\t\(lines.count)\n".utf8)
        var early = data.dropLast(endRow.count)
        early.insert(contentsOf: endRow, at: ends[ends.count / 4] + 1)
        XCTAssertNil(IndexDigest.decoded(Data(early)))
    }

    func testAYearsDigestIsMadeOnceUsedUntilItsIndexChangesAndNeverChangesWhatIsFound() throws {
        let root = try province()
        let year = try XCTUnwrap(Store(root: root, user: "tester").years(in: AwardRecord.collection).max())
        let awards = digestPath(root, "awards/\(year)", "nominee"), people = digestPath(root, "people", PersonLabelLine.digestKind)
        XCTAssertNil(inode(awards))
        let first = try AwardQueries.history(search: "nguyen", in: try Workspace(root: root, user: "tester"))
        XCTAssertFalse(first.isEmpty)
        let (madeAwards, madePeople) = (try XCTUnwrap(inode(awards)), try XCTUnwrap(inode(people)))
        // Read again: from the digests, which are not made again; the same found.
        XCTAssertEqual(try AwardQueries.history(search: "nguyen", in: try Workspace(root: root, user: "tester")), first)
        XCTAssertEqual(inode(awards), madeAwards)
        XCTAssertEqual(inode(people), madePeople)

        // A rename and an award moved to another recipient, through the program: both indexes grow a line.
        let ws = try Workspace(root: root, user: "tester")
        let person = try XCTUnwrap(first.first { $0.nominee.kind == .person }?.nominee)
        var renamed = try XCTUnwrap(ws.people[person.id]).value
        renamed.name = "Lò Thị Zzz"
        try ws.savePerson(renamed, basedOn: ws.people[person.id]?.revision)
        var award = try XCTUnwrap(ws.awards(year: year).first { $0.value.nominee.kind == .unit }).value
        award.nominee = person
        _ = try ws.save(award, basedOn: ws.awards(year: year).first { $0.value.id == award.id }?.revision, action: "test")

        let fresh = try Workspace(root: root, user: "tester")
        let found = try AwardQueries.history(search: "lo thi zzz", in: fresh)
        XCTAssertTrue(found.contains { $0.id == award.id }, "the award moved, found by the new name")
        XCTAssertTrue(try AwardQueries.history(search: "nguyen", in: try Workspace(root: root, user: "tester")).allSatisfy { $0.nominee != person })
        XCTAssertNotEqual(inode(awards), madeAwards, "made again from the grown index")
        XCTAssertNotEqual(inode(people), madePeople)
        let files = try Workspace(root: root, user: "tester")
        files.useIndexes = false
        XCTAssertEqual(found, try AwardQueries.history(search: "lo thi zzz", in: files))
    }

    func testADigestThatIsDamagedOrMadeFromAnotherIndexIsNotUsed() throws {
        let root = try province()
        let year = try XCTUnwrap(Store(root: root, user: "tester").years(in: AwardRecord.collection).max())
        let files = try Workspace(root: root, user: "tester")
        files.useIndexes = false
        let expected = try AwardQueries.history(search: "tran", in: files)
        _ = try AwardQueries.history(search: "tran", in: try Workspace(root: root, user: "tester"))
        let awards = digestPath(root, "awards/\(year)", "nominee")
        let made = try Data(contentsOf: URL(fileURLWithPath: awards))
        let text = String(decoding: made, as: UTF8.self)
        // Every nominee of the digest given to one person, but the digest names another index (its size changed).
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var head = lines[0].split(separator: "\t").map(String.init)
        head[4] = String((Int(head[4]) ?? 0) + 1)
        let lying = ([head.joined(separator: "\t")] + lines.dropFirst().map { line -> String in
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.count == 9 { cells[7] = "person"; cells[8] = "p1" }
            return cells.joined(separator: "\t")
        }).joined(separator: "\n")
        try Data(lying.utf8).write(to: URL(fileURLWithPath: awards))
        XCTAssertEqual(try AwardQueries.history(search: "tran", in: try Workspace(root: root, user: "tester")), expected)
        // Cut short: not used either, and made again.
        try made.dropLast(20).write(to: URL(fileURLWithPath: awards))
        XCTAssertEqual(try AwardQueries.history(search: "tran", in: try Workspace(root: root, user: "tester")), expected)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: awards)), made)
    }

    func testCheckRemovesADamagedDigestNamingItAndKeepsAWholeOne() throws {
        let root = try province()
        _ = try AwardQueries.history(search: "nguyen", in: try Workspace(root: root, user: "tester"))
        let year = try XCTUnwrap(Store(root: root, user: "tester").years(in: AwardRecord.collection).max())
        let whole = digestPath(root, "people", PersonLabelLine.digestKind)
        let torn = digestPath(root, "awards/\(year)", "nominee")
        let data = try Data(contentsOf: URL(fileURLWithPath: torn))
        try data.dropLast(10).write(to: URL(fileURLWithPath: torn))
        try Data("left by an interrupted save".utf8).write(to: URL(fileURLWithPath: root + "/index/digests/.people.labels.tsv.tmp-1-2"))
        let report = DataCheck.run(try Workspace(root: root, user: "tester"))
        XCTAssertTrue(report.notes.contains { $0.hasPrefix(IndexDigest.path(folder: "awards/\(year)", kind: "nominee")) }, "\(report.notes)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: torn))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/index/digests/.people.labels.tsv.tmp-1-2"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: whole))
        XCTAssertTrue(report.problems.isEmpty, "\(report.problems)")
    }

    /// What the history shows for a moment before the files are checked: exactly what the indexes say, even
    /// when a file was changed behind them; the checked workspace shows the file.
    /// The people's digest keeps the labels in the order people are listed, so the indexes' list finds them in
    /// order; it replaces the digest kept by path before it. Whatever order a digest holds, the list is in order.
    func testThePeoplesDigestKeepsTheListsOrderAndTheListIsInOrderWhateverItHolds() throws {
        let root = try province()
        let old = digestPath(root, "people", "labels")
        try FileManager.default.createDirectory(atPath: root + "/" + IndexDigest.directory, withIntermediateDirectories: true)
        try Data("an earlier digest of the same labels".utf8).write(to: URL(fileURLWithPath: old))
        try? FileManager.default.removeItem(atPath: digestPath(root, "people", PersonLabelLine.digestKind))
        let checked = try Workspace(root: root, user: "tester")
        let listed = checked.peopleListed
        XCTAssertGreaterThan(listed.count, 100)
        XCTAssertEqual(listed.map(\.id), listed.sorted(byKey: PersonLabel.listKey).map(\.id))
        XCTAssertEqual(try Workspace(root: root, user: "tester").asIndexed().peopleListed, listed, "the indexes' list, made with the digest")

        let made = try XCTUnwrap(IndexDigest.decoded(try Data(contentsOf: URL(fileURLWithPath: digestPath(root, "people", PersonLabelLine.digestKind)))))
        let current = made.lines.compactMap(PersonLabelLine.init).map(\.label).filter(\.isCurrent)
        XCTAssertEqual(current.map(\.id), listed.map(\.id), "kept in the list's order")
        XCTAssertFalse(FileManager.default.fileExists(atPath: old), "the digest kept by path is removed")
        XCTAssertEqual(try Workspace(root: root, user: "tester").asIndexed().peopleListed, listed, "the indexes' list, read from the digest")

        // A digest whose lines are in another order (by path) still gives the list in order.
        var byPath = made
        byPath.lines.sort { $0.path < $1.path }
        XCTAssertNotEqual(byPath.lines.map(\.path), made.lines.map(\.path))
        try byPath.encoded().write(to: URL(fileURLWithPath: digestPath(root, "people", PersonLabelLine.digestKind)))
        XCTAssertEqual(try Workspace(root: root, user: "tester").asIndexed().peopleListed, listed)
    }

    func testTheIndexesOnlyWorkspaceTakesTheIndexesWordAndWritesNothing() throws {
        let root = try province()
        let checked = try Workspace(root: root, user: "tester")
        XCTAssertEqual(try AwardQueries.history(search: "nguyen van", in: checked.asIndexed()), try AwardQueries.history(search: "nguyen van", in: checked))
        let year = try XCTUnwrap(checked.awardYears().max())
        let moved = try XCTUnwrap(checked.awards(year: year).first { $0.value.nominee.kind == .person })
        let to = NomineeRef(.unit, try XCTUnwrap(checked.units.keys.sorted().first))
        try editInPlace(AwardRecord.self, root, "awards/\(year)/\(moved.value.id).json") { $0.nominee = to }

        let indexed = try Workspace(root: root, user: "tester").asIndexed()
        let files = try Workspace(root: root, user: "tester")
        XCTAssertTrue(indexed.awards(where: { $0 == moved.value.nominee }).contains { $0.value.id == moved.value.id }, "the index's word")
        XCTAssertFalse(files.awards(where: { $0 == moved.value.nominee }).contains { $0.value.id == moved.value.id }, "the file's")
        XCTAssertTrue(files.awards(where: { $0 == to }).contains { $0.value.id == moved.value.id })

        var renamed = try XCTUnwrap(indexed.people.values.first).value
        renamed.name = "Không Được Lưu"
        XCTAssertThrowsError(try indexed.savePerson(renamed, basedOn: indexed.people[renamed.id]?.revision))
        XCTAssertNotEqual(try Workspace(root: root, user: "tester").people[renamed.id]?.value.name, "Không Được Lưu")
    }
}
