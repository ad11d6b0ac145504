import CNcursesw
import Foundation

/// Display width of text on a terminal, measured per grapheme cluster (Swift `Character`)
/// with the C library's `wcwidth` of the cluster's first scalar.
public enum TextWidth {
    /// Width of one cluster after sanitising: 0, 1 or 2 columns.
    public static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x80 { return 1 }  // ASCII; controls are drawn as a one-column placeholder
        if Sanitizer.isUnsafe(first) { return 1 }
        ensureUTF8Locale
        let w = wcwidth(wchar_t(bitPattern: v))
        if w < 0 { return 1 }  // not printable here: drawn as U+FFFD, one column
        return min(Int(w), 2)
    }

    /// Width of a whole string.
    public static func of(_ s: String) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// The longest prefix of `s` that fits in `width` columns, never splitting a cluster.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var out = ""
        for c in s {
            let w = of(c)
            if used + w > width { break }
            used += w
            out.append(c)
        }
        return out
    }

    /// Truncates with an ellipsis when `s` is too wide.
    public static func truncateWithEllipsis(_ s: String, to width: Int) -> String {
        if of(s) <= width { return s }
        guard width > 1 else { return truncate(s, to: width) }
        return truncate(s, to: width - 1) + "…"
    }

    /// Keeps the end of `s` (for paths): "…/tail".
    public static func truncateLeading(_ s: String, to width: Int) -> String {
        if of(s) <= width { return s }
        guard width > 1 else { return "" }
        var used = 1
        var out: [Character] = []
        for c in s.reversed() {
            let w = of(c)
            if used + w > width { break }
            used += w
            out.append(c)
        }
        return "…" + String(out.reversed())
    }

    /// Pads (or truncates) to exactly `width` columns.
    public static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(s, to: width)
        let gap = max(0, width - of(t))
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + t : t + spaces
    }

    /// Centres `s` in `width` columns.
    public static func center(_ s: String, in width: Int) -> String {
        let t = truncate(s, to: width)
        let gap = max(0, width - of(t))
        return String(repeating: " ", count: gap / 2) + t + String(repeating: " ", count: gap - gap / 2)
    }

    /// Word-wraps text into lines of at most `width` columns; explicit newlines are kept.
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
                    let head = truncate(w, to: width)
                    lines.append(head)
                    w = String(w.dropFirst(head.count))
                }
                line = w
            }
            lines.append(line)
        }
        return lines
    }

    /// wcwidth answers by LC_CTYPE. When the process has not chosen a UTF-8 locale
    /// (a test run, or a server without LANG) switch LC_CTYPE to C.UTF-8 once so widths are right.
    private static let ensureUTF8Locale: Void = {
        TerminalLocale.ensureUTF8CType()
    }()
}

/// Locale set-up shared by width measurement and the terminal.
public enum TerminalLocale {
    /// The codeset of the current LC_CTYPE, e.g. "UTF-8" or "ANSI_X3.4-1968".
    public static var codeset: String {
        guard let p = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: p)
    }

    public static var isUTF8: Bool {
        let c = codeset.uppercased()
        return c == "UTF-8" || c == "UTF8"
    }

    /// If LC_CTYPE is not UTF-8, tries C.UTF-8 (present on every Debian) then en_US.UTF-8.
    /// Returns true when the locale is UTF-8 afterwards.
    @discardableResult
    public static func ensureUTF8CType() -> Bool {
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, isUTF8 { return true }
        }
        return false
    }
}
