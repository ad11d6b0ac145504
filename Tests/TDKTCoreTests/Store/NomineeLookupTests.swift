import Foundation
import XCTest
import TDKTText
import TDKTTestKit
@testable import TDKTCore

/// Look-ups that read only what they show: a recipient's awards chosen from the indexes' nominees
/// (history), and the people's list from names, positions and units. Whatever the index says, they show
/// what the files hold.
final class NomineeLookupTests: XCTestCase {
    private func province() throws -> String { try indexedProvince(seed: 11, years: 3, people: 300, awardsPerYear: 150) }

    /// The workspace as `tdkt check` would read it: every file, no index.
    private func fromFiles(_ root: String) throws -> Workspace {
        let ws = try Workspace(root: root, user: "tester")
        ws.useIndexes = false
        return ws
    }

    /// Awards as compared: id, revision and the whole record.
    private func awards(_ list: [Stored<AwardRecord>]) -> [String: Stored<AwardRecord>] {
        Dictionary(uniqueKeysWithValues: list.map { ($0.value.id, $0) })
    }

    private func assertSameAwards(_ a: [Stored<AwardRecord>], _ b: [Stored<AwardRecord>], file: StaticString = #filePath, line: UInt = #line) {
        let (x, y) = (awards(a), awards(b))
        XCTAssertEqual(Set(x.keys), Set(y.keys), file: file, line: line)
        for (id, r) in x {
            XCTAssertEqual(r.value, y[id]?.value, id, file: file, line: line)
            XCTAssertEqual(r.revision, y[id]?.revision, id, file: file, line: line)
        }
    }

    func testARecipientsAwardsAreTheSameAsFromEveryFile() throws {
        let root = try province()
        let all = try fromFiles(root).allAwards()
        let someone = try XCTUnwrap(all.first { $0.value.nominee.kind == .person }?.value.nominee)
        let aUnit = try XCTUnwrap(all.first { $0.value.nominee.kind == .unit }?.value.nominee)
        for wanted in [[someone], [aUnit], [someone, aUnit], []] as [Set<NomineeRef>] {
            let ws = try Workspace(root: root, user: "tester")
            let chosen = ws.awards(where: { wanted.contains($0) })
            XCTAssertFalse(wanted.isEmpty && !chosen.isEmpty)
            assertSameAwards(chosen, all.filter { wanted.contains($0.value.nominee) })
            // Asked again in the same session: from what was read, the same.
            assertSameAwards(ws.awards(where: { wanted.contains($0) }), chosen)
        }
    }

    func testAnAwardChangedBehindTheIndexATornLineAndAMissingIndexStillShowTheFiles() throws {
        let root = try province()
        let years = try Store(root: root, user: "tester").years(in: AwardRecord.collection)
        XCTAssertEqual(years.count, 3)
        let before = try fromFiles(root).awards(year: years[0])
        let moved = try XCTUnwrap(before.first { $0.value.nominee.kind == .person })
        let from = moved.value.nominee
        let to = NomineeRef(.person, "p-sua-tay")
        // The first year: one award given to someone else by hand, in place.
        try editInPlace(AwardRecord.self, root, "awards/\(years[0])/\(moved.value.id).json") { $0.nominee = to }
        // The second year: its index's last line torn.
        let torn = root + "/" + YearIndex.indexPath(collection: AwardRecord.collection, year: years[1])
        var data = try Data(contentsOf: URL(fileURLWithPath: torn))
        data.removeLast(40)
        try data.write(to: URL(fileURLWithPath: torn))
        // The third year: no index at all.
        try FileManager.default.removeItem(atPath: root + "/" + YearIndex.indexPath(collection: AwardRecord.collection, year: years[2]))

        let files = try fromFiles(root).allAwards()
        let ws = try Workspace(root: root, user: "tester")
        let toAwards = ws.awards(where: { $0 == to })
        XCTAssertEqual(toAwards.map(\.value.id), [moved.value.id], "the file's nominee, not the index's")
        XCTAssertEqual(toAwards.first?.modifiedBy, "someone")
        XCTAssertFalse(ws.awards(where: { $0 == from }).contains { $0.value.id == moved.value.id })
        let everyone = Set(files.map(\.value.nominee))
        assertSameAwards(try Workspace(root: root, user: "tester").awards(where: { everyone.contains($0) }), files)
        // `tdkt check` rewrites the stale indexes; the look-up then reads the same again.
        let report = DataCheck.run(try Workspace(root: root, user: "tester"))
        XCTAssertEqual(Set(report.rebuiltIndexes), Set(years.map { YearIndex.indexPath(collection: AwardRecord.collection, year: $0) }))
        assertSameAwards(try Workspace(root: root, user: "tester").awards(where: { everyone.contains($0) }), files)
    }

