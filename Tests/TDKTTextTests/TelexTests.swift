import XCTest
@testable import TDKTText

final class TelexTests: XCTestCase {
    func testNames() {
        XCTAssertEqual(Telex.type("Nguyeenx Vawn Khoa"), "Nguyễn Văn Khoa")
        XCTAssertEqual(Telex.type("Nguyeenx"), "Nguyễn")
        XCTAssertEqual(Telex.type("Traanf Thij Bichs"), "Trần Thị Bích")
        XCTAssertEqual(Telex.type("Ddinhf Vaan Ddwcs"), "Đình Vân Đức")
        XCTAssertEqual(Telex.type("NGUYEENX"), "NGUYỄN")
    }

    func testVowelModifiers() {
        XCTAssertEqual(Telex.type("aa aw ee oo ow uw dd"), "â ă ê ô ơ ư đ")
        XCTAssertEqual(Telex.type("nguwowif"), "người")
        XCTAssertEqual(Telex.type("nguoiwf"), "người")
        XCTAssertEqual(Telex.type("muwa"), "mưa")
        XCTAssertEqual(Telex.type("khoawn"), "khoăn")
    }

    func testTonesOldStyle() {
        // The chosen style is Unikey's default ("old"): the tone sits on the first of two open vowels.
        XCTAssertEqual(Telex.type("hoaf"), "hòa")
        XCTAssertEqual(Telex.type("thuyr"), "thủy")
        XCTAssertEqual(Telex.type("khoer"), "khỏe")
        // Closed syllables: on the last vowel.
        XCTAssertEqual(Telex.type("toanf"), "toàn")
        XCTAssertEqual(Telex.type("hoangf"), "hoàng")
        // Three vowels: the middle one.
        XCTAssertEqual(Telex.type("ngoaif"), "ngoài")
        // qu and gi are consonants.
        XCTAssertEqual(Telex.type("quys"), "quý")
        XCTAssertEqual(Telex.type("giaf"), "già")
        XCTAssertEqual(Telex.type("quoocs"), "quốc")
    }

    func testToneMovesWhenTheWordGrows() {
        // Tone typed before the final consonant and vowel change.
        XCTAssertEqual(Telex.type("hoafng"), "hoàng")
        XCTAssertEqual(Telex.type("tieesng"), "tiếng")
    }

    func testUndoAndRemove() {
        XCTAssertEqual(Telex.type("ass"), "as")
        XCTAssertEqual(Telex.type("aaa"), "aa")
        XCTAssertEqual(Telex.type("asz"), "a")
        XCTAssertEqual(Telex.type("ddd"), "dd")
        XCTAssertEqual(Telex.type("hoafr"), "hỏa")  // another tone replaces the first
    }

    func testKeysWithoutVowelsStayLetters() {
        XCTAssertEqual(Telex.type("s f r x j z w"), "s f r x j z w")
        XCTAssertEqual(Telex.apply(key: "s", to: "th"), nil)
        XCTAssertEqual(Telex.apply(key: "s", to: "a"), "á")
    }
}
