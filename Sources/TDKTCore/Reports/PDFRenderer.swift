import Foundation
import TDKTText
import TDKTFormats

/// A report as a PDF in the layout of Decree 30/2020/NĐ-CP, appendix I: A4, margins top and bottom 20 mm,
/// left 30 mm, right 15 mm; the issuing body under its parent at the top left with a short rule, the national
/// motto at the top right, number and symbol, place and date in italics, the title and summary, the content,
/// then "Nơi nhận" at the bottom left beside the signature. Page numbers are centred in the top margin from
/// page 2. Every text from the data is cleaned of control characters first.
public struct PDFRenderer: Sendable {
    public var frame: DocumentFrame

    public init(frame: DocumentFrame) { self.frame = frame }

    /// The installed serif family (Tinos, Liberation Serif or DejaVu Serif), read once.
    static let family: PDFFontFamily? = PDFFontFamily.system()

    public static func fontFamily() throws -> PDFFontFamily {
        guard let f = family else {
            throw ReportError(vi: "không tìm thấy phông chữ để in PDF (cài gói fonts-croscore hoặc fonts-liberation2)",
                              en: "no font for PDF found (install fonts-croscore or fonts-liberation2)")
        }
        return f
    }

    public func render(_ doc: ReportDocument) throws -> Data {
        PDFWriter(family: try PDFRenderer.fontFamily()).render(document(doc))
    }

    /// The pages as they will print (for a preview).
    public func pages(_ doc: ReportDocument) throws -> [PDFPage] {
        PDFLayout(family: try PDFRenderer.fontFamily()).layout(document(doc))
    }

    /// The pages as they will print, laid out as they are asked for (a preview's first page at once).
    /// `whole` false: `doc` is a report's opening (`Reports.opening`), the first blocks of a document that
    /// goes on; its pages are laid out without the document's end (the signature kept with the last lines).
    public func pageFlow(_ doc: ReportDocument, whole: Bool = true) throws -> PDFPageFlow {
        PDFPageFlow(layout: PDFLayout(family: try PDFRenderer.fontFamily()), document: document(doc, whole: whole))
    }

    static func clean(_ s: String) -> String { TextNormalization.clean(s) }

    /// The document model handed to the PDF writer; `whole` false: without its end (`pageFlow`).
    public func document(_ doc: ReportDocument, whole: Bool = true) -> PDFDocument {
        var blocks: [PDFBlock] = []
        if doc.isOfficial {
            blocks += doc.formCode == nil ? header(doc) : formHeader(doc)
        } else {
            blocks.append(.paragraph(PDFParagraph(PDFRenderer.clean(frame.issuingBody).uppercased(), style: .bold, size: 12)))
        }
        blocks.append(.paragraph(PDFParagraph(PDFRenderer.clean(doc.typeName), style: .bold, size: 14, alignment: .center,
                                              spaceBefore: 18, keepWithNext: true)))
        blocks.append(.paragraph(PDFParagraph(PDFRenderer.clean(doc.subject), style: .bold, size: 14, alignment: .center,
                                              spaceAfter: 14, keepWithNext: true, rule: doc.isOfficial ? .textFraction(0.35) : nil)))
        for block in doc.blocks { blocks += render(block) }
        let title = PDFRenderer.clean(doc.typeName + " " + doc.subject)
        // An opening goes on in the document: nothing of the end is kept with its last lines.
        guard whole else { return PDFDocument(blocks: blocks, title: title) }
        if doc.isOfficial {
            // The last lines of the content go with the signature, which is never left alone on a page.
            if let i = blocks.lastIndex(where: { if case .paragraph = $0 { true } else { false } }), i == blocks.count - 1,
               case var .paragraph(p) = blocks[i] {
                p.keepWithNext = true
                blocks[i] = .paragraph(p)
            }
            blocks.append(doc.formCode == nil ? closing() : formClosing())
            if !doc.annex.isEmpty {
                blocks.append(.pageBreak)
                for block in doc.annex { blocks += render(block) }
            }
        } else {
            blocks.append(.paragraph(PDFParagraph(frame.placeAndDateLine, style: .italic, size: 12, alignment: .right, spaceBefore: 8)))
        }
        return PDFDocument(blocks: blocks, title: title)
    }

    // MARK: Head and foot

