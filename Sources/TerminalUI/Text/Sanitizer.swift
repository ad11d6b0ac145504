import Foundation

/// Makes untrusted text safe and canonical.
public enum Sanitizer {
    /// The visible stand-in for a character that must never reach the terminal.
    public static let placeholder: Character = "\u{FFFD}"

    /// C0 controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Text for drawing: every cluster holding an unsafe scalar becomes U+FFFD; tabs become a space.
    public static func forDisplay(_ s: String) -> String {
        var needs = false
        for u in s.unicodeScalars where isUnsafe(u) { needs = true; break }
        guard needs else { return s }
        var out = ""
        for c in s {
            if c == "\t" { out.append(" "); continue }
            if c.unicodeScalars.contains(where: isUnsafe) { out.append(placeholder) } else { out.append(c) }
        }
        return out
    }

    /// Text entering the application (typed, pasted, imported): NFC, without controls or bidi overrides.
    /// Newlines are kept only when `allowNewlines` is set (then CR LF and CR become LF).
    public static func forInput(_ s: String, allowNewlines: Bool = false) -> String {
        var out = ""
        for c in s {
            if c == "\r\n" || c == "\r" || c == "\n" {
                out.append(allowNewlines ? "\n" : " ")
                continue
            }
            if c == "\t" { out.append(" "); continue }
            if c.unicodeScalars.contains(where: isUnsafe) { continue }
            out.append(c)
        }
        return nfc(out)
    }

    /// Canonical composition (NFC), the form text is stored and compared in.
    public static func nfc(_ s: String) -> String {
        s.precomposedStringWithCanonicalMapping
    }
}

/// Folding for search: lower case, no diacritics, đ → d.
public enum SearchFold {
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch u.value {
            case 0x0300...0x036F: continue  // combining diacritical marks
            case 0x0110, 0x0111: out.append("d")  // Đ đ have no decomposition
            default: out.append(u)
            }
        }
        return String(out).lowercased()
    }

    /// Whether `haystack` contains `needle` once both are folded.
    public static func matches(_ haystack: String, _ needle: String) -> Bool {
        let n = fold(needle)
        if n.isEmpty { return true }
        return fold(haystack).contains(n)
    }
}
