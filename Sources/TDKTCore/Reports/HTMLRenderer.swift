import Foundation
import TDKTText

/// HTML laid out for A4 as Decree 30/2020/NĐ-CP asks: Times New Roman, margins top and bottom 20 mm,
/// left 30 mm, right 15 mm; page numbers centred at the top from page 2 (for paged-media printers);
/// the issuing body under its parent on the left, the national motto on the right, number and symbol,
/// place and date, title, content, recipients and signature. Every text is cleaned and escaped.
public struct HTMLRenderer: Sendable {
    public var frame: DocumentFrame

    public init(frame: DocumentFrame) { self.frame = frame }

    /// Removes control and bidi characters (TextNormalization.clean) and escapes for HTML text and attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        for ch in TextNormalization.clean(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let style = """
    @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
      @top-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 13pt; } }
    @page :first { @top-center { content: none; } }
    html, body { margin: 0; padding: 0; }
    body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.3; color: #000; background: #fff; }
    table.frame { width: 100%; border-collapse: collapse; }
    table.frame td { vertical-align: top; text-align: center; padding: 0; }
    td.issuer { width: 40%; font-size: 13pt; }
    td.motto { width: 60%; }
    .parent { text-transform: uppercase; }
    .issuing { text-transform: uppercase; font-weight: bold; }
    .nation { text-transform: uppercase; font-weight: bold; font-size: 13pt; }
    .tagline { font-weight: bold; font-size: 14pt; }
    .rule { display: inline-block; border-top: 1px solid #000; width: 35%; height: 0; margin-top: 2pt; }
    .tagline + .rule { width: 55%; }
    .number { font-size: 13pt; margin-top: 6pt; }
    .place-date { font-style: italic; margin-top: 6pt; }
    .form-code { text-align: left; font-size: 12pt; }
    h1.type { text-align: center; font-size: 14pt; font-weight: bold; margin: 18pt 0 0 0; text-transform: uppercase; }
    p.subject { text-align: center; font-weight: bold; margin: 0 0 12pt 0; }
    h2 { font-size: 14pt; font-weight: bold; margin: 12pt 0 4pt 0; }
    h3 { font-size: 14pt; font-weight: bold; margin: 8pt 0 4pt 0; }
    h4 { font-size: 14pt; font-weight: bold; font-style: italic; margin: 6pt 0 4pt 0; }
    p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt 0; }
    p.caption { text-indent: 0; font-style: italic; text-align: center; margin-top: 6pt; }
    p.placeholder { font-style: italic; }
    div.dots { border-bottom: 1px dotted #000; height: 1.3em; }
    table.data { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 2pt 0 8pt 0; }
    table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
    table.data th { font-weight: bold; text-align: center; }
    table.data thead { display: table-header-group; }
    table.data tr { page-break-inside: avoid; }
    table.data td.num { text-align: right; white-space: nowrap; }
    table.data tr.total td { font-weight: bold; }
    table.closing { width: 100%; border-collapse: collapse; margin-top: 12pt; page-break-inside: avoid; }
    table.closing td { vertical-align: top; padding: 0; }
    td.recipients { width: 50%; font-size: 11pt; }
    td.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
    td.recipients ul { list-style: none; margin: 0; padding: 0; }
    td.recipients li::before { content: "- "; }
    td.signature { width: 50%; text-align: center; }
    .authority { font-weight: bold; text-transform: uppercase; }
    .signer { font-weight: bold; margin-top: 60pt; }
    """

    public func render(_ doc: ReportDocument) -> String {
        let e = HTMLRenderer.escape
        var h = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<title>\(e(doc.typeName + " " + doc.subject))</title>\n<style>\n\(HTMLRenderer.style)\n</style>\n</head>\n<body>\n"
        if doc.isOfficial {
            h += header(doc)
        } else {
            h += "<h1 class=\"type\">\(e(doc.typeName))</h1>\n<p class=\"subject\">\(e(doc.subject))</p>\n"
        }
        h += "<main>\n"
        for block in doc.blocks { h += render(block) }
        h += "</main>\n"
        if doc.isOfficial { h += doc.formCode == nil ? closing() : formClosing() }
        if !doc.annex.isEmpty {
            h += "<section class=\"annex\" style=\"page-break-before: always\">\n"
            for block in doc.annex { h += render(block) }
            h += "</section>\n"
        }
        h += "</body>\n</html>\n"
        return h
    }

    func header(_ doc: ReportDocument) -> String {
        let e = HTMLRenderer.escape
        var h = "<header>\n"
        if let code = doc.formCode {
            h += "<table class=\"frame\"><tr>\n<td class=\"issuer form-code\">\(e(code))<br>Ban hành kèm theo Thông tư số 02/2023/TT-BNV<br>Ngày nhận báo cáo: 15 tháng 12</td>\n"
            h += "<td class=\"motto\"><div>Đơn vị báo cáo: \(e(frame.issuingBody))</div><div>Đơn vị nhận báo cáo: Bộ Nội vụ</div></td>\n</tr></table>\n"
        } else {
            h += "<table class=\"frame\"><tr>\n<td class=\"issuer\">"
            h += "<div class=\"parent\">\(e(frame.parentBody.uppercased()))</div>"
            h += "<div class=\"issuing\">\(e(frame.issuingBody.uppercased()))</div><div class=\"rule\"></div>"
            h += "<div class=\"number\">\(e(frame.numberLine(typeAbbreviation: doc.typeAbbreviation)))</div></td>\n"
            h += "<td class=\"motto\"><div class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>"
            h += "<div class=\"tagline\">Độc lập - Tự do - Hạnh phúc</div><div class=\"rule\"></div>"
            h += "<div class=\"place-date\">\(e(frame.placeAndDateLine))</div></td>\n</tr></table>\n"
        }
        h += "<h1 class=\"type\">\(e(doc.typeName))</h1>\n<p class=\"subject\">\(e(doc.subject))</p>\n</header>\n"
        return h
    }

    func render(_ block: ReportDocument.Block) -> String {
        let e = HTMLRenderer.escape
        switch block {
        case let .heading(text, level):
            let tag = "h\(min(level + 1, 4))"
            return "<\(tag)>\(e(text))</\(tag)>\n"
        case let .paragraph(text):
            return "<p>\(e(text))</p>\n"
        case let .placeholder(note):
            return "<section class=\"placeholder\"><p class=\"placeholder\">(\(e(note)))</p>"
                + String(repeating: "<div class=\"dots\"></div>", count: 4) + "</section>\n"
        case let .table(t):
            var h = ""
            if let c = t.caption { h += "<p class=\"caption\">\(e(c))</p>\n" }
            h += "<table class=\"data\">\n<thead><tr>" + t.headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for (i, row) in t.rows.enumerated() {
                h += t.totalRows.contains(i) ? "<tr class=\"total\">" : "<tr>"
                for (j, cell) in row.enumerated() {
                    let indent = cell.prefix { $0 == " " }.count
                    let style = indent > 0 && !t.numeric.contains(j) ? " style=\"padding-left: \(indent / 2 + 1)em\"" : ""
                    h += t.numeric.contains(j) ? "<td class=\"num\">\(e(cell))</td>" : "<td\(style)>\(e(cell.trimmingCharacters(in: .whitespaces)))</td>"
                }
                h += "</tr>\n"
            }
            return h + "</tbody>\n</table>\n"
        }
    }

    func closing() -> String {
        let e = HTMLRenderer.escape
        var h = "<table class=\"closing\"><tr>\n<td class=\"recipients\"><div class=\"label\">Nơi nhận:</div><ul>"
        h += frame.recipients.map { "<li>\(e($0))</li>" }.joined()
        h += "</ul></td>\n<td class=\"signature\">"
        h += frame.signature.map { "<div class=\"authority\">\(e($0))</div>" }.joined()
        h += "<div class=\"signer\">\(frame.signerName.isEmpty ? "&nbsp;" : e(frame.signerName))</div></td>\n</tr></table>\n"
        return h
    }

    /// Statistics forms end with the compiler and the head of the unit.
    func formClosing() -> String {
        let e = HTMLRenderer.escape
        return "<table class=\"closing\"><tr>\n<td class=\"signature\"><div class=\"authority\">NGƯỜI LẬP BIỂU</div>"
            + "<div><i>(Ký, ghi rõ họ tên)</i></div></td>\n<td class=\"signature\"><div class=\"place-date\">\(e(frame.placeAndDateLine))</div>"
            + "<div class=\"authority\">THỦ TRƯỞNG ĐƠN VỊ</div><div><i>(Ký, đóng dấu, ghi rõ họ tên)</i></div>"
            + "<div class=\"signer\">\(frame.signerName.isEmpty ? "&nbsp;" : e(frame.signerName))</div></td>\n</tr></table>\n"
    }
}
