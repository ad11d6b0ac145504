import CNcursesw
import Foundation
import TDKTText

/// Start-up and the key loop for a real terminal.
public enum TerminalRunner {
    /// setlocale(LC_ALL, "") and a warning on stderr (before curses starts) when the codeset is not UTF-8.
    /// Falls back to C.UTF-8 for LC_CTYPE so Vietnamese still works.
    public static func prepareLocale() {
        setlocale(LC_ALL, "")
        if !TerminalLocale.isUTF8 {
            let was = TerminalLocale.codeset
            let fixed = TerminalLocale.ensureUTF8CType()
            FileHandle.standardError.write(Data((
                "tdkt: warning: the locale's character set is \(was.isEmpty ? "unknown" : was), not UTF-8 "
                + "(set LANG=C.UTF-8 or vi_VN.UTF-8)." + (fixed ? " Using C.UTF-8 for text.\n" : "\n")).utf8))
        }
    }

    /// Runs `app` on the terminal until it finishes; returns the exit status.
    /// Signals and a lost terminal end the session through `Application.finish`, which calls the draft hook.
    @MainActor
    public static func run(_ app: Application) -> Int32 {
        prepareLocale()
        Signals.install()
        let term: CursesTerminal
        do {
            term = try CursesTerminal()
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            return 1
        }
        defer { term.stop() }
        // For the benchmark's cold-start figure: end right after the first frame is on the terminal.
        let benchExit = ProcessInfo.processInfo.environment["TDKT_BENCH_EXIT_AFTER_FIRST_FRAME"] == "1"
        app.runsWorkBetweenKeys = true
        loop(app, screen: term, read: term.readBatch, poll: term.pollBatch, suspend: term.suspend, exitAfterFirstFrame: benchExit)
        term.stop()
        return app.terminationReason?.exitStatus ?? 0
    }

    /// The loop proper, separate from curses so tests can drive it with a memory screen.
    /// `poll` returns the keys already typed without waiting: while work is under way (Work) the loop
    /// runs a step, draws, and takes the keys typed meanwhile, so Esc stops it and other keys still work.
    /// A view's own idle work (`View.hasIdleWork`) runs the same way, after the keys of each batch.
    @MainActor
    public static func loop(_ app: Application, screen: some Screen, read: () -> CursesTerminal.Batch,
                            poll: (() -> CursesTerminal.Batch)? = nil, suspend: (() -> Void)? = nil,
                            exitAfterFirstFrame: Bool = false) {
        while app.isRunning {
            if app.suspendRequested {
                app.suspendRequested = false
                suspend?()
                app.needsFullRedraw = true
            }
            if let s = Signals.takePending() { app.finish(.signal(s)); break }
            // Another clerk's save shows without a key being pressed (the idle read wakes once a second).
            app.refreshFromOutside()
            let full = app.needsFullRedraw
            app.needsFullRedraw = false
            screen.present(app.render(size: screen.size), fullRedraw: full)
            if exitAfterFirstFrame { app.finish(.quit); break }
            let working = (app.hasPendingWork || app.hasIdleWork) && poll != nil
            switch working ? poll!() : read() {
            case .keys(let keys):
                for k in keys where app.isRunning { app.handle(k) }
            case .signal:
                continue  // handled at the top of the loop
            case .gone:
                app.finish(.terminalGone)
            }
            if working && app.isRunning { app.hasPendingWork ? app.runPendingStep() : app.runIdleStep() }
        }
    }
}
