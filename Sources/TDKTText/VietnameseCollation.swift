import Foundation

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters first and tones only to separate words that are otherwise equal
/// (ngang, huyền, hỏi, ngã, sắc, nặng, as dictionaries order them).
public enum VietnameseCollation {
    /// Base letters with their vowel modifier, in alphabet order; f j w z (foreign names) take their Latin places.
    private static let alphabet: [String] = [
        "a", "a\u{306}", "a\u{302}", "b", "c", "d", "đ", "e", "e\u{302}", "f", "g", "h", "i", "j", "k", "l", "m",
        "n", "o", "o\u{302}", "o\u{31B}", "p", "q", "r", "s", "t", "u", "u\u{31B}", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: UInt32] = {
        var ranks: [String: UInt32] = [:]
        for (i, letter) in alphabet.enumerated() { ranks[letter] = 1000 + UInt32(i) }
        return ranks
    }()
    private static let toneRank: [UInt32: UInt32] = [0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5]

    /// A key whose lexicographic order is Vietnamese order: all letters, then all tones, then case.
    /// A run of digits is one number, ordered by its value ("số 2" before "số 11"), before any letter.
    public static func key(_ text: String) -> [UInt32] {
        var primary: [UInt32] = []
        var tones: [UInt32] = []
        var cases: [UInt32] = []
        primary.reserveCapacity(text.utf8.count)
        tones.reserveCapacity(text.utf8.count)
        cases.reserveCapacity(text.utf8.count)
        var digits: [UInt8] = []
        for ch in text {
            if let a = ch.asciiValue, a >= 0x30, a <= 0x39 {
                digits.append(a)
                continue
            }
            if !digits.isEmpty { appendNumber(digits, &primary, &tones, &cases); digits.removeAll(keepingCapacity: true) }
            // Letters, digits and spaces come from a table built once (lowercasing and decomposing each
            // character was most of the time of sorting a province's people).
            if let known = table[ch] {
                primary.append(known.primary); tones.append(known.tone); cases.append(known.upper)
                continue
            }
            slowKey(ch, &primary, &tones, &cases)
        }
        if !digits.isEmpty { appendNumber(digits, &primary, &tones, &cases) }
        return primary + [0] + tones + [0] + cases
    }

    /// A number: its count of significant digits first (a longer number is a larger one), then the digits;
    /// leading zeros only separate "02" from "2" at the tone level. Below every letter, above a space.
    private static func appendNumber(_ digits: [UInt8], _ primary: inout [UInt32], _ tones: inout [UInt32], _ cases: inout [UInt32]) {
        let zeros = digits.prefix { $0 == 0x30 }.count
        let significant = zeros == digits.count ? [UInt8(0x30)] : Array(digits.dropFirst(zeros))
        primary.append(200 + UInt32(min(significant.count, 799)))
        primary.append(contentsOf: significant.map { 100 + UInt32($0) })
        tones.append(UInt32(zeros))
        cases.append(0)
    }

    private struct CharacterKey { var primary: UInt32, tone: UInt32, upper: UInt32 }

    /// Every printable ASCII character and every Vietnamese letter with each tone, in both cases.
    private static let table: [Character: CharacterKey] = {
        var out: [Character: CharacterKey] = [:]
        var candidates: [Character] = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        for letter in alphabet {
            for tone in ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"] {
                let lower = (letter + tone).precomposedStringWithCanonicalMapping
                candidates += [lower, lower.uppercased()].compactMap { $0.count == 1 ? $0.first : nil }
            }
        }
        candidates.append("Đ")
        for ch in candidates {
            var p: [UInt32] = [], t: [UInt32] = [], c: [UInt32] = []
            slowKey(ch, &p, &t, &c)
            if p.count == 1 { out[ch] = CharacterKey(primary: p[0], tone: t[0], upper: c[0]) }
        }
        return out
    }()

    private static func slowKey(_ ch: Character, _ primary: inout [UInt32], _ tones: inout [UInt32], _ cases: inout [UInt32]) {
        do {
            let lower = String(ch).lowercased()
            cases.append(String(ch) == lower ? 0 : 1)
            var base = ""
            var tone: UInt32 = 0
            for scalar in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
                // Tone marks go to the secondary key; the letter keeps its vowel modifier (ă â ê ô ơ ư).
                if let t = toneRank[scalar.value] { tone = t } else { base.unicodeScalars.append(scalar) }
            }
            if let rank = letterRank[base] {
                primary.append(rank)
            } else if let first = base.unicodeScalars.first, first.properties.isWhitespace {
                primary.append(1)  // spaces sort before any letter: "An Bình" before "Anh"
            } else if let first = base.unicodeScalars.first, ("0"..."9").contains(first) {
                primary.append(100 + first.value)
            } else {
                primary.append(contentsOf: base.unicodeScalars.map { 10_000 + $0.value })
            }
            tones.append(tone)
        }
    }

    public static func less(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }

    /// Order for people's names: Vietnamese lists sort by the given name (the last word),
    /// then by the whole name (family and middle names).
    public static func personNameLess(_ a: String, _ b: String) -> Bool {
        let ga = givenName(a), gb = givenName(b)
        let ka = key(ga), kb = key(gb)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return less(a, b)
    }

    public static func givenName(_ name: String) -> String {
        String(name.split(separator: " ").last ?? Substring(name))
    }
}

extension Array where Element == String {
    /// Sorted in Vietnamese alphabetical order.
    public func sortedVietnamese() -> [String] {
        map { (VietnameseCollation.key($0), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
            .map(\.1)
    }
}
