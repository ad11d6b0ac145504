import XCTest
@testable import TDKTText

final class TextTests: XCTestCase {
    func testNFCMakesInputMethodsAgree() {
        let nfd = "Nguye\u{302}\u{303}n"  // e + circumflex + tilde, as some input methods send it
        XCTAssertNotEqual(Array(nfd.utf8), Array("Nguyễn".utf8))
        XCTAssertEqual(Array(TextNormalization.nfc(nfd).utf8), Array("Nguyễn".utf8))
    }

    func testCleanRemovesControlsEscapesAndBidi() {
        let hostile = "Lan\u{1B}[31m\u{9B}2J\u{202E}nị\u{7}"
        let cleaned = TextNormalization.clean(hostile)
        XCTAssertFalse(cleaned.unicodeScalars.contains { TextNormalization.isUnsafe($0) })
        XCTAssertEqual(cleaned, "Lan[31m2Jnị")
        XCTAssertEqual(TextNormalization.clean("a\nb"), "a b")
        XCTAssertEqual(TextNormalization.clean("a\nb", allowNewlines: true), "a\nb")
    }

    func testVisibleShowsInsteadOfSending() {
        XCTAssertEqual(TextNormalization.visible("x\u{1B}[2Jy"), "x^[[2Jy")
        XCTAssertEqual(TextNormalization.visible("\u{202E}abc"), "<U+202E>abc")
    }

