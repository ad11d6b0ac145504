import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// A report as it will print, page by page (the PDF's pages drawn in character cells, with the page count),
/// scrolling: arrows, PgUp/PgDn, Home/End, ←/→ for wide tables, `/` to search (then n/N). s opens its
/// figures, F2 saves it to a file, p prints it (all also in the F9 menu).
final class ReportPreviewView: View {
    let session: ReportSession
    private var width = 0
    private var cachedLines: [String] = []
    /// The first line of each printed page.
    private(set) var pageStarts: [Int] = [0]
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

    var title: String { session.kind.title.text(language) + " · " + session.period.description }
    var context: TerminalUI.CommandContext { .reportPreview }
    var wantsTyping: Bool { prompt != nil }

    /// The lines for a width of text, laid out again only when the width changes.
    func lines(width w: Int) -> [String] {
        if w != width {
            width = w
            (cachedLines, pageStarts) = session.previewLines(width: w, language: language)
        }
        return cachedLines
    }

    func draw(in frame: inout Frame, area: Rect, app: Application) {
        let textWidth = max(40, area.width - 2)
        let all = lines(width: textWidth)
        let room = max(1, area.height - 2)
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
            var info = ReportStrings.lines(all.isEmpty ? 0 : top + 1, last, all.count).text(app.language)
            if pageStarts.count > 1 || session.pages != nil {
                let page = (pageStarts.lastIndex { $0 <= top } ?? 0) + 1
                info = ReportStrings.pageOf(page, pageStarts.count).text(app.language) + " · " + info
            }
            frame.put(info, x: area.x + 1, y: bottom, style: .placeholder)
            let hint = ReportStrings.previewHint.text(app.language)
            let x = area.maxX - 1 - DisplayWidth.of(hint)
            if x > area.x + DisplayWidth.of(info) + 3 { frame.put(hint, x: x, y: bottom, style: .placeholder) }
        }
    }

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
    @discardableResult
    func find(_ query: String, from: Int, forward: Bool = true) -> Bool {
        let all = cachedLines
        guard !all.isEmpty, !query.isEmpty else { return false }
        let n = all.count
        for step in 0..<n {
            let i = ((from + (forward ? step : -step)) % n + n) % n
            if SearchKey.containsPhrase(query, in: all[i]) {
                matchLine = i
                if i < top || i >= top + pageSize { top = max(0, i - pageSize / 3) }
                return true
            }
        }
        return false
    }

    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if let p = prompt { return handlePrompt(key, p, app) }
        let count = cachedLines.count
        switch command {
        case .up?: top = max(0, top - 1)
        case .down?: top = min(max(0, count - pageSize), top + 1)
        case .pageUp?: top = max(0, top - pageSize)
        case .pageDown?: top = min(max(0, count - pageSize), top + pageSize)
        case .first?: top = 0
        case .last?: top = max(0, count - pageSize)
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
