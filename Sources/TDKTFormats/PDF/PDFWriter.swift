import Foundation

/// Writes laid-out pages as a PDF file: each font used embedded as a Type0 font (CIDFontType2, Identity-H,
/// glyph ids as character ids) with its widths and a ToUnicode map, so the text can be searched and copied.
public struct PDFWriter: Sendable {
    public let family: PDFFontFamily
    /// Deflates streams (FlateDecode).
    public var compress: Bool
    /// Embeds only the glyphs drawn (the rest of the font file is kept, its unused outlines emptied).
    public var subset: Bool

    public init(family: PDFFontFamily, compress: Bool = true, subset: Bool = true) {
        self.family = family; self.compress = compress; self.subset = subset
    }

    /// Lays the document out and writes it.
    public func render(_ doc: PDFDocument) -> Data {
        write(PDFLayout(family: family).layout(doc), setup: doc.page, title: doc.title)
    }

    /// Writes a document laid out a page at a time, laying out what is left: the bytes of `render`.
    public func write(_ flow: PDFPageFlow) -> Data {
        write(flow.allPages(), setup: flow.document.page, title: flow.document.title)
    }

    public func write(_ pages: [PDFPage], setup: PDFPageSetup, title: String) -> Data {
        let shaper = TextShaper(family: family)
        var out = PDFObjectWriter(compress: compress)
        let catalog = out.reserve(), pageTree = out.reserve(), info = out.reserve()
        var used = [FontUse](repeating: FontUse(), count: FontSlot.count)
        var fontObjects = [Int](repeating: 0, count: FontSlot.count)
        func fontObject(_ slot: Int) -> Int {
            if fontObjects[slot] == 0 { fontObjects[slot] = out.reserve() }
            return fontObjects[slot]
        }

        var pageObjects: [Int] = []
        for page in pages {
            let pageObject = out.reserve(), contents = out.reserve()
            pageObjects.append(pageObject)
            var ops = ""
            for line in page.lines {
                let n = PDFObjectWriter.number
                ops += "\(n(line.thickness)) w \(n(line.x1)) \(n(setup.height - line.y1)) m \(n(line.x2)) \(n(setup.height - line.y2)) l S\n"
            }
            var slotsOnPage = Set<Int>()
            for text in page.texts {
                let runs = shaper.shape(text.text, style: text.style)
                guard !runs.isEmpty else { continue }
                ops += "BT\n1 0 0 1 \(PDFObjectWriter.number(text.x)) \(PDFObjectWriter.number(setup.height - text.baseline)) Tm\n"
                for run in runs {
                    _ = fontObject(run.slot)
                    slotsOnPage.insert(run.slot)
                    used[run.slot].add(run)
                    ops += "/F\(run.slot) \(PDFObjectWriter.number(text.size)) Tf\n"
                    ops += showText(run, gapExtra: text.gapExtra, size: text.size) + "\n"
                }
                ops += "ET\n"
            }
            out.stream(contents, Data(ops.utf8))
            let fonts = slotsOnPage.sorted().map { "/F\($0) \(fontObject($0)) 0 R" }.joined(separator: " ")
            out.object(pageObject, "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(PDFObjectWriter.number(setup.width)) "
                + "\(PDFObjectWriter.number(setup.height))] /Resources << /Font << \(fonts) >> >> /Contents \(contents) 0 R >>")
        }

        var tagIndex = 0
        for slot in 0..<FontSlot.count where fontObjects[slot] != 0 {
            let font = shaper.font(slot: slot)
            let tag: String? = subset ? FontEmbedding.subsetTag(index: tagIndex, glyphs: used[slot].glyphs) : nil
            tagIndex += 1
            FontEmbedding.write(font: font, use: used[slot], object: fontObjects[slot], subsetTag: tag, into: &out)
        }

        out.object(pageTree, "<< /Type /Pages /Kids [\(pageObjects.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageObjects.count) >>")
        out.object(catalog, "<< /Type /Catalog /Pages \(pageTree) 0 R >>")
        out.object(info, "<< /Title \(PDFObjectWriter.textString(TextShaper.normalize(title))) /Producer (tdkt) >>")
        return out.finish(root: catalog, info: info)
    }

    /// A TJ array: two-byte glyph ids in hex; on a justified line, a negative adjustment after each run of
    /// spaces moves what follows right by `gapExtra` points (Tw does not apply to two-byte codes).
    private func showText(_ run: ShapedRun, gapExtra: Double, size: Double) -> String {
        var s = "[<"
        let adjust = gapExtra > 0.001 ? PDFObjectWriter.number(-gapExtra * 1000 / size) : nil
        for (i, glyph) in run.glyphs.enumerated() {
            s += String(format: "%04X", glyph)
            if let adjust, run.texts[i] == " ", i + 1 < run.texts.count, run.texts[i + 1] != " " {
                s += "> \(adjust) <"
            }
        }
        return s + ">] TJ"
    }
}

/// The glyphs a document draws in one font, and the text each stands for.
struct FontUse {
    var glyphs: Set<UInt16> = [0]
    var unicode: [UInt16: String] = [:]

    mutating func add(_ run: ShapedRun) {
        for (g, t) in zip(run.glyphs, run.texts) {
            glyphs.insert(g)
            if g != 0 && unicode[g] == nil { unicode[g] = t }
        }
    }
}
