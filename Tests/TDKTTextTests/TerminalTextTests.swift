import XCTest
@testable import TDKTText

final class TerminalTextTests: XCTestCase {
    func testWidthOfVietnameseAndWideText() {
        XCTAssertEqual(DisplayWidth.of("Nguyễn Thị Ệ"), 12)
        XCTAssertEqual(DisplayWidth.of("Đức"), 3)
        XCTAssertEqual(DisplayWidth.of("漢字ab"), 6)
        // NFD: the combining marks ride on their base character.
        let nfd = "Nguyễn".decomposedStringWithCanonicalMapping
        XCTAssertEqual(DisplayWidth.of(nfd), 6)
    }

    func testControlsAreOneColumnPlaceholders() {
        XCTAssertEqual(DisplayWidth.of("a\u{1B}b"), 3)
        XCTAssertEqual(TextNormalization.forTerminal("a\u{1B}[31mb"), "a\u{FFFD}[31mb")
        XCTAssertEqual(TextNormalization.forTerminal("x\u{9B}y"), "x\u{FFFD}y")
        XCTAssertEqual(TextNormalization.forTerminal("abc\u{202E}def\u{2066}"), "abc\u{FFFD}def\u{FFFD}")
        XCTAssertEqual(TextNormalization.forTerminal("del\u{7F}"), "del\u{FFFD}")
    }

    func testInputSanitisingKeepsTextNFCAndDropsControls() {
        let nfd = "Nguyễn Văn Khoa".decomposedStringWithCanonicalMapping
        let clean = TextNormalization.clean(nfd)
        XCTAssertEqual(Array(clean.utf8), Array("Nguyễn Văn Khoa".utf8))
        XCTAssertEqual(TextNormalization.clean("a\u{202E}b\u{7}c"), "abc")
        XCTAssertEqual(TextNormalization.clean("line1\r\nline2"), "line1 line2")
        XCTAssertEqual(TextNormalization.clean("line1\r\nline2", allowNewlines: true), "line1\nline2")
    }

    func testTruncateNeverSplitsClusters() {
        XCTAssertEqual(DisplayWidth.prefix("漢字ab", to: 3), "漢")
        XCTAssertEqual(DisplayWidth.prefix("Nguyễn", to: 5), "Nguyễ")
        let nfd = "ễễễ".decomposedStringWithCanonicalMapping
        let t = DisplayWidth.prefix(nfd, to: 2)
        XCTAssertEqual(t.count, 2)
        XCTAssertEqual(t.unicodeScalars.count, 6)  // both marks of each letter kept
        XCTAssertEqual(DisplayWidth.pad("漢", to: 4), "漢  ")
        XCTAssertEqual(DisplayWidth.pad("ab", to: 4, alignRight: true), "  ab")
        XCTAssertEqual(DisplayWidth.truncate("Nguyễn Văn Khoa", to: 8), "Nguyễn …")
        XCTAssertEqual(DisplayWidth.truncateLeading("/home/user/data", to: 8), "…er/data")
    }

    func testWrap() {
        XCTAssertEqual(DisplayWidth.wrap("Màn hình này chưa có", width: 10), ["Màn hình", "này chưa", "có"])
    }

    func testSearchFoldIgnoresCaseDiacriticsAndFoldsD() {
        XCTAssertEqual(SearchKey.fold("Đức"), "duc")
        XCTAssertEqual(SearchKey.fold("NGUYỄN"), "nguyen")
        XCTAssertTrue(SearchKey.matches("duc", in: "Trần Minh Đức"))
        XCTAssertTrue(SearchKey.matches("MINH DUC", in: "Trần Minh Đức"))
        XCTAssertFalse(SearchKey.matches("dung", in: "Trần Minh Đức"))
    }
}
