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
    /// The pages finished, numbered.
    public private(set) var pages: [PDFPage] = []
    public private(set) var isComplete = false

    /// Rows of a table placed in one step: fewer than a page holds, so a step rarely finishes two pages.
    let rowsPerStep: Int

    public init(layout: PDFLayout, document: PDFDocument, rowsPerStep: Int = 16) {
        self.layout = layout
        self.document = document
        self.rowsPerStep = max(rowsPerStep, 1)
        prepared = Array(repeating: nil, count: document.blocks.count)
        state = PDFLayout.PageState(setup: document.page)
        if document.blocks.isEmpty { finish() }
    }

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

    /// Places the next block, or the next rows of a table being placed. Returns false once the document is
    /// laid out.
    @discardableResult
    public func step() -> Bool {
        guard !isComplete else { return false }
        if let table { placeTableRows(from: table.next, reserve: table.reserve) } else { placeNextBlock() }
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
            if i + 1 < prepared.count, case let .columns(c, _, _, _) = prepared(i + 1), c.keepWithPrevious {
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
