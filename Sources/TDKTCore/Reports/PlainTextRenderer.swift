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

    public init(pageLength: Int? = 64, width: Int = 100) {
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
        for line in lines {
            let used = pages[pages.count - 1].count
            let firstOfPage = pages.count == 1 ? 0 : pageHeader(doc, config: config, page: pages.count).count
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
                let (header, rows) = PlainTextRenderer.tableLines(table)
                out += header.map { Line(text: $0, tableHeader: header) }
                out += rows.map { Line(text: $0, tableHeader: header) }
                add("")
            }
        }
        return out
    }

    /// A table's header lines (titles and a rule) and row lines, every line of the same display width.
    public static func tableLines(_ table: ReportDocument.Table) -> (header: [String], rows: [String]) {
        let columns = table.textColumns ?? Array(table.headers.indices)
        func cell(_ row: [String], _ i: Int) -> String { i < row.count ? TextNormalization.clean(row[i]) : "" }
        var widths = columns.map { DisplayWidth.of(cell(table.headers, $0)) }
        for row in table.rows {
            for (k, i) in columns.enumerated() {
                let w = DisplayWidth.of(cell(row, i))
                widths[k] = max(widths[k], table.numeric.contains(i) ? w : min(w, table.maxTextWidth))
            }
        }
        for k in widths.indices where !table.numeric.contains(columns[k]) {
            widths[k] = min(widths[k], max(table.maxTextWidth, 4))
        }
        func render(_ row: [String]) -> String {
            columns.enumerated().map { k, i in
                DisplayWidth.pad(cell(row, i), to: widths[k], alignRight: table.numeric.contains(i))
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([render(table.headers), rule], table.rows.map(render))
    }
}
