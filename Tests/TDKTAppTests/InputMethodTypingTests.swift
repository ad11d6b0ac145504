import XCTest
import TDKTTestKit
import TDKTText
import TerminalUI

/// The sequences Unikey and EVKey send, tone corrections included, give the intended NFC text in a field.
final class InputMethodTypingTests: XCTestCase {
    func testEveryInputMethodSequenceGivesTheIntendedNameInNFC() {
        XCTAssertEqual(InputMethodSequences.all.count, 8)
        for seq in InputMethodSequences.all {
            var editor = LineEditor()
            for stroke in seq.strokes {
                switch stroke {
                case .text(let t):
                    // Keys arrive one code point at a time, as the terminal decodes them.
                    for u in t.unicodeScalars { editor.insert(String(u)) }
                case .backspace:
                    editor.backspace()
                }
            }
            XCTAssertEqual(editor.text, seq.intended, seq.name)
            XCTAssertEqual(Array(editor.text.unicodeScalars), Array(TextNormalization.nfc(seq.intended).unicodeScalars), seq.name)
        }
    }
}
