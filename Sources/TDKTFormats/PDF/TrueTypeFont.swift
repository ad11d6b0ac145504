import Foundation

/// The parts of a TrueType font a PDF needs: metrics (head, hhea, OS/2, post), advance widths (hmtx) and
/// the character map (cmap formats 4 and 12). The font file itself is embedded whole.
public struct TrueTypeFont: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notTrueType(String)
        case missingTable(String)
        case truncated(String)

        public var description: String {
            switch self {
            case let .notTrueType(what): "not a TrueType font: \(what)"
            case let .missingTable(tag): "the font has no '\(tag)' table"
            case let .truncated(tag): "the font's '\(tag)' table is cut short"
            }
        }
    }

    /// The file as read, embedded in the PDF as FontFile2.
    public let data: Data
    /// The PostScript name ("Tinos-Bold"), or a name derived from the file when the font has none.
    public let postScriptName: String
    public let unitsPerEm: Int
    public let ascent: Int
    public let descent: Int
    public let capHeight: Int
    /// xMin, yMin, xMax, yMax in font units.
    public let boundingBox: [Int]
    /// Degrees counter-clockwise from vertical (negative for a right-leaning italic).
    public let italicAngle: Double
    public let isBold: Bool
    public let glyphCount: Int
    private let advances: [UInt16]
    private let characterMap: [UInt32: UInt16]

    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure.notTrueType("cannot read \(path)")
        }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        try self.init(data: data, fallbackName: base)
    }

    public init(data: Data, fallbackName: String = "Font") throws {
        let bytes = [UInt8](data)
        let r = ByteReader(bytes)
        guard bytes.count >= 12 else { throw Failure.notTrueType("too short") }
        let version = r.u32(0)
        // 0x00010000 or "true": TrueType outlines (glyf), which FontFile2 requires.
        guard version == 0x0001_0000 || version == 0x7472_7565 else {
            throw Failure.notTrueType(String(format: "version 0x%08X", version))
        }
        var tables: [String: Range<Int>] = [:]
        let count = Int(r.u16(4))
        for i in 0..<count {
            let entry = 12 + 16 * i
            guard entry + 16 <= bytes.count else { throw Failure.truncated("table directory") }
            let tag = String(decoding: bytes[entry..<entry + 4], as: UTF8.self)
            let offset = Int(r.u32(entry + 8)), length = Int(r.u32(entry + 12))
            guard offset >= 0, length >= 0, offset + length <= bytes.count else { throw Failure.truncated(tag) }
            tables[tag] = offset..<offset + length
        }
        func table(_ tag: String, atLeast size: Int) throws -> Int {
            guard let range = tables[tag] else { throw Failure.missingTable(tag) }
            guard range.count >= size else { throw Failure.truncated(tag) }
            return range.lowerBound
        }
        guard tables["glyf"] != nil else { throw Failure.missingTable("glyf") }

        let head = try table("head", atLeast: 54)
        unitsPerEm = max(Int(r.u16(head + 18)), 16)
        boundingBox = [Int(r.i16(head + 36)), Int(r.i16(head + 38)), Int(r.i16(head + 40)), Int(r.i16(head + 42))]
        let macStyle = r.u16(head + 44)

        let maxp = try table("maxp", atLeast: 6)
        glyphCount = Int(r.u16(maxp + 4))

        let hhea = try table("hhea", atLeast: 36)
        var ascent = Int(r.i16(hhea + 4)), descent = Int(r.i16(hhea + 6))
        let metricCount = Int(r.u16(hhea + 34))

        var capHeight = ascent * 7 / 10
        var bold = macStyle & 1 != 0
        if let os2 = tables["OS/2"], os2.count >= 78 {
            let o = os2.lowerBound
            ascent = Int(r.i16(o + 68)); descent = Int(r.i16(o + 70))
            if r.u16(o) >= 2, os2.count >= 90 { capHeight = Int(r.i16(o + 88)) }
            bold = bold || r.u16(o + 4) >= 600
        }
        self.ascent = ascent; self.descent = descent; self.capHeight = capHeight; isBold = bold

        if let post = tables["post"], post.count >= 8 {
            italicAngle = Double(r.i32(post.lowerBound + 4)) / 65536
        } else {
            italicAngle = 0
        }

        let hmtx = try table("hmtx", atLeast: 4 * max(metricCount, 1))
        guard metricCount >= 1 else { throw Failure.truncated("hhea") }
        var advances = [UInt16](repeating: 0, count: max(glyphCount, metricCount))
        for g in 0..<advances.count {
            advances[g] = r.u16(hmtx + 4 * min(g, metricCount - 1))
        }
        self.advances = advances

        let cmap = try table("cmap", atLeast: 4)
        characterMap = try TrueTypeFont.readCharacterMap(r, at: cmap, end: tables["cmap"]!.upperBound)
        postScriptName = TrueTypeFont.readPostScriptName(r, table: tables["name"]) ?? fallbackName
        self.data = data
    }

    /// The glyph for a Unicode scalar, or nil when the font has none.
    public func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        guard let g = characterMap[scalar.value], g != 0, Int(g) < glyphCount else { return nil }
        return g
    }

    /// The advance width of a glyph in font units.
    public func advance(of glyph: UInt16) -> Int {
        Int(advances[min(Int(glyph), advances.count - 1)])
    }

    /// The advance in thousandths of the em, as PDF's W array and text space measure.
    public func advance1000(of glyph: UInt16) -> Int {
        (advance(of: glyph) * 1000 + unitsPerEm / 2) / unitsPerEm
    }

    // MARK: Reading

    /// Prefers a Unicode full-repertoire subtable (format 12), then a BMP one (format 4).
    private static func readCharacterMap(_ r: ByteReader, at cmap: Int, end: Int) throws -> [UInt32: UInt16] {
        let count = Int(r.u16(cmap + 2))
        var format4: Int?, format12: Int?
        for i in 0..<count {
            let e = cmap + 4 + 8 * i
            guard e + 8 <= end else { throw Failure.truncated("cmap") }
            let platform = r.u16(e), encoding = r.u16(e + 2)
            let offset = cmap + Int(r.u32(e + 4))
            guard offset + 4 <= end else { continue }
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode else { continue }
            switch r.u16(offset) {
            case 4 where format4 == nil: format4 = offset
            case 12 where format12 == nil: format12 = offset
            default: break
            }
        }
        var map: [UInt32: UInt16] = [:]
        if let o = format12 {
            let groups = Int(r.u32(o + 12))
            guard o + 16 + 12 * groups <= end else { throw Failure.truncated("cmap") }
            for i in 0..<groups {
                let g = o + 16 + 12 * i
                let start = r.u32(g), stop = r.u32(g + 4), glyph = r.u32(g + 8)
                guard start <= stop, stop <= 0x10FFFF else { continue }
                for c in start...stop { map[c] = UInt16(truncatingIfNeeded: glyph + (c - start)) }
            }
        } else if let o = format4 {
            let segments = Int(r.u16(o + 6)) / 2
            let ends = o + 14, starts = ends + 2 * segments + 2
            let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
            guard rangeOffsets + 2 * segments <= end else { throw Failure.truncated("cmap") }
            for s in 0..<segments {
                let stop = UInt32(r.u16(ends + 2 * s)), start = UInt32(r.u16(starts + 2 * s))
                let delta = r.u16(deltas + 2 * s), rangeOffset = Int(r.u16(rangeOffsets + 2 * s))
                guard start <= stop, start != 0xFFFF else { continue }
                for c in start...stop {
                    var glyph: UInt16
                    if rangeOffset == 0 {
                        glyph = UInt16(truncatingIfNeeded: c) &+ delta
                    } else {
                        // The offset is relative to its own place in the idRangeOffset array.
                        let at = rangeOffsets + 2 * s + rangeOffset + 2 * Int(c - start)
                        guard at + 2 <= end else { continue }
                        glyph = r.u16(at)
                        if glyph != 0 { glyph = glyph &+ delta }
                    }
                    if glyph != 0 { map[c] = glyph }
                }
            }
        }
        return map
    }

    /// Name id 6 from a Windows (UTF-16BE) or Macintosh (Roman) record.
    private static func readPostScriptName(_ r: ByteReader, table: Range<Int>?) -> String? {
        guard let t = table, t.count >= 6 else { return nil }
        let o = t.lowerBound
        let count = Int(r.u16(o + 2)), strings = o + Int(r.u16(o + 4))
        for i in 0..<count {
            let rec = o + 6 + 12 * i
            guard rec + 12 <= t.upperBound else { return nil }
            let platform = r.u16(rec), nameID = r.u16(rec + 6)
            let length = Int(r.u16(rec + 8)), offset = strings + Int(r.u16(rec + 10))
            guard nameID == 6, offset + length <= t.upperBound else { continue }
            var name = ""
            if platform == 3 || platform == 0 {
                var units: [UInt16] = []
                for k in stride(from: 0, to: length - 1, by: 2) { units.append(r.u16(offset + k)) }
                name = String(decoding: units, as: UTF16.self)
            } else {
                name = String(decoding: r.bytes[offset..<offset + length], as: UTF8.self)
            }
            // A PDF name keeps to printable ASCII without delimiters.
            let safe = name.unicodeScalars.filter { $0.value > 32 && $0.value < 127 && !"()<>[]{}/%#".unicodeScalars.contains($0) }
            if !safe.isEmpty { return String(String.UnicodeScalarView(safe)) }
        }
        return nil
    }
}

/// Big-endian reads that return 0 past the end rather than trapping: a damaged font gives wrong metrics, never a crash.
struct ByteReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u8(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }
    func u16(_ i: Int) -> UInt16 { UInt16(u8(i)) << 8 | UInt16(u8(i + 1)) }
    func i16(_ i: Int) -> Int16 { Int16(bitPattern: u16(i)) }
    func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) << 16 | UInt32(u16(i + 2)) }
    func i32(_ i: Int) -> Int32 { Int32(bitPattern: u32(i)) }
}
