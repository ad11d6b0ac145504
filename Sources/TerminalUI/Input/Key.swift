import TDKTText

/// One input event, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character (already NFC-composable; combining marks arrive as their own char).
    case char(Character)
    /// Ctrl + a letter, given in lower case: `.ctrl("l")` is Ctrl-L. Ctrl-C is `.interrupt`.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete
    /// F1...F12.
    case function(Int)
    case enter, escape, tab, backTab, backspace
    /// The terminal changed size.
    case resize
    /// Text pasted in one go (bracketed paste); its newlines never submit anything.
    case paste(String)
    /// Ctrl-C (raw mode delivers it as a key, not as SIGINT).
    case interrupt

    /// A short human label, used by the F-key bar and the help screen.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Ins"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .resize: return "Resize"
        case .paste: return "Paste"
        case .interrupt: return "Ctrl-C"
        }
    }

    /// True for keys that put text into a field.
    public var isText: Bool {
        if case .char = self { return true }
        return false
    }
}

/// What the terminal backend hands the decoder: a character scalar, or a key the backend
/// already recognised from terminfo / define_key.
public enum RawInput: Hashable, Sendable {
    case scalar(UInt32)
    case key(Key)
    /// ESC[200~ recognised by the backend.
    case pasteStart
    /// ESC[201~ recognised by the backend.
    case pasteEnd
}

/// Turns raw input into keys. Pure and incremental so tests can feed it byte by byte.
///
/// - Esc followed by a digit is F1...F10 (Esc 0 = F10), for clients (PuTTY, phones) that lose F-keys.
/// - ESC [ 1 1 ~ ... ESC [ 1 4 ~ (PuTTY's F1-F4) and ESC [ Z (Shift-Tab), if they reach us unparsed.
/// - Bracketed paste, ESC [ 2 0 0 ~ text ESC [ 2 0 1 ~, becomes one `.paste(text)`.
/// - 8, 127 → Backspace; 13, 10 → Enter; 9 → Tab; 3 → interrupt; other C0 → Ctrl-letter.
public struct KeyDecoder: Sendable {
    private enum State: Sendable {
        case ground
        case escape
        case csi(String)
        case paste(String)
        case pasteEscape(text: String, seq: String)
    }
    private var state: State = .ground

    public init() {}

    /// True while a sequence is incomplete: the backend should read again with a timeout
    /// and call `timeout()` if nothing comes.
    public var isPending: Bool {
        if case .ground = state { return false }
        return true
    }

    /// True right after a lone Esc: a digit within `escapeDigitWindow` makes an F-key.
    public var isAwaitingEscapeDigit: Bool {
        if case .escape = state { return true }
        return false
    }

    /// How long to wait after a lone Esc for a digit, in milliseconds. Midnight Commander allows about
    /// a second: a clerk over a slow link types Esc then 2 and means F2. A lone Esc acts after that.
    public static let escapeDigitWindow: Int32 = 1000

    /// True while inside a bracketed paste.
    public var isInPaste: Bool {
        switch state {
        case .paste, .pasteEscape: return true
        default: return false
        }
    }

    public mutating func feed(_ input: RawInput) -> [Key] {
        switch input {
        case .pasteStart:
            let out = flushPartial()
            if isInPaste { return out }
            state = .paste("")
            return out
        case .pasteEnd:
            switch state {
            case .paste(let t):
                state = .ground
                return [.paste(TextNormalization.nfc(t))]
            case .pasteEscape(let t, let seq):
                state = .ground
                return [.paste(TextNormalization.nfc(t + seq))]
            default:
                return []
            }
        case .key(let k):
            switch state {
            case .paste(let t):
                // Keys inside a paste are kept as text where they have one.
                if k == .enter { state = .paste(t + "\n") } else if k == .tab { state = .paste(t + "\t") }
                return []
            case .pasteEscape(let t, let seq):
                state = .paste(t + seq)
                return []
            case .escape:
                state = .ground
                return [.escape, k]
            case .csi:
                state = .ground
                return [.escape, k]
            case .ground:
                return [k]
            }
        case .scalar(let v):
            return feedScalar(v)
        }
    }

