/// Read-only text over the whole content area (a detail, an explanation, a preview), wrapped to the width;
/// ↑↓ PgUp PgDn Home End scroll. The owner may handle keys first through `onKey` (e.g. F2 to confirm).
public final class TextView: View {
    public var title: String
    public var lines: [String]
    /// Styled lines: the index of lines shown as headers.
    public var headerLines: Set<Int> = []
    public private(set) var offset = 0
    public var viewContext: CommandContext
    public var hidden: Set<CommandID> = []
    /// Called before the view's own handling; return true when the key was used.
    public var onKey: ((Key, CommandID?, Application) -> Bool)?
    private var pageSize = 10

    public init(title: String, lines: [String], context: CommandContext = .list) {
        self.title = title
        self.lines = lines
        self.viewContext = context
    }

    public var context: CommandContext { viewContext }
    public var hiddenCommands: Set<CommandID> { hidden.union([.search, .filter, .telex, .mark, .markAll]) }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let width = max(1, area.width - 2)
        var wrapped: [(String, Bool)] = []
        for (i, l) in lines.enumerated() {
            // A line that fits is kept as it is (aligned columns keep their spaces).
            let parts = l.isEmpty || TextWidth.of(l) <= width ? [l] : TextWidth.wrap(l, width: width)
            // Continuation lines of an indented line keep its indent.
            let indent = String(l.prefix { $0 == " " })
            for (j, p) in parts.enumerated() { wrapped.append(((j > 0 ? indent : "") + p, headerLines.contains(i))) }
        }
        pageSize = max(1, area.height - 1)
        offset = max(0, min(offset, wrapped.count - pageSize))
        for (row, item) in wrapped.dropFirst(offset).prefix(pageSize).enumerated() {
            frame.put(item.0, x: area.x + 1, y: area.y + row, style: item.1 ? .header : .normal, maxWidth: width)
        }
        if wrapped.count > pageSize {
            let info = "\(offset + 1)-\(min(wrapped.count, offset + pageSize))/\(wrapped.count)"
            frame.put(info, x: area.maxX - TextWidth.of(info) - 1, y: area.maxY - 1, style: .placeholder)
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
