import Foundation
import TDKTText
import TDKTFormats

/// An Excel workbook's sheet as the rows an importer reads: each row numbered as the spreadsheet numbers
/// it (so errors name the row a clerk sees), each cell as text — numbers without ".0", dates as dd/mm/yyyy.
public enum SpreadsheetImport {
    /// Zip archives (and so .xlsx files) begin with a local file header, "PK\u{3}\u{4}".
    static func isWorkbook(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    public static func isWorkbookPath(_ path: String) -> Bool {
        guard let data = try? ClerkFiles.access.read(path) else { return false }
        return isWorkbook(data)
    }

    static func table(_ data: Data, file: String, sheet: String?) throws -> CSVTable {
        let parsed: XlsxSheet
        do {
            parsed = try XlsxReader(data: data).sheet(named: sheet)
        } catch let e as XlsxError {
            switch e {
            case let .noSuchSheet(name, available):
                throw ImportProblem(file: file, line: nil, reason: Localized(
                    vi: "không có trang tính \"\(name)\"; có: \(available.joined(separator: ", "))",
                    en: "no sheet named \"\(name)\"; the sheets are: \(available.joined(separator: ", "))"))
            default:
                throw ImportProblem(file: file, line: nil, reason: Localized(vi: "không đọc được bảng tính: \(e)", en: "cannot read the workbook: \(e)"))
            }
        }
        let rows = parsed.rows.map { row in
            CSVRow(line: row.number, fields: row.cells.map { TextNormalization.clean($0?.text ?? "") })
        }
        return CSVTable(delimiter: ",", rows: rows)
    }
}
