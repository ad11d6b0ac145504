import XCTest
@testable import TerminalUI
import TDKTText

/// Long work runs a step at a time between keys: a progress line says what is being read, other keys
/// still work, Esc stops it.
final class WorkTests: XCTestCase {
    private func list() -> ListView { Self.makeList() }

    private static func makeList() -> ListView {
        ListView(title: "Danh sách", columns: [ListView.Column("Tên")], rows: (0..<30).map { ListView.Row(id: "r\($0)", cells: ["Dòng \($0)"]) })
    }

    private func statusLine(_ app: Application) -> String { app.render(size: Size(width: 80, height: 24)).row(22) }

    func testStepsRunBetweenKeysWithAProgressLine() {
        let list = list()
        let app = Application(root: list)
        app.runsWorkBetweenKeys = true
        var read: [Int] = [], finished = false
        app.start(Work(title: "đề nghị", steps: [2025, 2024, 2023].map { y in Work.Step("năm \(y)") { read.append(y) } },
                       onFinish: { _ in finished = true }))
        XCTAssertTrue(app.hasPendingWork)
        XCTAssertEqual(read, [], "nothing runs inside start")
        XCTAssertTrue(statusLine(app).contains("Đang đọc đề nghị: năm 2025 (1/3) · Esc: dừng"), statusLine(app))
        app.runPendingStep()
        XCTAssertEqual(read, [2025])
        XCTAssertTrue(statusLine(app).contains("năm 2024 (2/3)"), statusLine(app))
        // A key in the meantime is handled as usual, and the progress line stays.
        app.handle(.down)
        XCTAssertEqual(list.selectedRow?.id, "r1")
        XCTAssertTrue(statusLine(app).contains("(2/3)"), statusLine(app))
        app.runPendingStep()
        app.runPendingStep()
        XCTAssertEqual(read, [2025, 2024, 2023])
        XCTAssertTrue(finished)
        XCTAssertFalse(app.hasPendingWork)
        XCTAssertFalse(statusLine(app).contains("Đang đọc"), statusLine(app))
    }

    func testEscStopsTheWork() {
        let app = Application(root: list())
        app.runsWorkBetweenKeys = true
        var read: [Int] = [], finished = false, cancelled = false
        app.start(Work(title: "đề nghị", steps: [2025, 2024, 2023].map { y in Work.Step("năm \(y)") { read.append(y) } },
                       onFinish: { _ in finished = true }, onCancel: { _ in cancelled = true }))
        app.runPendingStep()
        app.handle(.escape)
        XCTAssertFalse(app.hasPendingWork)
        XCTAssertTrue(cancelled)
        XCTAssertFalse(finished)
        app.runPendingStep()
        XCTAssertEqual(read, [2025], "no step runs after Esc")
        XCTAssertTrue(statusLine(app).contains("Đã dừng đọc đề nghị"), statusLine(app))
        XCTAssertTrue(app.isRunning)
    }

    func testWithoutTheTerminalLoopTheWorkRunsAtOnce() {
        let app = Application(root: list())
        var read: [Int] = [], finished = false
        app.start(Work(title: "t", steps: [1, 2].map { y in Work.Step("\(y)") { read.append(y) } }, onFinish: { _ in finished = true }))
        XCTAssertEqual(read, [1, 2])
        XCTAssertTrue(finished)
        XCTAssertFalse(app.hasPendingWork)
    }

    /// A view laying something out a slice at a time while no key waits.
    private final class SlicingView: View {
        var slicesLeft: Int
        var slicesRun = 0
        init(slices: Int) { slicesLeft = slices }
        var title: String { "Xem" }
        var context: CommandContext { .list }
        func draw(in frame: inout Frame, area: Rect, app: Application) {}
        func handle(_ key: Key, command: CommandID?, app: Application) -> Bool { false }
        var hasIdleWork: Bool { slicesLeft > 0 }
        func runIdleStep(app: Application) { slicesLeft -= 1; slicesRun += 1 }
    }

    func testAViewsIdleWorkRunsBetweenKeysUntilDoneThenTheLoopWaits() {
        MainActor.assumeIsolated {
            let view = SlicingView(slices: 3)
            let app = Application(root: Self.makeList())
            app.push(view)
            var polls = 0
            TerminalRunner.loop(app, screen: MemoryScreen(), read: { .gone }, poll: { polls += 1; return .keys([]) })
            XCTAssertEqual(view.slicesRun, 3)
            XCTAssertEqual(polls, 3, "polled while slices remained, then waited for a key")
            XCTAssertEqual(app.terminationReason, .terminalGone)
            XCTAssertNil(app.statusMessage, "no progress line")
        }
    }

    func testEscLeavesAViewAtOnceAndItsIdleWorkStops() {
        MainActor.assumeIsolated {
            let view = SlicingView(slices: 100)
            let app = Application(root: Self.makeList())
            app.push(view)
            var batches: [CursesTerminal.Batch] = [.keys([]), .keys([.escape])]
            TerminalRunner.loop(app, screen: MemoryScreen(), read: { .gone }, poll: { batches.isEmpty ? .gone : batches.removeFirst() })
            XCTAssertEqual(view.slicesRun, 1)
            XCTAssertFalse(app.stack.contains { $0 === view })
            XCTAssertFalse(app.hasIdleWork)
        }
    }
}
