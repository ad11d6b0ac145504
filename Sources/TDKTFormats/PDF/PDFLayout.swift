import Foundation

/// Lays a PDFDocument out on pages: paragraphs broken into lines by measured width, tables with their header
/// repeated on every page and rows kept whole, side-by-side blocks kept on one page, a paragraph marked
/// keep-with-next moved to the next page with the start of what follows, and page numbers.
public struct PDFLayout: Sendable {
    public let family: PDFFontFamily
    let shaper: TextShaper
    var breaker: LineBreaker { LineBreaker(shaper: shaper) }

    public init(family: PDFFontFamily) {
        self.family = family
        shaper = TextShaper(family: family)
    }

    /// Width of text in points.
    public func width(_ text: String, style: PDFFontStyle = .regular, size: Double) -> Double {
        shaper.width(TextShaper.normalize(text), style: style, size: size)
    }

    public func layout(_ doc: PDFDocument) -> [PDFPage] {
        PDFPageFlow(layout: self, document: doc).allPages()
    }

    // MARK: Pages

    struct PageState {
        let setup: PDFPageSetup
        var pages: [PDFPage] = [PDFPage()]
        var y: Double

        init(setup: PDFPageSetup) { self.setup = setup; y = setup.top }

        var bottom: Double { setup.height - setup.bottom }
        var isPageEmpty: Bool { y <= setup.top + 0.01 }
        var page: PDFPage {
            get { pages[pages.count - 1] }
            set { pages[pages.count - 1] = newValue }
        }

        mutating func newPage() { pages.append(PDFPage()); y = setup.top }
        /// Space is dropped at the top of a page.
        mutating func skip(_ space: Double) { if !isPageEmpty { y += space } }
        func fits(_ height: Double) -> Bool { y + height <= bottom + 0.01 }
    }

    /// Adds the page number of page `index` (from 0), after everything else on the page.
    func number(_ page: inout PDFPage, index: Int, style: PDFPageNumbers, setup: PDFPageSetup) {
        guard style != .none, !(style == .topCenterFromSecondPage && index == 0) else { return }
        let size = 13.0
        let text = String(index + 1)
        let w = width(text, size: size)
        let x = setup.left + (setup.contentWidth - w) / 2
        let baseline = style == .bottomCenter ? setup.height - setup.bottom / 2 : setup.top / 2 + size / 3
        page.texts.append(.init(x: x, baseline: baseline, text: text, style: .regular, size: size, gapExtra: 0, width: w))
    }

    // MARK: Prepared blocks

    struct PreparedParagraph {
        var paragraph: PDFParagraph
        var lines: [BrokenLine]
        var width: Double
        var lineHeight: Double { paragraph.size * paragraph.leading }
        var height: Double { paragraph.spaceBefore + Double(lines.count) * lineHeight + paragraph.spaceAfter + ruleSpace }
        var ruleSpace: Double { paragraph.rule == nil ? 0 : 3 }
    }

    /// A table's column widths and header; its rows are broken into lines as they are placed, so a long
    /// table's first page needs only its first rows.
    struct PreparedTable {
        var table: PDFTable
        var widths: [Double]
        var header: [[BrokenLine]]
        var headerHeight: Double
        let breaker: LineBreaker
        var lineHeight: Double { table.size * 1.2 }
        var rowCount: Int { table.rows.count }

        /// The lines of each cell of row `r`.
        func cells(row r: Int) -> [[BrokenLine]] {
            let row = table.rows[r]
            return table.columns.indices.map { cellLines(PDFLayout.cell(row.cells, $0), column: $0, bold: row.bold) }
        }

        func cellLines(_ text: String, column: Int, bold: Bool) -> [BrokenLine] {
            breaker.breakLines([PDFSpan(text, style: bold ? .bold : .regular)], size: table.size,
                               width: max(widths[column] - 2 * table.padding, table.size))
        }

        func height(_ cells: [[BrokenLine]]) -> Double {
            Double(cells.map(\.count).max() ?? 1) * lineHeight + 2 * table.padding
        }

        var rowsHeight: Double { (0..<rowCount).reduce(0) { $0 + height(cells(row: $1)) } }
        var firstRowHeight: Double { rowCount == 0 ? 0 : height(cells(row: 0)) }
    }

    enum Prepared {
        case paragraph(PreparedParagraph)
        case table(PreparedTable)
        case columns(PDFColumns, [[PreparedParagraph]], height: Double, width: Double)
        case space(Double)
        case pageBreak

        var keepWithNext: Bool { if case let .paragraph(p) = self { p.paragraph.keepWithNext } else { false } }

