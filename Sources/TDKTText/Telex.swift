/// The Telex input method, as a pure function on the word before the cursor.
///
/// aa → â, aw → ă, ee → ê, oo → ô, ow → ơ, uw → ư (uow → ươ), dd → đ;
/// tone keys s (sắc) f (huyền) r (hỏi) x (ngã) j (nặng), z removes the tone.
/// Typing a key twice undoes it ("ass" → "as"). Tones go where Unikey puts them by default
/// (the "old" style): "hoaf" → "hòa", "thuyr" → "thủy", "toanf" → "toàn", "Nguyeenx" → "Nguyễn".
public enum Telex {
    /// Twelve vowels, each with its six tones: none, huyền, sắc, hỏi, ngã, nặng.
    private static let rows: [[Character]] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ].map { Array($0) }

    private enum V {
        static let a = 0, aBreve = 1, aHat = 2, e = 3, eHat = 4, i = 5
        static let o = 6, oHat = 7, oHorn = 8, u = 9, uHorn = 10, y = 11
        static let modified: Set<Int> = [aBreve, aHat, eHat, oHat, oHorn, uHorn]
    }

    private struct Info { var row: Int; var tone: Int; var upper: Bool }

    private static let lookup: [Character: Info] = {
        var m: [Character: Info] = [:]
        for (r, row) in rows.enumerated() {
            for (t, c) in row.enumerated() {
                m[c] = Info(row: r, tone: t, upper: false)
                let up = Character(String(c).uppercased())
                m[up] = Info(row: r, tone: t, upper: true)
            }
        }
        return m
    }()

    private static func make(_ info: Info) -> Character {
        let c = rows[info.row][info.tone]
        return info.upper ? Character(String(c).uppercased()) : c
    }

    private static let toneKeys: [Character: Int] = ["f": 1, "s": 2, "r": 3, "x": 4, "j": 5]

    /// Applies `key` to `word` (the letters just before the cursor). Returns the new word,
    /// or nil when the key is an ordinary letter to be inserted as typed.
    public static func apply(key: Character, to word: String) -> String? {
        let k = Character(key.lowercased())
        var chars = Array(word)
        guard !chars.isEmpty else { return nil }

        // Take the tone off; it is put back, possibly on another vowel, at the end.
        var tone = 0
        for (i, c) in chars.enumerated() {
            if var info = lookup[c], info.tone != 0 {
                tone = info.tone
                info.tone = 0
                chars[i] = make(info)
            }
        }
        guard let nucleus = nucleusRange(chars) else {
            // No vowel: dd → đ, and w alone is ư (dwc → dưc).
            if k == "d" { return applyD(chars, key: key).map { String($0) } }
            if k == "w" { return String(chars) + (key == "W" ? "Ư" : "ư") }
            return nil
        }
        if let changed = modify(chars, key: key, k: k, tone: tone, nucleus: nucleus) { return changed }
        // An ordinary letter: if the word carries a tone, put it where the longer word needs it
        // ("hoaf" + "ng" → "hoàng").
        guard tone != 0, key.isLetter else { return nil }
        let longer = chars + [key]
        return String(placeTone(longer, tone: tone, nucleus: nucleusRange(longer) ?? nucleus))
    }

    private static func modify(_ chars: [Character], key: Character, k: Character, tone: Int, nucleus: Range<Int>) -> String? {
        var chars = chars
        switch k {
        case "f", "s", "r", "x", "j":
            let t = toneKeys[k]!
            if tone == t { return String(chars) + String(key) }  // undo: "ass" → "as"
            return String(placeTone(chars, tone: t, nucleus: nucleus))
        case "z":
            if tone == 0 { return nil }
            return String(chars)
        case "a", "e", "o":
            let base = k == "a" ? V.a : (k == "e" ? V.e : V.o)
            let hat = k == "a" ? V.aHat : (k == "e" ? V.eHat : V.oHat)
            if let i = nucleus.last(where: { lookup[chars[$0]]?.row == base }) {
                var info = lookup[chars[i]]!
                info.row = hat
                chars[i] = make(info)
                return String(placeTone(chars, tone: tone, nucleus: nucleusRange(chars) ?? nucleus))
            }
            if let i = nucleus.last(where: { lookup[chars[$0]]?.row == hat }), i == chars.count - 1 {
                var info = lookup[chars[i]]!
                info.row = base
                chars[i] = make(info)
                return String(placeTone(chars, tone: tone, nucleus: nucleus)) + String(key)
            }
            return nil
        case "w":
            if let changed = applyW(&chars, nucleus: nucleus) {
                if changed {
                    return String(placeTone(chars, tone: tone, nucleus: nucleusRange(chars) ?? nucleus))
                }
                return String(placeTone(chars, tone: tone, nucleus: nucleus)) + String(key)
            }
            return nil
        case "d":
            return applyD(chars, key: key).map { String(placeTone($0, tone: tone, nucleus: nucleus)) }
        default:
            return nil
        }
    }

    /// Feeds a whole string through Telex as a field would, word by word.
    public static func type(_ keys: String) -> String {
        var out: [Character] = []
        for key in keys {
            guard key.isLetter else { out.append(key); continue }
            var start = out.count
            while start > 0, out[start - 1].isLetter { start -= 1 }
            if let word = apply(key: key, to: String(out[start...])) {
                out.replaceSubrange(start..., with: Array(word))
            } else {
                out.append(key)
            }
        }
        return String(out)
    }

    // MARK: - Rules

    /// dd → đ at the start of the word; đ + d → dd.
    private static func applyD(_ chars: [Character], key: Character) -> [Character]? {
        guard let first = chars.first else { return nil }
        var c = chars
        switch first {
        case "d": c[0] = "đ"; return c
        case "D": c[0] = "Đ"; return c
        case "đ": c[0] = "d"; return c + [key]
        case "Đ": c[0] = "D"; return c + [key]
        default: return nil
        }
    }

    /// Returns true when a vowel got its horn or breve, false when an existing one was
    /// removed (undo), nil when `w` does not apply.
    private static func applyW(_ chars: inout [Character], nucleus: Range<Int>) -> Bool? {
        func row(_ i: Int) -> Int? { lookup[chars[i]]?.row }
        func set(_ i: Int, _ r: Int) {
            var info = lookup[chars[i]]!
            info.row = r
            chars[i] = make(info)
        }
        let idx = Array(nucleus)
        // uo → ươ (người, được)
        for j in idx.dropLast() {
            let a = row(j), b = row(j + 1)
            if (a == V.u || a == V.uHorn) && (b == V.o || b == V.oHat || b == V.oHorn) && !(a == V.uHorn && b == V.oHorn) {
                set(j, V.uHorn)
                set(j + 1, V.oHorn)
                return true
            }
        }
        // oa → oă (khoăn)
        for j in idx.dropLast() where row(j) == V.o && row(j + 1) == V.a {
            set(j + 1, V.aBreve)
            return true
        }
        // otherwise the first a, o or u of the nucleus (mưa, gửi, ơi, văn)
        for j in idx {
            switch row(j) {
            case V.a?, V.aHat?: set(j, V.aBreve); return true
            case V.o?, V.oHat?: set(j, V.oHorn); return true
            case V.u?: set(j, V.uHorn); return true
            default: continue
            }
        }
        // undo: ă ơ ư back to a o u, the w typed as a letter
        var undone = false
        for j in idx {
            switch row(j) {
            case V.aBreve?: set(j, V.a); undone = true
            case V.oHorn?: set(j, V.o); undone = true
            case V.uHorn?: set(j, V.u); undone = true
            default: continue
            }
        }
        return undone ? false : nil
    }

    /// The vowels of the syllable: the last run of vowels, without the u of "qu" and the i of "gi".
    private static func nucleusRange(_ chars: [Character]) -> Range<Int>? {
        var end = chars.count
        while end > 0, lookup[chars[end - 1]] == nil { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, lookup[chars[start - 1]] != nil { start -= 1 }
        if end - start > 1, start > 0 {
            let prev = Character(chars[start - 1].lowercased())
            let row = lookup[chars[start]]!.row
            if (prev == "q" && row == V.u) || (prev == "g" && row == V.i) { start += 1 }
        }
        return start..<end
    }

    /// Puts `tone` on the right vowel of the nucleus (old style: hòa, thủy, khỏe).
    private static func placeTone(_ chars: [Character], tone: Int, nucleus: Range<Int>) -> [Character] {
        guard tone != 0, !nucleus.isEmpty else { return chars }
        let idx = Array(nucleus)
        let rowsOf = idx.map { lookup[chars[$0]]!.row }
        var target: Int
        if let horn = idx.firstIndex(where: { lookup[chars[$0]]!.row == V.oHorn }), rowsOf.contains(V.uHorn) {
            target = idx[horn]  // ươ: on ơ
        } else if let m = idx.lastIndex(where: { V.modified.contains(lookup[chars[$0]]!.row) }) {
            target = idx[m]  // a vowel with a hat, breve or horn carries the tone
        } else if idx.count == 1 {
            target = idx[0]
        } else if nucleus.upperBound < chars.count {
            target = idx[idx.count - 1]  // closed syllable: toàn, hoàng
        } else if idx.count == 2 {
            target = idx[0]  // open, two vowels: hòa, thủy, múa, mía
        } else {
            target = idx[1]  // open, three vowels: ngoài, khuỷu
        }
        var out = chars
        var info = lookup[out[target]]!
        info.tone = tone
        out[target] = make(info)
        return out
    }
}
