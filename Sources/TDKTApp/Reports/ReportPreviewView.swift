import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// A report as it will print, page by page (the PDF's pages drawn in character cells, with the page count),
/// scrolling: arrows, PgUp/PgDn, Home/End, ←/→ for wide tables, `/` to search (then n/N). s opens its
/// figures, F2 saves it to a file, p prints it (all also in the F9 menu). Only the pages on screen are laid
/// out at first; the rest follow a few at a time between keys, or at once for End and searches.
final class ReportPreviewView: View {
    let session: ReportSession
    private var preview: ReportPreviewLines?
    private var cachedLines: [String] { preview?.lines ?? [] }
    private var width: Int { preview?.width ?? 0 }
    /// The first line of each printed page drawn so far.
    var pageStarts: [Int] { preview?.pageStarts ?? [0] }
    /// Layout steps in one slice of the work between keys (a few milliseconds).
    static let layoutStepsPerIdleStep = 6
    private(set) var top = 0
    private(set) var left = 0
    private var pageSize = 10
    /// The line the last search found, highlighted.
    private(set) var matchLine: Int?
    private var lastSearch = ""
    private var prompt: (query: String, originTop: Int)?

    let language: Language

    init(session: ReportSession, language: Language) {
        self.session = session
        self.language = language
    }

    /// Under the terminal loop, where this clerk's first page of the report is kept for the next opening
    /// (`KeptReportPage`): saved by the first step between keys after it is drawn.
    var keepsFirstPage: KeptReportPage?

    var title: String { ReportSession.title(session.kind, session.period, language) }
    var context: TerminalUI.CommandContext { .reportPreview }
    var wantsTyping: Bool { prompt != nil }

    /// The lines for a width of text, drawn again only when the width changes; at least `count` of them
    /// when the document has as many.
    private func preview(width w: Int, through count: Int) -> ReportPreviewLines {
        let lines = preview.flatMap { $0.width == w ? $0 : nil } ?? ReportPreviewLines(session: session, width: w, language: language)
        preview = lines
        lines.makeLines(through: count)
        return lines
    }

    /// Every line for a width of text (every page laid out).
    func lines(width w: Int) -> [String] {
        let lines = preview(width: w, through: 0)
        lines.makeAll()
        return lines.lines
    }

    var hasIdleWork: Bool { !(preview?.isComplete ?? true) || (keepsFirstPage != nil && preview != nil) }
    func runIdleStep(app: Application) {
        guard let preview else { return }
        // Kept as first shown, at the first step after it is drawn (its page count may not be known yet).
        if let keep = keepsFirstPage {
            keepsFirstPage = nil
            preview.makeLines(through: KeptReportPage.lineCount)
            keep.save(Array(preview.lines.prefix(KeptReportPage.lineCount)), width: preview.width)
            return
        }
        preview.layOutSlice(steps: Self.layoutStepsPerIdleStep)
    }

