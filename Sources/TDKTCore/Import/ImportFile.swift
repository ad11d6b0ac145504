import Foundation
import TDKTText

/// Reading an import file: an Excel workbook's sheet, or CSV bytes decoded and parsed; every field cleaned.
public enum ImportFile {
    public static func read(data: Data, file: String, encoding: VietnameseEncoding? = nil,
                            sheet: String? = nil) throws -> (table: CSVTable, encoding: DecodedText) {
        if SpreadsheetImport.isWorkbook(data) {
            return (try SpreadsheetImport.table(data, file: file, sheet: sheet), DecodedText(text: "", encoding: .utf8, detected: false))
        }
        if let sheet {
            throw ImportProblem(file: file, line: nil, reason: Localized(vi: "--sheet \(sheet): tệp không phải bảng tính Excel (.xlsx)",
                                                                         en: "--sheet \(sheet): the file is not an Excel workbook (.xlsx)"))
        }
        // Detection decodes the whole file one way; first make sure its lines agree.
        if encoding == nil { try EncodingConsistency.check(data, file: file) }
        var decoded: DecodedText
        do {
            decoded = try VietnameseDecoder.decode(data, as: encoding)
        } catch let e as TextDecodingError {
            throw ImportProblem(file: file, line: e.line, reason: e.reason)
        }
        var table = try CSVReader.parse(decoded.text, file: file)
        for r in table.rows.indices { table.rows[r].fields = table.rows[r].fields.map { TextNormalization.clean($0) } }
        decoded.text = ""
        return (table, decoded)
    }

    public static func read(path: String, encoding: VietnameseEncoding? = nil, sheet: String? = nil) throws -> (table: CSVTable, encoding: DecodedText) {
        let data = try ImportFile.bytes(path)
        return try read(data: data, file: (path as NSString).lastPathComponent, encoding: encoding, sheet: sheet)
    }

    /// The bytes of a clerk's file (read by the clerk's own process when the program runs in the server).
    public static func bytes(_ path: String) throws -> Data {
        do { return try ClerkFiles.access.read(path) } catch let e as ClerkFileError {
            throw ImportProblem(file: path, line: nil, reason: e.message)
        }
    }
}
