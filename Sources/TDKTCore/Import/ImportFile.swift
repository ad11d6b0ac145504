import Foundation
import TDKTText

/// Reading an import file: bytes decoded, CSV parsed, every field cleaned.
public enum ImportFile {
    public static func read(data: Data, file: String, encoding: VietnameseEncoding? = nil) throws -> (table: CSVTable, encoding: DecodedText) {
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

    public static func read(path: String, encoding: VietnameseEncoding? = nil) throws -> (table: CSVTable, encoding: DecodedText) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportProblem(file: path, line: nil, reason: Localized(vi: "không đọc được tệp", en: "cannot read the file"))
        }
        return try read(data: data, file: (path as NSString).lastPathComponent, encoding: encoding)
    }
}
