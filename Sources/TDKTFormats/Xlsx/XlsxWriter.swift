import Foundation

/// A cell to write. Numbers stay numbers; the style only chooses how they are shown.
public enum XlsxCell: Sendable, Equatable {
    case text(String)
    case number(Double, XlsxNumberStyle = .general)
    case date(XlsxDate)
    case boolean(Bool)
    case empty
}

public enum XlsxNumberStyle: Sendable, Equatable {
    case general
    /// Thousands separated, no decimals ("#,##0"): amounts of money in đồng.
    case thousands
    /// Two decimals ("0.00"): scores.
    case decimal
}

/// One sheet to write: the first row is the header, shown bold and frozen while scrolling.
public struct XlsxWorksheet: Sendable {
    public var name: String
    public var rows: [[XlsxCell]]
    public init(name: String, rows: [[XlsxCell]]) { self.name = name; self.rows = rows }
}

/// Writes SpreadsheetML workbooks: shared strings, a fixed set of cell styles (header, thousands,
/// decimal, date), a frozen header row and column widths sized to their content.
public enum XlsxWriter {
    // Indexes into cellXfs written by `styles`.
    static let headerStyle = 1, thousandsStyle = 2, dateStyle = 3, decimalStyle = 4

    public static func write(_ sheets: [XlsxWorksheet], modified: Date = Date()) -> Data {
        var zip = ZipWriter(modified: modified)
        var strings = SharedStrings()
        let names = sheetNames(sheets.map(\.name))
        zip.add("[Content_Types].xml", text: contentTypes(count: sheets.count))
        zip.add("_rels/.rels", text: packageRelationships)
        zip.add("docProps/app.xml", text: appProperties)
        zip.add("xl/workbook.xml", text: workbook(names))
        zip.add("xl/_rels/workbook.xml.rels", text: workbookRelationships(count: sheets.count))
        zip.add("xl/styles.xml", text: styles)
        for (i, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(i + 1).xml", text: worksheet(sheet.rows, strings: &strings))
        }
        zip.add("xl/sharedStrings.xml", text: strings.xml)
        return zip.finish()
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of []:*?/\, unique, not empty.
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        return wanted.enumerated().map { i, w in
            var name = String(w.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
                .trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if name.isEmpty { name = "Sheet\(i + 1)" }
            var candidate = name, n = 2
            while used.contains(candidate.lowercased()) { candidate = String(name.prefix(27)) + " (\(n))"; n += 1 }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    static func worksheet(_ rows: [[XlsxCell]], strings: inout SharedStrings) -> String {
        let columnCount = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columnCount)
        var body = ""
        body.reserveCapacity(rows.count * columnCount * 24)
        for (r, row) in rows.enumerated() {
            body += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                widths[c] = max(widths[c], displayWidth(cell))
                let ref = CellReference.letters(c) + String(r + 1)
                switch cell {
                case .empty: continue
                case .text(let s):
                    let style = r == 0 ? " s=\"\(headerStyle)\"" : ""
                    body += "<c r=\"\(ref)\"\(style) t=\"s\"><v>\(strings.index(of: s))</v></c>"
                case .number(let d, let numberStyle):
                    guard d.isFinite else { continue }
                    let style: String
                    switch numberStyle {
                    case .general: style = ""
                    case .thousands: style = " s=\"\(thousandsStyle)\""
                    case .decimal: style = " s=\"\(decimalStyle)\""
                    }
                    body += "<c r=\"\(ref)\"\(style)><v>\(XlsxValue.format(d))</v></c>"
                case .date(let date):
                    body += "<c r=\"\(ref)\" s=\"\(dateStyle)\"><v>\(XlsxValue.format(ExcelDate.serial(of: date)))</v></c>"
                case .boolean(let b):
                    body += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                }
            }
            body += "</row>"
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        if columnCount > 0 {
            xml += "<dimension ref=\"A1:\(CellReference.letters(columnCount - 1))\(max(rows.count, 1))\"/>"
        }
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if rows.count > 1 {
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if columnCount > 0 {
            xml += "<cols>"
            for (c, w) in widths.enumerated() {
                // Character widths plus room for padding and the header's bold face; very long text wraps at 60.
                let width = min(max(w, 4) + 2, 60)
                xml += "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>" + body + "</sheetData>"
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
        return xml
    }

    /// Roughly how many character cells the value takes once formatted.
    static func displayWidth(_ cell: XlsxCell) -> Int {
        switch cell {
        case .empty: return 0
        case .text(let s): return s.split(separator: "\n").map(\.count).max() ?? 0
        case .number(let d, let style):
            let digits = XlsxValue.format(d.rounded()).count
            switch style {
            case .general: return XlsxValue.format(d).count
            case .thousands: return digits + max(0, (digits - 1) / 3)
            case .decimal: return digits + 3
            }
        case .date: return 10
        case .boolean: return 5
        }
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func contentTypes(count: Int) -> String {
        var xml = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in stride(from: 1, through: count, by: 1) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    static let packageRelationships = header + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static let appProperties = header
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>tdkt</Application></Properties>"

    static func workbook(_ names: [String]) -> String {
        var xml = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    static func workbookRelationships(count: Int) -> String {
        var xml = header + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        for i in 0..<count {
            xml += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(count + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// cellXfs: 0 default, 1 bold header, 2 "#,##0" (built-in 3), 3 dd/mm/yyyy (custom 164), 4 "0.00" (built-in 2).
    static let styles = header + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"5\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}

/// The shared string table: each distinct text once, referred to by index.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var ordered: [String] = []
    private var references = 0

    mutating func index(of s: String) -> Int {
        references += 1
        if let i = indexes[s] { return i }
        indexes[s] = ordered.count
        ordered.append(s)
        return ordered.count - 1
    }

    var xml: String {
        var xml = XlsxWriter.header
        xml += "<sst xmlns=\"\(XlsxWriter.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(ordered.count)\">"
        for s in ordered {
            let keepSpace = s.first == " " || s.last == " " || s.contains("\n") || s.contains("\t")
            xml += keepSpace ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            xml += XMLText.escape(s) + "</t></si>"
        }
        return xml + "</sst>"
    }
}

enum XMLText {
    /// Escapes markup characters and drops characters XML 1.0 cannot carry (control codes, lone surrogates).
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(u)
            case "\r": continue
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
