import XCTest
@testable import TDKTFormats

final class TextShaperTests: XCTestCase {
    /// Text already NFC is taken as it is; anything else (NFD marks, a sign NFC replaces) goes through
    /// Foundation's NFC, so either way the result is the NFC of the text.
    func testNormalizeIsNFCWithOrWithoutTheQuickCheck() {
        let taken = ["Bằng khen của Chủ tịch UBND tỉnh", "ĐẶNG THỊ Ư – “Tập thể” số 12…", "Ăn ở ổn định; ỹ ỵ Ỷ", "café Ÿ ǅ ʼ", ""]
        for text in taken {
            XCTAssertTrue(TextShaper.isNFC(text), text)
            XCTAssertEqual(TextShaper.normalize(text), text.precomposedStringWithCanonicalMapping)
        }
        let changed = ["Nguye\u{302}\u{303}n", "A\u{30A}", "\u{212B}ngstr\u{F6}m", "\u{2126}", "e\u{301}"]
        for text in changed {
            XCTAssertFalse(TextShaper.isNFC(text), text)
            XCTAssertEqual(Array(TextShaper.normalize(text).unicodeScalars), Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
            XCTAssertNotEqual(Array(TextShaper.normalize(text).unicodeScalars), Array(text.unicodeScalars), text)
        }
        // Other scripts are not claimed: Foundation decides.
        XCTAssertFalse(TextShaper.isNFC("漢字"))
        XCTAssertEqual(TextShaper.normalize("漢字"), "漢字")
    }
}
