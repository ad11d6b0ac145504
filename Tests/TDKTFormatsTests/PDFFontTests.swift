import Foundation
import XCTest
@testable import TDKTFormats

final class PDFFontTests: XCTestCase {
    func testReadsTheSystemSerifWithVietnameseGlyphs() throws {
        let family = try TestFonts.family()
        let font = family.regular
        XCTAssertGreaterThanOrEqual(font.unitsPerEm, 1000)
        XCTAssertGreaterThan(font.glyphCount, 500)
        XCTAssertGreaterThan(font.ascent, 0)
        XCTAssertLessThan(font.descent, 0)
        for ch in "ĐđƯưƠơẤầẩẫậỆệỲỳỹ".unicodeScalars {
            let g = try XCTUnwrap(font.glyph(for: ch), "no glyph for \(ch)")
            XCTAssertGreaterThan(font.advance(of: g), 0)
        }
        XCTAssertNotEqual(font.glyph(for: "a"), font.glyph(for: "b"))
        XCTAssertTrue(family.bold.isBold)
        XCTAssertFalse(font.isBold)
        XCTAssertLessThan(family.italic.italicAngle, 0)
        XCTAssertNotEqual(font.postScriptName, family.bold.postScriptName)
    }

    func testEveryCandidateFamilyThatIsInstalledParses() throws {
        var found = 0
        for c in PDFFontFamily.systemCandidates {
            let path = c.folder + "/" + c.regular
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let font = try TrueTypeFont(contentsOf: path)
            XCTAssertNotNil(font.glyph(for: "ệ"), path)
            found += 1
        }
        XCTAssertGreaterThan(found, 0)
    }

    func testDamagedFontsAreRefusedWithoutCrashing() throws {
        let data = try TestFonts.family().regular.data
        XCTAssertThrowsError(try TrueTypeFont(data: Data()))
        XCTAssertThrowsError(try TrueTypeFont(data: Data("not a font at all".utf8)))
        XCTAssertThrowsError(try TrueTypeFont(data: data.prefix(200)))
        // Cut anywhere or with bytes flipped: an error or a font, never a trap.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            var bytes = [UInt8](data.prefix(Int.random(in: 12..<data.count, using: &rng)))
            for _ in 0..<50 { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            if let font = try? TrueTypeFont(data: Data(bytes)) {
                _ = font.glyph(for: "ệ").map(font.advance(of:))
            }
        }
    }

    func testSubsetKeepsDrawnGlyphsAndParses() throws {
        let font = try TestFonts.family().regular
        let used = Set("Nguyễn Thị Hường".unicodeScalars.compactMap(font.glyph(for:)))
        let subset = FontSubsetter.subset(font.data, keeping: used)
        XCTAssertLessThan(subset.count, font.data.count / 2)
        let reread = try TrueTypeFont(data: subset)
        XCTAssertEqual(reread.glyphCount, font.glyphCount)
        for g in used { XCTAssertEqual(reread.advance(of: g), font.advance(of: g)) }
        XCTAssertEqual(reread.glyph(for: "ễ"), font.glyph(for: "ễ"))
        // The whole file sums to the magic number, as head.checkSumAdjustment promises.
        XCTAssertEqual(FontSubsetter.checksum([UInt8](subset)), 0xB1B0_AFBA)
    }

    func testAdler32AndDeflateFraming() {
        XCTAssertEqual(Deflate.adler32(Array("Wikipedia".utf8)), 0x11E6_0398)
        XCTAssertEqual(Deflate.adler32([]), 1)
        let repeated = Data(String(repeating: "thi đua khen thưởng ", count: 200).utf8)
        let z = Deflate.zlib(repeated)
        XCTAssertEqual(Array(z.prefix(2)), [0x78, 0x01])
        XCTAssertLessThan(z.count, repeated.count / 10)
        let a = Deflate.adler32([UInt8](repeated))
        XCTAssertEqual(Array(z.suffix(4)), [UInt8(a >> 24), UInt8(a >> 16 & 0xFF), UInt8(a >> 8 & 0xFF), UInt8(a & 0xFF)])
    }
}
