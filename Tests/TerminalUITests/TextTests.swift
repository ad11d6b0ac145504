import XCTest
@testable import TerminalUI

final class TextTests: XCTestCase {
    func testWidthOfVietnameseAndWideText() {
        XCTAssertEqual(TextWidth.of("Nguyễn Thị Ệ"), 12)
        XCTAssertEqual(TextWidth.of("Đức"), 3)
        XCTAssertEqual(TextWidth.of("漢字ab"), 6)
        // NFD: the combining marks ride on their base character.
        let nfd = "Nguyễn".decomposedStringWithCanonicalMapping
        XCTAssertEqual(TextWidth.of(nfd), 6)
    }

    func testControlsAreOneColumnPlaceholders() {
        XCTAssertEqual(TextWidth.of("a\u{1B}b"), 3)
        XCTAssertEqual(Sanitizer.forDisplay("a\u{1B}[31mb"), "a\u{FFFD}[31mb")
        XCTAssertEqual(Sanitizer.forDisplay("x\u{9B}y"), "x\u{FFFD}y")
        XCTAssertEqual(Sanitizer.forDisplay("abc\u{202E}def\u{2066}"), "abc\u{FFFD}def\u{FFFD}")
        XCTAssertEqual(Sanitizer.forDisplay("del\u{7F}"), "del\u{FFFD}")
    }

    func testInputSanitisingKeepsTextNFCAndDropsControls() {
        let nfd = "Nguyễn Văn Khoa".decomposedStringWithCanonicalMapping
        let clean = Sanitizer.forInput(nfd)
        XCTAssertEqual(Array(clean.utf8), Array("Nguyễn Văn Khoa".utf8))
        XCTAssertEqual(Sanitizer.forInput("a\u{202E}b\u{7}c"), "abc")
        XCTAssertEqual(Sanitizer.forInput("line1\r\nline2"), "line1 line2")
        XCTAssertEqual(Sanitizer.forInput("line1\r\nline2", allowNewlines: true), "line1\nline2")
    }

    func testTruncateNeverSplitsClusters() {
        XCTAssertEqual(TextWidth.truncate("漢字ab", to: 3), "漢")
        XCTAssertEqual(TextWidth.truncate("Nguyễn", to: 5), "Nguyễ")
        let nfd = "ễễễ".decomposedStringWithCanonicalMapping
        let t = TextWidth.truncate(nfd, to: 2)
        XCTAssertEqual(t.count, 2)
        XCTAssertEqual(t.unicodeScalars.count, 6)  // both marks of each letter kept
        XCTAssertEqual(TextWidth.pad("漢", to: 4), "漢  ")
        XCTAssertEqual(TextWidth.pad("ab", to: 4, alignRight: true), "  ab")
        XCTAssertEqual(TextWidth.truncateWithEllipsis("Nguyễn Văn Khoa", to: 8), "Nguyễn …")
        XCTAssertEqual(TextWidth.truncateLeading("/home/user/data", to: 8), "…er/data")
    }

    func testWrap() {
        XCTAssertEqual(TextWidth.wrap("Màn hình này chưa có", width: 10), ["Màn hình", "này chưa", "có"])
    }

    func testSearchFoldIgnoresCaseDiacriticsAndFoldsD() {
        XCTAssertEqual(SearchFold.fold("Đức"), "duc")
        XCTAssertEqual(SearchFold.fold("NGUYỄN"), "nguyen")
        XCTAssertTrue(SearchFold.matches("Trần Minh Đức", "duc"))
        XCTAssertTrue(SearchFold.matches("Trần Minh Đức", "MINH DUC"))
        XCTAssertFalse(SearchFold.matches("Trần Minh Đức", "dung"))
    }

    func testLineEditorWorksByCharacterAndStoresNFC() {
        var e = LineEditor()
        // An IME that sends NFD: base letter, then the marks as separate keys.
        for s in ["N", "g", "u", "y", "e", "\u{0302}", "\u{0303}", "n"] { e.insert(s) }
        XCTAssertEqual(e.text, "Nguyễn")
        XCTAssertEqual(Array(e.text.utf8), Array("Nguyễn".utf8))
        XCTAssertEqual(e.cursor, 6)
        e.left()
        e.backspace()  // removes ễ whole
        XCTAssertEqual(e.text, "Nguyn")
        e.home()
        e.deleteForward()
        XCTAssertEqual(e.text, "guyn")
        var w = LineEditor("漢字")
        XCTAssertEqual(w.cursorColumn, 4)
        w.left()
        XCTAssertEqual(w.cursorColumn, 2)
    }

    func testLineEditorMaxLength() {
        var e = LineEditor("abc", maxLength: 4)
        XCTAssertTrue(e.insert("d"))
        XCTAssertFalse(e.insert("e"))
        XCTAssertEqual(e.text, "abcd")
    }
}
