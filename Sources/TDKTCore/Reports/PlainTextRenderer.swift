import Foundation
import TDKTText

/// Plain text for a printer or a preview: columns aligned by display width (so Vietnamese with its
/// combining marks lines up), paragraphs wrapped, and pages separated by a form feed with the page
/// header (and the header of a table cut by the break) repeated on every page after the first.
public struct PlainTextRenderer: Sendable {
    /// Lines per page, page header included; nil for one endless page (a preview).
    public var pageLength: Int?
    /// Width paragraphs are wrapped to and titles centred in.
    public var width: Int

    public init(pageLength: Int? = 64, width: Int = 80) {
        self.pageLength = pageLength.map { max($0, 12) }
        self.width = max(width, 40)
    }

    /// A line of the body; lines of a table carry the table's header, repeated after a page break.
    struct Line {
        var text: String
        var tableHeader: [String]?
        /// Lines that must follow on the same page (a heading or caption with the start of what it introduces).
        var keepWithNext: Int = 0
    }

    /// The document without page breaks, for a scrolling preview.
    public func lines(_ doc: ReportDocument, config: OfficeConfig) -> [String] {
        body(doc, config: config).map(\.text)
    }

    /// The document for a printer: pages of at most `pageLength` lines separated by form feeds.
    public func render(_ doc: ReportDocument, config: OfficeConfig) -> String {
        let lines = body(doc, config: config)
        guard let pageLength else { return lines.map(\.text).joined(separator: "\n") + "\n" }
        var pages: [[String]] = [[]]
        var inTable: [String]? = nil
        // The page header has as many lines on every page (built once here, not once per line).
        let headerLines = pageHeader(doc, config: config, page: 2).count
        for line in lines {
            let used = pages[pages.count - 1].count
            let firstOfPage = pages.count == 1 ? 0 : headerLines
            if used >= pageLength || (line.keepWithNext > 0 && used > firstOfPage && used + line.keepWithNext >= pageLength) {
                let n = pages.count + 1
                var header = pageHeader(doc, config: config, page: n)
                // A table cut by the break gets its header again, unless the break falls before its header.
                if let h = line.tableHeader, inTable == h { header += h }
                pages.append(header)
            }
            pages[pages.count - 1].append(line.text)
            inTable = line.tableHeader
        }
        return pages.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\u{0C}")
    }

    /// Repeated at the top of every page after the first: office and subject on the left, page number on the right.
    func pageHeader(_ doc: ReportDocument, config: OfficeConfig, page: Int) -> [String] {
        let right = "Trang \(page)"
        let left = DisplayWidth.truncate(clean("\(config.officeName) · \(doc.subject)"), to: width - DisplayWidth.of(right) - 2)
        let gap = String(repeating: " ", count: max(width - DisplayWidth.of(left) - DisplayWidth.of(right), 1))
        return [left + gap + right, String(repeating: "=", count: width), ""]
    }

    func clean(_ s: String) -> String { TextNormalization.clean(s) }

    func centred(_ s: String) -> String {
        let t = DisplayWidth.truncate(clean(s), to: width)
        return String(repeating: " ", count: max((width - DisplayWidth.of(t)) / 2, 0)) + t
    }

    /// Words wrapped to the width by display width; a word longer than a line is cut.
    func wrap(_ text: String, indent: String = "") -> [String] {
        var out: [String] = []
        var line = indent
        for word in clean(text).split(separator: " ").map(String.init) {
            let candidate = line == indent ? line + word : line + " " + word
            if DisplayWidth.of(candidate) <= width || line == indent {
                line = DisplayWidth.truncate(candidate, to: width)
            } else {
                out.append(line)
                line = indent + DisplayWidth.truncate(word, to: width - DisplayWidth.of(indent))
            }
        }
        if line != indent { out.append(line) }
        return out
    }

