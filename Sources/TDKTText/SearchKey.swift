import Foundation

/// A form of text for matching that ignores case, diacritics and spacing; đ and Đ become d
/// (they have no Unicode decomposition, so diacritic folding alone leaves them as đ).
public enum SearchKey {
    public static func fold(_ text: String) -> String {
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
        return words.allSatisfy { haystack.contains($0) }
    }

    /// True when the query occurs in the text as one phrase, after folding (a search inside a document,
    /// as in a pager: "tong cong" finds "Tổng cộng", not "Tổng kết công tác").
    public static func containsPhrase(_ query: String, in text: String) -> Bool {
        let q = fold(query)
        return q.isEmpty || fold(text).contains(q)
    }

    /// Same as `matches`, over a text already folded (for indexes kept in memory).
    public static func matches(foldedQuery: String, inFolded haystack: String) -> Bool {
        let words = foldedQuery.split(separator: " ")
        return words.allSatisfy { haystack.contains($0) }
    }
}