    func testTheHistoryLookUpIsTheSameAsOverEveryFile() throws {
        let root = try province()
        let files = try fromFiles(root)
        for query in ["nguyen van", "tran", "u1", "xã", "không có ai tên này"] {
            let expected = try AwardQueries.history(search: query, in: files)
            let got = try AwardQueries.history(search: query, in: try Workspace(root: root, user: "tester"))
            XCTAssertEqual(got, expected, query)
            if query != "không có ai tên này" { XCTAssertFalse(got.isEmpty, query) }
        }
    }

    /// The names folded for the session are made again after a rename or a new recipient saved in it.
    func testAHistorySearchAfterARenameOrAnAwardSavedInTheSessionFindsWhatAFreshReadFinds() throws {
        let root = try province()
        let ws = try Workspace(root: root, user: "tester")
        let fresh = { (q: String) in try AwardQueries.history(search: q, in: try Workspace(root: root, user: "tester")) }
        let found = try AwardQueries.history(search: "nguyen van", in: ws)
        let person = try XCTUnwrap(found.first { $0.nominee.kind == .person }?.nominee)
        var renamed = try XCTUnwrap(ws.people[person.id]).value
        renamed.name = "Hoàng Zzz Mới"
        try ws.savePerson(renamed, basedOn: ws.people[person.id]?.revision)
        XCTAssertEqual(try AwardQueries.history(search: "zzz moi", in: ws), try fresh("zzz moi"))
        XCTAssertFalse(try AwardQueries.history(search: "zzz moi", in: ws).isEmpty)
        XCTAssertEqual(try AwardQueries.history(search: "nguyen van", in: ws), try fresh("nguyen van"))
        // An award given to a unit nobody had searched for.
        let year = try XCTUnwrap(ws.awardYears().max())
        var award = try XCTUnwrap(ws.awards(year: year).first { $0.value.nominee != person }).value
        let unit = try XCTUnwrap(ws.units.values.map(\.value).first { u in !found.contains { $0.nominee == NomineeRef(.unit, u.id) } })
        award.nominee = NomineeRef(.unit, unit.id)
        _ = try ws.save(award, basedOn: ws.awards(year: year).first { $0.value.id == award.id }?.revision, action: "test")
        XCTAssertEqual(try AwardQueries.history(search: unit.id, in: ws), try fresh(unit.id))
        XCTAssertTrue(try AwardQueries.history(search: unit.id, in: ws).contains { $0.id == award.id })
    }

