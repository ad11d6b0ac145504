import TDKTText

/// A read-only page of lines (a report, a result, a detail) that scrolls with the arrows,
/// PgUp/PgDn, Home/End. Long lines are cut (or wrapped when `wrap` is set); the position is shown
/// at the bottom. A screen adds its own keys with `onKey` and its own F-keys with `commandContext`.
public final class TextPanel: View {
    public struct Line: Sendable, Equatable {
        public var text: String
        public var style: Style
        public init(_ text: String, style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    public var title: String
    public private(set) var lines: [Line]
    public private(set) var offset = 0
    /// Long lines wrap instead of being cut.
    public var wrap = true
    public var commandContext: CommandContext = .text
    /// Keys for the screen's own actions (F5, F6...); return true when handled.
    public var onKey: ((Key, CommandID?, Application) -> Bool)?
    public var onAppear: ((TextPanel, Application) -> Void)?
    private var pageSize = 10

    /// Commands of its context this page does not offer now (e.g. what the role may not do).
    public var hidden: Set<CommandID> = []

    public init(title: String, lines: [Line] = []) {
        self.title = title
        self.lines = lines
    }

    /// Plain lines in a given command context (a screen's own F-keys).
    public convenience init(title: String, lines: [String], context: CommandContext = .text) {
        self.init(title: title, lines: lines.map { Line($0) })
        commandContext = context
    }

    /// Lines shown as headers, by index.
    public var headerLines: Set<Int> {
        get { Set(lines.indices.filter { lines[$0].style == .header }) }
        set { for i in lines.indices { lines[i].style = newValue.contains(i) ? .header : (lines[i].style == .header ? .normal : lines[i].style) } }
    }

    public var context: CommandContext { commandContext }
    // A page has nothing to search, filter, type into or mark, whatever context it borrows.
    public var hiddenCommands: Set<CommandID> { hidden.union([.search, .searchNext, .searchPrevious, .filter, .telex, .mark, .markAll]) }
    public func didAppear(app: Application) { onAppear?(self, app) }
    /// A closed view lets go of the code driving it: a screen's controller is held by these closures and
    /// holds the view, so keeping them would keep both alive for as long as the program runs.
    public func didDisappear(app: Application) { onKey = nil; onAppear = nil; onRefresh = nil }

    /// Reads again what another clerk saved (see `View.refreshFromOutside`); returns true when the lines changed.
    public var onRefresh: ((TextPanel, Application) -> Bool)?
    public func refreshFromOutside(app: Application) -> Bool { onRefresh?(self, app) ?? false }

    /// Replaces the lines (after the data changed), keeping the scroll position when it still fits.
    public func setLines(_ new: [Line]) {
        lines = new
    }

    /// The lines as laid out for a width (wrapped or cut).
    func laidOut(width: Int) -> [Line] {
        guard wrap else { return lines }
        return lines.flatMap { l -> [Line] in
            // A line that fits keeps its spacing (columns of a table stay aligned).
            if DisplayWidth.of(l.text) <= width { return [l] }
            // Keep the indentation of a wrapped line.
            let indent = String(l.text.prefix { $0 == " " })
            let wrapped = DisplayWidth.wrap(l.text, width: max(1, width))
            return wrapped.enumerated().map { i, t in Line(i == 0 ? t : indent + "  " + t, style: l.style) }
        }
    }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let width = area.width - 2
        let shown = laidOut(width: width - 3)
        let room = max(1, area.height - 1)
        pageSize = room
        offset = max(0, min(offset, shown.count - room))
        for (i, line) in shown.dropFirst(offset).prefix(room).enumerated() {
            frame.put(line.text, x: area.x + 1, y: area.y + i, style: line.style, maxWidth: width)
        }
        if shown.count > room {
            let info = "\(offset + 1)–\(min(shown.count, offset + room))/\(shown.count) ↑↓"
            frame.put(info, x: area.maxX - DisplayWidth.of(info) - 1, y: area.maxY - 1, style: .placeholder)
        }
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if let onKey, onKey(key, command, app) { return true }
        switch command {
        case .up?: offset = max(0, offset - 1)
        case .down?: offset += 1
        case .pageUp?: offset = max(0, offset - pageSize)
        case .pageDown?: offset += pageSize
        case .first?: offset = 0
        case .last?: offset = Int.max / 2
        default: return false
        }
        return true
    }
}
