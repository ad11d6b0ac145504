import Foundation

/// The encodings Vietnamese office files come in.
public enum VietnameseEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// TCVN 5712:1993 (TCVN3, "ABC"), the .VnTime fonts: one byte per letter.
    case tcvn3
    /// VNI-Windows (VNI-Times fonts): a base letter followed by a byte carrying its marks.
    case vni

    public var label: String {
        switch self {
        case .utf8: "UTF-8"
        case .tcvn3: "TCVN3 (ABC)"
        case .vni: "VNI"
        }
    }
}

/// Text decoded from a file, with the encoding used and whether it was detected or named.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: VietnameseEncoding
    public var detected: Bool
    public init(text: String, encoding: VietnameseEncoding, detected: Bool) {
        self.text = text; self.encoding = encoding; self.detected = detected
    }
}

/// Bytes that are not text in the encoding they were said to be in; `line` is 1-based when known.
public struct TextDecodingError: Error, Equatable, Sendable {
    public var line: Int?
    public var reason: Localized
}

/// Decoding of imported files: UTF-8 when the bytes are valid UTF-8, else whichever of TCVN3 and VNI
/// yields more valid Vietnamese syllables; or the encoding named with `--encoding`. The result is NFC.
public enum VietnameseDecoder {
    public static func decode(_ data: Data, as named: VietnameseEncoding? = nil) throws -> DecodedText {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let named {
            switch named {
            case .utf8:
                guard let s = String(validatingUTF8Bytes: bytes) else {
                    throw TextDecodingError(line: firstInvalidUTF8Line(bytes), reason: Localized(
                        vi: "không phải UTF-8; thử --encoding tcvn3 hoặc --encoding vni",
                        en: "not UTF-8; try --encoding tcvn3 or --encoding vni"))
                }
                return DecodedText(text: TextNormalization.nfc(s), encoding: .utf8, detected: false)
            case .tcvn3: return DecodedText(text: tcvn3(bytes), encoding: .tcvn3, detected: false)
            case .vni: return DecodedText(text: vni(bytes), encoding: .vni, detected: false)
            }
        }
        if let s = String(validatingUTF8Bytes: bytes) {
            return DecodedText(text: TextNormalization.nfc(s), encoding: .utf8, detected: true)
        }
        let t = tcvn3(bytes), v = vni(bytes)
        let encoding: VietnameseEncoding = VietnameseSyllable.score(v) > VietnameseSyllable.score(t) ? .vni : .tcvn3
        return DecodedText(text: encoding == .vni ? v : t, encoding: encoding, detected: true)
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validatingUTF8Bytes: Array(bytes[start..<i])) == nil { return line }
            line += 1; start = i + 1
        }
        return String(validatingUTF8Bytes: Array(bytes[start...])) == nil ? line : nil
    }

    // MARK: TCVN3

    /// Bytes 0x80–0xFF of TCVN 5712:1993 (VN1, of which the ABC/.VnTime set VN3 is the subset without the
    /// capital letters with tones). Written from the table of the XFree86 X-TrueType server
    /// (xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c, Takuya Shiozaki and Pablo Saratxaga, 1998, after Nguyễn Đại Quý)
    /// and checked against the TCVN3 column of duydev/vietnamese-conversion (src/charsets.ts).
    /// 0xB0–0xB4 are the combining tone marks; 0xA0 is a space.
    static let tcvn3High: [UInt32] = [
        0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, // 0x80
        0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128, // 0x88
        0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, // 0x90
        0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168, // 0x98
        0x0020, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, // 0xA0 Ă Â Ê Ô Ơ Ư Đ
        0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, // 0xA8 ă â ê ô ơ ư đ
        0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, // 0xB0 marks, à ả ã
        0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, // 0xB8 á ạ Ẳ ằ ẳ ẵ ắ Ẵ
        0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, // 0xC0
        0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD, // 0xC8
        0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, // 0xD0
        0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, // 0xD8
        0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, // 0xE0
        0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, // 0xE8
        0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, // 0xF0
        0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0, // 0xF8
    ]

    public static func tcvn3(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        for b in bytes {
            let v = b < 0x80 ? UInt32(b) : tcvn3High[Int(b) - 0x80]
            out.append(Unicode.Scalar(v)!)
        }
        return TextNormalization.nfc(String(out))
    }

    // MARK: VNI

    /// VNI-Windows, written from the VNI column of duydev/vietnamese-conversion (src/charsets.ts), MIT:
    /// a vowel (a e o u y, and ô = ơ, ö = ư) followed by a mark byte read as Windows-1252
    /// (ø ù û õ ï: grave, acute, hook, tilde, dot; â: circumflex; ê: breve; à á å ã ä: circumflex and a tone;
    /// è é ú ü ë: breve and a tone), capitals with the capital mark; single bytes for đ (ñ), ơ (ô), ư (ö),
    /// ì í ỉ (æ) ĩ (ó) ị (ò) and ỵ (î).
    static let vniMarks: [Character: [UInt32]] = {
        var m: [Character: [UInt32]] = [:]
        let table: [(String, [UInt32])] = [
            ("øØ", [0x300]), ("ùÙ", [0x301]), ("ûÛ", [0x309]), ("õÕ", [0x303]), ("ïÏ", [0x323]),
            ("âÂ", [0x302]), ("êÊ", [0x306]),
            ("àÀ", [0x302, 0x300]), ("áÁ", [0x302, 0x301]), ("åÅ", [0x302, 0x309]), ("ãÃ", [0x302, 0x303]), ("äÄ", [0x302, 0x323]),
            ("èÈ", [0x306, 0x300]), ("éÉ", [0x306, 0x301]), ("úÚ", [0x306, 0x309]), ("üÜ", [0x306, 0x303]), ("ëË", [0x306, 0x323]),
        ]
        for (chars, marks) in table { for c in chars { m[c] = marks } }
        return m
    }()
    static let vniSingles: [Character: String] = [
        "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "æ": "ỉ", "Æ": "Ỉ",
        "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
    ]
    /// Windows-1252 in 0x80–0x9F (quotes and dashes Excel writes); other bytes there are dropped later as controls.
    static let cp1252: [UInt8: UInt32] = [0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
                                          0x96: 0x2013, 0x97: 0x2014]

    public static func vni(_ bytes: [UInt8]) -> String {
        let chars: [Character] = bytes.map { b in
            Character(Unicode.Scalar(cp1252[b] ?? UInt32(b))!)
        }
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let base: String? = switch c {
            case "a", "e", "o", "u", "y", "A", "E", "O", "U", "Y": String(c)
            case "ô": "ơ"
            case "Ô": "Ơ"
            case "ö": "ư"
            case "Ö": "Ư"
            default: nil
            }
            if let base, i + 1 < chars.count, let marks = vniMarks[chars[i + 1]], accepts(base, marks) {
                var s = base
                for m in marks { s.unicodeScalars.append(Unicode.Scalar(m)!) }
                out += s
                i += 2
                continue
            }
            out += vniSingles[c] ?? String(c)
            i += 1
        }
        return TextNormalization.nfc(out)
    }

    /// Circumflex only on a e o, breve only on a; tones on any vowel base.
    private static func accepts(_ base: String, _ marks: [UInt32]) -> Bool {
        let b = base.lowercased()
        if marks.first == 0x302 { return ["a", "e", "o"].contains(b) }
        if marks.first == 0x306 { return b == "a" }
        return true
    }
}

