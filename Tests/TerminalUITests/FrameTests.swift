import XCTest
@testable import TerminalUI
import TDKTText

final class FrameTests: XCTestCase {
    func testWideAndVietnameseTextOccupyTheRightColumns() {
        var f = Frame(size: Size(width: 20, height: 2))
        let used = f.put("漢字|Đức|", x: 2, y: 0)
        XCTAssertEqual(used, 9)
        XCTAssertEqual(f[0, 2].text, "漢")
        XCTAssertEqual(f[0, 2].width, 2)
        XCTAssertTrue(f[0, 3].isContinuation)
        XCTAssertEqual(f[0, 4].text, "字")
        XCTAssertEqual(f[0, 6].text, "|")
        XCTAssertEqual(f[0, 7].text, "Đ")
        XCTAssertEqual(f[0, 9].text, "c")
        XCTAssertEqual(f[0, 10].text, "|")
        XCTAssertEqual(f.column(of: "Đức", inRow: 0), 7)
        XCTAssertEqual(f.row(0), "  漢字|Đức|         ")
        // NFD input lands in the same columns.
        f.put("Nguyễn|".decomposedStringWithCanonicalMapping, x: 0, y: 1)
        XCTAssertEqual(f[1, 6].text, "|")
    }

    func testWideCharacterNeverSplitAtTheEdgeOrByOverwrite() {
        var f = Frame(size: Size(width: 5, height: 1))
        f.put("ab漢字", x: 0, y: 0)
        XCTAssertEqual(f.row(0), "ab漢 ")  // 字 would need columns 4 and 5
        f.put("x", x: 3, y: 0)  // overwrite the second half of 漢
        XCTAssertEqual(f.row(0), "ab x ")
        XCTAssertFalse(f[0, 2].isContinuation)
    }

    func testControlCharactersAreDrawnAsPlaceholders() {
        var f = Frame(size: Size(width: 20, height: 1))
        f.put("A\u{1B}[2JB\u{202E}C", x: 0, y: 0)
        XCTAssertEqual(f.row(0).trimmingCharacters(in: .whitespaces), "A\u{FFFD}[2JB\u{FFFD}C")
    }

    func testClipAndBox() {
        var f = Frame(size: Size(width: 10, height: 4))
        f.box(Rect(x: 0, y: 0, width: 10, height: 4), title: "T")
        XCTAssertEqual(f.row(0), "┌─ T ────┐")
        XCTAssertEqual(f.row(3), "└────────┘")
        f.put("0123456789", x: 1, y: 1, clip: Rect(x: 1, y: 1, width: 8, height: 2))
        XCTAssertEqual(f.row(1), "│01234567│")
    }

    func testMemoryScreenKeepsFramesAndCountsFullRedraws() {
        let s = MemoryScreen(size: Size(width: 10, height: 2))
        var f = Frame(size: s.size)
        f.put("hello", x: 0, y: 0)
        s.present(f, fullRedraw: false)
        s.present(f, fullRedraw: true)
        XCTAssertEqual(s.rows[0], "hello     ")
        XCTAssertEqual(s.presentCount, 2)
        XCTAssertEqual(s.fullRedrawCount, 1)
    }
}
