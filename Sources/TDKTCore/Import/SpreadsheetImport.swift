import Foundation
import TDKTText
import TDKTFormats
#if canImport(Glibc)
import Glibc
#endif

/// An Excel workbook's sheet as the rows an importer reads: each row numbered as the spreadsheet numbers
/// it (so errors name the row a clerk sees), each cell as text — numbers without ".0", dates as dd/mm/yyyy.
public enum SpreadsheetImport {
    /// Zip archives (and so .xlsx files) begin with a local file header, "PK\u{3}\u{4}".
    static func isWorkbook(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Whether the file begins as a workbook does, from its first bytes only.
    public static func isWorkbookPath(_ path: String) -> Bool {
        guard let fd = try? ClerkFiles.access.openForReading(path) else { return false }
        defer { close(fd) }
        var source = DescriptorChunks(fd: fd, name: path)
        var head: [UInt8] = []
        while head.count < 4, let n = try? source.read(into: &head, max: 4 - head.count), n > 0 {}
        return isWorkbook(Data(head))
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
