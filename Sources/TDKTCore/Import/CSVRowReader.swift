import Foundation
import TDKTText

/// `CSVReader.parse` a line at a time: the same records with the same line numbers, given the text in
/// pieces that each end with a line feed (the last may not). It holds only the record being read — and,
/// before the delimiter is known, the first record, from which it is detected.
public struct CSVRowReader {
    let file: String
    public private(set) var delimiter: Character?
    var sep: Unicode.Scalar = ","
    var pending: [String] = []
    var first = true
    var ready: [CSVRow] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1, rowLine = 1
    var inQuotes = false, quotedStart = 0, fieldWasQuoted = false

    public init(delimiter: Character? = nil, file: String = "CSV") {
        self.file = file; self.delimiter = delimiter
        if let delimiter { sep = delimiter.unicodeScalars.first! }
    }

    /// The records completed by this piece of text.
    public mutating func feed(_ text: String) -> [CSVRow] {
        var text = text
        if first {
            first = false
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        }
        if delimiter == nil {
            pending.append(text)
            let (found, ended) = CSVReader.scanDelimiter(pendingText.unicodeScalars)
            guard ended else { return [] }
            return start(found)
        }
        consume(text)
        defer { ready = [] }
        return ready
    }

    /// The last record, at the end of the text; throws when a quote is never closed.
    public mutating func finish() throws -> [CSVRow] {
        if delimiter == nil { ready = start(CSVReader.scanDelimiter(pendingText.unicodeScalars).delimiter) }
        if inQuotes {
            throw ImportProblem(file: file, line: quotedStart, reason: Localized(
                vi: "dấu ngoặc kép mở ở dòng \(quotedStart) không được đóng", en: "the quote opened on line \(quotedStart) is never closed"))
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        defer { ready = [] }
        return ready
    }

    /// The text held until the first record ends (usually one piece: no copy).
    private var pendingText: String { pending.count == 1 ? pending[0] : pending.joined() }

    private mutating func start(_ found: Character) -> [CSVRow] {
        delimiter = found; sep = found.unicodeScalars.first!
        let texts = pending
        pending = []
        for t in texts { consume(t) }
        defer { ready = [] }
        return ready
    }

    private mutating func endField() { fields.append(String(field)); field = String.UnicodeScalarView(); fieldWasQuoted = false }
    private mutating func endRow() { endField(); ready.append(CSVRow(line: rowLine, fields: fields)); fields = [] }

    private mutating func consume(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
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
    }
}
