import CNcursesw
import Foundation
import TDKTText

/// The only code that calls ncurses. Confined to the main actor.
@MainActor
public final class CursesTerminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case noTerminalType(String)
        public var description: String {
            switch self {
            case .notATerminal: return "tdkt: standard input/output is not a terminal"
            case .noTerminalType(let t): return "tdkt: cannot use terminal type '\(t)' nor xterm-256color nor vt100"
            }
        }
    }

    public enum Batch {
        case keys([Key])
        /// A signal arrived (see `Signals`).
        case signal(Int32)
        /// The terminal is gone: stop, never spin.
        case gone
    }

    private let screen: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let window: UnsafeMutablePointer<WINDOW>
    private var decoder = KeyDecoder()
    private var cursorVisible: Int32 = -1
    private var attrs: [Style: (attr_t, Int16)] = [:]
    private var stopped = false
    public let usesColour: Bool
    /// The terminal type in use (after fallback).
    public let terminalType: String
    /// Milliseconds to wait after Esc for a digit (Esc 1 = F1).
    public var escapeDigitWindow: Int32 = KeyDecoder.escapeDigitWindow
    /// Milliseconds to wait for the rest of an escape sequence the terminfo entry did not know.
    public var sequenceWindow: Int32 = 300
    /// Milliseconds between wake-ups of an idle read (no redraw happens on them).
    public var idleWake: Int32 = 1000
    /// Reads that fail this many times in a row mean the terminal is gone.
    public var maxConsecutiveErrors = 50

    static let pasteStartCode: Int32 = 0x3F01
    static let pasteEndCode: Int32 = 0x3F02

    /// Starts curses on stdin/stdout: newterm with the TERM given, falling back to xterm-256color then vt100.
    /// Warnings go to stderr before curses owns the screen.
    public convenience init() throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw StartError.notATerminal }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        var candidates = term.isEmpty ? [] : [term]
        candidates += ["xterm-256color", "vt100"].filter { $0 != term }
        var chosen: (OpaquePointer, String)?
        for t in candidates {
            if let s = newterm(t, tdkt_stdout(), tdkt_stdin()) {
                set_term(s)
                if Self.canPlaceCursor() {
                    chosen = (s, t)
                    break
                }
                // TERM=dumb and the like: curses starts but cannot draw a screen. Say so, try another.
                endwin()
                delscreen(s)
                FileHandle.standardError.write(Data(
                    "tdkt: terminal type '\(t)' cannot place the cursor, which a full-screen program needs; trying another\n".utf8))
                continue
            }
            FileHandle.standardError.write(Data("tdkt: terminal type '\(t)' is unknown here; trying another\n".utf8))
        }
        guard let (scr, t) = chosen else { throw StartError.noTerminalType(term) }
        if t != term {
            // Children and messages see the type actually in use.
            setenv("TERM", t, 1)
        }
        try self.init(screen: scr, terminalType: t, output: tdkt_stdout())
    }

    /// Curses on given streams (tests: output to /dev/null, input from a pipe; the benchmark: output to a
    /// file, to count the bytes a frame costs), no tty needed.
    public convenience init(terminalType: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>) throws {
        guard let scr = newterm(terminalType, output, input) else { throw StartError.noTerminalType(terminalType) }
        try self.init(screen: scr, terminalType: terminalType, output: output)
    }

    private init(screen scr: OpaquePointer, terminalType t: String, output: UnsafeMutablePointer<FILE>) throws {
        screen = scr
        terminalType = t
        self.output = output
        set_term(scr)
        guard let w = newwin(0, 0, 0, 0) else { throw StartError.noTerminalType(t) }
        window = w
        cursesActive.store(true, ordering: .relaxed)

        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(50) }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        intrflush(window, false)
        leaveok(window, false)

        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        usesColour = has_colors() && !noColor
        if usesColour {
            start_color()
            use_default_colors()
        }
        for (i, style) in Style.allCases.enumerated() {
            let a = usesColour ? Theme.colour(style) : Theme.monochrome(style)
            var attr = tdkt_a_normal()
            if a.bold { attr |= tdkt_a_bold() }
            if a.reverse { attr |= tdkt_a_reverse() }
            if a.underline { attr |= tdkt_a_underline() }
            if a.dim { attr |= tdkt_a_dim() }
            var pair: Int16 = 0
            if usesColour, a.foreground != .default || a.background != .default {
                pair = Int16(i + 1)
                init_pair(pair, a.foreground.rawValue, a.background.rawValue)
            }
            attrs[style] = (attr, pair)
        }
        defineKeys()
        // Bracketed paste: the terminal marks pasted text so its newlines never submit a form.
        writeRaw(bracketedPasteOn)
    }

    /// Key sequences that terminfo may not list: PuTTY's F1-F4, xterm F5-F12, Shift-Tab,
    /// both cursor-key modes, and bracketed paste markers.
    private func defineKeys() {
        let f: [(String, Int32)] = [
            ("\u{1B}[11~", 1), ("\u{1B}[12~", 2), ("\u{1B}[13~", 3), ("\u{1B}[14~", 4),
            ("\u{1B}OP", 1), ("\u{1B}OQ", 2), ("\u{1B}OR", 3), ("\u{1B}OS", 4),
            ("\u{1B}[15~", 5), ("\u{1B}[17~", 6), ("\u{1B}[18~", 7), ("\u{1B}[19~", 8),
            ("\u{1B}[20~", 9), ("\u{1B}[21~", 10), ("\u{1B}[23~", 11), ("\u{1B}[24~", 12),
        ]
        for (seq, n) in f { define_key(seq, tdkt_key_f(n)) }
        let other: [(String, Int32)] = [
            ("\u{1B}[Z", KEY_BTAB),
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC),
            ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
            ("\u{1B}[200~", Self.pasteStartCode), ("\u{1B}[201~", Self.pasteEndCode),
        ]
        for (seq, code) in other { define_key(seq, code) }
    }

    /// Sends bytes straight to the terminal, after what curses has buffered.
    private func writeRaw(_ bytes: [UInt8]) {
        fflush(output)
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, output) }
        fflush(output)
    }

    /// The text curses holds for each row (read back with mvwinnwstr), for tests.
    func virtualScreenRows() -> [String] {
        var rows: [String] = []
        var buf = [wchar_t](repeating: 0, count: 1024)
        for y in 0..<getmaxy(window) {
            let n = mvwinnwstr(window, y, 0, &buf, 1023)
            let scalars = buf.prefix(Int(max(0, n))).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
            rows.append(String(String.UnicodeScalarView(scalars)))
        }
        return rows
    }

    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    // MARK: Output

    /// Draws a frame into curses' virtual screen and sends only the differences (one doupdate).
    public func present(_ frame: Frame, fullRedraw: Bool) {
        if fullRedraw { clearok(window, true) }  // Ctrl-L: the only full clear
        if frame.bell { beep() }
        werase(window)
        let h = min(frame.height, Int(getmaxy(window)))
        let w = min(frame.width, Int(getmaxx(window)))
        var buf = [wchar_t](repeating: 0, count: 6)
        var cell = cchar_t()
        for y in 0..<h {
            var x = 0
            while x < w {
                let c = frame[y, x]
                if c.isContinuation { x += 1; continue }
                let (a, p) = attrs[c.style] ?? (tdkt_a_normal(), 0)
                if let glyph = lineGlyph(c.text) {
                    if c.text == LineGlyph.horizontal {
                        // Runs of ─ with whline_set.
                        var n = 1
                        while x + n < w, frame[y, x + n].text == LineGlyph.horizontal, frame[y, x + n].style == c.style { n += 1 }
                        tdkt_hline(window, Int32(y), Int32(x), Int32(n), a, p)
                        x += n
                        continue
                    }
                    tdkt_put_line_cell(window, Int32(y), Int32(x), glyph, a, p)
                    x += 1
                    continue
                }
                var n = 0
                for u in c.text.unicodeScalars where n < 5 {
                    buf[n] = wchar_t(bitPattern: u.value)
                    n += 1
                }
                if n == 0 { buf[0] = 0x20; n = 1 }
                buf[n] = 0
                tdkt_setcchar(&cell, buf, a, p)
                tdkt_mvwadd_wch(window, Int32(y), Int32(x), &cell)
                x += max(1, c.width)
            }
        }
        let wantCursor: Int32 = frame.cursor == nil ? 0 : 1
        if wantCursor != cursorVisible {
            curs_set(wantCursor)
            cursorVisible = wantCursor
        }
        if let cur = frame.cursor {
            wmove(window, Int32(min(cur.y, h - 1)), Int32(min(cur.x, w - 1)))
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func lineGlyph(_ s: String) -> UnsafePointer<cchar_t>? {
        guard LineGlyph.all.contains(s) else { return nil }
        switch s {
        case LineGlyph.horizontal: return tdkt_wacs_hline()
        case LineGlyph.vertical: return tdkt_wacs_vline()
        case LineGlyph.topLeft: return tdkt_wacs_ulcorner()
        case LineGlyph.topRight: return tdkt_wacs_urcorner()
        case LineGlyph.bottomLeft: return tdkt_wacs_llcorner()
        case LineGlyph.bottomRight: return tdkt_wacs_lrcorner()
        case LineGlyph.teeLeft: return tdkt_wacs_ltee()
        case LineGlyph.teeRight: return tdkt_wacs_rtee()
        case LineGlyph.teeDown: return tdkt_wacs_ttee()
        case LineGlyph.teeUp: return tdkt_wacs_btee()
        case LineGlyph.cross: return tdkt_wacs_plus()
        default: return nil
        }
    }

    // MARK: Input

    private func rawInput(_ r: Int32, _ wc: wint_t) -> RawInput? {
        if r == OK { return .scalar(UInt32(wc)) }
        guard r == KEY_CODE_YES else { return nil }
        let code = Int32(bitPattern: wc)
        switch code {
        case Self.pasteStartCode: return .pasteStart
        case Self.pasteEndCode: return .pasteEnd
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_IC: return .key(.insert)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_RESIZE: return .key(.resize)
        default:
            let f1 = tdkt_key_f(1)
            if code >= f1, code <= tdkt_key_f(12) { return .key(.function(Int(code - f1 + 1))) }
            return nil
        }
    }

    /// Waits for input, then drains everything already queued (nodelay until ERR), so an IME's
    /// backspace-and-retype burst or a paste is applied in order before the next redraw.
    public func readBatch() -> Batch {
        var keys: [Key] = []
        var errors = 0
        var wc: wint_t = 0
        while true {
            if let s = Signals.peekPending() { return .signal(s) }
            let pending = decoder.isPending
            // When idle, wake once a second anyway: a signal that lands just before the read starts
            // is then seen within a second instead of at the next key.
            let wait = pending ? (decoder.isInPaste ? 2000 : decoder.isAwaitingEscapeDigit ? escapeDigitWindow : sequenceWindow) : idleWake
            tdkt_wtimeout(window, wait)
            let started = DispatchTime.now().uptimeNanoseconds
            let r = wget_wch(window, &wc)
            if let s = Signals.peekPending() { return .signal(s) }
            if r == ERR {
                if pending {
                    keys += decoder.timeout()
                    if !keys.isEmpty { return .keys(keys) }
                    continue
                }
                let elapsedMs = Int32((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
                if isatty(0) == 0 { return .gone }
                // An idle wake-up, not an error: an empty batch lets the loop look for outside changes.
                if elapsedMs >= wait / 2 { return .keys([]) }
                // A read failing at once, again and again: the terminal is gone. Stop, never spin.
                errors += 1
                if errors >= maxConsecutiveErrors { return .gone }
                continue
            }
            errors = 0
            if let raw = rawInput(r, wc) { keys += decoder.feed(raw) }
            // Drain what is already there.
            tdkt_wtimeout(window, 0)
            while true {
                let r2 = wget_wch(window, &wc)
                if r2 == ERR { break }
                if let raw = rawInput(r2, wc) { keys += decoder.feed(raw) }
            }
            if !keys.isEmpty { return .keys(keys) }
        }
    }

    /// Whether the terminal in use can move the cursor to a given place (terminfo's `cup`).
    static func canPlaceCursor() -> Bool {
        guard let p = tigetstr("cup") else { return false }
        return Int(bitPattern: p) != -1
    }

    // MARK: Suspending

    /// How Ctrl-Z stops the program when stopping this process is not the way: a session in the office server
    /// has the clerk's `tdkt` stop instead (the clerk's shell owns that one). Returns once resumed.
    nonisolated(unsafe) public static var stopProcess: (@Sendable () -> Void)?

    /// Ctrl-Z: gives the terminal back to the shell and stops the process; `fg` resumes it here, and the
    /// next frame repaints everything.
    public func suspend() {
        writeRaw(bracketedPasteOff)
        endwin()
        if let stop = Self.stopProcess {
            stop()
        } else {
            let previous = signal(SIGTSTP, SIG_DFL)
            raise(SIGTSTP)
            signal(SIGTSTP, previous)
        }
        // Resumed (SIGCONT): curses takes the terminal again with the next refresh.
        writeRaw(bracketedPasteOn)
        clearok(window, true)
    }

    /// The keys already typed, without waiting (an empty batch when there are none).
    public func pollBatch() -> Batch {
        if let s = Signals.peekPending() { return .signal(s) }
        var keys: [Key] = []
        var wc: wint_t = 0
        tdkt_wtimeout(window, 0)
        while true {
            let r = wget_wch(window, &wc)
            if r == ERR { break }
            if let raw = rawInput(r, wc) { keys += decoder.feed(raw) }
        }
        if decoder.isPending { keys += decoder.timeout() }
        return .keys(keys)
    }

    // MARK: Ending

    /// Restores the terminal: bracketed paste off, cursor on, endwin. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        cursesActive.store(false, ordering: .relaxed)
        endwin()
        writeRaw(bracketedPasteOff)
        delwin(window)
        delscreen(screen)
    }
}

extension CursesTerminal: @MainActor Screen {}
