import TDKTText

/// The F9 menu: a screen's own actions from the command table. Choosing one hands the screen the
/// command as if its key had been pressed.
public final class ActionsMenu: View {
    public let actions: [Command]
    private weak var target: View?
    public private(set) var selected = 0

    public init(actions: [Command], target: View) {
        self.actions = actions
        self.target = target
    }

    public var title: String { "" }
    public var context: CommandContext { .menu }
    public var isModal: Bool { true }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let rows = actions.enumerated().map { i, c -> (String, String) in
            ((i < 9 ? "\(i + 1). " : "   ") + c.label.text(app.language), c.keys.isEmpty ? "" : c.keysText(app.language))
        }
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let keyWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 0
        let inner = min(area.width - 4, max(24, labelWidth + keyWidth + 6))
        let box = area.centered(width: inner + 2, height: min(area.height, actions.count + 2))
        frame.box(box, style: .dialog, fillStyle: .dialog, title: UIText.actions.text(app.language), titleStyle: .dialogTitle)
        let room = box.height - 2
        let first = max(0, min(selected - room + 1, actions.count - room))
        for (row, i) in (first..<min(actions.count, first + room)).enumerated() {
            let keyText = rows[i].1
            let left = DisplayWidth.truncate((i == selected ? "▶ " : "  ") + rows[i].0, to: inner - DisplayWidth.of(keyText) - 1)
            let line = DisplayWidth.pad(left, to: inner - DisplayWidth.of(keyText)) + keyText
            frame.put(line, x: box.x + 1, y: box.y + 1 + row, style: i == selected ? .selection : .dialog)
        }
    }

    private func run(_ i: Int, _ app: Application) {
        app.remove(self)
        guard let target, actions.indices.contains(i) else { return }
        let c = actions[i]
        _ = target.handle(c.keys.first ?? .function(9), command: c.id, app: app)
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch command {
        case .up?: selected = selected == 0 ? actions.count - 1 : selected - 1
        case .down?: selected = selected == actions.count - 1 ? 0 : selected + 1
        case .first?: selected = 0
        case .last?: selected = actions.count - 1
        case .accept?: run(selected, app)
        case .back?, .actions?: app.remove(self)
        case .menuItem?:
            if case .char(let c) = key, let d = c.wholeNumberValue, d >= 1, d <= actions.count { run(d - 1, app) }
        default: break
        }
        return true  // modal
    }
}
