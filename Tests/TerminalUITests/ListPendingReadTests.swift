import Dispatch
import XCTest
@testable import TerminalUI
import TDKTText

/// A list shown from rows kept from last time while its rows are read on another thread: moving and
/// searching use the rows shown without waiting; any other key waits and acts on the rows read.
final class ListPendingReadTests: XCTestCase {
    private func rows(_ names: [String]) -> [ListView.Row] { names.map { ListView.Row(id: $0, cells: ["Tên \($0)"]) } }

    /// A read that returns `result` once `gate` is opened (signalled).
    private func gatedRead(_ result: [ListView.Row], gate: DispatchSemaphore) -> BackgroundRead<[ListView.Row]> {
        BackgroundRead { gate.wait(); return result }
    }

    func testMovingAndSearchingDoNotWaitForTheRead() {
        let list = ListView(title: "Người", columns: [ListView.Column("Tên")], rows: [])
        let app = Application(root: list)
        app.runsWorkBetweenKeys = true
        let gate = DispatchSemaphore(value: 0)
        var refreshed = 0
        list.onRefresh = { _, _ in refreshed += 1; return true }
        list.show(rows(["a", "b", "c"]), while: gatedRead(rows(["a", "b", "c", "d"]), gate: gate))
        XCTAssertTrue(list.isReading)
        XCTAssertTrue(list.hasIdleWork)
        let bottom = { app.render(size: Size(width: 80, height: 24)).text }
        XCTAssertTrue(bottom().contains("đang đối chiếu với tệp…"), "the list says its rows are being checked")
        app.handle(.down)
        app.handle(.char("/"))
        app.handle(.char("c"))
        XCTAssertEqual(list.selectedRow?.id, "c", "the search found the shown row while the read is still held")
        app.handle(.enter)  // closes the search prompt: still only the shown rows
        XCTAssertTrue(list.isReading)
        XCTAssertFalse(list.refreshFromOutside(app: app), "no refresh while the read is going on")
        XCTAssertEqual(refreshed, 0)
        list.runIdleStep(app: app)  // folds the rows, then asks without waiting long
        XCTAssertTrue(list.isReading)
        gate.signal()
        for _ in 0..<500 where list.isReading { list.runIdleStep(app: app) }
        XCTAssertFalse(list.isReading)
        XCTAssertEqual(list.rows.map(\.id), ["a", "b", "c", "d"])
        XCTAssertEqual(list.selectedRow?.id, "c", "the cursor stays on the same row")
        XCTAssertFalse(bottom().contains("đang đối chiếu"))
        XCTAssertTrue(list.refreshFromOutside(app: app))
    }

    func testEnterWaitsForTheReadAndOpensTheRowAsRead() {
        let list = ListView(title: "Người", columns: [ListView.Column("Tên")], rows: [])
        let app = Application(root: list)
        app.runsWorkBetweenKeys = true
        var opened: [String] = []
        var readRows: [Int] = []
        list.onActivate = { row, _ in opened.append(row.cells[0]) }
        list.onRowsRead = { rows, _ in readRows.append(rows.count) }
        let gate = DispatchSemaphore(value: 0)
        // The record under the cursor was renamed in its file since the rows were kept; "x" was removed.
        list.show(rows(["x", "a", "b"]), while: gatedRead([ListView.Row(id: "a", cells: ["Tên mới a"]), ListView.Row(id: "b", cells: ["Tên b"])], gate: gate))
        app.handle(.down)
        XCTAssertEqual(list.selectedRow?.id, "a")
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { gate.signal() }
        app.handle(.enter)
        XCTAssertEqual(opened, ["Tên mới a"], "Enter acted on the row as read, not as kept")
        XCTAssertEqual(readRows, [2])
        XCTAssertFalse(list.isReading)
        XCTAssertEqual(list.rows.map(\.id), ["a", "b"])
    }

    func testClosingTheListWaitsForTheRead() {
        let menu = ListView(title: "Menu", columns: [ListView.Column("")], rows: rows(["m"]))
        let app = Application(root: menu)
        app.runsWorkBetweenKeys = true
        let list = ListView(title: "Người", columns: [ListView.Column("Tên")], rows: [])
        let gate = DispatchSemaphore(value: 0)
        let ended = DispatchSemaphore(value: 0)
        list.show(rows(["a"]), while: BackgroundRead { gate.wait(); ended.signal(); return [] })
        app.push(list)
        list.runIdleStep(app: app)  // the read starts
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { gate.signal() }
        app.handle(.escape)
        XCTAssertTrue(app.top === menu)
        XCTAssertEqual(ended.wait(timeout: .now()), .success, "the read had ended before the list was gone")
    }
}
