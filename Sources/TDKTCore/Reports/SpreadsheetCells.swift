import Foundation
import TDKTText
import TDKTFormats

/// Typed cells for spreadsheets and CSV: a report's numeric columns hold text such as "1.490.000" or
/// "+3" (as documents write them); a spreadsheet needs the number itself.
public enum SpreadsheetCells {
    /// The integer a report wrote as "1.490.000", "-2", "+3" or "12"; nil for anything else.
    /// `grouped` says whether it was written with thousands separators (an amount of money).
    public static func number(_ text: String) -> (value: Int, grouped: Bool)? {
        var t = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if t.first == "+" || t.first == "-" { negative = t.first == "-"; t = t.dropFirst() }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        let groups = t.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            // Thousands groups: 1–3 digits, then groups of exactly 3.
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard let n = Int(groups.joined()) else { return nil }
        return (negative ? -n : n, groups.count > 1)
    }

    /// Points as Vietnamese text writes them, "95,50" or "-1,5"; nil for anything else.
    public static func decimalComma(_ text: String) -> Double? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, Int(parts[0]) != nil, !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Double(parts[0] + "." + parts[1])
    }

    /// A cell of a numeric column as a spreadsheet cell: a number when it reads as one, else text.
    public static func cell(_ text: String, numeric: Bool) -> XlsxCell {
        let clean = TextNormalization.clean(text)
        if clean.isEmpty { return .empty }
        if numeric, let n = number(clean) { return .number(Double(n.value), n.grouped ? .thousands : .general) }
        if numeric, let d = decimalComma(clean) { return .number(d, .decimal) }
        if let date = date(clean) { return .date(date) }
        return .text(clean)
    }

    /// A date as the program writes it, "dd/mm/yyyy" (CivilDate.display), and nothing else.
    public static func date(_ text: String) -> XlsxDate? {
        let u = Array(text.utf8)
        guard u.count == 10, u[2] == UInt8(ascii: "/"), u[5] == UInt8(ascii: "/") else { return nil }
        guard let d = Int(text.prefix(2)), let m = Int(text.dropFirst(3).prefix(2)), let y = Int(text.suffix(4)),
              let civil = try? CivilDate.parse(text), civil == CivilDate(y, m, d) else { return nil }
        return XlsxDate(year: y, month: m, day: d)
    }

    /// A cell of a numeric column as CSV wants it: the plain number ("135300000", "-2"), so that a
    /// spreadsheet sums it; other text unchanged.
    public static func csvText(_ text: String, numeric: Bool) -> String {
        guard numeric, let n = number(text) else { return text }
        return String(n.value)
    }

    /// A header row and typed rows as one worksheet.
    static func worksheet(name: String, headers: [String], rows: [[String]], numeric: Set<Int>, moneyRows: Set<Int> = [],
                          moneyColumns: Set<Int> = []) -> XlsxWorksheet {
        XlsxWorksheet(name: name, rows: [headers.map { .text(TextNormalization.clean($0)) }]
            + rows.enumerated().map { r, row in
                row.enumerated().map { c, text in
                    let value = cell(text, numeric: numeric.contains(c))
                    if moneyRows.contains(r) || moneyColumns.contains(c), case let .number(n, _) = value { return .number(n, .thousands) }
                    return value
                }
            })
    }
}

extension TextTable {
    /// The table as an Excel workbook of one sheet; numeric columns hold numbers.
    public func xlsx(sheetName: String = "tdkt") -> Data {
        XlsxWriter.write([SpreadsheetCells.worksheet(name: sheetName, headers: headers, rows: rows, numeric: numeric)])
    }
}

extension Reports {
    /// A report as an Excel workbook: one sheet per table, named after its caption ("Bảng 5"), numbers as
    /// numbers and money with thousands separators. The text of a document (headings, paragraphs) stays in
    /// the text and HTML formats.
    public static func xlsx(_ doc: ReportDocument) -> Data {
        // A document with an export table (a decision's recipients and amounts) gives that, as its CSV does.
        if let t = doc.dataTable {
            return XlsxWriter.write([SpreadsheetCells.worksheet(name: doc.typeName, headers: t.headers, rows: t.rows, numeric: t.numeric,
                                                                moneyRows: t.moneyRows, moneyColumns: t.moneyColumns)])
        }
        var sheets: [XlsxWorksheet] = []
        for (i, t) in doc.tables.enumerated() {
            var name = doc.tables.count == 1 ? doc.typeName : "\(i + 1)"
            if let caption = t.caption {
                // "Bảng 5. Khen thưởng theo..." → "Bảng 5"
                name = caption.split(separator: ".").first.map(String.init) ?? caption
            }
            sheets.append(SpreadsheetCells.worksheet(name: name, headers: t.headers, rows: t.rows, numeric: t.numeric, moneyRows: t.moneyRows,
                                                         moneyColumns: t.moneyColumns))
        }
        if sheets.isEmpty { sheets.append(XlsxWorksheet(name: doc.typeName, rows: [[.text(doc.subject)]])) }
        return XlsxWriter.write(sheets)
    }
}