    func testThePeoplesListIsTheWholeRecordsList() throws {
        let root = try province()
        let edited = "people/p7.json"
        // One person edited by hand behind the index, one removed through the program.
        let store = try Store(root: root, user: "tester")
        var p7 = try XCTUnwrap(store.read(Person.self, at: edited))
        p7.value.name = "Đặng Thị Sửa Tay"
        p7.value.position = "Văn thư"
        let text = try JSONCoding.encode(Envelope(schemaVersion: Schema.version, kind: Person.collection, revision: p7.revision,
                                                  modifiedBy: "someone", modifiedAt: "2026-02-01T00:00:00Z", data: p7.value))
        try text.write(to: URL(fileURLWithPath: root + "/" + edited))
        let admin = try Workspace(root: root, user: "tester")
        let removedId = try XCTUnwrap(admin.peopleSorted.dropFirst(3).first?.id)
        try admin.removePerson(removedId, on: CivilDate(year: 2025, month: 6, day: 1))

        let whole = try fromFiles(root).peopleSorted.map(PersonLabel.init)
        let ws = try Workspace(root: root, user: "tester")
        let listed = ws.peopleListed
        XCTAssertEqual(listed, whole)
        XCTAssertFalse(listed.contains { $0.id == removedId })
        XCTAssertEqual(listed.first { $0.id == "p7" }?.name, "Đặng Thị Sửa Tay")
        XCTAssertEqual(listed.first { $0.id == "p7" }?.position, "Văn thư")
        let unit = p7.value.unitId
        XCTAssertEqual(ws.peopleListed(of: unit), whole.filter { $0.unitId == unit })
        XCTAssertEqual(ws.peopleListed(where: { SearchKey.contains("dang thi", in: SearchKey.fold($0.name)) }).map(\.id),
                       whole.filter { SearchKey.matches(foldedQuery: "dang thi", inFolded: SearchKey.fold($0.name)) }.map(\.id))
    }

    func testByteSearchAgreesWithStringSearch() {
        let texts = ["nguyen van khoa", "tran thi", "", "a", "aaab", "ngu", "ng", "dang thi sua tay", "đ ư ơ", "x y z"]
        for h in texts {
            for n in texts + ["ab", "van k", "khoa ", "ư ơ"] {
                XCTAssertEqual(SearchKey.contains(n, in: h), n.isEmpty || h.contains(n), "\(n) in \(h)")
            }
        }
    }

    /// A report reads whole only the proposals it looks at (the province flag's), chosen by award code from
    /// the indexes: the same as every proposal file filtered, also where the index is behind the files.
    func testAReportReadsTheFlagProposalsAsEveryFileHasThem() throws {
        let root = try province()
        let store = try Store(root: root, user: "tester")
        let years = store.years(in: Proposal.collection)
        let flag = Summary.flagCode
        // Some proposals asked for the flag, written in place and then indexed (`tdkt check`)...
        for year in years {
            for p in store.loadAll(Proposal.self, year: year).records.prefix(3) {
                try editInPlace(Proposal.self, root, "proposals/\(year)/\(p.value.id).json") { $0.awardCode = flag }
            }
        }
        _ = try IndexedCollections.refresh(store)
        // ...then one more changed to the flag, and one flag proposal changed away, behind the index.
        let last = try XCTUnwrap(years.last)
        let records = try Store(root: root, user: "tester").loadAll(Proposal.self, year: last).records
        let toFlag = try XCTUnwrap(records.first { $0.value.awardCode != flag })
        let fromFlag = try XCTUnwrap(records.first { $0.value.awardCode == flag })
        try editInPlace(Proposal.self, root, "proposals/\(last)/\(toFlag.value.id).json") { $0.awardCode = flag }
        try editInPlace(Proposal.self, root, "proposals/\(last)/\(fromFlag.value.id).json") { $0.awardCode = "LDTT" }

        let period = try ReportPeriod(from: years[years.count - 2], to: last)
        let read = ReportData(workspace: try Workspace(root: root, user: "tester"), period: period).proposals
        let files = try fromFiles(root)
        let expected = Array(period.previous.from...period.to).flatMap { files.store.loadAll(Proposal.self, year: $0).values }
            .filter { $0.awardCode == flag }
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: read.map { ($0.id, $0) }), Dictionary(uniqueKeysWithValues: expected.map { ($0.id, $0) }))
        XCTAssertTrue(read.contains { $0.id == toFlag.value.id })
        XCTAssertFalse(read.contains { $0.id == fromFlag.value.id })
        XCTAssertGreaterThan(read.count, 4)
    }
}
