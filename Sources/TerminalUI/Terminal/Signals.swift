import CNcursesw
import Foundation
import Synchronization
import TDKTText

/// The last SIGINT/SIGTERM/SIGHUP received (0 = none). Written by the signal handler, read by the key loop.
let pendingSignal = Atomic<Int32>(0)
/// Whether curses currently owns the terminal (crash handlers restore it only then).
let cursesActive = Atomic<Bool>(false)
/// The handlers that were in place before ours (the Swift runtime's backtracer among them), by signal number.
nonisolated(unsafe) private let previousCrashActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Escape sequences that must be switched off on every exit path.
let bracketedPasteOn: [UInt8] = Array("\u{1B}[?2004h".utf8)
let bracketedPasteOff: [UInt8] = Array("\u{1B}[?2004l".utf8)

public enum Signals {
    /// Installs the handlers: SIGINT, SIGTERM and SIGHUP set a flag (no SA_RESTART, so a blocking
    /// read returns); SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE restore the terminal,
    /// then hand the signal to the previous handler so the Swift backtrace still appears.
    /// Call before curses starts (ncurses then leaves SIGINT/SIGTERM alone).
    public static func install() {
        pendingSignal.store(0, ordering: .relaxed)
        _ = cursesActive.load(ordering: .relaxed)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var sa = sigaction()
            sa.__sigaction_handler.sa_handler = { s in pendingSignal.store(s, ordering: .relaxed) }
            sigemptyset(&sa.sa_mask)
            sa.sa_flags = 0
            sigaction(sig, &sa, nil)
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var sa = sigaction()
            sa.__sigaction_handler.sa_sigaction = { s, info, ctx in crashed(s, info, ctx) }
            sigemptyset(&sa.sa_mask)
            sa.sa_flags = SA_SIGINFO
            sigaction(sig, &sa, previousCrashActions + Int(sig))
        }
    }

    /// The signal received since the last call, if any.
    public static func takePending() -> Int32? {
        let s = pendingSignal.exchange(0, ordering: .relaxed)
        return s == 0 ? nil : s
    }

    public static func peekPending() -> Int32? {
        let s = pendingSignal.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }
}

/// Restores the terminal as well as can be done inside a signal handler.
func emergencyRestore() {
    guard cursesActive.exchange(false, ordering: .relaxed) else { return }
    bracketedPasteOff.withUnsafeBufferPointer { _ = write(1, $0.baseAddress, $0.count) }
    endwin()
}

private func crashed(_ sig: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    emergencyRestore()
    // Chain to the previous handler (the Swift runtime's backtracer prints its report there),
    // then die of the signal with the default action, whether it came from a fault or from kill().
    let old = previousCrashActions[Int(sig)]
    let raw = unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self)
    if raw != 0, raw != 1 {  // neither SIG_DFL nor SIG_IGN
        if old.sa_flags & SA_SIGINFO != 0 {
            old.__sigaction_handler.sa_sigaction?(sig, info, context)
        } else {
            old.__sigaction_handler.sa_handler?(sig)
        }
    }
    signal(sig, SIG_DFL)
    raise(sig)
}
