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
        switch command {
        case .accept?, .back?, .pressButton?:
            app.remove(self)
            onClose?(app)
        default:
            break
        }
        return true  // modal: nothing reaches the view below
    }
}

/// A yes/no question. Left/Right/Tab move between the buttons; c/y = yes, k/n/Esc = no.
/// A question whose "yes" destroys or merges something starts on "Không" (`defaultYes: false`).
public final class ConfirmDialog: View {
    public let title: String
    public let text: String
    public private(set) var yesSelected: Bool
    private let onAnswer: (Bool, Application) -> Void

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
        switch command {
        case .cursorLeft?, .cursorRight?, .nextField?, .previousField?:
            yesSelected.toggle()
        case .accept?, .pressButton?:
            answer(yesSelected, app)
        case .back?, .answerNo?:
            answer(false, app)
        case .answerYes?:
            answer(true, app)
        default:
            break
        }
        return true
    }
}

/// The F1 help screen, generated from the command table for the context it was opened from:
/// every key of that screen, its widgets' included. It scrolls with the keys it lists and says when
/// more lies below.
public final class HelpView: View {
    public let helpContext: CommandContext
    /// Every context of the view it was opened from (its own commands included).
    public let helpContexts: [CommandContext]
    public let hidden: Set<CommandID>
    public private(set) var offset = 0
    private var pageSize = 10

    public convenience init(context: CommandContext, hidden: Set<CommandID> = []) { self.init(contexts: [context], hidden: hidden) }
    public init(contexts: [CommandContext], hidden: Set<CommandID> = []) {
        self.helpContext = contexts.last ?? .help; self.helpContexts = contexts; self.hidden = hidden
    }

    public var title: String { "" }
    public var context: CommandContext { .help }
    public var isModal: Bool { true }

    /// The help's lines for a width: keys in a column, long sentences wrapped under their start.
    public func lines(_ app: Application, width: Int = 76) -> [String] {
        let items = app.commands.helpItems(for: helpContexts, language: app.language, hiding: hidden)
        let keyWidth = min(24, (items.map { DisplayWidth.of($0.keys) }.max() ?? 0))
        let about = app.aboutLines.isEmpty ? [] : app.aboutLines.flatMap { DisplayWidth.wrap($0, width: max(10, width)) } + [""]
        let textWidth = max(10, width - keyWidth - 2)
        return about + items.flatMap { item -> [String] in
            let wrapped = DisplayWidth.wrap(item.text, width: textWidth)
            return wrapped.enumerated().map { i, t in
                (i == 0 ? DisplayWidth.pad(item.keys, to: keyWidth) : String(repeating: " ", count: keyWidth)) + "  " + t
            }
        }
    }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let box = area
        frame.box(box, style: .dialog, fillStyle: .dialog, title: UIText.help.text(app.language), titleStyle: .dialogTitle)
        let all = lines(app, width: box.width - 4)
        let room = max(1, box.height - 3)
        pageSize = room
        offset = max(0, min(offset, all.count - room))
        for (i, line) in all.dropFirst(offset).prefix(room).enumerated() {
            frame.put(line, x: box.x + 2, y: box.y + 1 + i, style: .dialog, maxWidth: box.width - 4)
        }
        var footer = UIText.helpKeys.text(app.language)
        if offset + room < all.count { footer = UIText.moreBelow.text(app.language) + " · " + footer }
        frame.put(footer, x: box.x + 2, y: box.maxY - 2, style: .dialogTitle, maxWidth: box.width - 4)
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch command {
        case .up?: offset = max(0, offset - 1)
        case .down?: offset += 1
        case .pageUp?: offset = max(0, offset - pageSize)
        case .pageDown?: offset += pageSize
        case .first?: offset = 0
        case .last?: offset = Int.max / 2
        case .back?, .accept?, .help?: app.remove(self)
        default: break
        }
        return true
    }
}
