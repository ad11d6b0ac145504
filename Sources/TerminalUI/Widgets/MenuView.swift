import TDKTText

/// A vertical menu: arrows (or j/k) move, Enter or the item's number opens.
public final class MenuView: View {
    public struct Item {
        public var label: String
        public var action: (Application) -> Void
        public init(_ label: String, action: @escaping (Application) -> Void) {
            self.label = label
            self.action = action
        }
    }

    public var title: String
    public var items: [Item]
    public private(set) var selected = 0
    /// A line under the menu (e.g. what Enter does).
    public var footer: String?

    public init(title: String, items: [Item], footer: String? = nil) {
        self.title = title
        self.items = items
        self.footer = footer
    }

    public var context: CommandContext { .menu }

    public func select(_ i: Int) {
        guard !items.isEmpty else { return }
        selected = max(0, min(items.count - 1, i))
    }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let labels = items.enumerated().map { i, item in
            (i < 9 ? "\(i + 1). " : "   ") + item.label
        }
        let inner = max(30, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let box = Rect(x: area.x + 3, y: area.y + 1, width: min(area.width - 6, inner + 4), height: min(area.height - 2, items.count + 2))
        frame.box(box, style: .border, title: title, titleStyle: .header)
        let room = box.height - 2
        let first = max(0, min(selected - room + 1, items.count - room))
        for (row, i) in (first..<min(items.count, first + room)).enumerated() {
            let y = box.y + 1 + row
            let isSel = i == selected
            let text = (isSel ? "▶ " : "  ") + labels[i]
            frame.put(DisplayWidth.pad(text, to: box.width - 2), x: box.x + 1, y: y, style: isSel ? .selection : .normal)
        }
        if let f = footer {
            frame.put(f, x: box.x, y: min(area.maxY - 1, box.maxY + 1), style: .placeholder, maxWidth: area.width - box.x)
        }
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        guard !items.isEmpty else { return false }
        switch command {
        case .up?: select(selected == 0 ? items.count - 1 : selected - 1); return true
        case .down?: select(selected == items.count - 1 ? 0 : selected + 1); return true
        case .first?: select(0); return true
        case .last?: select(items.count - 1); return true
        case .accept?:
            items[selected].action(app)
            return true
        default:
            break
        }
        if command == .menuItem, case .char(let c) = key, let d = c.wholeNumberValue, d >= 1, d <= min(9, items.count) {
            select(d - 1)
            items[selected].action(app)
            return true
        }
        return false
    }
}
