import Foundation
import XCTest
import TDKTTestKit
@testable import TDKTCore

/// The rows a screen keeps for its next opening: read back exactly, only by the login and key they were made
/// for, never when damaged, and removed by `tdkt check`.
final class RowSnapshotTests: XCTestCase {
    private let rows = [["dn2025-1", "2025", "BK_TINH", "Nguyễn Văn Khoa", "Dự thảo"],
                        ["dn2025-2", "2025", "CSTD", "Tên có\ttab, dòng\nmới và \\ gạch", ""],
                        ["dn2025-3", "2025", "LDTT", "Đặng Thị Ánh", "Đã trình"]]

    func testASnapshotReadsBackTheRowsItWasSavedWithEvenWithTabsAndLineBreaksInACell() throws {
        let store = try Store(root: temporaryDirectory(), user: "lan")
        let snap = RowSnapshot(key: "lan|clerk|vi|2025", rows: rows)
        store.saveRowSnapshot("proposals", snap)
        XCTAssertEqual(store.rowSnapshot("proposals", key: "lan|clerk|vi|2025"), snap)
        XCTAssertEqual(store.rowSnapshot("proposals", key: "lan|clerk|vi|2025")?.rows[1][3], "Tên có\ttab, dòng\nmới và \\ gạch")
        XCTAssertEqual(RowSnapshot.decoded(RowSnapshot(key: "k", rows: []).encoded()), RowSnapshot(key: "k", rows: []))
    }

    func testASnapshotMadeForAnotherKeyOrLoginIsNotShown() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "lan")
        store.saveRowSnapshot("proposals", RowSnapshot(key: "lan|clerk|vi|2025", rows: rows))
        XCTAssertNil(store.rowSnapshot("proposals", key: "lan|clerk|en|2025"), "another language")
        XCTAssertNil(store.rowSnapshot("proposals", key: "lan|viewer|vi|2025"), "another role")
        XCTAssertNil(try Store(root: root, user: "xem").rowSnapshot("proposals", key: "lan|clerk|vi|2025"), "another login's folder")
    }

    func testADamagedSnapshotIsNotShown() throws {
        let store = try Store(root: temporaryDirectory(), user: "lan")
        let snap = RowSnapshot(key: "k", rows: rows)
        store.saveRowSnapshot("proposals", snap)
        let file = store.snapshotPath("proposals")
        let whole = try Data(contentsOf: URL(fileURLWithPath: file))
        // Cut short after a whole row: the row count at the end is missing.
        let cut = whole.prefix(upTo: whole.firstRange(of: Data("dn2025-3".utf8))!.lowerBound)
        try cut.write(to: URL(fileURLWithPath: file))
        XCTAssertNil(store.rowSnapshot("proposals", key: "k"))
        // A row lost from the middle: the count no longer matches.
        var lines = String(decoding: whole, as: UTF8.self).components(separatedBy: "\n")
        lines.remove(at: 2)
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertNil(store.rowSnapshot("proposals", key: "k"))
        // Not UTF-8, and another version.
        try (Data([0xFF, 0xFE]) + whole).write(to: URL(fileURLWithPath: file))
        XCTAssertNil(store.rowSnapshot("proposals", key: "k"))
        try Data(String(decoding: whole, as: UTF8.self).replacingOccurrences(of: "tdkt-rows 1", with: "tdkt-rows 9").utf8)
            .write(to: URL(fileURLWithPath: file))
        XCTAssertNil(store.rowSnapshot("proposals", key: "k"))
        // Saved again, it is whole again.
        store.saveRowSnapshot("proposals", snap)
        XCTAssertEqual(store.rowSnapshot("proposals", key: "k"), snap)
    }

    func testNamesAndLoginsCannotLeadOutOfTheSnapshotFolder() throws {
        let root = temporaryDirectory()
        let store = try Store(root: root, user: "../../lan")
        let path = store.snapshotPath("../../config")
        XCTAssertTrue(path.hasPrefix(root + "/index/snapshots/"), path)
        let inside = path.dropFirst((root + "/index/snapshots/").count).split(separator: "/")
        XCTAssertEqual(inside.count, 2, path)
        XCTAssertFalse(inside.contains { $0 == ".." || $0 == "." }, path)
        XCTAssertTrue(path.hasSuffix(".tsv"))
    }

    func testCheckRemovesDamagedSnapshotsAndKeepsWholeOnes() throws {
        let root = temporaryDirectory()
        XCTAssertFalse(try ProvinceGenerator.small(seed: 3, years: 1, people: 40, awardsPerYear: 10).writeIndexed(to: root, user: "tester").isEmpty)
        let lan = try Store(root: root, user: "lan"), xem = try Store(root: root, user: "xem")
        lan.saveRowSnapshot("people-vi", RowSnapshot(key: "k", rows: rows))
        xem.saveRowSnapshot("people-vi", RowSnapshot(key: "k", rows: rows))
        // xem's is cut short; a temporary left by an interrupted save beside lan's.
        let cut = xem.snapshotPath("people-vi")
        try Data(try Data(contentsOf: URL(fileURLWithPath: cut)).dropLast(9)).write(to: URL(fileURLWithPath: cut))
        let folder = (lan.snapshotPath("people-vi") as NSString).deletingLastPathComponent
        try Data("tdkt-rows 1".utf8).write(to: URL(fileURLWithPath: folder + "/.people-vi.tsv.tmp-1-2"))
        let report = DataCheck.run(try Workspace(root: root, user: "tester"))
        XCTAssertEqual(lan.rowSnapshot("people-vi", key: "k")?.rows, rows, "a whole snapshot stays")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cut))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/.people-vi.tsv.tmp-1-2"))
        XCTAssertEqual(report.notes.filter { $0.contains("index/snapshots/") }.count, 2, "\(report.notes)")
        XCTAssertTrue(report.problems.isEmpty, "\(report.problems)")
    }
}