    /// Draws pages until line `count` (scrolling down).
    private func need(_ count: Int) { preview?.makeLines(through: count) }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let textWidth = max(40, area.width - 2)
        let room = max(1, area.height - 2)
        let preview = preview(width: textWidth, through: top + room)
        let all = preview.lines
        pageSize = room
        top = max(0, min(top, max(0, all.count - room)))
        for row in 0..<room {
            let i = top + row
            guard i < all.count else { break }
            let text = left > 0 ? Self.dropColumns(all[i], left) : all[i]
            frame.put(text, x: area.x + 1, y: area.y + row, style: i == matchLine ? .selection : .normal, maxWidth: area.width - 2)
        }
        let bottom = area.maxY - 1
        frame.hline(x: area.x, y: bottom - 1, width: area.width)
        if let p = prompt {
            let label = UIText.search.text(app.language)
            frame.put(label + p.query, x: area.x + 1, y: bottom, style: .focusedField, maxWidth: area.width - 2)
            frame.cursor = Point(x: min(area.maxX - 1, area.x + 1 + DisplayWidth.of(label + p.query)), y: bottom)
        } else {
            let last = min(all.count, top + room)
            let first = all.isEmpty ? 0 : top + 1
            var info = (preview.isComplete ? ReportStrings.lines(first, last, all.count) : ReportStrings.linesOfUnknown(first, last))
                .text(app.language)
            if preview.isPaged {
                let page = (preview.pageStarts.lastIndex { $0 <= top } ?? 0) + 1
                info = (preview.pageCount.map { ReportStrings.pageOf(page, $0) } ?? ReportStrings.pageOfUnknown(page)).text(app.language)
                    + " · " + info
            }
            frame.put(info, x: area.x + 1, y: bottom, style: .placeholder)
            let hint = ReportStrings.previewHint.text(app.language)
            let x = area.maxX - 1 - DisplayWidth.of(hint)
            if x > area.x + DisplayWidth.of(info) + 3 { frame.put(hint, x: x, y: bottom, style: .placeholder) }
        }
    }

    /// Shows the report from line `line` (where the kept page it replaces was).
    func scroll(to line: Int) { top = max(0, line) }

    /// Drops the first `n` display columns of a line (horizontal scrolling).
    static func dropColumns(_ s: String, _ n: Int) -> String {
        var used = 0
        var index = s.startIndex
        while index < s.endIndex, used < n {
            used += DisplayWidth.of(s[index])
            index = s.index(after: index)
        }
        return String(s[index...])
    }

    /// Scrolls so that the next (or previous) line matching `query` from `from` is in view; wraps around.
    /// Pages not yet laid out are laid out as the search reaches them.
    @discardableResult
    func find(_ query: String, from: Int, forward: Bool = true) -> Bool {
        guard let preview, !query.isEmpty else { return false }
        let matches = { SearchKey.containsPhrase(query, in: $0) }
        guard let i = forward ? preview.firstMatch(from: from, matches) : preview.lastMatch(from: from, matches) else { return false }
        matchLine = i
        if i < top || i >= top + pageSize { top = max(0, i - pageSize / 3) }
        return true
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if let p = prompt { return handlePrompt(key, p, app) }
        switch command {
        case .up?: top = max(0, top - 1)
        case .down?:
            need(top + 1 + pageSize)
            top = min(max(0, cachedLines.count - pageSize), top + 1)
        case .pageUp?: top = max(0, top - pageSize)
        case .pageDown?:
            need(top + 2 * pageSize)
            top = min(max(0, cachedLines.count - pageSize), top + pageSize)
        case .first?: top = 0
        case .last?:
            preview?.makeAll()
            top = max(0, cachedLines.count - pageSize)
        case .scrollLeft?: left = max(0, left - 10)
        case .scrollRight?:
            let widest = cachedLines.map(DisplayWidth.of).max() ?? 0
            left = min(max(0, widest - width), left + 10)
        case .search?: prompt = ("", top)
        case .searchNext?:
            if !find(lastSearch, from: (matchLine ?? top - 1) + 1) { notFound(app) }
        case .searchPrevious?:
            if !find(lastSearch, from: (matchLine ?? top) - 1, forward: false) { notFound(app) }
        case .reportFigures?: app.push(ReportFiguresView(session: session, language: app.language))
        case .reportSaveAs?: app.push(ReportSaveForm.make(session: session, language: app.language))
        case .reportPrint?: ReportPrinting.ask(session: session, app: app)
        default: return false
        }
        return true
    }

    private func notFound(_ app: Application) { app.setStatus(UIText.notFound.text(app.language), error: true) }

    private func handlePrompt(_ key: Key, _ p: (query: String, originTop: Int), _ app: Application) -> Bool {
        var q = p.query
        switch key {
        case .enter:
            lastSearch = q
            prompt = nil
            return true
        case .escape:
            top = p.originTop
            matchLine = nil
            prompt = nil
            return true
        case .backspace:
            if !q.isEmpty { q.removeLast() }
        case .char(let c):
            q = TextNormalization.nfc(q + String(c))
        case .paste(let t):
            q = TextNormalization.clean(q + t)
        default:
            return true
        }
        prompt = (q, p.originTop)
        if q.isEmpty {
            top = p.originTop
            matchLine = nil
        } else if !find(q, from: p.originTop) {
            notFound(app)
        }
        return true
    }
}
