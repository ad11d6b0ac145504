import XCTest
@testable import TerminalUI
import TDKTText

final class KeyDecoderTests: XCTestCase {
    private func decode(_ s: String, thenTimeout: Bool = true) -> [Key] {
        var d = KeyDecoder()
        var out: [Key] = []
        for u in s.unicodeScalars { out += d.feed(.scalar(u.value)) }
        if thenTimeout { out += d.timeout() }
        return out
    }

    func testEscapeDigitIsFunctionKey() {
        XCTAssertEqual(decode("\u{1B}1"), [.function(1)])
        XCTAssertEqual(decode("\u{1B}2"), [.function(2)])
        XCTAssertEqual(decode("\u{1B}9"), [.function(9)])
        XCTAssertEqual(decode("\u{1B}0"), [.function(10)])
    }

    func testLoneEscapeAfterTimeout() {
        var d = KeyDecoder()
        XCTAssertEqual(d.feed(.scalar(27)), [])
        XCTAssertTrue(d.isPending)
        XCTAssertEqual(d.timeout(), [.escape])
        XCTAssertFalse(d.isPending)
        XCTAssertEqual(decode("\u{1B}x"), [.escape, .char("x")])
        XCTAssertEqual(decode("\u{1B}\u{1B}"), [.escape, .escape])
    }

    func testPuTTYFunctionKeysAndShiftTab() {
        XCTAssertEqual(decode("\u{1B}[11~\u{1B}[12~\u{1B}[13~\u{1B}[14~"), [.function(1), .function(2), .function(3), .function(4)])
        XCTAssertEqual(decode("\u{1B}[21~"), [.function(10)])
        XCTAssertEqual(decode("\u{1B}[Z"), [.backTab])
        XCTAssertEqual(decode("\u{1B}[99~a"), [.char("a")])  // unknown sequences are dropped, not typed
    }

    func testBracketedPasteIsOneEvent() {
        let keys = decode("x\u{1B}[200~Nguyễn\rVăn\u{1B}[201~y")
        XCTAssertEqual(keys, [.char("x"), .paste("Nguyễn\rVăn"), .char("y")])
        // Split across reads, with an ESC inside the text that is not the end marker.
        var d = KeyDecoder()
        var out: [Key] = []
        for u in "\u{1B}[200~a\u{1B}[2b".unicodeScalars { out += d.feed(.scalar(u.value)) }
        XCTAssertTrue(d.isInPaste)
        XCTAssertEqual(out, [])
        for u in "c\u{1B}[201~".unicodeScalars { out += d.feed(.scalar(u.value)) }
        XCTAssertEqual(out, [.paste("a\u{1B}[2bc")])
    }

    func testPasteMarkersFromTheBackend() {
        var d = KeyDecoder()
        var out = d.feed(.pasteStart)
        for u in "a\n".unicodeScalars { out += d.feed(.scalar(u.value)) }
        out += d.feed(.key(.enter))
        out += d.feed(.pasteEnd)
        XCTAssertEqual(out, [.paste("a\n\n")])
    }

    func testControlCharacters() {
        XCTAssertEqual(KeyDecoder.plain(8), .backspace)
        XCTAssertEqual(KeyDecoder.plain(127), .backspace)
        XCTAssertEqual(KeyDecoder.plain(13), .enter)
        XCTAssertEqual(KeyDecoder.plain(9), .tab)
        XCTAssertEqual(KeyDecoder.plain(3), .interrupt)
        XCTAssertEqual(KeyDecoder.plain(12), .ctrl("l"))
        XCTAssertEqual(KeyDecoder.plain(26), .ctrl("z"))
        XCTAssertEqual(KeyDecoder.plain(20), .ctrl("t"))
        XCTAssertEqual(KeyDecoder.plain(0x1EC7), .char("ệ"))
    }

    func testBackendKeysPassThrough() {
        var d = KeyDecoder()
        XCTAssertEqual(d.feed(.key(.function(5))), [.function(5)])
        XCTAssertEqual(d.feed(.key(.backTab)), [.backTab])
    }
}