        var height: Double {
            switch self {
            case let .paragraph(p): p.height
            case let .table(t): t.headerHeight + t.rowsHeight + t.table.spaceAfter
            case let .columns(c, _, h, _): c.spaceBefore + h + c.spaceAfter
            case let .space(s): s
            case .pageBreak: 0
            }
        }

        /// What must fit at the bottom of a page for the block to start there.
        var minimumStart: Double {
            switch self {
            case let .paragraph(p): p.paragraph.spaceBefore + p.lineHeight * Double(min(p.lines.count, 2))
            case let .table(t): t.headerHeight + t.firstRowHeight
            default: height
            }
        }
    }

    func prepare(_ block: PDFBlock, width: Double) -> Prepared {
        switch block {
        case let .paragraph(p): return .paragraph(prepare(p, width: width))
        case let .table(t): return .table(prepare(t, width: width))
        case let .columns(c):
            let total = c.columns.reduce(0) { $0 + max($1.weight, 0) }
            let prepared = c.columns.map { col -> [PreparedParagraph] in
                let w = total > 0 ? width * max(col.weight, 0) / total : width / Double(c.columns.count)
                return col.paragraphs.map { prepare($0, width: w) }
            }
            let height = prepared.map { $0.reduce(0) { $0 + $1.height } }.max() ?? 0
            return .columns(c, prepared, height: height, width: width)
        case let .space(s): return .space(s)
        case .pageBreak: return .pageBreak
        }
    }

    func prepare(_ p: PDFParagraph, width: Double) -> PreparedParagraph {
        let w = max(width - p.leftIndent, p.size)
        let lines = breaker.breakLines(p.spans, size: p.size, width: w, firstLineWidth: max(w - p.firstLineIndent, p.size))
        return PreparedParagraph(paragraph: p, lines: lines, width: width)
    }

    func prepare(_ t: PDFTable, width: Double) -> PreparedTable {
        prepare(t, widths: columnWidths(t, width: width))
    }

    func prepare(_ t: PDFTable, widths: [Double]) -> PreparedTable {
        var prepared = PreparedTable(table: t, widths: widths, header: [], headerHeight: 0, breaker: breaker)
        if !t.header.isEmpty {
            prepared.header = t.columns.indices.map { prepared.cellLines(PDFLayout.cell(t.header, $0), column: $0, bold: true) }
            prepared.headerHeight = prepared.height(prepared.header)
        }
        return prepared
    }

    static func cell(_ cells: [String], _ i: Int) -> String { i < cells.count ? cells[i] : "" }

    /// Fixed weights share the width; otherwise columns get their longest word at least and share the
    /// rest in proportion to how much wider their longest text is (the way HTML sizes an automatic table).
    func columnWidths(_ t: PDFTable, width: Double) -> [Double] {
        if let fixed = fixedColumnWidths(t, width: width) { return fixed }
        var measure = ColumnMeasure(t, layout: self)
        for row in t.rows { measure.add(row, layout: self) }
        return columnWidths(t, measured: measure, width: width)
    }

    /// The widths when every column has a weight (or there are none); nil when the text decides.
    func fixedColumnWidths(_ t: PDFTable, width: Double) -> [Double]? {
        let n = t.columns.count
        guard n > 0 else { return [] }
        guard t.columns.allSatisfy({ $0.weight != nil }) else { return nil }
        let total = t.columns.reduce(0) { $0 + max($1.weight ?? 0, 0) }
        return t.columns.map { total > 0 ? width * max($0.weight ?? 0, 0) / total : width / Double(n) }
    }

    /// Each column's longest word and widest text (with padding) over the header and the rows added so far:
    /// a long table is measured a slice of rows at a time.
    struct ColumnMeasure {
        let table: PDFTable
        var minimum: [Double], maximum: [Double]
        /// Rows added, after the header.
        var rows = 0

        init(_ t: PDFTable, layout: PDFLayout) {
            table = t
            minimum = Array(repeating: 0, count: t.columns.count)
            maximum = minimum
            add(PDFTable.Row(t.header, bold: true), layout: layout)
            rows = 0
        }

        mutating func add(_ row: PDFTable.Row, layout: PDFLayout) {
            let t = table
            for c in 0..<t.columns.count {
                let text = TextShaper.normalize(PDFLayout.cell(row.cells, c))
                let style: PDFFontStyle = row.bold ? .bold : .regular
                let whole = layout.shaper.width(text, style: style, size: t.size)
                let longestWord = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
                    .map { layout.shaper.width(String($0), style: style, size: t.size) }.max() ?? 0
                minimum[c] = max(minimum[c], longestWord + 2 * t.padding + 0.5)
                maximum[c] = max(maximum[c], whole + 2 * t.padding + 0.5)
            }
            rows += 1
        }
    }

