import Foundation

/// The program itself in a private tmux server at 80x24: keys are sent as a clerk types them and the pane
/// is read until the screen shows its rows. The time is from the key to that frame.
final class TmuxPane {
    let socket = "tdkt-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    /// Reads the pane and sends keys without a process each time (nil if it could not attach: then each is a
    /// `tmux` process, as before).
    private var control: TmuxControl?

    init(command: String) {
        _ = tmux(["-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", "b", command])
        control = TmuxControl(socket: socket, session: "b")
    }

    deinit {
        _ = tmux(["kill-server"])
        control = nil
    }

    @discardableResult
    func tmux(_ args: [String]) -> String {
        (try? Measure.run("/usr/bin/tmux", ["-L", socket] + args).output) ?? ""
    }

    func text() -> String { control?.capture() ?? tmux(["capture-pane", "-p", "-t", "b"]) }

    /// Keys in tmux's names ("Enter", "Escape", "Down") or literal text (sent with -l).
    func send(_ key: String, literal: Bool = false) {
        if control?.send(key, literal: literal) == true { return }
        tmux(["send-keys", "-t", "b"] + (literal ? ["-l", key] : [key]))
    }

    /// Seconds until `ready` holds for the pane's text; nil after the timeout.
    func wait(timeout: Double = 120, since start: UInt64 = DispatchTime.now().uptimeNanoseconds, _ ready: (String) -> Bool) -> Double? {
        if let control { return control.wait(timeout: timeout, since: start, ready) }
        while true {
            let screen = text()
            let now = DispatchTime.now().uptimeNanoseconds
            if ready(screen) { return Double(now - start) / 1e9 }
            if Double(now - start) / 1e9 > timeout { return nil }
            usleep(1_000)
        }
    }

    /// Seconds until `ready` holds for good: a frame caught half drawn (the rows written, the bottom line not yet)
    /// is passed over when the pane no longer satisfies `ready` 25 ms later.
    func waitSettled(timeout: Double = 120, since start: UInt64, _ ready: (String) -> Bool) -> Double? {
        while true {
            guard let t = wait(timeout: timeout, since: start, ready) else { return nil }
            usleep(25_000)
            if ready(text()) { return t }
        }
    }

    /// Sends a key and times it to the frame that satisfies `ready`.
    func time(_ key: String, literal: Bool = false, timeout: Double = 120, _ ready: (String) -> Bool) -> Double? {
        let start = DispatchTime.now().uptimeNanoseconds
        send(key, literal: literal)
        return wait(timeout: timeout, since: start, ready)
    }
}

/// One screen of the program timed in tmux.
struct ScreenFigure {
    var name: String
    /// The collection whose `cat` time the target is a tenth of (nil: the 50 ms floor).
    var collection: String?
    var seconds: Double?
    /// A fixed target instead (a key inside a screen: 16 ms).
    var limit: Double? = nil
}

/// A way into a screen: keys sent one by one, each waited for, then the timed key and what "ready" looks like.
struct ScreenPath {
    var name: String
    var collection: String?
    /// Keys before the timed one, each with the text that shows it was handled.
    var before: [(key: String, literal: Bool, shows: String)]
    var timed: String
    var ready: (String) -> Bool
    /// At a clerk's pace: literal text typed at 8 keys a second, and a second's look at the screen before
    /// the timed key (the program may read meanwhile what the key will show). Without it every key is sent
    /// as soon as the one before shows, faster than anyone types.
    var clerkPace = false
}

struct RealScreens {
    let root: String
    let tdkt: String
    let year: Int

    /// A list's rows are on screen: a line starting with the cursor mark (menus draw theirs inside a frame).
    static func hasRows(_ s: String) -> Bool { s.split(separator: "\n").contains { $0.hasPrefix("▶") } }

    var paths: [ScreenPath] {
        [
            ScreenPath(name: "screen: proposals by state (3, Enter)", collection: "proposals",
                       before: [("3", false, "1. Đề nghị khen thưởng theo")], timed: "Enter", ready: Self.hasRows),
            ScreenPath(name: "screen: history lookup, \"nguyen van\" Enter", collection: "awards",
                       before: [("4", false, "1. Tra cứu quá trình"), ("Enter", false, "Tra cứu quá trình"),
                                ("nguyen van", true, "nguyen van")],
                       timed: "Enter", ready: Self.hasRows),
            ScreenPath(name: "screen: history lookup, \"nguyen van\" typed at 8 keys/s, Enter", collection: "awards",
                       before: [("4", false, "1. Tra cứu quá trình"), ("Enter", false, "Tra cứu quá trình"),
                                ("nguyen van", true, "nguyen van")],
                       timed: "Enter", ready: Self.hasRows, clerkPace: true),
            ScreenPath(name: "screen: unit tree (5, Enter)", collection: "units",
                       before: [("5", false, "1. Cây đơn vị")], timed: "Enter", ready: Self.hasRows),
            ScreenPath(name: "screen: people (5, 2)", collection: "people",
                       before: [("5", false, "1. Cây đơn vị")], timed: "2", ready: Self.hasRows),
            ScreenPath(name: "screen: awards of a year (4, 2)", collection: "awards",
                       before: [("4", false, "1. Tra cứu quá trình")], timed: "2", ready: Self.hasRows),
            ScreenPath(name: "screen: year-end report preview, \(year) (F2)", collection: nil,
                       before: [("6", false, "Chọn báo cáo"), ("Enter", false, "Từ năm")],
                       timed: "F2", ready: { $0.contains("BÁO CÁO") }),
            ScreenPath(name: "screen: year-end report preview, \(year), F2 after 1 s on the form", collection: nil,
                       before: [("6", false, "Chọn báo cáo"), ("Enter", false, "Từ năm")],
                       timed: "F2", ready: { $0.contains("BÁO CÁO") }, clerkPace: true),
        ]
    }

