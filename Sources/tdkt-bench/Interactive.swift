import Foundation
import TDKTCore
import TerminalUI
import TDKTText
import TDKTTestKit

/// The speed a clerk feels: keys handled and frames drawn, bytes sent to the terminal, cold start.
enum Interactive {
    static let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
    static let given = ["Văn Khoa", "Thị Lan", "Đức Hùng", "Thu Hương", "Minh Tuấn", "Ngọc Mai", "Quang Long", "Thanh Hạnh"]

    /// A list of `n` people, as a unit or award list would show them.
    @MainActor static func list(_ n: Int = 10_000) -> ListView {
        let rows = (0..<n).map { i in
            ListView.Row(id: "p\(i)", cells: ["p\(i)", "\(family[i % family.count]) \(given[(i / 7) % given.count]) \(i)",
                                              "UBND xã số \(i % 1_100)"])
        }
        return ListView(title: "Danh sách cá nhân", columns: [ListView.Column("Mã", width: 7), ListView.Column("Họ và tên"),
                                                            ListView.Column("Đơn vị", width: 24)], rows: rows)
    }

    /// A scoring grid: 40 members by 8 criteria.
    @MainActor static func grid() -> GridView {
        let columns = (1...8).map { GridColumn("TC\($0)", group: $0 <= 4 ? "Nhóm I" : "Nhóm II", max: 20, step: 0.5) }
        return GridView(title: "Chấm điểm", rowHeaderTitle: "Đơn vị", rowHeaders: (0..<40).map { "UBND xã số \($0)" }, columns: columns)
    }

    /// Each step's keys are handled and one frame drawn, as the terminal loop does (`EventLoop.loop`): the
    /// keys, then one slice of the work that was under way before them, if any, then the frame; returns the
    /// time of each step. (Work a key starts, such as folding the rows it shows for search, is not run before
    /// its frame: the loop draws first.) Between two steps the loop goes on with the work while no key comes:
    /// up to 100 ms of it, untimed (a clerk types at most about ten keys a second).
    @MainActor static func drive(_ app: Application, _ screen: some Screen, _ steps: [[Key]]) -> [Double] {
        screen.present(app.render(size: screen.size), fullRedraw: false)
        workBetweenKeys(app)
        var times: [Double] = []
        times.reserveCapacity(steps.count)
        for keys in steps {
            times.append(Measure.seconds {
                let working = app.hasPendingWork || app.hasIdleWork
                for k in keys { app.handle(k) }
                if working { app.hasPendingWork ? app.runPendingStep() : app.runIdleStep() }
                screen.present(app.render(size: screen.size), fullRedraw: false)
            })
            workBetweenKeys(app)
        }
        return times
    }

    /// The loop's work between two keys: slices of it until none is left or 100 ms have gone.
    @MainActor static func workBetweenKeys(_ app: Application) {
        let end = DispatchTime.now().uptimeNanoseconds + 100_000_000
        while (app.hasPendingWork || app.hasIdleWork) && DispatchTime.now().uptimeNanoseconds < end {
            if app.hasPendingWork { app.runPendingStep() } else { app.runIdleStep() }
        }
    }

    struct KeyFigures {
        var listMove: [Double] = [], search: [Double] = [], gridEdit: [Double] = []
    }

    /// 1,000 moves down a 10,000-row list, searches typed letter by letter, 300 grid cells typed.
    static let moves: [[Key]] = Array(repeating: [.down], count: 1_000)
    static let searches: [[Key]] = (0..<40).flatMap { i -> [[Key]] in
        // "/" and then a query matching a row far down the list, one step per letter, then Enter.
        [[.char("/")]] + Array("hạnh \(9_000 + i * 17)").map { [Key.char($0)] } + [[.enter]]
    }
    static let edits: [[Key]] = Array(repeating: [.char("7"), .enter], count: 300)

    @MainActor static func keysOnMemoryScreen() -> KeyFigures {
        var f = KeyFigures()
        let screen = MemoryScreen(size: Size(width: 80, height: 24))
        f.listMove = drive(Application(root: list()), screen, moves)
        f.search = drive(Application(root: list()), screen, searches)
        f.gridEdit = drive(Application(root: grid()), screen, edits)
        return f
    }

