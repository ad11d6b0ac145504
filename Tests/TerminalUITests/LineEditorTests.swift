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
        e.backspace()  // ễ was typed decomposed: Backspace removes its last code point, the tilde
        XCTAssertEqual(e.text, "Nguyên")
        e.backspace()
        e.backspace()
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

    /// The case: "Nguyê" + U+0303, BS BS, "ê" U+0301 "n" is "Nguyến", not "Nguến".
    func testBackspaceRemovesOneCodePointAfterDecomposedInput() {
        var e = LineEditor()
        for s in ["N", "g", "u", "y", "ê", "\u{0303}"] { e.insert(s) }
        XCTAssertEqual(e.text, "Nguyễ")
        XCTAssertTrue(e.letterBeforeCursorWasDecomposed)
        e.backspace()
        XCTAssertEqual(e.text, "Nguyê")
        e.backspace()
        XCTAssertEqual(e.text, "Nguy")
        for s in ["ê", "\u{0301}", "n"] { e.insert(s) }
        XCTAssertEqual(e.text, "Nguyến")
        XCTAssertEqual(Array(e.text.unicodeScalars), Array(TextNormalization.nfc("Nguyến").unicodeScalars))
    }

    /// Precomposed input: one Backspace removes the whole letter (a precomposed IME sends one per letter).
    func testBackspaceRemovesOneLetterAfterPrecomposedInput() {
        var e = LineEditor()
        for s in ["N", "g", "u", "y", "ễ", "n"] { e.insert(s) }
        XCTAssertFalse(e.letterBeforeCursorWasDecomposed)
        e.backspace()
        e.backspace()
        XCTAssertEqual(e.text, "Nguy")
        e.insert("ế")
        e.insert("n")
        XCTAssertEqual(e.text, "Nguyến")
        // Text that was there before (loaded, not typed) is removed a letter at a time.
        var loaded = LineEditor("Quyễn")
        loaded.backspace()
        loaded.backspace()
        XCTAssertEqual(loaded.text, "Quy")
    }
}
