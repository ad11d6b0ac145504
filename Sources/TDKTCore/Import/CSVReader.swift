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
    /// The whole text at once: one feed of the line-at-a-time reader (`CSVRowReader`), so both ways of
    /// reading a file are the same state machine.
    public static func parse(_ text: String, delimiter given: Character? = nil, file: String = "CSV") throws -> CSVTable {
        var reader = CSVRowReader(delimiter: given, file: file)
        var rows = reader.feed(text)
        rows += try reader.finish()
        return CSVTable(delimiter: reader.delimiter ?? ",", rows: rows)
    }

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