    func columnWidths(_ t: PDFTable, measured: ColumnMeasure, width: Double) -> [Double] {
        let n = t.columns.count
        let minimum = measured.minimum, maximum = measured.maximum
        let minSum = minimum.reduce(0, +), maxSum = maximum.reduce(0, +)
        if maxSum <= width {
            // Everything fits on one line: widen the columns with the longest text.
            let extra = width - maxSum
            return maximum.map { $0 + extra * $0 / maxSum }
        }
        if minSum >= width { return minimum.map { $0 * width / minSum } }
        // Columns narrower than a fair share (numbers, names) are not wrapped; the others share what is left.
        var widths = [Double?](repeating: nil, count: n)
        var remaining = width
        while true {
            let open = (0..<n).filter { widths[$0] == nil }
            guard !open.isEmpty else { break }
            let fair = remaining / Double(open.count)
            let narrow = open.filter { maximum[$0] <= fair }
            if narrow.isEmpty { break }
            for c in narrow { widths[c] = maximum[c]; remaining -= maximum[c] }
        }
        let open = (0..<n).filter { widths[$0] == nil }
        if open.isEmpty { return (0..<n).map { widths[$0]! + (width - maxSum) / Double(n) } }
        let openMin = open.reduce(0) { $0 + minimum[$1] }, openMax = open.reduce(0) { $0 + maximum[$1] }
        for c in open {
            widths[c] = openMin >= remaining || openMax <= openMin
                ? minimum[c] * remaining / max(openMin, 0.01)
                : minimum[c] + (maximum[c] - minimum[c]) * (remaining - openMin) / (openMax - openMin)
        }
        return widths.map { $0 ?? 0 }
    }

    // MARK: Placing

    func place(_ block: Prepared, in state: inout PageState) {
        switch block {
        case let .paragraph(p): place(p, x: state.setup.left, in: &state)
        case let .table(t): place(t, rows: 0..<t.rowCount, in: &state)
        case let .columns(c, cols, height, width):
            state.skip(c.spaceBefore)
            if !state.fits(height) && !state.isPageEmpty { state.newPage() }
            let total = c.columns.reduce(0) { $0 + max($1.weight, 0) }
            var x = state.setup.left
            let top = state.y
            for (i, col) in cols.enumerated() {
                var column = PageState(setup: state.setup)
                column.pages = [PDFPage()]
                column.y = top
                for p in col { draw(p, x: x, in: &column) }
                state.page.texts += column.page.texts
                state.page.lines += column.page.lines
                x += total > 0 ? width * max(c.columns[i].weight, 0) / total : width / Double(cols.count)
            }
            state.y = top + height
            state.skip(c.spaceAfter)
        case let .space(s): state.skip(s)
        case .pageBreak: if !state.isPageEmpty { state.newPage() }
        }
    }

    private func place(_ p: PreparedParagraph, x: Double, in state: inout PageState) {
        state.skip(p.paragraph.spaceBefore)
        var remaining = p
        while !remaining.lines.isEmpty {
            let fitting = max(Int(((state.bottom - state.y) / p.lineHeight + 0.001).rounded(.down)), 0)
            if fitting == 0 { state.newPage(); continue }
            var chunk = remaining
            chunk.lines = Array(remaining.lines.prefix(fitting))
            chunk.paragraph.spaceBefore = 0
            chunk.paragraph.spaceAfter = 0
            let isFirst = remaining.lines.count == p.lines.count
            draw(chunk, x: x, in: &state, firstChunk: isFirst)
            remaining.lines.removeFirst(chunk.lines.count)
            if !remaining.lines.isEmpty { state.newPage() }
        }
        state.skip(p.paragraph.spaceAfter)
    }

    /// Draws at the state's y without breaking pages (a column of a side-by-side block, or a chunk that fits).
    private func draw(_ p: PreparedParagraph, x: Double, in state: inout PageState, firstChunk: Bool = true) {
        state.y += p.paragraph.spaceBefore
        let para = p.paragraph
        let width = p.width - para.leftIndent
        for (i, line) in p.lines.enumerated() {
            let indent = (i == 0 && firstChunk) ? para.firstLineIndent : 0
            let available = width - indent
            var left = x + para.leftIndent + indent
            var gapExtra = 0.0
            switch para.alignment {
            case .left: break
            case .center: left += (available - line.width) / 2
            case .right: left += available - line.width
            case .justify:
                if !line.isLast && line.spaces > 0 { gapExtra = max(available - line.width, 0) / Double(line.spaces) }
            }
            let baseline = state.y + para.size * 0.95
            for piece in line.pieces {
                state.page.texts.append(.init(x: left + piece.x + gapExtra * Double(piece.spacesBefore), baseline: baseline,
                                              text: piece.text, style: piece.style, size: para.size, gapExtra: gapExtra,
                                              width: piece.width))
            }
            state.y += p.lineHeight
            if let rule = para.rule, i == p.lines.count - 1 {
                let ruleY = state.y - para.size * 0.1
                let (rx, rw): (Double, Double)
                switch rule {
                case .textWidth: (rx, rw) = (left, line.width)
                case let .fraction(f): (rx, rw) = (x + para.leftIndent + (width - width * f) / 2, width * f)
                case let .textFraction(f): (rx, rw) = (left + line.width * (1 - f) / 2, line.width * f)
                }
                state.page.lines.append(.init(x1: rx, y1: ruleY, x2: rx + rw, y2: ruleY, thickness: 0.6))
                state.y += p.ruleSpace
            }
        }
        state.y += para.spaceAfter
    }

