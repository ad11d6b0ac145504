/// A document laid out a page at a time: asking for page k lays out only as far as the end of page k (a
/// block at a time, a long table a few rows at a time), so a preview shows the first page of a long report
/// at once. The pages are exactly those of `PDFLayout.layout`, which runs this flow to the end.
public final class PDFPageFlow {
    let layout: PDFLayout
    public let document: PDFDocument
    /// Blocks are measured when the layout reaches them (or looks ahead to them), and dropped once placed.
    private var prepared: [PDFLayout.Prepared?]
    private var state: PDFLayout.PageState
    /// The next block to place.
    private var next = 0
    /// A table being placed: its next row and the room kept after its last row.
    private var table: (next: Int, reserve: Double)?
    /// A long table whose columns are being measured before it is placed (or looked ahead to).
    private var measuring: (block: Int, measure: PDFLayout.ColumnMeasure)?
    /// The pages finished, numbered.
    public private(set) var pages: [PDFPage] = []
    public private(set) var isComplete = false

    /// Rows of a table placed in one step: fewer than a page holds, so a step rarely finishes two pages.
    let rowsPerStep: Int
    /// Rows of a table measured in one step (sizing its columns reads every row before the first is placed).
    let rowsMeasuredPerStep: Int

    public init(layout: PDFLayout, document: PDFDocument, rowsPerStep: Int = 16, rowsMeasuredPerStep: Int = 400) {
        self.layout = layout
        self.document = document
        self.rowsPerStep = max(rowsPerStep, 1)
        self.rowsMeasuredPerStep = max(rowsMeasuredPerStep, 1)
        prepared = Array(repeating: nil, count: document.blocks.count)
        state = PDFLayout.PageState(setup: document.page)
        if document.blocks.isEmpty { finish() }
    }

    /// Blocks placed whole so far (for tests).
    var blocksPlaced: Int { next }

    /// The number of pages, once the whole document is laid out.
    public var pageCount: Int? { isComplete ? pages.count : nil }

    /// Page `index` (from 0), laying out as far as it ends; nil past the last page.
    public func page(_ index: Int) -> PDFPage? {
        layOut(through: index)
        return index < pages.count ? pages[index] : nil
    }

    /// Lays out until page `index` is finished or the document ends.
    public func layOut(through index: Int) {
        while pages.count <= index && step() {}
    }

    /// Lays out at least `count` more pages (fewer at the end of the document).
    public func layOut(pages count: Int) {
        layOut(through: pages.count + count - 1)
    }

    /// Every page, laying out the rest.
    public func allPages() -> [PDFPage] {
        while step() {}
        return pages
    }

    /// Places the next block or the next rows of a table being placed, or measures the next rows of a long
    /// table the next block needs. Returns false once the document is laid out.
    @discardableResult
    public func step() -> Bool {
        guard !isComplete else { return false }
        if let table {
            placeTableRows(from: table.next, reserve: table.reserve)
        } else if let k = blocksToPlace(next).first(where: isLongUnmeasuredTable) {
            measureRows(of: k)
            return true
        } else {
            placeNextBlock()
        }
        takeFinishedPages()
        if next == prepared.count { finish() }
        return !isComplete
    }

    private func prepared(_ i: Int) -> PDFLayout.Prepared {
        if let p = prepared[i] { return p }
        let p = layout.prepare(document.blocks[i], width: document.page.contentWidth)
        prepared[i] = p
        return p
    }

    /// Block `i` and those the layout looks at to place it: the rest of its keep-with-next chain and the
    /// block that ends it, or a signature kept with the end of a table.
    private func blocksToPlace(_ i: Int) -> ClosedRange<Int> {
        var last = i
        while last + 1 < prepared.count, keepsWithNext(last) { last += 1 }
        if case .table = document.blocks[i], i + 1 < prepared.count, keptWithPrevious(i + 1) { last = max(last, i + 1) }
        return i...last
    }

    private func keepsWithNext(_ i: Int) -> Bool {
        if case let .paragraph(p) = document.blocks[i] { p.keepWithNext } else { false }
    }

    private func keptWithPrevious(_ i: Int) -> Bool {
        if case let .columns(c) = document.blocks[i] { c.keepWithPrevious } else { false }
    }

    private func isLongUnmeasuredTable(_ i: Int) -> Bool {
        guard prepared[i] == nil, case let .table(t) = document.blocks[i] else { return false }
        return t.rows.count > rowsMeasuredPerStep && layout.fixedColumnWidths(t, width: document.page.contentWidth) == nil
    }

    /// Measures the next rows of a long table; after the last, the table is prepared with those widths.
    private func measureRows(of i: Int) {
        guard case let .table(t) = document.blocks[i] else { return }
        var m = measuring.flatMap { $0.block == i ? $0.measure : nil } ?? PDFLayout.ColumnMeasure(t, layout: layout)
        for row in t.rows[m.rows..<min(m.rows + rowsMeasuredPerStep, t.rows.count)] { m.add(row, layout: layout) }
        if m.rows == t.rows.count {
            measuring = nil
            let widths = layout.columnWidths(t, measured: m, width: document.page.contentWidth)
            prepared[i] = .table(layout.prepare(t, widths: widths))
        } else {
            measuring = (i, m)
        }
    }

    private func placeNextBlock() {
        let i = next
        let block = prepared(i)
        // A chain of keep-with-next blocks moves as one with the start of the block that ends it.
        if block.keepWithNext && !state.isPageEmpty {
            var needed = 0.0, j = i
            while j < prepared.count {
                let b = prepared(j)
                if b.keepWithNext { needed += b.height; j += 1 } else { needed += b.minimumStart; break }
            }
            if needed <= document.page.contentHeight && state.y + needed > state.bottom { state.newPage() }
        }
        if case .table = block {
            var reserve = 0.0
            if i + 1 < prepared.count, keptWithPrevious(i + 1) {
                reserve = prepared(i + 1).height
            }
            placeTableRows(from: 0, reserve: reserve)
        } else {
            layout.place(block, in: &state)
            done(i)
        }
    }

    private func placeTableRows(from row: Int, reserve: Double) {
        guard case let .table(t) = prepared(next) else { return }
        let end = row + min(rowsPerStep, t.rowCount - row)
        layout.place(t, rows: row..<end, reserveAfterLastRow: reserve, in: &state)
        if end == t.rowCount {
            table = nil
            done(next)
        } else {
            table = (end, reserve)
        }
    }

    private func done(_ i: Int) {
        prepared[i] = nil
        next = i + 1
    }

    /// Pages before the one being filled are finished: nothing is drawn on a page once the next has begun.
    private func takeFinishedPages() {
        guard state.pages.count > 1 else { return }
        for page in state.pages.dropLast() { append(page) }
        state.pages.removeFirst(state.pages.count - 1)
    }

    private func append(_ page: PDFPage) {
        var page = page
        layout.number(&page, index: pages.count, style: document.pageNumbers, setup: document.page)
        pages.append(page)
    }

    private func finish() {
        for page in state.pages { append(page) }
        state.pages.removeAll()
        isComplete = true
    }
}
