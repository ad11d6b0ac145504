/// What Vietnamese input methods send to a terminal while a clerk types, tone corrections included:
/// text and backspaces, in order. Used by the line-editor tests and the end-to-end typing test.
///
/// - Precomposed ("Unicode dựng sẵn"): each letter is one code point; a correction sends one
///   backspace per letter it rewrites.
/// - Decomposed ("Unicode tổ hợp", Windows 1258 style): â ă ê ô ơ ư đ stay precomposed, tone marks are
///   combining code points after the vowel; a correction sends one backspace per code point.
/// - Unikey rewrites from the first code point that changes; EVKey rewrites from the vowel.
public enum InputMethodStroke: Hashable, Sendable {
    case text(String)
    case backspace
}

public struct InputMethodSequence: Sendable {
    public let name: String
    /// What the clerk meant, in NFC.
    public let intended: String
    public let strokes: [InputMethodStroke]
}

public enum InputMethodSequences {
    private static func s(_ parts: [Any]) -> [InputMethodStroke] {
        parts.flatMap { p -> [InputMethodStroke] in
            if let t = p as? String { return [.text(t)] }
            if let n = p as? Int { return Array(repeating: .backspace, count: n) }
            return []
        }
    }

    private static let acute = "\u{0301}", grave = "\u{0300}", tilde = "\u{0303}", dot = "\u{0323}"

    /// Unikey, precomposed: "Nguyeen" typed with the wrong tone first (s), then the right one (x);
    /// "Thi" with f then j; "Huong" + w.
    public static let unikeyPrecomposed: [InputMethodSequence] = [
        InputMethodSequence(name: "Unikey dựng sẵn", intended: "Nguyễn Thị Hương", strokes: s([
            "N", "g", "u", "y", "e", 1, "ê", "n", 2, "ến", 2, "ễn", " ",
            "T", "h", "i", 1, "ì", 1, "ị", " ",
            "H", "u", "o", "n", "g", 4, "ương"])),
        InputMethodSequence(name: "Unikey dựng sẵn", intended: "Đặng Văn Quyến", strokes: s([
            "D", 1, "Đ", "a", "n", "g", 3, "ăng", 3, "ằng", 3, "ặng", " ",
            "V", "a", "n", 2, "ăn", " ",
            "Q", "u", "y", "e", 1, "ê", "n", 2, "ễn", 2, "ến"])),
    ]

    /// Unikey, decomposed: only the changed code points are rewritten (one backspace for a tone mark).
    public static let unikeyDecomposed: [InputMethodSequence] = [
        InputMethodSequence(name: "Unikey tổ hợp", intended: "Nguyễn Thị Hương", strokes: s([
            "N", "g", "u", "y", "e", 1, "ê", "n", 1, acute, "n", 2, tilde, "n", " ",
            "T", "h", "i", grave, 1, dot, " ",
            "H", "u", "o", "n", "g", 4, "ương"])),
        InputMethodSequence(name: "Unikey tổ hợp", intended: "Đặng Văn Quyến", strokes: s([
            "D", 1, "Đ", "a", "n", "g", 3, "ăng", 2, grave, "ng", 3, dot, "ng", " ",
            "V", "a", "n", 2, "ăn", " ",
            "Q", "u", "y", "e", 1, "ê", "n", 1, tilde, "n", 2, acute, "n"])),
    ]

    /// EVKey, precomposed: a tone change rewrites from the vowel.
    public static let evkeyPrecomposed: [InputMethodSequence] = [
        InputMethodSequence(name: "EVKey dựng sẵn", intended: "Nguyễn Thị Hương", strokes: s([
            "N", "g", "u", "y", "e", 1, "ê", "n", 2, "ến", 2, "ễn", " ",
            "T", "h", "i", 1, "ì", 1, "ị", " ",
            "H", "u", "o", "n", "g", 4, "ương"])),
        InputMethodSequence(name: "EVKey dựng sẵn", intended: "Đặng Văn Quyến", strokes: s([
            "D", 1, "Đ", "a", "n", "g", 3, "ăng", 3, "ằng", 3, "ặng", " ",
            "V", "a", "n", 2, "ăn", " ",
            "Q", "u", "y", "e", 1, "ê", "n", 2, "ễn", 2, "ến"])),
    ]

    /// EVKey, decomposed: a tone change rewrites from the vowel, one backspace per code point
    /// ("Nguyê" U+0303 "n", then BS BS BS, "ê" U+0301 "n").
    public static let evkeyDecomposed: [InputMethodSequence] = [
        InputMethodSequence(name: "EVKey tổ hợp", intended: "Nguyễn Thị Hương", strokes: s([
            "N", "g", "u", "y", "e", 1, "ê", "n", 2, "ê" + acute + "n", 3, "ê" + tilde + "n", " ",
            "T", "h", "i", 1, "i" + grave, 2, "i" + dot, " ",
            "H", "u", "o", "n", "g", 4, "ương"])),
        InputMethodSequence(name: "EVKey tổ hợp", intended: "Đặng Văn Quyến", strokes: s([
            "D", 1, "Đ", "a", "n", "g", 3, "ăng", 3, "ă" + grave + "ng", 4, "ă" + dot + "ng", " ",
            "V", "a", "n", 2, "ăn", " ",
            "Q", "u", "y", "e", 1, "ê", "n", 2, "ê" + tilde + "n", 3, "ê" + acute + "n"])),
    ]

    public static let all: [InputMethodSequence] = unikeyPrecomposed + unikeyDecomposed + evkeyPrecomposed + evkeyDecomposed
}
