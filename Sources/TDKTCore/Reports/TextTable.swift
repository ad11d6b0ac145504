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
        text(widths: columnWidths(maxColumnWidth: maxColumnWidth), header: true)
    }

    /// Each column's width: the widest cell or header, at most `maxColumnWidth`.
    public func columnWidths(maxColumnWidth: Int = 60) -> [Int] {
        var widths = headers.map(DisplayWidth.of)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], min(DisplayWidth.of(TextNormalization.clean(c)), maxColumnWidth)) } }
        return widths
    }

    /// The rows in columns of the given widths; with `header`, the header line and its rule first. A long
    /// listing is written a part at a time with the widths of its first part.
    public func text(widths: [Int], header: Bool) -> String {
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                DisplayWidth.pad(c, to: widths[i], alignRight: numeric.contains(i))
            }.joined(separator: "  ").trimmingTrailingWhitespace()
        }
        var lines = header ? [render(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] : []
        lines += rows.map { render($0.map { TextNormalization.clean($0) }) }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String { csv(header: true) }

    /// With `header`, the byte-order mark and the header row first (a long listing is written a part at a time).
    public func csv(header: Bool) -> String {
        func field(_ s: String) -> String {
            var v = TextNormalization.clean(s)
            // A leading = + - @ would be run as a formula by a spreadsheet.
            if let f = v.first, "=+-@".contains(f), Double(v) == nil { v = "'" + v }
            return v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
        }
        // Numeric columns plain ("135300000", "-2"): a spreadsheet then reads them as numbers.
        let typed = rows.map { $0.enumerated().map { SpreadsheetCells.csvText($1, numeric: numeric.contains($0)) } }
        let lines = ((header ? [headers] : []) + typed).map { $0.map(field).joined(separator: ",") }
        if lines.isEmpty { return "" }
        return (header ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    public func json() -> String {
        let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(keys, row.map { TextNormalization.clean($0) })) }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Each row as one JSON object, for a listing written a part at a time inside "[" … "]".
    public func jsonObjects() -> [String] {
        rows.map { row in
            let object = Dictionary(uniqueKeysWithValues: zip(keys, row.map { TextNormalization.clean($0) }))
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
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