    /// The same on the ncurses backend, writing to a file: times, and bytes per step from the file's growth.
    @MainActor static func keysOnCurses() throws -> (times: KeyFigures, bytesPerMove: Double, bytesPerEdit: Double) {
        setenv("LINES", "24", 1)
        setenv("COLUMNS", "80", 1)
        TerminalRunner.prepareLocale()
        let outPath = NSTemporaryDirectory() + "tdkt-bench-curses-\(getpid())"
        defer { unlink(outPath) }
        guard let output = fopen(outPath, "w"), let input = fopen("/dev/null", "r") else { throw CocoaError(.fileNoSuchFile) }
        let term = try CursesTerminal(terminalType: "xterm-256color", input: input, output: output)
        defer { term.stop() }
        func written() -> Int { fflush(output); return ftell(output) }
        var f = KeyFigures()
        func run(_ root: View, _ steps: [[Key]]) -> ([Double], Double) {
            let app = Application(root: root)
            term.present(app.render(size: term.size), fullRedraw: false)
            let before = written()
            let times = drive(app, term, steps)
            return (times, Double(written() - before) / Double(steps.count))
        }
        let (moveTimes, moveBytes) = run(list(), moves)
        f.listMove = moveTimes
        f.search = run(list(), searches).0
        let (editTimes, editBytes) = run(grid(), edits)
        f.gridEdit = editTimes
        return (f, moveBytes, editBytes)
    }

    // MARK: The real terminal, through tmux

    /// Bytes a program sends to its terminal per key: the program runs in a private tmux server at 80x24,
    /// `pipe-pane` copies its output to a file, keys are sent one at a time and each is let settle.
    static func bytesPerKey(command: String, ready: String, key: String, count: Int) throws -> Double? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { return nil }
        let socket = "tdkt-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        func tmux(_ args: [String]) -> String {
            (try? Measure.run("/usr/bin/tmux", ["-L", socket] + args).output) ?? ""
        }
        defer { _ = tmux(["kill-server"]) }
        _ = tmux(["-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", "b", command])
        let deadline = Date().addingTimeInterval(20)
        while !tmux(["capture-pane", "-p", "-t", "b"]).contains(ready) {
            if Date() > deadline { return nil }
            usleep(50_000)
        }
        usleep(300_000)
        let file = NSTemporaryDirectory() + socket + ".out"
        defer { unlink(file) }
        _ = tmux(["pipe-pane", "-t", "b", "-o", "cat > \(file)"])
        usleep(200_000)
        func size() -> Int { ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0 }
        func settle() {
            var last = -1, stable = 0
            while stable < 3 {
                usleep(20_000)
                let s = size()
                if s == last { stable += 1 } else { stable = 0; last = s }
            }
        }
        settle()
        let start = size()
        for _ in 0..<count {
            _ = tmux(["send-keys", "-t", "b", key])
            settle()
        }
        let total = size() - start
        _ = tmux(["pipe-pane", "-t", "b"])
        return Double(total) / Double(count)
    }

    /// Exec to the first frame on the terminal: the real binary under `script` (a pseudo-terminal),
    /// with TDKT_BENCH_EXIT_AFTER_FIRST_FRAME=1 so it quits right after its first doupdate.
    static func coldStart(binary: String, root: String, runs: Int = 15) throws -> (p50: Double, baseline: Double) {
        let env = "TERM=xterm-256color LANG=C.UTF-8 TDKT_BENCH_EXIT_AFTER_FIRST_FRAME=1"
        let inner = "env \(env) '\(binary)' --data '\(root)'"
        var times: [Double] = [], base: [Double] = []
        for _ in 0..<runs {
            times.append(try Measure.run("/usr/bin/script", ["-qfc", inner, "/dev/null"]).seconds)
            base.append(try Measure.run("/usr/bin/script", ["-qfc", "env \(env) /bin/true", "/dev/null"]).seconds)
        }
        return (Measure.percentiles(times).p50, Measure.percentiles(base).p50)
    }

    /// The data files the program opens from exec to its first frame (strace), for the jq reference.
    static func filesReadAtStart(binary: String, root: String) -> [String] {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return [root + "/config.json"] }
        let log = NSTemporaryDirectory() + "tdkt-bench-strace-\(getpid())"
        defer { unlink(log) }
        let inner = "env TERM=xterm-256color LANG=C.UTF-8 TDKT_BENCH_EXIT_AFTER_FIRST_FRAME=1 /usr/bin/strace -f -e trace=openat -o '\(log)' '\(binary)' --data '\(root)'"
        _ = try? Measure.run("/usr/bin/script", ["-qfc", inner, "/dev/null"])
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        var files: [String] = []
        for line in text.split(separator: "\n") where !line.contains("ENOENT") {
            guard let a = line.range(of: "\""), let b = line[a.upperBound...].range(of: "\"") else { continue }
            let path = String(line[a.upperBound..<b.lowerBound])
            if path.hasPrefix(root), path.hasSuffix(".json"), !files.contains(path) { files.append(path) }
        }
        return files.isEmpty ? [root + "/config.json"] : files
    }
}
