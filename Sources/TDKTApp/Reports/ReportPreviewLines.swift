import TDKTCore
import TDKTFormats
import TDKTText

/// The preview's lines for one width, made as the printed pages are laid out: each page drawn in character
/// cells under a "Trang N/M" rule, "Trang N/…" until the last page is laid out. Without fonts, the plain
/// text wrapped to the width, all at once.
final class ReportPreviewLines {
    let width: Int
    let language: Language
    private let flow: PDFPageFlow?
    private(set) var lines: [String] = []
    /// The first line (the rule) of each page made so far.
    private(set) var pageStarts: [Int] = []
    /// Every page is laid out and drawn: the page and line counts are known.
    private(set) var isComplete = false

    /// The page rules say the page count once it is known (not for a report's opening, which goes on).
    private let countsPages: Bool

    convenience init(session: ReportSession, width: Int, language: Language) {
        self.init(flow: session.pageFlow, document: session.document, config: session.workspace.config, width: width, language: language)
    }

    init(flow: PDFPageFlow?, document: ReportDocument, config: OfficeConfig, width: Int, language: Language, countsPages: Bool = true) {
        self.width = width
        self.language = language
        self.flow = flow
        self.countsPages = countsPages
        if flow == nil {
            lines = PlainTextRenderer(pageLength: nil, width: width).lines(document, config: config)
            pageStarts = [0]
            isComplete = true
        }
    }

    /// The lines of a report's opening (`Reports.opening`) as the report's preview begins: every page of it,
    /// the rules without a page count, and nothing after its last line (the report goes on there). Nil
    /// without fonts (the plain text is not laid out in pages).
    static func opening(_ document: ReportDocument, frame: DocumentFrame, config: OfficeConfig, width: Int, language: Language) -> [String]? {
        guard let flow = try? PDFRenderer(frame: frame).pageFlow(document, whole: false) else { return nil }
        let opening = ReportPreviewLines(flow: flow, document: document, config: config, width: width, language: language,
                                         countsPages: false)
        opening.makeAll()
        var lines = opening.lines
        while let last = lines.last, last.allSatisfy({ $0 == " " }) { lines.removeLast() }
        return lines
    }

    /// Printed pages rather than plain text.
    var isPaged: Bool { flow != nil }
    var pageCount: Int? { isComplete ? pageStarts.count : nil }

    /// Draws pages until there are `count` lines or the document ends.
    func makeLines(through count: Int) {
        while lines.count < count && makeNextPage() {}
        finishIfLaidOut()
    }

    /// One slice of the work between keys: a few steps of the layout (a block, some rows of a table, or
    /// some rows measured), then the pages they finished drawn. Steps, not pages, bound the slice: a long
    /// table's first page needs all its rows measured.
    func layOutSlice(steps: Int) {
        guard let flow, !isComplete else { return }
        for _ in 0..<steps where !flow.step() { break }
        while pageStarts.count < flow.pages.count { append(flow.pages[pageStarts.count]) }
        finishIfLaidOut()
    }

    /// Lays out and draws every page.
    func makeAll() {
        while makeNextPage() {}
        finishIfLaidOut()
    }

    private func makeNextPage() -> Bool {
        guard !isComplete, let flow, let page = flow.page(pageStarts.count) else { return false }
        append(page)
        return true
    }

    /// Once the last page is laid out (here, or for printing) the rest is drawn and the rules get the count.
    private func finishIfLaidOut() {
        guard !isComplete, let flow, flow.isComplete else { return }
        while pageStarts.count < flow.pages.count { append(flow.pages[pageStarts.count]) }
        isComplete = true
        guard countsPages else { return }
        for (i, start) in pageStarts.enumerated() { lines[start] = rule(page: i) }
    }

    private func append(_ p: PDFPage) {
        let index = pageStarts.count
        pageStarts.append(lines.count)
        lines.append(rule(page: index))
        // The text block fills the width; the left margin's columns are dropped.
        let page = PDFPageSetup.a4Decree30
        let columns = Int(Double(width) * page.width / page.contentWidth)
        let leftMargin = Int((page.left / page.width * Double(columns)).rounded())
        lines += p.characterGrid(columns: columns, pageWidth: page.width, displayWidth: { DisplayWidth.of($0) })
            .map { ReportPreviewView.dropColumns(TextNormalization.forTerminal($0), leftMargin) }
        lines.append("")
    }

    private func rule(page i: Int) -> String {
        let label = " " + ((countsPages ? pageCount : nil).map { ReportStrings.pageOf(i + 1, $0) } ?? ReportStrings.pageOfUnknown(i + 1)).text(language) + " "
        let side = max(2, (width - DisplayWidth.of(label)) / 2)
        return String(repeating: "─", count: side) + label + String(repeating: "─", count: side)
    }

    // MARK: Search

    /// The first line from `from` on that `matches`, drawing pages as the search goes, then from the top.
    func firstMatch(from: Int, _ matches: (String) -> Bool) -> Int? {
        var i = max(from, 0)
        while true {
            if i >= lines.count { makeLines(through: i + 1) }
            guard i < lines.count else { break }
            if matches(lines[i]) { return i }
            i += 1
        }
        return (0..<min(max(from, 0), lines.count)).first { matches(lines[$0]) }
    }

    /// The last line at or before `from` that `matches`, then from the end (every page drawn first).
    func lastMatch(from: Int, _ matches: (String) -> Bool) -> Int? {
        if from < 0 || from >= lines.count { makeAll() }
        guard !lines.isEmpty else { return nil }
        let start = (from % lines.count + lines.count) % lines.count
        if let i = stride(from: start, through: 0, by: -1).first(where: { matches(lines[$0]) }) { return i }
        makeAll()
        return stride(from: lines.count - 1, to: start, by: -1).first { matches(lines[$0]) }
    }
}