    func body(_ doc: ReportDocument, config: OfficeConfig) -> [Line] {
        var out: [Line] = []
        func add(_ s: String) { out.append(Line(text: s, tableHeader: nil)) }
        if let code = doc.formCode {
            let t = clean(code)
            add(String(repeating: " ", count: max(width - DisplayWidth.of(t), 0)) + t)
        }
        add(clean(config.parentBody).uppercased())
        add(clean(config.officeName).uppercased())
        add("")
        add(centred(doc.typeName))
        for l in wrap(doc.subject) { add(centred(l)) }
        add("")
        for block in doc.blocks + doc.annex {
            switch block {
            case let .heading(text, level):
                if level <= 2 { add("") }
                for l in wrap(text) { out.append(Line(text: l, tableHeader: nil, keepWithNext: 5)) }
            case let .paragraph(text):
                for l in wrap(text, indent: "    ") { add(l) }
            case let .placeholder(note):
                for l in wrap("(\(note))", indent: "    ") { add(l) }
                for _ in 0..<3 { add(String(repeating: ".", count: width)) }
            case let .table(table):
                add("")
                if let caption = table.caption { for l in wrap(caption) { out.append(Line(text: l, tableHeader: nil, keepWithNext: 4)) } }
                let (header, rows) = PlainTextRenderer.tableLines(table, width: width)
                out += header.map { Line(text: $0, tableHeader: header) }
                // A row's lines stay on one page.
                for row in rows {
                    out += row.enumerated().map { k, text in Line(text: text, tableHeader: header, keepWithNext: row.count - 1 - k) }
                }
                add("")
            }
        }
        return out
    }

    /// A table's header lines (titles and a rule) and its rows, each row one or more lines, every line of the
    /// same display width and at most `width` columns: numbers keep their width, text columns share the rest
    /// and wrap (never cut); a word longer than its column is split.
    public static func tableLines(_ table: ReportDocument.Table, width: Int = 80) -> (header: [String], rows: [[String]]) {
        let columns = table.textColumns ?? Array(table.headers.indices)
        func cell(_ row: [String], _ i: Int) -> String { i < row.count ? TextNormalization.clean(row[i]) : "" }
        let all = [table.headers] + table.rows
        let gap = 2
        var natural = columns.map { i in all.map { DisplayWidth.of(cell($0, i)) }.max() ?? 0 }
        let longestWord = columns.map { i in
            all.flatMap { cell($0, i).split(separator: " ").map { DisplayWidth.of(String($0)) } }.max() ?? 0
        }
        var widths = natural
        let available = max(width - gap * (columns.count - 1), columns.count)
        if widths.reduce(0, +) > available {
            // Numbers are never wrapped; their headers may be, down to 8 columns.
            for (k, i) in columns.enumerated() where table.numeric.contains(i) {
                natural[k] = max(table.rows.map { DisplayWidth.of(cell($0, i)) }.max() ?? 0, min(natural[k], max(8, longestWord[k])), 1)
                widths[k] = natural[k]
            }
            let text = columns.indices.filter { !table.numeric.contains(columns[$0]) }
            let fixed = columns.indices.filter { table.numeric.contains(columns[$0]) }.reduce(0) { $0 + widths[$1] }
            var room = max(available - fixed, text.count * 4)
            // Narrow text columns keep their width; the wide ones share what is left, each at least its longest
            // word up to 12 columns.
            var open = text
            while true {
                let fair = room / max(open.count, 1)
                let narrow = open.filter { natural[$0] <= fair }
                if narrow.isEmpty || open.isEmpty { break }
                for k in narrow { widths[k] = natural[k]; room -= natural[k] }
                open.removeAll { narrow.contains($0) }
            }
            let share = open.reduce(0) { $0 + natural[$1] }
            for k in open {
                widths[k] = max(min(longestWord[k], 12), 4, share > 0 ? room * natural[k] / share : room / open.count)
            }
            // Still too wide (many columns): narrow the widest text column, one column at a time, down to 4.
            while widths.reduce(0, +) > available, let k = text.max(by: { widths[$0] < widths[$1] }), widths[k] > 4 {
                widths[k] -= 1
            }
        }
        func render(_ row: [String]) -> [String] {
            let cells = columns.enumerated().map { k, i -> [String] in
                let text = cell(row, i)
                if table.numeric.contains(i) && DisplayWidth.of(text) <= widths[k] { return [text] }
                // An indented label (a form's sub-row) keeps its indent on every line.
                let indent = String(text.prefix { $0 == " " }.prefix(max(widths[k] - 4, 0)))
                return DisplayWidth.wrap(String(text.dropFirst(indent.count)), width: widths[k] - indent.count).map { indent + $0 }
            }
            let height = max(cells.map(\.count).max() ?? 1, 1)
            return (0..<height).map { line in
                columns.enumerated().map { k, i in
                    DisplayWidth.pad(line < cells[k].count ? cells[k][line] : "", to: widths[k], alignRight: table.numeric.contains(i))
                }.joined(separator: String(repeating: " ", count: gap))
            }
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap))
        return (render(table.headers) + [rule], table.rows.map(render))
    }
}
