import TDKTText

/// A message or error in a box; any of Enter, Esc, Space closes it.
public final class MessageDialog: View {
    public enum Kind: Sendable { case info, error }
    public let title: String
    public let text: String
    public let kind: Kind
    public var onClose: ((Application) -> Void)?

    public init(title: String, text: String, kind: Kind = .info, onClose: ((Application) -> Void)? = nil) {
        self.title = title
        self.text = text
        self.kind = kind
        self.onClose = onClose
    }

    public var context: CommandContext { .dialog }
    public var isModal: Bool { true }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let inner = min(60, area.width - 8)
        let lines = DisplayWidth.wrap(text, width: inner)
        let box = area.centered(width: inner + 4, height: min(area.height, lines.count + 5))
        let border: Style = kind == .error ? .error : .dialog
        frame.box(box, style: border, fillStyle: .dialog, title: (kind == .error ? "! " : "") + title,
                  titleStyle: kind == .error ? .error : .dialogTitle)
        for (i, line) in lines.prefix(box.height - 4).enumerated() {
            frame.put(line, x: box.x + 2, y: box.y + 1 + i, style: .dialog)
        }
        let ok = "[ " + UIText.ok.text(app.language) + " ]"
        frame.put(ok, x: box.x + (box.width - DisplayWidth.of(ok)) / 2, y: box.maxY - 2, style: .focusedButton)
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch key {
        case .enter, .escape, .char(" "):
            app.remove(self)
            onClose?(app)
        default:
            break
        }
        return true  // modal: nothing reaches the view below
    }
}

/// A yes/no question. Left/Right/Tab move between the buttons; c/y = yes, k/n/Esc = no.
public final class ConfirmDialog: View {
    public let title: String
    public let text: String
    public private(set) var yesSelected = true
    private let onAnswer: (Bool, Application) -> Void

    /// `defaultYes` false starts on "No" (for what cannot be undone lightly), so Enter alone declines.
    public init(title: String, text: String, defaultYes: Bool = true, onAnswer: @escaping (Bool, Application) -> Void) {
        self.title = title
        self.text = text
        self.yesSelected = defaultYes
        self.onAnswer = onAnswer
    }

    public var context: CommandContext { .dialog }
    public var isModal: Bool { true }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let inner = min(60, area.width - 8)
        let lines = DisplayWidth.wrap(text, width: inner)
        let box = area.centered(width: inner + 4, height: min(area.height, lines.count + 5))
        frame.box(box, style: .dialog, fillStyle: .dialog, title: title, titleStyle: .dialogTitle)
        for (i, line) in lines.prefix(box.height - 4).enumerated() {
            frame.put(line, x: box.x + 2, y: box.y + 1 + i, style: .dialog)
        }
        let yes = (yesSelected ? "▶ " : "[ ") + UIText.yes.text(app.language) + (yesSelected ? " ◀" : " ]")
        let no = (yesSelected ? "[ " : "▶ ") + UIText.no.text(app.language) + (yesSelected ? " ]" : " ◀")
        let total = DisplayWidth.of(yes) + 4 + DisplayWidth.of(no)
        let x = box.x + (box.width - total) / 2
        frame.put(yes, x: x, y: box.maxY - 2, style: yesSelected ? .focusedButton : .button)
        frame.put(no, x: x + DisplayWidth.of(yes) + 4, y: box.maxY - 2, style: yesSelected ? .button : .focusedButton)
    }

    private func answer(_ yes: Bool, _ app: Application) {
        app.remove(self)
        onAnswer(yes, app)
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch key {
        case .left, .right, .tab, .backTab:
            yesSelected.toggle()
        case .enter, .char(" "):
            answer(yesSelected, app)
        case .escape:
            answer(false, app)
        case .char(let c):
            switch SearchKey.fold(String(c)) {
            case "c", "y": answer(true, app)
            case "k", "n": answer(false, app)
            default: break
            }
        default:
            break
        }
        return true
    }
}

/// The F1 help screen, generated from the command table for the context it was opened from.
public final class HelpView: View {
    public let helpContext: CommandContext
    /// Every context of the view it was opened from (its own commands included).
    public let helpContexts: [CommandContext]
    public let hidden: Set<CommandID>
    private var offset = 0

    public convenience init(context: CommandContext, hidden: Set<CommandID> = []) { self.init(contexts: [context], hidden: hidden) }
    public init(contexts: [CommandContext], hidden: Set<CommandID> = []) {
        self.helpContext = contexts.last ?? .help; self.helpContexts = contexts; self.hidden = hidden
    }

    public var title: String { "" }
    public var context: CommandContext { .help }
    public var isModal: Bool { true }

    public func lines(_ app: Application) -> [String] {
        let items = app.commands.helpItems(for: helpContexts, language: app.language, hiding: hidden)
        let keyWidth = min(24, (items.map { DisplayWidth.of($0.keys) }.max() ?? 0))
        return items.map { DisplayWidth.pad($0.keys, to: keyWidth) + "  " + $0.text }
    }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let box = area
        frame.box(box, style: .dialog, fillStyle: .dialog, title: UIText.help.text(app.language), titleStyle: .dialogTitle)
        let all = lines(app)
        let room = box.height - 3
        offset = max(0, min(offset, all.count - room))
        for (i, line) in all.dropFirst(offset).prefix(room).enumerated() {
            frame.put(line, x: box.x + 2, y: box.y + 1 + i, style: .dialog, maxWidth: box.width - 4)
        }
        frame.put(UIText.helpClose.text(app.language), x: box.x + 2, y: box.maxY - 2, style: .dialogTitle, maxWidth: box.width - 4)
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch command {
        case .up?: offset = max(0, offset - 1)
        case .down?: offset += 1
        case .pageUp?: offset = max(0, offset - 10)
        case .pageDown?: offset += 10
        default:
            switch key {
            case .escape, .enter, .function(1), .char("?"), .char("q"):
                app.remove(self)
            default: break
            }
        }
        return true
    }
}