    func testDisplayWidthPerGrapheme() {
        XCTAssertEqual(DisplayWidth.of("Nguyễn Thị Ệ"), 12)
        XCTAssertEqual(DisplayWidth.of("Nguye\u{302}\u{303}n"), 6, "NFD marks take no column")
        XCTAssertEqual(DisplayWidth.of("漢字ab"), 6)
        XCTAssertEqual(DisplayWidth.of("\u{202E}"), 1, "never sent: drawn as one placeholder column")
        XCTAssertEqual(DisplayWidth.truncate("Nguyễn Văn Khoa", to: 8), "Nguyễn …")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("Đức", to: 6)), 6)
        XCTAssertEqual(DisplayWidth.pad("漢字", to: 3), "漢…", "a wide character is never split")
    }

    func testSearchFoldsCaseDiacriticsAndD() {
        XCTAssertEqual(SearchKey.fold("Đức"), "duc")
        XCTAssertEqual(SearchKey.fold("  Nguyễn   Văn KHOA "), "nguyen van khoa")
        XCTAssertTrue(SearchKey.matches("duc", in: "Hoàng Văn Đức"))
        XCTAssertTrue(SearchKey.matches("nguyen van khoa", in: "Nguyễn Văn Khoa"))
        XCTAssertTrue(SearchKey.matches("nong thon moi", in: "Chung sức xây dựng nông thôn mới"))
        XCTAssertFalse(SearchKey.matches("duc", in: "Nguyễn Văn Khoa"))
        XCTAssertTrue(SearchKey.matches("", in: "anything"))
    }

    func testVietnameseAlphabeticalOrder() {
        let shuffled = ["Đào", "Dũng", "Ân", "Ăn", "An", "Bình", "Ơn", "Ôn", "On", "Ưng", "Uyên", "Yến", "Chi", "Giang"]
        XCTAssertEqual(shuffled.sortedVietnamese(),
                       ["An", "Ăn", "Ân", "Bình", "Chi", "Dũng", "Đào", "Giang", "On", "Ôn", "Ơn", "Uyên", "Ưng", "Yến"])
    }

    func testTonesOnlySeparateOtherwiseEqualWords() {
        // ngang, huyền, hỏi, ngã, sắc, nặng
        XCTAssertEqual(["ạ", "á", "ã", "ả", "à", "a"].sortedVietnamese(), ["a", "à", "ả", "ã", "á", "ạ"])
        // Letters decide before tones: "bá" < "bac" because a = a and then (end) < c.
        XCTAssertTrue(VietnameseCollation.less("bá", "bac"))
        XCTAssertTrue(VietnameseCollation.less("Ma", "Mà"))
        XCTAssertTrue(VietnameseCollation.less("An Bình", "Anh"))
    }

    func testNumbersSortByTheirValue() {
        XCTAssertEqual(["Tập thể Bảo Lâm số 11", "Tập thể Bảo Lâm số 2", "Tập thể Bảo Lâm số 101", "Tập thể Bảo Lâm số 13"].sortedVietnamese(),
                       ["Tập thể Bảo Lâm số 2", "Tập thể Bảo Lâm số 11", "Tập thể Bảo Lâm số 13", "Tập thể Bảo Lâm số 101"])
        XCTAssertTrue(VietnameseCollation.less("số 2", "số 11"))
        XCTAssertTrue(VietnameseCollation.less("Quyết định 9/QĐ-UBND", "Quyết định 10/QĐ-UBND"))
        // Several numbers: each compared in turn; a number comes before a letter, after a space.
        XCTAssertEqual(["Khóa 2 lớp 10", "Khóa 2 lớp 9", "Khóa 10 lớp 1"].sortedVietnamese(), ["Khóa 2 lớp 9", "Khóa 2 lớp 10", "Khóa 10 lớp 1"])
        XCTAssertTrue(VietnameseCollation.less("Tổ 9", "Tổ A"))
        XCTAssertTrue(VietnameseCollation.less("Tổ 9", "Tổ9"))
        // Leading zeros: the same number, told apart only after the letters and tones.
        XCTAssertTrue(VietnameseCollation.less("số 2", "số 02"))
        XCTAssertTrue(VietnameseCollation.less("số 02", "số 3"))
        XCTAssertTrue(VietnameseCollation.less("số 0", "số 1"))
        XCTAssertEqual(["a0", "a00"].sortedVietnamese(), ["a0", "a00"])
    }

    func testTheGivenNameIsTheLastWord() {
        for name in ["Nguyễn Văn Khoa", "Khoa", "", "   ", "Lê  Thị   Lan  ", " An", "Bùi \u{301}Ánh", "Trần Thị Ngọc Ánh"] {
            XCTAssertEqual(VietnameseCollation.givenName(name), String(name.split(separator: " ").last ?? Substring(name)), "[\(name)]")
        }
        // Random names of Vietnamese words, spaces, tabs, marks that join a space, other scripts.
        let pieces = ["Nguyễn", "Thị", "Ánh", "đ", "Ỹ", "a", "Z9", " ", " ", "  ", "\u{301}", "\u{300}e", "\t", "ß", "Ω", "ǅ"]
        var seed: UInt64 = 12345
        for _ in 0..<3_000 {
            var name = ""
            for _ in 0..<Int(seed % 7) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                name += pieces[Int(seed >> 33) % pieces.count]
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            XCTAssertEqual(VietnameseCollation.givenName(name), String(name.split(separator: " ").last ?? Substring(name)), "[\(name)]")
        }
    }

    /// A name's two keys made in one pass are the keys of the name and of its given name made apart.
    func testANamesKeysInOnePassAreItsKeysMadeApart() {
        let pieces = ["Nguyễn", "Thị", "ánh", "Đ", "Ỹ", "a", "Z", "9", "007", "10", " ", " ", "  ", "-", ".", "\t", "Ω", "\u{301}"]
        var seed: UInt64 = 777
        var taken = 0
        for round in 0..<4_000 {
            var name = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(seed >> 61) + round % 3 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                name += pieces[Int(seed >> 33) % pieces.count]
            }
            guard let keys = VietnameseCollation.nameKeys(name) else {
                XCTAssertNil(VietnameseCollation.scalarKey(name), "declined only where the scalar key is: [\(name)]")
                continue
            }
            taken += 1
            XCTAssertEqual(keys.whole, VietnameseCollation.key(name), "[\(name)]")
            XCTAssertEqual(keys.given, VietnameseCollation.key(VietnameseCollation.givenName(name)), "[\(name)]")
        }
        XCTAssertGreaterThan(taken, 1_500, "most names taken in one pass")
        for name in ["", " ", "   ", "An", "Lê Văn 2", "Tổ 9 ", "Nguyễn  Văn   Khoa  ", "  Khoa"] {
            let keys = VietnameseCollation.nameKeys(name)
            XCTAssertEqual(keys?.whole, VietnameseCollation.key(name), "[\(name)]")
            XCTAssertEqual(keys?.given, VietnameseCollation.key(VietnameseCollation.givenName(name)), "[\(name)]")
        }
    }

    func testPeopleSortByGivenName() {
        let names = ["Nguyễn Văn Khoa", "Trần Thị Lan", "Lê Đức Anh", "Bùi Thị Ánh"]
        XCTAssertEqual(names.sorted(by: VietnameseCollation.personNameLess),
                       ["Lê Đức Anh", "Bùi Thị Ánh", "Nguyễn Văn Khoa", "Trần Thị Lan"])
    }

    /// The key read scalar by scalar is the key read character by character, for every text it takes; and
    /// it declines text whose characters are not one scalar each (NFD, CR LF) or are not in its table.
    func testScalarKeyIsTheCharacterKey() {
        let letters = Array("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz")
        let pool: [Character] = letters + letters.map { Character($0.uppercased()) }
            + Array(" .,-/()'\"0123456789&:;#") + ["0", "0", "1", "9", " "]
        var seed: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var checked = 0
        for _ in 0..<5_000 {
            let text = String((0..<(1 + next(24))).map { _ in pool[next(pool.count)] })
            guard let fast = VietnameseCollation.scalarKey(text) else { return XCTFail("declined NFC text \(text)") }
            XCTAssertEqual(fast, VietnameseCollation.characterKey(text), text)
            checked += 1
        }
        XCTAssertEqual(checked, 5_000)
        for name in ["Nguyễn Văn Khoa", "Tập thể Bảo Lâm số 011", "Quyết định 9/QĐ-UBND", "", "12", "ĐẶNG THỊ Ư"] {
            XCTAssertEqual(VietnameseCollation.scalarKey(name), VietnameseCollation.characterKey(name), name)
        }
        for declined in ["Nguye\u{302}\u{303}n", "a\r\nb", "Lê 漢", "x\u{301}9", "9\u{301}"] {
            XCTAssertNil(VietnameseCollation.scalarKey(declined), declined)
            XCTAssertEqual(VietnameseCollation.key(declined), VietnameseCollation.characterKey(declined))
        }
        // NFD and NFC of a name sort the same way (the character path composes each character's marks).
        XCTAssertEqual(VietnameseCollation.key("Nguye\u{302}\u{303}n"), VietnameseCollation.key("Nguyễn"))
    }

    /// A key compared in one pass sorts as its `<` does, ties kept in their order.
    func testOrderedKeysSortAsTheirLessThanDoes() {
        struct OnlyComparable: Comparable {
            let key: SortPair<PersonNameKey, String>
            static func < (a: Self, b: Self) -> Bool { a.key < b.key }
        }
        let given = ["Anh", "Ánh", "An", "Bình", "Khoa", "Lan", "Đức"], family = ["Nguyễn Văn", "Trần Thị", "Lê", "Bùi Thị", "Đặng"]
        var people: [(name: String, id: String, n: Int)] = []
        for (i, g) in given.enumerated() { for (j, f) in family.enumerated() { people.append((f + " " + g, "p\((i * 7 + j) % 9)", people.count)) } }
        people += people.prefix(6).map { ($0.name, $0.id, people.count + $0.n) }  // equal keys: kept in order
        let fast = people.sorted(byKey: { SortPair(PersonNameKey($0.name), $0.id) })
        let slow = people.sorted(byKey: { OnlyComparable(key: SortPair(PersonNameKey($0.name), $0.id)) })
        XCTAssertEqual(fast.map(\.n), slow.map(\.n))
        XCTAssertEqual(fast.first?.name, "Bùi Thị An")
        for (a, b) in zip(fast, fast.dropFirst()) {
            let o = SortPair.order(SortPair(PersonNameKey(a.name), a.id), SortPair(PersonNameKey(b.name), b.id))
            XCTAssertTrue(o < 0 || (o == 0 && a.n < b.n), "\(a) before \(b)")
        }
        XCTAssertEqual(String.order("a", "b"), -1)
        XCTAssertEqual(Int.order(3, 3), 0)
        XCTAssertEqual(CollationKey.order(CollationKey("Đào"), CollationKey("Dũng")), 1)
    }

    /// Spaces trimmed as Foundation trims `.whitespaces`: every kind of space and tabs, never line breaks.
    func testTrimmingSpacesIsFoundationsWhitespaceTrim() {
        let texts = ["", " ", "  Nguyễn Văn Khoa  ", "\tTổng cộng\t", "\u{00A0}\u{00A0}12\u{3000}", "a b", "\nx\n", " \n x \n ",
                     "\u{2003}Ánh\u{202F}", "Đ", " \u{301}a", "x\u{2028}", "\u{200B}y\u{200B}"]
        for text in texts {
            XCTAssertEqual(Array(TextNormalization.trimmingSpaces(text).unicodeScalars),
                           Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars), "[\(text)]")
        }
        // Every scalar of the first plane, at either end.
        var differing: [String] = []
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            for text in ["\(s)a", "a\(s)"] where TextNormalization.trimmingSpaces(text) != text.trimmingCharacters(in: .whitespaces) {
                differing.append(String(v, radix: 16))
            }
        }
        XCTAssertEqual(differing, [])
    }
}
