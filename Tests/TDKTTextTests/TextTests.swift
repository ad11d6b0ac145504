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

    func testPeopleSortByGivenName() {
        let names = ["Nguyễn Văn Khoa", "Trần Thị Lan", "Lê Đức Anh", "Bùi Thị Ánh"]
        XCTAssertEqual(names.sorted(by: VietnameseCollation.personNameLess),
                       ["Lê Đức Anh", "Bùi Thị Ánh", "Nguyễn Văn Khoa", "Trần Thị Lan"])
    }
}
