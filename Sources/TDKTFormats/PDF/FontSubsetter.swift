import Foundation

/// A smaller TrueType file for embedding: the outlines of glyphs not drawn are emptied (glyph ids stay the
/// same, so the PDF's character ids still name the right glyphs), and tables a PDF viewer does not read
/// (layout features, kerning, signatures) are left out. Composite glyphs keep their components.
/// Anything unexpected returns the font unchanged.
enum FontSubsetter {
    static let keptTables: Set<String> = ["head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "cvt ", "fpgm", "prep",
                                           "OS/2", "name", "post", "gasp"]

    static func subset(_ data: Data, keeping glyphs: Set<UInt16>) -> Data {
        let bytes = [UInt8](data)
        let r = ByteReader(bytes)
        var tables: [String: Range<Int>] = [:]
        for i in 0..<Int(r.u16(4)) {
            let e = 12 + 16 * i
            guard e + 16 <= bytes.count else { return data }
            let tag = String(decoding: bytes[e..<e + 4], as: UTF8.self)
            let offset = Int(r.u32(e + 8)), length = Int(r.u32(e + 12))
            guard offset + length <= bytes.count else { return data }
            tables[tag] = offset..<offset + length
        }
        guard let head = tables["head"], head.count >= 54, let loca = tables["loca"], let glyf = tables["glyf"],
              let maxp = tables["maxp"], maxp.count >= 6 else { return data }
        let glyphCount = Int(r.u16(maxp.lowerBound + 4))
        let longOffsets = r.i16(head.lowerBound + 50) == 1
        func location(_ g: Int) -> Int {
            longOffsets ? Int(r.u32(loca.lowerBound + 4 * g)) : 2 * Int(r.u16(loca.lowerBound + 2 * g))
        }
        guard loca.count >= (longOffsets ? 4 : 2) * (glyphCount + 1) else { return data }
        func outline(_ g: Int) -> Range<Int> {
            let start = glyf.lowerBound + location(g), end = glyf.lowerBound + location(g + 1)
            return start <= end && end <= glyf.upperBound ? start..<end : start..<start
        }

        // The glyphs kept, with the components of composite glyphs.
        var keep = Set(glyphs.map(Int.init).filter { $0 < glyphCount })
        keep.insert(0)
        var queue = Array(keep)
        while let g = queue.popLast() {
            let o = outline(g)
            guard o.count >= 10, r.i16(o.lowerBound) < 0 else { continue }
            var p = o.lowerBound + 10
            while p + 4 <= o.upperBound {
                let flags = r.u16(p), component = Int(r.u16(p + 2))
                if component < glyphCount, keep.insert(component).inserted { queue.append(component) }
                p += 4 + (flags & 1 != 0 ? 4 : 2)
                if flags & 0x08 != 0 { p += 2 } else if flags & 0x40 != 0 { p += 4 } else if flags & 0x80 != 0 { p += 8 }
                if flags & 0x20 == 0 { break }
            }
        }

        var newGlyf: [UInt8] = [], newLoca: [UInt8] = []
        func u32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        for g in 0..<glyphCount {
            newLoca += u32(newGlyf.count)
            if keep.contains(g) {
                newGlyf += bytes[outline(g)]
                while newGlyf.count % 4 != 0 { newGlyf.append(0) }
            }
        }
        newLoca += u32(newGlyf.count)

        var newHead = Array(bytes[head])
        newHead[8..<12] = [0, 0, 0, 0]  // checkSumAdjustment, set below
        newHead[50] = 0; newHead[51] = 1 // long loca offsets
        var contents: [String: [UInt8]] = [:]
        for (tag, range) in tables where keptTables.contains(tag) { contents[tag] = Array(bytes[range]) }
        contents["head"] = newHead; contents["loca"] = newLoca; contents["glyf"] = newGlyf

        let tags = contents.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var entrySelector = 0
        while 1 << (entrySelector + 1) <= tags.count { entrySelector += 1 }
        let searchRange = 16 << entrySelector
        func u16(_ v: Int) -> [UInt8] { [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        var out: [UInt8] = [0, 1, 0, 0] + u16(tags.count) + u16(searchRange) + u16(entrySelector) + u16(tags.count * 16 - searchRange)
        var offset = out.count + 16 * tags.count
        var body: [UInt8] = [], headOffset = 0
        for tag in tags {
            let t = contents[tag]!
            if tag == "head" { headOffset = offset }
            out += Array(tag.utf8) + u32(Int(checksum(t))) + u32(offset) + u32(t.count)
            body += t
            while body.count % 4 != 0 { body.append(0) }
            offset = out.count - (out.count) + 12 + 16 * tags.count + body.count
        }
        out += body
        let adjustment = UInt32(0xB1B0_AFBA) &- checksum(out)
        out.replaceSubrange(headOffset + 8..<headOffset + 12, with: u32(Int(adjustment)))
        return Data(out)
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0, i = 0
        while i < bytes.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < bytes.count ? bytes[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return sum
    }
}
