import Foundation
import TDKTText

/// One record of a CSV file with the 1-based line it starts on (a quoted field may span lines).
public struct CSVRow: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
    public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }
    /// True when every field is blank (Excel writes such rows at the end of a sheet).
    public var isBlank: Bool { fields.allSatisfy { TextNormalization.isBlank($0) } }
}

/// A parsed CSV file: the delimiter found and every record, header included.
public struct CSVTable: Sendable, Equatable {
    public var delimiter: Character
    public var rows: [CSVRow]
}

/// RFC 4180 CSV: fields in double quotes may hold the delimiter, quotes ("") and line breaks;
/// records end with CRLF or LF; a leading BOM is dropped; the delimiter (comma, semicolon — Excel in
/// Vietnamese locales writes ';' — or tab) is detected from the first record unless given.
public enum CSVReader {
    public static func parse(_ text: String, delimiter given: Character? = nil, file: String = "CSV") throws -> CSVTable {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let delimiter = given ?? detectDelimiter(scalars)
        let sep = delimiter.unicodeScalars.first!
        var rows: [CSVRow] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, rowLine = 1
        var i = 0
        var inQuotes = false, quotedStart = 0
        var fieldWasQuoted = false
        func endField() { fields.append(String(field)); field = String.UnicodeScalarView(); fieldWasQuoted = false }
        func endRow() { endField(); rows.append(CSVRow(line: rowLine, fields: fields)); fields = [] }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    inQuotes = false; i += 1; continue
                }
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { field.append("\n"); line += 1; i += 2; continue }
                if c == "\n" || c == "\r" { field.append("\n"); line += 1; i += 1; continue }
                field.append(c); i += 1; continue
            }
            switch c {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true; fieldWasQuoted = true; quotedStart = line; i += 1
            case sep:
                endField(); i += 1
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                i += 1
                endRow(); line += 1; rowLine = line
            default:
                // A quote inside an unquoted field, or text after a closing quote, is kept as written.
                field.append(c); i += 1
            }
        }
        if inQuotes {
            throw ImportProblem(file: file, line: quotedStart, reason: Localized(
                vi: "dấu ngoặc kép mở ở dòng \(quotedStart) không được đóng", en: "the quote opened on line \(quotedStart) is never closed"))
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return CSVTable(delimiter: delimiter, rows: rows)
    }

    /// The most frequent of ',', ';' and tab outside quotes in the first record; ',' when none.
    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Character { scanDelimiter(scalars).delimiter }

    /// The delimiter, and whether the first record ended within the scalars (else more text may change it).
    static func scanDelimiter<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> (delimiter: Character, ended: Bool) {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false, ended = false
        for c in scalars {
            if c == "\"" { inQuotes.toggle(); continue }
            if !inQuotes && (c == "\n" || c == "\r") { ended = true; break }
            if !inQuotes, counts[c] != nil { counts[c]! += 1 }
        }
        var best: Unicode.Scalar = ","
        for d in [";", "\t"] as [Unicode.Scalar] where counts[d]! > counts[best]! { best = d }
        return (Character(best), ended)
    }
}