    /// `only`: the screens whose name contains it, and nothing else (to look at one screen while changing it).
    func measure(runs: Int, only: String? = nil) throws -> [ScreenFigure] {
        var out: [ScreenFigure] = []
        for path in paths where only.map({ path.name.contains($0) }) ?? true {
            // A list opens on the rows kept from its last opening (index/snapshots) while it reads its records;
            // the first opening has none kept and reads first: timed on its own, then the usual runs.
            removeKeptRows()
            let first = open(path)
            var times: [Opened] = []
            for _ in 0..<runs {
                guard let t = open(path) else { break }
                times.append(t)
            }
            func p50(_ f: (Opened) -> Double) -> Double? { times.count == runs ? Measure.percentiles(times.map(f)).p50 : nil }
            out.append(ScreenFigure(name: path.name, collection: path.collection, seconds: p50(\.shown)))
            out.append(ScreenFigure(name: path.name + ", nothing kept", collection: path.collection, seconds: first?.shown))
            // What a screen shows before its read ends (kept rows, the indexes' answer, a kept page) says so on
            // its bottom line: the time until that line is gone, beside the time to the first rows.
            out.append(ScreenFigure(name: path.name + ", checked against the files", collection: path.collection, seconds: p50(\.checked)))
            func list(_ f: (Opened) -> Double) -> String { times.map { String(format: "%.3f", f($0)) }.joined(separator: ", ") }
            say("  \(path.name): first, nothing kept \(first.map { String(format: "%.3f", $0.shown) } ?? "—") s; then "
                + "\(list(\.shown)) s; checked against the files \(list(\.checked)) s")
        }
        if only != nil { return out }
        out += searchKeys()
        let grid = RealGrid(root: root, tdkt: tdkt)
        if grid.isPossible { out += grid.measure(runs: runs) } else { say("  scoring grid: skipped (no rater login in the data, or not root)") }
        return out
    }

    /// The rows every screen kept for its next opening, so that the next one is a first opening.
    func removeKeptRows() {
        try? FileManager.default.removeItem(atPath: root + "/index/snapshots")
    }

    func start() -> TmuxPane? {
        let pane = TmuxPane(command: "env TERM=xterm-256color LANG=C.UTF-8 '\(tdkt)' --data '\(root)' --lang vi")
        return pane.wait(timeout: 20, { $0.contains("1. Phong trào") }) == nil ? nil : pane
    }

    /// A fresh program, the keys up to the screen, then the timed key.
    /// From the timed key: to the screen's rows, and to those rows checked against the files.
    struct Opened { var shown: Double; var checked: Double }

    /// What a screen's bottom line says while what it shows is not its whole answer yet: rows being checked
    /// against the files, a report's opening while the rest is made.
    static let pending = ["đang đối chiếu với tệp", "đang lập các phần sau"]

    func open(_ path: ScreenPath) -> Opened? {
        guard let pane = start() else { return nil }
        for step in path.before {
            if path.clerkPace && step.literal {
                for c in step.key { pane.send(String(c), literal: true); usleep(125_000) }
            } else {
                pane.send(step.key, literal: step.literal)
            }
            guard pane.wait(timeout: 120, { $0.contains(step.shows) }) != nil else { return nil }
        }
        if path.clerkPace { usleep(1_000_000) }
        let start = DispatchTime.now().uptimeNanoseconds
        pane.send(path.timed)
        guard let shown = pane.wait(timeout: 300, since: start, path.ready),
              let checked = pane.waitSettled(timeout: 300, since: start, { screen in path.ready(screen) && !Self.pending.contains { screen.contains($0) } }) else { return nil }
        // A clerk looks at what was asked for before leaving it (a screen keeps its rows, a report its first
        // page, between keys once shown).
        usleep(500_000)
        return Opened(shown: shown, checked: checked)
    }

    /// Search letters typed into the unit tree's search line, each timed to the frame that shows it.
    func searchKeys() -> [ScreenFigure] {
        guard let pane = start() else { return [] }
        pane.send("5"); _ = pane.wait { $0.contains("1. Cây đơn vị") }
        pane.send("Enter"); _ = pane.wait(timeout: 120, Self.hasRows)
        var times: [Double] = []
        for word in ["tan cuong", "phu binh", "dai tu", "hoi nong dan"] {
            pane.send("/"); _ = pane.wait { $0.contains("Tìm:") }
            var typed = ""
            for c in word {
                typed.append(c)
                let shown = "Tìm: " + typed
                if let t = pane.time(String(c), literal: true, timeout: 30, { $0.contains(shown) }) { times.append(t) }
            }
            pane.send("Escape"); usleep(1_200_000)
        }
        let p = Measure.percentiles(times)
        say("  unit tree search keys: p50 \(Measure.ms(p.p50)), p99 \(Measure.ms(p.p99)) (\(times.count) keys)")
        return [ScreenFigure(name: "key: unit tree search letter (p99, tmux)", collection: nil, seconds: p.p99, limit: 0.016)]
    }
}
