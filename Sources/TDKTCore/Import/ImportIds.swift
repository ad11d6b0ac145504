import Foundation
import TDKTText

/// Identifiers for records created by an import: safe file names made from the Vietnamese name.
public enum ImportIds {
    /// "Sở Nội vụ" → "so-noi-vu": folded, ASCII letters and digits, words joined by '-', at most `max` characters.
    public static func slug(_ text: String, max: Int = 48, fallback: String = "ban-ghi") -> String {
        var s = ""
        for ch in SearchKey.fold(text) {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { s.append(ch) } else if !s.isEmpty && s.last != "-" { s.append("-") }
        }
        s = String(s.prefix(max))
        while s.hasSuffix("-") { s.removeLast() }
        return s.isEmpty ? fallback : s
    }

    /// `base`, or `base-2`, `base-3`... the first not taken.
    public static func unique(_ base: String, taken: (String) -> Bool) -> String {
        if !taken(base) { return base }
        var n = 2
        while taken("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}