    func header(_ doc: ReportDocument) -> [PDFBlock] {
        let c = PDFRenderer.clean
        let parent = c(frame.parentBody).uppercased()
        let issuer = PDFColumns.Column(weight: 0.42, paragraphs: (parent.isEmpty ? [] : [PDFParagraph(parent, size: 12.5, alignment: .center)]) + [
            PDFParagraph(c(frame.issuingBody).uppercased(), style: .bold, size: 12.5, alignment: .center, rule: .textFraction(0.4)),
            PDFParagraph(frame.numberLine(typeAbbreviation: doc.typeAbbreviation), size: 13, alignment: .center, spaceBefore: 4),
        ])
        let motto = PDFColumns.Column(weight: 0.58, paragraphs: [
            PDFParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: .bold, size: 12, alignment: .center),
            PDFParagraph("Độc lập - Tự do - Hạnh phúc", style: .bold, size: 13.5, alignment: .center, rule: .textWidth),
            PDFParagraph(frame.placeAndDateLine, style: .italic, size: 13.5, alignment: .center, spaceBefore: 4),
        ])
        return [.columns(PDFColumns([issuer, motto]))]
    }

    /// Statistics forms (Circular 02/2023/TT-BNV): the form's code and the reporting and receiving units.
    func formHeader(_ doc: ReportDocument) -> [PDFBlock] {
        let c = PDFRenderer.clean
        let left = PDFColumns.Column(weight: 0.45, paragraphs: [
            PDFParagraph(c(doc.formCode ?? ""), style: .bold, size: 12),
            PDFParagraph("Ban hành kèm theo Thông tư số 02/2023/TT-BNV", size: 11),
            PDFParagraph("Ngày nhận báo cáo: 15 tháng 12", size: 11),
        ])
        let right = PDFColumns.Column(weight: 0.55, paragraphs: [
            PDFParagraph("Đơn vị báo cáo: " + c(frame.issuingBody), size: 12),
            PDFParagraph("Đơn vị nhận báo cáo: Bộ Nội vụ", size: 12),
        ])
        return [.columns(PDFColumns([left, right]))]
    }

    func closing() -> PDFBlock {
        let c = PDFRenderer.clean
        var recipients = [PDFParagraph("Nơi nhận:", style: .boldItalic, size: 12)]
        recipients += frame.recipients.map { PDFParagraph("- " + c($0), size: 11) }
        var signature = frame.signature.map { PDFParagraph(c($0), style: .bold, size: 13.5, alignment: .center) }
        signature.append(PDFParagraph(" ", size: 13.5, spaceAfter: 56))
        signature.append(PDFParagraph(frame.signerName.isEmpty ? " " : c(frame.signerName), style: .bold, size: 13.5, alignment: .center))
        return .columns(PDFColumns([.init(weight: 0.5, paragraphs: recipients), .init(weight: 0.5, paragraphs: signature)],
                                   spaceBefore: 12, keepWithPrevious: true))
    }

    func formClosing() -> PDFBlock {
        let compiler = [PDFParagraph(" ", size: 13),
                        PDFParagraph("NGƯỜI LẬP BIỂU", style: .bold, size: 13, alignment: .center),
                        PDFParagraph("(Ký, ghi rõ họ tên)", style: .italic, size: 12, alignment: .center)]
        let head = [PDFParagraph(frame.placeAndDateLine, style: .italic, size: 13, alignment: .center),
                    PDFParagraph("THỦ TRƯỞNG ĐƠN VỊ", style: .bold, size: 13, alignment: .center),
                    PDFParagraph("(Ký, đóng dấu, ghi rõ họ tên)", style: .italic, size: 12, alignment: .center, spaceAfter: 50),
                    PDFParagraph(frame.signerName.isEmpty ? " " : PDFRenderer.clean(frame.signerName), style: .bold, size: 13,
                                 alignment: .center)]
        return .columns(PDFColumns([.init(weight: 0.4, paragraphs: compiler), .init(weight: 0.6, paragraphs: head)], spaceBefore: 12,
                                   keepWithPrevious: true))
    }

    // MARK: Content

    func render(_ block: ReportDocument.Block) -> [PDFBlock] {
        let c = PDFRenderer.clean
        switch block {
        case let .heading(text, level):
            let style: PDFFontStyle = level >= 3 ? .boldItalic : .bold
            return [.paragraph(PDFParagraph(c(text), style: style, size: 14, alignment: .justify,
                                            firstLineIndent: level == 1 ? 0 : 28, spaceBefore: level == 1 ? 10 : 6, spaceAfter: 4,
                                            keepWithNext: true))]
        case let .paragraph(text):
            return [.paragraph(PDFParagraph(c(text), size: 14, alignment: .justify, firstLineIndent: 28, spaceAfter: 6))]
        case let .placeholder(note):
            var out: [PDFBlock] = [.paragraph(PDFParagraph("(\(c(note)))", style: .italic, size: 14, alignment: .justify,
                                                           firstLineIndent: 28, keepWithNext: true))]
            // Dotted lines to write on, as wide as the text block.
            let dots = dottedLine(size: 14)
            for _ in 0..<4 {
                out.append(.paragraph(PDFParagraph([PDFSpan(dots)], size: 14, leading: 1.5)))
            }
            return out
        case let .table(t):
            var out: [PDFBlock] = []
            if let caption = t.caption {
                out.append(.paragraph(PDFParagraph(c(caption), style: .italic, size: 13, alignment: .center, spaceBefore: 4,
                                                   spaceAfter: 2, keepWithNext: true)))
            }
            // The columns a printed page shows (record ids stay in CSV); text is wrapped, never cut.
            let shown = (t.textColumns ?? Array(t.headers.indices)).filter { $0 < t.headers.count }
            let size: Double = shown.count > 8 ? 9.5 : shown.count > 6 ? 10.5 : 11.5
            let columns = shown.map { PDFTable.Column(alignment: t.numeric.contains($0) ? .right : .left) }
            let rows = t.rows.enumerated().map { i, row in
                // Indented labels (form rows) keep their indent as non-breaking spaces.
                PDFTable.Row(shown.map { j in
                    let cell = j < row.count ? row[j] : ""
                    let indent = cell.prefix { $0 == " " }.count
                    return String(repeating: "\u{00A0}", count: indent * 2) + c(TextNormalization.trimmingSpaces(cell))
                }, bold: t.totalRows.contains(i))
            }
            out.append(.table(PDFTable(columns: columns, header: shown.map { c(t.headers[$0]) }, rows: rows, size: size)))
            return out
        }
    }

    /// Dots and spaces as wide as the text block at a size.
    private func dottedLine(size: Double) -> String {
        guard let family = PDFRenderer.family else { return String(repeating: ". ", count: 60) }
        let layout = PDFLayout(family: family)
        let width = PDFPageSetup.a4Decree30.contentWidth - 1
        let unit = max(layout.width(". ", size: size), 1)
        return String(repeating: ". ", count: Int(width / unit)).trimmingCharacters(in: .whitespaces)
    }
}
