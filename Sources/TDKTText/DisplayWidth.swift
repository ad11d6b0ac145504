import Foundation

/// Width of text in terminal columns, counted per grapheme cluster, so that Vietnamese
/// letters with two marks take one column and CJK takes two. Locale-independent, so reports
/// line up the same on every machine.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        if let n = latinWidth(text) { return n }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The width of text made only of Latin letters (Vietnamese included, composed or not), ASCII, Latin-1
    /// signs, dashes, quotes and currency signs, counted by scalar without splitting it into characters: in
    /// these ranges every character is one scalar of width 1 followed by combining marks of width 0. Nil for any other text (then counted by character).
    static func latinWidth(_ text: String) -> Int? {
        var n = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x20A0...0x20C0: n += 1
            case 0x300...0x36F: break
            default: return nil
            }
        }
        return n
    }

    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let v = first.value
        // An unsafe character is never sent: it is drawn as one placeholder column (or made visible).
        if TextNormalization.isUnsafe(first) { return 1 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), enough for names and symbols.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Cuts text to at most `width` columns without splitting a character; appends "…" when cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        if of(text) <= width { return text }
        let limit = ellipsis ? max(width - 1, 0) : width
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > limit { break }
            out.append(ch)
            used += w
        }
        return ellipsis && width > 0 ? out + "…" : out
    }

    /// The longest prefix of `text` that fits in `width` columns, never splitting a character.
    public static func prefix(_ text: String, to width: Int) -> String {
        truncate(text, to: max(width, 0), ellipsis: false)
    }

    /// Keeps the end of `text` (for paths): "…/tail".
    public static func truncateLeading(_ text: String, to width: Int) -> String {
        if of(text) <= width { return text }
        guard width > 1 else { return "" }
        var used = 1
        var out: [Character] = []
        for ch in text.reversed() {
            let w = of(ch)
            if used + w > width { break }
            used += w
            out.append(ch)
        }
        return "…" + String(out.reversed())
    }

    /// Pads (or cuts, with "…" unless `ellipsis` is false) text to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, ellipsis: Bool = true) -> String {
        let cut = truncate(text, to: max(width, 0), ellipsis: ellipsis)
        let fill = String(repeating: " ", count: max(width - of(cut), 0))
        return alignRight ? fill + cut : cut + fill
    }

    /// Centres `text` in `width` columns.
    public static func center(_ text: String, in width: Int) -> String {
        let t = prefix(text, to: width)
        let gap = max(0, width - of(t))
        return String(repeating: " ", count: gap / 2) + t + String(repeating: " ", count: gap - gap / 2)
    }

    /// Word-wraps text into lines of at most `width` columns; explicit newlines are kept,
    /// a word longer than a line is cut across lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                let candidate = line.isEmpty ? w : line + " " + w
                if of(candidate) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line); line = "" }
                while of(w) > width {
                    let head = prefix(w, to: width)
                    lines.append(head)
                    w = String(w.dropFirst(head.count))
                }
                line = w
            }
            lines.append(line)
        }
        return lines
    }
}
