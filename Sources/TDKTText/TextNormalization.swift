import Foundation

/// The boundary every string crosses when it enters tdkt: typed text, imported files, data read from disk.
public enum TextNormalization {
    /// Canonical composition (NFC), so "ệ" typed by any input method is stored as the same bytes.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// `text.trimmingCharacters(in: .whitespaces)` (spaces of every kind and tabs, not line breaks) without
    /// Foundation's character sets, which took two thirds of laying out a report's table; text with no such
    /// space at either end is returned as it is.
    public static func trimmingSpaces(_ text: String) -> String {
        // Foundation's set: the space separators, the tab and the zero width space.
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// NFC plus removal of everything that could act on a terminal or reorder text:
    /// C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates.
    /// Tabs and newlines become spaces unless `allowNewlines` is set (long-text fields keep newlines).
    /// CR LF and lone CR count as one line break.
    public static func clean(_ text: String, allowNewlines: Bool = false) -> String {
        if isCleanLatin(text) { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            if scalar == "\n" && previousCR { continue }
            if scalar == "\n" || scalar == "\r" { out.append(allowNewlines ? "\n" : " "); continue }
            if scalar == "\t" { out.append(" "); continue }
            if isUnsafe(scalar) { continue }
            out.append(scalar)
        }
        return nfc(String(out))
    }

    /// Text already clean and in NFC because it holds only printable ASCII, precomposed Latin letters
    /// (Vietnamese included), dashes, quotes and currency signs: no control, no combining mark to compose,
    /// nothing NFC would change there.
    /// Checked first, so that text read back from the store is not decomposed and composed again.
    static func isCleanLatin(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            switch s.value {
            case 0x20...0x7E, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x20A0...0x20C0: continue
            default: return false
            }
        }
        return true
    }

    /// The visible stand-in for a character that must never reach the terminal.
    public static let placeholder: Character = "\u{FFFD}"

    /// Text for drawing in curses: every character holding an unsafe scalar becomes U+FFFD; a tab a space.
    public static func forTerminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for c in text {
            if c == "\t" { out.append(" "); continue }
            out.append(c.unicodeScalars.contains(where: isUnsafe) ? placeholder : c)
        }
        return out
    }

    /// Text shown to a person outside curses (reports, exports, the command line):
    /// unsafe characters are made visible instead of being sent (ESC → "^[", U+202E → "<U+202E>").
    public static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" { out.append("\n"); continue }
            if scalar.value < 0x20 { out += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40))); continue }
            if scalar.value == 0x7F { out += "^?"; continue }
            if isUnsafe(scalar) { out += String(format: "<U+%04X>", scalar.value); continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Controls (C0, DEL, C1) and bidi formatting characters that can reorder what is displayed.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }
        return false
    }

    /// True when the text holds nothing but spaces.
    public static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
