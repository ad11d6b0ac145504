import Foundation
import TDKTText

/// Rows of text written as aligned columns (by display width), CSV (UTF-8 with BOM, for Excel) or JSON.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned to the right (numbers).
    public var numeric: Set<Int>
    /// Names of the columns in JSON, stable whatever the language of the headers.
    public var keys: [String]

    public init(headers: [String], rows: [[String]], numeric: Set<Int> = [], keys: [String]? = nil) {
        self.headers = headers; self.rows = rows; self.numeric = numeric; self.keys = keys ?? headers
    }

    /// A table whose headers follow the language and whose JSON keys are the English headers.
    public init(vi: [String], en: [String], language: Language, rows: [[String]], numeric: Set<Int> = []) {
        self.init(headers: language == .en ? en : vi, rows: rows, numeric: numeric, keys: en)
    }

    public func text(maxColumnWidth: Int = 60) -> String {
        let clean = rows.map { $0.map { TextNormalization.clean($0) } }
        var widths = headers.map(DisplayWidth.of)
        for r in clean { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], min(DisplayWidth.of(c), maxColumnWidth)) } }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                DisplayWidth.pad(c, to: widths[i], alignRight: numeric.contains(i))
            }.joined(separator: "  ").trimmingTrailingWhitespace()
        }
        var lines = [render(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += clean.map(render)
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        func field(_ s: String) -> String {
            var v = TextNormalization.clean(s)
            // A leading = + - @ would be run as a formula by a spreadsheet.
            if let f = v.first, "=+-@".contains(f), Double(v) == nil { v = "'" + v }
            return v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
        }
        // Numeric columns plain ("135300000", "-2"): a spreadsheet then reads them as numbers.
        let typed = rows.map { $0.enumerated().map { SpreadsheetCells.csvText($1, numeric: numeric.contains($0)) } }
        let lines = ([headers] + typed).map { $0.map(field).joined(separator: ",") }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    public func json() -> String {
        let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(keys, row.map { TextNormalization.clean($0) })) }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public func render(_ format: String) -> String {
        switch format {
        case "csv": csv()
        case "json": json()
        default: text()
        }
    }
}

private extension String {
    /// The text without the white space at its end (a regular expression per line was a tenth of a long listing).
    func trimmingTrailingWhitespace() -> String {
        var end = unicodeScalars.endIndex
        while end > unicodeScalars.startIndex {
            let before = unicodeScalars.index(before: end)
            guard unicodeScalars[before].properties.isWhitespace else { break }
            end = before
        }
        return end == unicodeScalars.endIndex ? self : String(unicodeScalars[..<end])
    }
}
