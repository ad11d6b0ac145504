import Foundation

/// Glyphs of one font, in the order drawn, with the text each stands for (for the ToUnicode map).
struct ShapedRun: Equatable {
    /// Which font: a style's index (PDFFontStyle.rawValue) or `FontSlot.fallback`.
    var slot: Int
    var glyphs: [UInt16] = []
    var texts: [String] = []
    /// Sum of the advances in thousandths of the em.
    var advance: Int = 0
}

enum FontSlot {
    static let fallback = PDFFontStyle.allCases.count
    static let count = fallback + 1
}

/// Maps text to glyphs: NFC first (Vietnamese has one precomposed glyph per letter and tone), a character
/// the styled font lacks from the fallback font, and .notdef (glyph 0) when neither has it — never a crash.
struct TextShaper: Sendable {
    let family: PDFFontFamily

    init(family: PDFFontFamily) { self.family = family }

    func font(slot: Int) -> TrueTypeFont {
        slot == FontSlot.fallback ? (family.fallback ?? family.regular) : family.font(PDFFontStyle(rawValue: slot) ?? .regular)
    }

    static func normalize(_ text: String) -> String { isNFC(text) ? text : text.precomposedStringWithCanonicalMapping }

    /// True when `text` is NFC without asking Foundation (each table cell of a long report is normalized, and
    /// Foundation's NFC was a tenth of laying one out): every scalar is below the combining marks (ASCII,
    /// Latin-1, Latin Extended), a precomposed Vietnamese letter, or a dash, quote or bullet of General
    /// Punctuation; all of them are left as they are by NFC and none combines with the scalar before it.
    static func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            s.value < 0x300 || (0x1EA0...0x1EF9).contains(s.value) || (0x2010...0x2027).contains(s.value)
        }
    }

    func shape(_ text: String, style: PDFFontStyle) -> [ShapedRun] {
        let primary = family.font(style)
        var runs: [ShapedRun] = []
        for scalar in TextShaper.normalize(text).unicodeScalars {
            var slot = style.rawValue, glyph: UInt16 = 0
            if let g = primary.glyph(for: scalar) {
                glyph = g
            } else if let fb = family.fallback, let g = fb.glyph(for: scalar) {
                slot = FontSlot.fallback; glyph = g
            } else if scalar.value == 0xA0, let g = primary.glyph(for: " ") {
                glyph = g
            }
            let f = slot == style.rawValue ? primary : font(slot: slot)
            if runs.last?.slot != slot { runs.append(ShapedRun(slot: slot)) }
            runs[runs.count - 1].glyphs.append(glyph)
            runs[runs.count - 1].texts.append(String(scalar))
            runs[runs.count - 1].advance += f.advance1000(of: glyph)
        }
        return runs
    }

    /// Width in points at a size, of text already in NFC (the line breaker measures every word: no arrays here).
    func width(_ text: String, style: PDFFontStyle, size: Double) -> Double {
        let primary = family.font(style)
        var total = 0
        for scalar in text.unicodeScalars {
            if let g = primary.glyph(for: scalar) {
                total += primary.advance1000(of: g)
            } else if let fb = family.fallback, let g = fb.glyph(for: scalar) {
                total += fb.advance1000(of: g)
            } else if scalar.value == 0xA0, let g = primary.glyph(for: " ") {
                total += primary.advance1000(of: g)
            } else {
                total += primary.advance1000(of: 0)
            }
        }
        return Double(total) * size / 1000
    }
}