    /// Called when no more input came within the escape window.
    public mutating func timeout() -> [Key] {
        switch state {
        case .ground: return []
        case .escape:
            state = .ground
            return [.escape]
        case .csi:
            state = .ground
            return [.escape]  // an unknown, incomplete sequence: treat as a plain Esc
        case .paste(let t):
            state = .ground
            return t.isEmpty ? [] : [.paste(TextNormalization.nfc(t))]
        case .pasteEscape(let t, let seq):
            state = .ground
            return [.paste(TextNormalization.nfc(t + seq))]
        }
    }

    private mutating func flushPartial() -> [Key] {
        switch state {
        case .escape, .csi:
            state = .ground
            return [.escape]
        default:
            return []
        }
    }

    private mutating func feedScalar(_ v: UInt32) -> [Key] {
        let ch: Character = Unicode.Scalar(v).map { Character($0) } ?? Character("\u{FFFD}")
        switch state {
        case .ground:
            if v == 27 { state = .escape; return [] }
            return [Self.plain(v)]
        case .escape:
            if v >= 0x30, v <= 0x39 {
                state = .ground
                return [.function(v == 0x30 ? 10 : Int(v - 0x30))]
            }
            if v == 0x5B {  // '['
                state = .csi("")
                return []
            }
            if v == 27 {  // Esc Esc: the first one is a plain Esc
                return [.escape]
            }
            state = .ground
            return [.escape, Self.plain(v)]
        case .csi(let s):
            if v >= 0x40, v <= 0x7E {  // final byte
                let body = s + String(ch)
                if body == "200~" {
                    state = .paste("")
                    return []
                }
                state = .ground
                return Self.csi(body)
            }
            if s.count > 16 {  // runaway: give up
                state = .ground
                return []
            }
            state = .csi(s + String(ch))
            return []
        case .paste(let t):
            if v == 27 {
                state = .pasteEscape(text: t, seq: "")
                return []
            }
            state = .paste(t + String(ch))
            return []
        case .pasteEscape(let t, let seq):
            let next = seq + String(ch)
            if next == "[201~" {
                state = .ground
                return [.paste(TextNormalization.nfc(t))]
            }
            if "[201~".hasPrefix(next) {
                state = .pasteEscape(text: t, seq: next)
                return []
            }
            state = .paste(t + "\u{1B}" + next)
            return []
        }
    }

    private static func csi(_ body: String) -> [Key] {
        switch body {
        case "11~": return [.function(1)]
        case "12~": return [.function(2)]
        case "13~": return [.function(3)]
        case "14~": return [.function(4)]
        case "15~": return [.function(5)]
        case "17~": return [.function(6)]
        case "18~": return [.function(7)]
        case "19~": return [.function(8)]
        case "20~": return [.function(9)]
        case "21~": return [.function(10)]
        case "23~": return [.function(11)]
        case "24~": return [.function(12)]
        case "Z": return [.backTab]
        case "A": return [.up]
        case "B": return [.down]
        case "C": return [.right]
        case "D": return [.left]
        case "H", "1~", "7~": return [.home]
        case "F", "4~", "8~": return [.end]
        case "2~": return [.insert]
        case "3~": return [.delete]
        case "5~": return [.pageUp]
        case "6~": return [.pageDown]
        default: return []  // unknown sequences are dropped, never typed into a field
        }
    }

    /// A scalar outside any sequence.
    public static func plain(_ v: UInt32) -> Key {
        switch v {
        case 3: return .interrupt
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(v + 0x60)!))
        case 0, 28...31:
            return .ctrl("@")
        default:
            return .char(Unicode.Scalar(v).map { Character($0) } ?? "\u{FFFD}")
        }
    }
}
