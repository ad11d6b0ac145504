import XCTest
@testable import TerminalUI
import TDKTText

final class LineEditorTests: XCTestCase {
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
