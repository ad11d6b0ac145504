import TDKTText

/// Asks for one line of text in a box: Enter answers with the text (possibly empty), Esc cancels.
/// The caller checks the answer (e.g. a reason the domain requires) and says what is wrong.
public final class PromptDialog: View {
    public let title: String
    public let label: String
    public private(set) var editor: LineEditor
    private let onAnswer: (String?, Application) -> Void

    /// `onAnswer` gets the text, or nil when cancelled.
    public init(title: String, label: String, text: String = "", maxLength: Int = 500, onAnswer: @escaping (String?, Application) -> Void) {
        self.title = title
        self.label = label
        self.editor = LineEditor(text, maxLength: maxLength)
        self.onAnswer = onAnswer
    }

    public var context: CommandContext { .dialog }
    public var isModal: Bool { true }
    public var wantsTyping: Bool { true }
    public var text: String { editor.text }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let inner = min(60, area.width - 8)
        let lines = DisplayWidth.wrap(label, width: inner)
        let box = area.centered(width: inner + 4, height: min(area.height, lines.count + 6))
        frame.box(box, style: .dialog, fillStyle: .dialog, title: title, titleStyle: .dialogTitle)
        for (i, line) in lines.prefix(box.height - 5).enumerated() {
            frame.put(line, x: box.x + 2, y: box.y + 1 + i, style: .dialog)
        }
        let fieldY = box.maxY - 3
        frame.fill(Rect(x: box.x + 2, y: fieldY, width: inner, height: 1), style: .focusedField)
        let slice = editor.visibleSlice(width: inner)
        frame.put(slice.text, x: box.x + 2, y: fieldY, style: .focusedField, maxWidth: inner)
        frame.cursor = Point(x: box.x + 2 + slice.cursorColumn, y: fieldY)
        frame.put(UIText.promptHint.text(app.language), x: box.x + 2, y: box.maxY - 2, style: .dialog, maxWidth: inner)
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        switch key {
        case .enter:
            app.remove(self)
            onAnswer(editor.text.trimmingCharacters(in: .whitespaces), app)
        case .escape:
            app.remove(self)
            onAnswer(nil, app)
        case .char(let c):
            if app.telexEnabled { editor.typeTelex(c) } else { editor.insert(String(c)) }
        case .paste(let t): editor.insert(TextNormalization.clean(t))
        case .backspace: editor.backspace()
        case .delete: editor.deleteForward()
        case .left: editor.left()
        case .right: editor.right()
        case .home: editor.home()
        case .end: editor.end()
        case .ctrl("u"): editor.clear()
        default: break
        }
        return true
    }
}
