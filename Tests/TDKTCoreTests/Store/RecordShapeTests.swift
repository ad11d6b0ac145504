import Foundation
import XCTest
import TDKTTestKit
import TDKTText
@testable import TDKTCore

/// The records read by hand from the parsed tree (TreeDecodable) read exactly what `Decodable` reads,
/// and refuse what it would refuse; the people's labels read from the index agree with the records.
final class RecordShapeTests: XCTestCase {
    private func both<T: Decodable & Equatable>(_ type: T.Type, _ json: String, file: StaticString = #filePath, line: UInt = #line) {
        let data = Data(json.utf8)
        let foundation = try? JSONCoding.decoder().decode(T.self, from: data)
        let fast = try? FastJSONDecoder.decode(T.self, from: data)
        // Where the fast one gives a value, it is Foundation's; where it refuses, the caller falls back.
        if let fast { XCTAssertEqual(fast, foundation, json, file: file, line: line) }
        if foundation == nil { XCTAssertNil(fast, json, file: file, line: line) }
    }

    private let person = #"{"category":"directWorker","disciplines":[],"id":"p1","initiatives":[],"name":"Nguyễn Văn A","position":"","ratings":[{"rating":"good","year":2024}],"unitId":"u1"}"#

    func testPeopleReadAsDecodableReadsThem() throws {
        both(Person.self, person)
        // Optional fields missing, null or present; unknown keys; fields in another order; escapes.
        both(Person.self, #"{"unitId":"u1","name":"Tr\u1ea7n \"B\"","id":"p2","position":"x","category":"entrepreneur","ratings":[],"initiatives":[],"disciplines":[],"birthYear":null,"extra":{"a":[1,2]},"mergedInto":null}"#)
        both(Person.self, #"{"category":"directWorker","disciplines":[{"kind":"discipline","note":"n","period":{"start":"2020-01-02","end":null}}],"id":"p3","initiatives":[{"scope":"province","title":"T","year":2021,"reference":"QĐ 1"}],"name":"C","position":"","ratings":[],"unitId":"u1","birthYear":1980,"removedOn":"2024-02-29","mergedInto":"p1"}"#)
        // Not what Decodable accepts: a missing field, a wrong type, an unknown category, a date that is not one.
        both(Person.self, #"{"category":"directWorker","disciplines":[],"id":"p1","initiatives":[],"name":"A","ratings":[],"unitId":"u1"}"#)
        both(Person.self, #"{"category":"directWorker","disciplines":[],"id":"p1","initiatives":[],"name":7,"position":"","ratings":[],"unitId":"u1"}"#)
        both(Person.self, #"{"category":"chief","disciplines":[],"id":"p1","initiatives":[],"name":"A","position":"","ratings":[],"unitId":"u1"}"#)
        both(Person.self, #"{"category":"directWorker","disciplines":[],"id":"p1","initiatives":[],"name":"A","position":"","ratings":[],"unitId":"u1","removedOn":"2023-02-29"}"#)
        both(Person.self, #"{"category":"directWorker","disciplines":[],"id":"p1","initiatives":[],"name":"A","position":"","ratings":[{"rating":"good","year":"2024"}],"unitId":"u1"}"#)
    }

    func testAwardsAndProposalsReadAsDecodableReadsThem() {
        both(AwardRecord.self, #"{"amount":710000,"awardCode":"LDTT","campaignId":"pt1","decisionDate":"2026-01-15","decisionNumber":"11/QĐ-UBND","id":"kt1","kind":"regular","nominee":{"id":"p4871","kind":"person"},"source":"imported","year":2025}"#)
        both(AwardRecord.self, #"{"awardCode":"LDTT","id":"kt2","kind":"thematic","nominee":{"id":"u1","kind":"unit"},"source":"decided","year":2025,"amount":null,"decisionDate":"15/01/2026","proposalId":"dn1"}"#)
        both(AwardRecord.self, #"{"awardCode":"LDTT","id":"kt3","kind":"regular","nominee":{"id":"u1","kind":"unit"},"source":"decided","year":2025,"amount":1.5}"#)
        both(AwardRecord.self, #"{"awardCode":"LDTT","id":"kt4","kind":"regular","nominee":{"id":"u1","kind":"team"},"source":"decided","year":2025}"#)
        both(Proposal.self, #"{"achievement":"A","awardCode":"LDTT","dossier":{},"history":[],"id":"dn1","kind":"regular","needsCouncilReview":false,"nominee":{"id":"p1","kind":"person"},"procedure":"normal","state":"decided","year":2025}"#)
        both(Proposal.self, #"{"achievement":"A\nB","awardCode":"CSTD","dossier":{"minutes":true,"submission":false},"history":[{"at":"2026-01-05T08:00:00Z","by":"clerk","from":"draft","to":"submitted"},{"at":"2026-01-06T08:00:00Z","by":"lead","from":"submitted","to":"returned","reason":"thiếu"}],"id":"dn2","kind":"regular","needsCouncilReview":true,"nominee":{"id":"p1","kind":"person"},"procedure":"simplified","state":"returned","year":2025,"vote":{"against":1,"forVotes":5,"members":7},"decisionId":"qd1","clusterId":"c1","campaignId":null,"eligibilityOverride":{"at":"2026-01-07T08:00:00Z","by":"lead","conditions":["x"],"reason":"r","status":"unknown"}}"#)
        both(Proposal.self, #"{"achievement":"A","awardCode":"LDTT","dossier":{},"history":[],"id":"dn3","kind":"regular","nominee":{"id":"p1","kind":"person"},"procedure":"normal","state":"decided","year":2025}"#)
    }

    func testAnIndexLineReadsAsFoundationReadsIt() throws {
        let line = #"{"data":"# + person + #","file":{"ino":5,"mtime":1795939296923836222,"size":1052},"modifiedAt":"2026-01-05T08:00:00Z","modifiedBy":"bench","path":"people/p1.json","revision":3,"schemaVersion":1}"#
        let fast = try FastJSONDecoder.decode(YearIndex.Row<Person>.self, from: Data(line.utf8))
        let foundation = try JSONCoding.decoder().decode(YearIndex.Row<Person>.self, from: Data(line.utf8))
        XCTAssertEqual(fast.data, foundation.data)
        XCTAssertEqual(fast.file, foundation.file)
        XCTAssertEqual(fast.revision, 3)
        let label = try Data(line.utf8).withUnsafeBytes { try PersonLabelLine($0.bindMemory(to: UInt8.self)) }
        XCTAssertEqual(label.label, PersonLabel(id: "p1", name: "Nguyễn Văn A", unitId: "u1", position: "", category: .directWorker, isCurrent: true))
        XCTAssertEqual(label.path, "people/p1.json")
        XCTAssertEqual(label.file, fast.file)
        // A removed person's label says so, as the whole record does; a removal date that does not read gives no label.
        let removed = line.replacingOccurrences(of: #""position":"""#, with: #""position":"Kế toán","removedOn":"2025-03-01""#)
        let removedLabel = try Data(removed.utf8).withUnsafeBytes { try PersonLabelLine($0.bindMemory(to: UInt8.self)) }.label
        XCTAssertEqual(removedLabel, PersonLabel(try JSONCoding.decoder().decode(YearIndex.Row<Person>.self, from: Data(removed.utf8)).data))
        XCTAssertFalse(removedLabel.isCurrent)
        XCTAssertEqual(removedLabel.position, "Kế toán")
        let badDate = removed.replacingOccurrences(of: "2025-03-01", with: "không rõ")
        XCTAssertThrowsError(try Data(badDate.utf8).withUnsafeBytes { try PersonLabelLine($0.bindMemory(to: UInt8.self)) })
        // A torn line, or one with something else after it, gives no label.
        for bad in [String(line.dropLast(30)), line + "x", line.replacingOccurrences(of: #""name":"Nguyễn Văn A""#, with: #""name":5"#)] {
            XCTAssertThrowsError(try Data(bad.utf8).withUnsafeBytes { try PersonLabelLine($0.bindMemory(to: UInt8.self)) }, bad)
        }
    }

    /// Labels read from the index agree with the people as loaded, also when a file changed behind the index,
    /// a line is torn, or the index is missing: the file wins.
    func testPersonLabelsAgreeWithThePeople() throws {
        let root = temporaryDirectory()
        try ProvinceGenerator.small(seed: 11, years: 1, people: 120, awardsPerYear: 10).writeIndexed(to: root, user: "tester")
        let store = try Store(root: root, user: "tester")
        func expected() throws -> [String: PersonLabel] {
            let fresh = try Store(root: root, user: "tester")
            fresh.useIndexes = false
            return Dictionary(uniqueKeysWithValues: fresh.loadAll(Person.self).records.map { ($0.value.id, PersonLabel($0.value)) })
        }
        XCTAssertEqual(try Store(root: root, user: "tester").personLabels(), try expected())

        // A file changed behind the index's back.
        let some = store.files(in: Person.collection)[3]
        var text = String(decoding: try XCTUnwrap(FileIO.read(store.path(some))), as: UTF8.self)
        let old = try XCTUnwrap(store.read(Person.self, at: some)).value.name
        text = text.replacingOccurrences(of: old, with: "Lê Thị Đổi")
        try FileIO.atomicWrite(Data(text.utf8), to: store.path(some))
        XCTAssertEqual(try Store(root: root, user: "tester").personLabels(), try expected())
        XCTAssertTrue(try XCTUnwrap(Store(root: root, user: "tester").personLabels()).values.contains { $0.name == "Lê Thị Đổi" })

        // A torn last line, then no index at all.
        let index = store.path(YearIndex.indexPath(folder: Person.collection))
        let data = try XCTUnwrap(FileIO.read(index))
        try FileIO.atomicWrite(data.dropLast(200), to: index)
        XCTAssertEqual(try Store(root: root, user: "tester").personLabels(), try expected())
        unlink(index)
        XCTAssertEqual(try Store(root: root, user: "tester").personLabels(), try expected())

        // People kept in a folder below people/: not what the index covers, so no labels from it (the caller
        // loads the people), and a load finds the one moved down.
        let moved = store.files(in: Person.collection)[5]
        try FileManager.default.createDirectory(atPath: store.path("people/cu"), withIntermediateDirectories: false)
        XCTAssertEqual(rename(store.path(moved), store.path("people/cu/" + (moved as NSString).lastPathComponent)), 0)
        XCTAssertNil(try Store(root: root, user: "tester").personLabels())
        XCTAssertEqual(try Workspace(root: root, user: "tester").personLabels, try expected())
    }

    /// Latin text takes a shorter path through cleaning and width; the results are those of the long one.
    func testLatinTextCleansAndMeasuresAsBefore() {
        XCTAssertEqual(TextNormalization.clean("Nguyễn Văn Đức, 12/QĐ-UBND"), "Nguyễn Văn Đức, 12/QĐ-UBND")
        XCTAssertEqual(TextNormalization.clean("Nguye\u{302}\u{303}n"), "Nguyễn")
        XCTAssertEqual(TextNormalization.clean("a\u{1B}[31m\tb"), "a[31m b")
        for text in ["Nguyễn Văn Đức", "Nguye\u{302}\u{303}n", "ABC xyz", "Ωμέγα", "漢字 ok", "\u{301}a", "Sở · Báo cáo – “x” 710.000 ₫…", "a\u{AD}b"] {
            XCTAssertEqual(DisplayWidth.of(text), text.reduce(0) { $0 + DisplayWidth.of($1) }, text)
        }
    }
}