    /// Places `rows` of a table: from row 0 with its header, to the last row with the space after it, so a
    /// long table can be placed a few rows at a time. `reserveAfterLastRow`: the height of what must follow
    /// the last row on its page; when it would not fit, the last row starts the next page instead (under the
    /// repeated header).
    func place(_ t: PreparedTable, rows: Range<Int>, reserveAfterLastRow: Double = 0, in state: inout PageState) {
        let table = t.table
        let x0 = state.setup.left
        func drawRow(_ cells: [[BrokenLine]], lines range: Range<Int>?, height: Double, bold: Bool, header: Bool) {
            let top = state.y
            var x = x0
            for (c, lines) in cells.enumerated() {
                let w = t.widths[c]
                let shown = range.map { r in Array(lines.dropFirst(r.lowerBound).prefix(r.count)) } ?? lines
                for (k, line) in shown.enumerated() {
                    let inner = w - 2 * table.padding
                    var left = x + table.padding
                    switch header ? .center : table.columns[c].alignment {
                    case .center: left += (inner - line.width) / 2
                    case .right: left += inner - line.width
                    default: break
                    }
                    let baseline = top + table.padding + Double(k) * t.lineHeight + table.size * 0.95
                    for piece in line.pieces {
                        state.page.texts.append(.init(x: left + piece.x, baseline: baseline, text: piece.text, style: piece.style,
                                                      size: table.size, gapExtra: 0, width: piece.width))
                    }
                }
                x += w
            }
            let right = x0 + t.widths.reduce(0, +), bottom = top + height
            state.page.lines.append(.init(x1: x0, y1: top, x2: right, y2: top, thickness: 0.5))
            state.page.lines.append(.init(x1: x0, y1: bottom, x2: right, y2: bottom, thickness: 0.5))
            var vx = x0
            for w in [0] + t.widths {
                vx += w
                state.page.lines.append(.init(x1: vx, y1: top, x2: vx, y2: bottom, thickness: 0.5))
            }
            state.y = bottom
        }
        func header() {
            guard !t.header.isEmpty else { return }
            drawRow(t.header, lines: nil, height: t.headerHeight, bold: true, header: true)
        }
        if rows.lowerBound == 0 {
            if !state.fits(t.headerHeight + t.firstRowHeight) && !state.isPageEmpty { state.newPage() }
            header()
        }
        for r in rows {
            let cells = t.cells(row: r)
            let h = t.height(cells)
            let last = r == t.rowCount - 1
            if last, r > 0, reserveAfterLastRow > 0, state.y > state.setup.top + t.headerHeight + 0.01,
               state.fits(h), !state.fits(h + table.spaceAfter + reserveAfterLastRow),
               t.headerHeight + h + table.spaceAfter + reserveAfterLastRow <= state.setup.contentHeight {
                state.newPage()
                header()
            }
            if !state.fits(h) {
                let fresh = state.setup.contentHeight - t.headerHeight
                if h <= fresh || state.y > state.setup.top + t.headerHeight + 0.01 {
                    state.newPage()
                    header()
                }
            }
            if state.fits(h) {
                drawRow(cells, lines: nil, height: h, bold: table.rows[r].bold, header: false)
                continue
            }
            // A row taller than a page: its lines continue on the next pages.
            let count = cells.map(\.count).max() ?? 1
            var from = 0
            while from < count {
                let fitting = max(Int(((state.bottom - state.y - 2 * table.padding) / t.lineHeight).rounded(.down)), 1)
                let to = min(from + fitting, count)
                drawRow(cells, lines: from..<to, height: Double(to - from) * t.lineHeight + 2 * table.padding,
                        bold: table.rows[r].bold, header: false)
                from = to
                if from < count { state.newPage(); header() }
            }
        }
        if rows.upperBound == t.rowCount { state.skip(table.spaceAfter) }
    }
}