/// Whether a word is a well-formed Vietnamese syllable: an initial consonant, a vowel nucleus and a final
/// consonant from the language's inventories, with at most one tone. Used to tell TCVN3 from VNI.
public enum VietnameseSyllable {
    static let initials: [String] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                     "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "yê",
        "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
    ]
    static let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    public static func isValid(_ word: String) -> Bool {
        var base = ""
        var toneCount = 0
        for s in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if tones.contains(s.value) { toneCount += 1 } else { base.unicodeScalars.append(s) }
        }
        if toneCount > 1 { return false }
        base = TextNormalization.nfc(base)
        for ini in initials where base.hasPrefix(ini) {
            let rest = String(base.dropFirst(ini.count))
            for fin in finals where rest.hasSuffix(fin) && rest.count > fin.count {
                if nuclei.contains(String(rest.dropLast(fin.count))) { return true }
            }
        }
        return false
    }

    /// Valid syllables minus invalid ones, over the words that hold a letter outside ASCII.
    public static func score(_ text: String) -> Int {
        var score = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.unicodeScalars.contains(where: { $0.value > 0x7F }) {
            score += isValid(String(word)) ? 1 : -1
        }
        return score
    }
}

extension String {
    /// The string when the bytes are valid UTF-8, else nil.
    public init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let s = String(bytes: bytes, encoding: .utf8) else { return nil }
        self = s
    }
}
