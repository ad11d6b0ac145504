import Foundation

/// The objects of an embedded TrueType font: Type0 → CIDFontType2 → FontDescriptor → FontFile2, and the ToUnicode map.
enum FontEmbedding {
    static func write(font: TrueTypeFont, use: FontUse, object: Int, subsetTag: String?, into out: inout PDFObjectWriter) {
        let cidFont = out.reserve(), descriptor = out.reserve(), file = out.reserve(), toUnicode = out.reserve()
        let name = (subsetTag.map { $0 + "+" } ?? "") + font.postScriptName
        let fontData = subsetTag == nil ? font.data : FontSubsetter.subset(font.data, keeping: use.glyphs)
        out.stream(file, fontData, extra: "/Length1 \(fontData.count)")

        let scale = { (v: Int) in String(v * 1000 / font.unitsPerEm) }
        var flags = 32 // nonsymbolic
        if font.postScriptName.range(of: "Sans", options: .caseInsensitive) == nil { flags |= 2 } // serif
        if font.italicAngle != 0 { flags |= 64 }
        let bbox = font.boundingBox.map(scale).joined(separator: " ")
        out.object(descriptor, "<< /Type /FontDescriptor /FontName /\(name) /Flags \(flags) /FontBBox [\(bbox)] "
            + "/ItalicAngle \(PDFObjectWriter.number(font.italicAngle)) /Ascent \(scale(font.ascent)) /Descent \(scale(font.descent)) "
            + "/CapHeight \(scale(font.capHeight)) /StemV \(font.isBold ? 140 : 80) /FontFile2 \(file) 0 R >>")

        out.object(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /\(name) "
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptor) 0 R "
            + "/DW \(font.advance1000(of: 0)) /W [\(widths(font, use))] /CIDToGIDMap /Identity >>")

        out.stream(toUnicode, Data(cmap(use).utf8))
        out.object(object, "<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H "
            + "/DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>")
    }

    /// Six capital letters naming a subset, different for different glyph sets.
    static func subsetTag(index: Int, glyphs: Set<UInt16>) -> String {
        var h: UInt32 = 2_166_136_261 &+ UInt32(index)
        for g in glyphs.sorted() { h = (h ^ UInt32(g)) &* 16_777_619 }
        var tag = ""
        for _ in 0..<6 { tag.append(Character(Unicode.Scalar(UInt8(65 + h % 26)))); h /= 26 }
        return tag
    }

    /// "g [w]" entries for the glyphs used, consecutive glyphs sharing an array.
    static func widths(_ font: TrueTypeFont, _ use: FontUse) -> String {
        var parts: [String] = [], run: [Int] = [], start = -1, last = -2
        for g in use.glyphs.sorted().map(Int.init) {
            if g != last + 1, start >= 0 { parts.append("\(start) [\(run.map(String.init).joined(separator: " "))]"); run = [] }
            if g != last + 1 { start = g }
            run.append(font.advance1000(of: UInt16(g)))
            last = g
        }
        if start >= 0 { parts.append("\(start) [\(run.map(String.init).joined(separator: " "))]") }
        return parts.joined(separator: " ")
    }

    static func cmap(_ use: FontUse) -> String {
        var s = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange

        """
        let entries = use.unicode.sorted { $0.key < $1.key }
        var i = 0
        while i < entries.count {
            let chunk = entries[i..<min(i + 100, entries.count)]
            s += "\(chunk.count) beginbfchar\n"
            for (g, text) in chunk {
                s += String(format: "<%04X> <", g) + text.utf16.map { String(format: "%04X", $0) }.joined() + ">\n"
            }
            s += "endbfchar\n"
            i += 100
        }
        s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        return s
    }
}
