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
        scalarKey(text) ?? characterKey(text)
    }

    /// The key read scalar by scalar, for text whose every scalar is a digit or one of the table's characters
    /// (NFC Vietnamese and ASCII, which is nearly every name): then each character is one scalar and the
    /// key is `characterKey`'s, without breaking the text into characters and hashing each one (about half
    /// the time of sorting a year's proposals). Nil for anything else: a combining mark, a
    /// control, another script.
    static func scalarKey(_ text: String) -> [UInt32]? {
        let table = scalarTable
        var parts = KeyParts(capacity: text.utf8.count)
        for scalar in text.unicodeScalars where !parts.add(scalar.value, table) { return nil }
        return parts.key()
    }

    /// A person's name's key and its given name's (`givenName`) in one pass, for a name `scalarKey` takes:
    /// the last word's entries are the tail of each part of the whole name's key (a space ends a number, so
    /// the word's numbers are grouped alike), without finding the word and reading it again. Nil otherwise.
    static func nameKeys(_ name: String) -> (whole: [UInt32], given: [UInt32])? {
        let table = scalarTable
        var parts = KeyParts(capacity: name.utf8.count)
        // The counts of each part where the last word starts, and where it ends once a space follows it.
        var start = (0, 0, 0), end: (Int, Int, Int)?
        var afterSpace = true
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v == 0x20 {
                if !afterSpace { parts.endNumber(); end = parts.counts }
                afterSpace = true
            } else if afterSpace {
                start = parts.counts; end = nil; afterSpace = false
            }
            guard parts.add(v, table) else { return nil }
        }
        parts.endNumber()
        // A name of spaces only, or none, is its own given name.
        let from = afterSpace && end == nil ? (0, 0, 0) : start, to = end ?? parts.counts
        var given: [UInt32] = []
        given.reserveCapacity((to.0 - from.0) + (to.1 - from.1) + (to.2 - from.2) + 2)
        given.append(contentsOf: parts.primary[from.0..<to.0]); given.append(0)
        given.append(contentsOf: parts.tones[from.1..<to.1]); given.append(0)
        given.append(contentsOf: parts.cases[from.2..<to.2])
        return (parts.key(), given)
    }

    /// A key's three parts (letters, then tones, then cases) as its text is read scalar by scalar.
    private struct KeyParts {
        var primary: [UInt32] = [], tones: [UInt32] = [], cases: [UInt32] = []
        /// The digits of a number being read.
        private var digits: [UInt8] = []

        init(capacity count: Int) {
            primary.reserveCapacity(2 * count + 2)
            tones.reserveCapacity(count)
            cases.reserveCapacity(count)
        }

        var counts: (Int, Int, Int) { (primary.count, tones.count, cases.count) }

        /// Adds a scalar (a digit waits for the end of its number); false for one the table lacks.
        @inline(__always) mutating func add(_ v: UInt32, _ table: [UInt32]) -> Bool {
            if v >= 0x30 && v <= 0x39 {
                digits.append(UInt8(v))
                return true
            }
            guard v < UInt32(table.count) else { return false }
            let packed = table[Int(v)]
            guard packed != 0 else { return false }
            endNumber()
            primary.append(packed >> 8); tones.append((packed >> 1) & 0x7F); cases.append(packed & 1)
            return true
        }

        @inline(__always) mutating func endNumber() {
            guard !digits.isEmpty else { return }
            VietnameseCollation.appendNumber(digits, &primary, &tones, &cases)
            digits.removeAll(keepingCapacity: true)
        }

        consuming func key() -> [UInt32] {
            endNumber()
            primary.append(0)
            primary.append(contentsOf: tones)
            primary.append(0)
            primary.append(contentsOf: cases)
            return primary
        }
    }

    /// The table's characters by scalar, each key packed as primary << 8 | tone << 1 | case; 0 for a scalar
    /// not in the table (every Vietnamese letter is below U+1F00).
    private static let scalarTable: [UInt32] = {
        var out = [UInt32](repeating: 0, count: 0x1F00)
        for (ch, k) in table {
            guard ch.unicodeScalars.count == 1, let v = ch.unicodeScalars.first?.value, v < 0x1F00,
                  k.primary < 1 << 24, k.tone < 0x80, k.upper < 2 else { continue }
            out[Int(v)] = k.primary << 8 | k.tone << 1 | k.upper
        }
        return out
    }()

    /// The key read character by character: any text.
    static func characterKey(_ text: String) -> [UInt32] {
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
    fileprivate static func appendNumber(_ digits: [UInt8], _ primary: inout [UInt32], _ tones: inout [UInt32], _ cases: inout [UInt32]) {
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

    /// The last word (spaces at the end passed over); the name itself when it has no word. Found from the end,
    /// without splitting the name into words (splitting was a fifth of sorting a province's people).
    public static func givenName(_ name: String) -> String {
        var end = name.endIndex
        while let before = name.index(end, offsetBy: -1, limitedBy: name.startIndex), name[before] == " " { end = before }
        guard end > name.startIndex else { return name }
        let words = name[..<end]
        return String(words.lastIndex(of: " ").map { words[words.index(after: $0)...] } ?? words)
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
