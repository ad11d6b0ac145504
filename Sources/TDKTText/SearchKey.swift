import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A form of text for matching that ignores case, diacritics and spacing; đ and Đ become d
/// (they have no Unicode decomposition, so diacritic folding alone leaves them as đ).
public enum SearchKey {
    public static func fold(_ text: String) -> String {
        // Letters and digits from a table built once; only other text takes the general path.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for ch in text {
            if ch == " " {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else if let folded = table[ch] {
                out.append(folded)
                lastWasSpace = false
            } else {
                return slowFold(text)
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// ASCII letters and digits and every Vietnamese letter with each tone, in both cases, folded.
    private static let table: [Character: String] = {
        var out: [Character: String] = [:]
        var candidates: [Character] = (0x21...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        for base in ["a", "a\u{306}", "a\u{302}", "e", "e\u{302}", "i", "o", "o\u{302}", "o\u{31B}", "u", "u\u{31B}", "y"] {
            for tone in ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"] {
                let lower = (base + tone).precomposedStringWithCanonicalMapping
                candidates += [lower, lower.uppercased()].compactMap { $0.count == 1 ? $0.first : nil }
            }
        }
        candidates += ["đ", "Đ"]
        for ch in candidates {
            let f = slowFold(String(ch))
            if !f.isEmpty && !f.contains(" ") { out[ch] = f }
        }
        return out
    }()

    static func slowFold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if scalar.properties.isWhitespace || TextNormalization.isUnsafe(scalar) {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            switch scalar {
            case "đ", "Đ", "Ð": scalars.append("d")
            default: scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        var out = String(scalars)
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// True when every word of the query occurs in the text, after folding.
    /// "nguyen khoa" matches "Nguyễn Văn Khoa"; an empty query matches everything.
    public static func matches(_ query: String, in text: String) -> Bool {
        let words = fold(query).split(separator: " ")
        if words.isEmpty { return true }
        let haystack = fold(text)
        return words.allSatisfy { contains($0, in: haystack) }
    }

    /// True when the query occurs in the text as one phrase, after folding (a search inside a document,
    /// as in a pager: "tong cong" finds "Tổng cộng", not "Tổng kết công tác").
    public static func containsPhrase(_ query: String, in text: String) -> Bool {
        let q = fold(query)
        return q.isEmpty || contains(q, in: fold(text))
    }

    /// Same as `matches`, over a text already folded (for indexes kept in memory).
    public static func matches(foldedQuery: String, inFolded haystack: String) -> Bool {
        let words = foldedQuery.split(separator: " ")
        return words.allSatisfy { contains($0, in: haystack) }
    }

    /// Whether `needle` occurs in `haystack`, compared as UTF-8 bytes (both folded: same bytes, same text).
    /// Foundation's `contains` goes through NSString and a locale, several times slower on a list's rows.
    public static func contains<S: StringProtocol>(_ needle: S, in haystack: String) -> Bool {
        var needle = String(needle)
        var haystack = haystack
        return needle.withUTF8 { n in
            haystack.withUTF8 { h in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                // The first byte found by memchr, the rest compared: rows are short, queries shorter.
                let first = n[0], last = h.count - n.count
                var i = 0
                while i <= last {
                    guard let hit = memchr(h.baseAddress! + i, Int32(first), last - i + 1) else { return false }
                    i = UnsafeRawPointer(hit) - UnsafeRawPointer(h.baseAddress!)
                    if memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
