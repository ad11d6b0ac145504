import Foundation
import TDKTTestKit

/// The scoring grid of the largest cluster in the real program in tmux, as `ProvinceScoring`'s rater: the
/// time from the Enter on "Chấm chéo" to the grid's rows, and `GridKeyPlan`'s keys each to the frame that
/// shows the cursor where the key puts it.
///
/// The program takes its login from the account (getpwuid), and `USER` only for an account without a
/// passwd entry. So the bench (as root) runs it with `setpriv` under a user id that has none, in the data
/// directory's group, with USER=chamdiem. Nothing is saved: the edits are dropped ("Bỏ các thay đổi") before
/// the program quits, so no draft is written into the data directory.
struct RealGrid {
    let root: String
    let tdkt: String

    /// Whether the directory has rounds and this process may run the program as another account.
    var isPossible: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            && FileManager.default.fileExists(atPath: root + "/config.json")
            && ((try? String(contentsOfFile: root + "/config.json", encoding: .utf8)) ?? "").contains("\"\(ProvinceScoring.raterLogin)\"")
    }

    /// A user id with no passwd entry, so the program's login is the USER given.
    static func unusedUserID() -> uid_t {
        var id: uid_t = 64_000
        while getpwuid(id) != nil { id += 1 }
        return id
    }

    /// The rater's home while the bench runs (removed at the end of `measure`).
    var home: String { NSTemporaryDirectory() + "tdkt-bench-rater-\(getpid())" }

    func start() -> TmuxPane? {
        var st = stat()
        guard stat(root, &st) == 0 else { return nil }
        let uid = Self.unusedUserID()
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        chown(home, uid, st.st_gid)
        let command = "/usr/bin/setpriv --reuid=\(uid) --regid=\(st.st_gid) --clear-groups env HOME='\(home)' USER=\(ProvinceScoring.raterLogin) "
            + "TERM=xterm-256color LANG=C.UTF-8 '\(tdkt)' --data '\(root)' --lang vi"
        let pane = TmuxPane(command: command)
        return pane.wait(timeout: 20, { $0.contains("1. Phong trào") }) == nil ? nil : pane
    }

    static let steps = [("2", "2. Chấm điểm thi đua cụm, khối"), ("2", "Phiếu đủ"), ("Enter", "1. Chấm chéo")]

    /// main menu → 2 → 2 (the rounds list) → Enter (the round's menu), each timed too; then the timed Enter
    /// opens the grid. Returns the times of the steps and of the grid.
    func openGrid(_ pane: TmuxPane) -> (steps: [Double], grid: Double)? {
        var steps: [Double] = []
        for (key, shows) in Self.steps {
            guard let t = pane.time(key, timeout: 120, { $0.contains(shows) }) else { return nil }
            steps.append(t)
        }
        return pane.time("Enter", timeout: 120, GridPosition.hasRows).map { (steps, $0) }
    }

    func measure(runs: Int) -> [ScreenFigure] {
        defer { try? FileManager.default.removeItem(atPath: home) }
        var opens: [Double] = [], rounds: [Double] = [], menus: [Double] = []
        for _ in 0..<runs {
            guard let pane = start(), let t = openGrid(pane) else { break }
            opens.append(t.grid); rounds.append(t.steps[1]); menus.append(t.steps[2])
            quit(pane)
        }
        say("  scoring grid of the largest cluster: \(opens.map { String(format: "%.3f", $0) }.joined(separator: ", ")) s")
        say(String(format: "  on the way, p50: the rounds list (2) %.3f s, the round's menu (Enter) %.3f s",
                   Measure.percentiles(rounds).p50, Measure.percentiles(menus).p50))
        var out = [ScreenFigure(name: "screen: scoring grid, largest cluster (2, 2, Enter, Enter)", collection: "scoring",
                                seconds: opens.count == runs ? Measure.percentiles(opens).p50 : nil)]
        guard let pane = start(), openGrid(pane) != nil, var at = GridPosition(screen: pane.text()) else { return out }
        var moves: [Double] = [], edits: [Double] = []
        for step in GridKeyPlan.steps(rows: at.rows, columns: at.columns) {
            at.row += step.rowChange; at.column += step.columnChange
            let expected = at
            let start = DispatchTime.now().uptimeNanoseconds
            pane.tmux(["send-keys", "-t", "b"] + step.tmux)
            guard let t = pane.wait(timeout: 30, since: start, { GridPosition(screen: $0) == expected }) else {
                say("  scoring grid: no frame at \(expected) after \(step.tmux)"); break
            }
            if step.isEdit { edits.append(t) } else { moves.append(t) }
        }
        quit(pane)
        for (name, times) in [("move", moves), ("score edit (3, Enter)", edits)] {
            let p = Measure.percentiles(times)
            say("  scoring grid \(name) keys: p50 \(Measure.ms(p.p50)), p99 \(Measure.ms(p.p99)) (\(times.count) keys)")
            out.append(ScreenFigure(name: "key: scoring grid, \(name) (p99, tmux)", collection: nil,
                                    seconds: times.isEmpty ? nil : p.p99, limit: 0.016))
        }
        out.append(Self.tmuxRoundTrip())
        if FileManager.default.fileExists(atPath: root + "/drafts/" + ProvinceScoring.raterLogin) {
            say("  note: \(root)/drafts/\(ProvinceScoring.raterLogin) exists (a draft of the grid was kept)")
        }
        return out
    }

    /// The floor under every key timed in tmux: `cat` echoing a letter (the terminal's echo, no program
    /// work), timed the same way — `send-keys`, then `capture-pane` until the letter shows.
    static func tmuxRoundTrip(letters: Int = 100) -> ScreenFigure {
        let pane = TmuxPane(command: "env TERM=xterm-256color LANG=C.UTF-8 cat")
        usleep(200_000)
        var times: [Double] = []
        for i in 0..<letters {
            let typed = String(repeating: "x", count: i % 60 + 1)
            if i % 60 == 0 { pane.send("Enter") ; usleep(20_000) }
            if let t = pane.time("x", literal: true, timeout: 5, { $0.split(separator: "\n").last.map { $0.hasPrefix(typed) && $0.count == typed.count } ?? false }) {
                times.append(t)
            }
        }
        let p = Measure.percentiles(times)
        say("  tmux round trip, cat echoing a letter: p50 \(Measure.ms(p.p50)), p99 \(Measure.ms(p.p99)) (\(times.count) keys)")
        return ScreenFigure(name: "key: tmux round trip, cat echo (p99, reference)", collection: nil, seconds: times.isEmpty ? nil : p.p99, limit: 0.016)
    }

    /// Leaves the grid dropping what was typed (Esc, "Có"), then F10; waits for the program to end.
    func quit(_ pane: TmuxPane) {
        pane.send("Escape")
        if pane.wait(timeout: 5, { $0.contains("Bỏ các thay đổi chưa lưu?") || $0.contains("1. Chấm chéo") }) != nil,
           pane.text().contains("Bỏ các thay đổi chưa lưu?") {
            pane.send("Left"); usleep(100_000)
            pane.send("Enter")
            _ = pane.wait(timeout: 5, { $0.contains("1. Chấm chéo") })
        }
        pane.send("F10")
        _ = pane.wait(timeout: 5, { !$0.contains("Chấm chéo") })
    }
}
