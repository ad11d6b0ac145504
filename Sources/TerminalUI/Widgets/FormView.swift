import Foundation
import TDKTText

/// A form of fields laid out one under another, each with its validation message under it.
///
/// Tab/↓ next field, Shift-Tab/↑ previous, Enter next (on the last field: save), F2 save,
/// Esc back (asks before dropping unsaved changes). Text fields keep NFC text and edit by Character;
/// Ctrl-T turns on the built-in Telex input method. A paste never submits: its newlines become spaces.
public final class FormView: View, DraftSource {
    public enum Kind: Sendable, Equatable {
        case text(maxLength: Int)
        /// Wrapped over `lines` rows.
        case longText(maxLength: Int, lines: Int)
        case number(min: Int, max: Int)
        /// dd/mm/yyyy
        case date
        case choice([String])
        case yesNo
    }

    public final class Field {
        public let id: String
        public var label: String
        public internal(set) var kind: Kind
        public var required: Bool
        /// Extra check by the caller: returns a message to show at the field, or nil when the value is fine.
        public var validate: ((String) -> String?)?
        public var editor: LineEditor
        /// The message shown under the field.
        public internal(set) var message: String?

        public init(id: String, label: String, kind: Kind, value: String = "", required: Bool = false, validate: ((String) -> String?)? = nil) {
            self.id = id
            self.label = label
            self.kind = kind
            self.required = required
            self.validate = validate
            switch kind {
            case .text(let m), .longText(let m, _): editor = LineEditor(value, maxLength: m)
            case .number: editor = LineEditor(value, maxLength: 12)
            case .date: editor = LineEditor(value, maxLength: 10)
            case .choice(let options): editor = LineEditor(value.isEmpty ? (options.first ?? "") : value)
            case .yesNo: editor = LineEditor(value == "yes" ? "yes" : "no")
            }
        }

        /// The value as stored: text, digits, dd/mm/yyyy, the option, or "yes"/"no".
        public var value: String { editor.text }

        var isTextual: Bool {
            switch kind {
            case .text, .longText, .number, .date: return true
            case .choice, .yesNo: return false
            }
        }

        var height: Int {
            if case .longText(_, let lines) = kind { return max(1, lines) }
            return 1
        }
    }

    public var title: String
    public let formID: String
    public private(set) var fields: [Field]
    public private(set) var focus = 0
    private var savedValues: [String: String]
    private var scroll = 0
    /// Called by F2 once every field is valid. Return nil when saved, or an error message.
    public var onSave: (([String: String], Application) -> String?)?
    /// What a save handler may answer when it needs more than "saved" or "error".
    public enum SaveResult {
        case saved
        /// Shown in an error dialog.
        case error(String)
        /// The handler already told the user (a message at a field, a question); the form stays unsaved.
        case handled
    }
    /// Used instead of `onSave` when set.
    public var onSaveResult: (([String: String], Application) -> SaveResult)?
    /// The screen's own command contexts (see `View.extraContexts`).
    public var extraContexts: [CommandContext] = []
    /// Sees keys first; returns true when it handled the key.
    public var onKey: ((Key, CommandID?, Application) -> Bool)?
    /// Called when the form appears (e.g. to offer a draft back).
    public var onAppear: ((FormView, Application) -> Void)?
    /// Called once when the form is closed, before its handlers go.
    public var onDisappear: ((FormView, Application) -> Void)?
    /// Width of the field boxes for single-line text.
    public var fieldWidth = 40
    /// Whether a successful F2 says "saved" in the status line; false when `onSave` does something
    /// else (opens a report, asks a question) and sets its own status.
    public var announcesSave = true

    public init(id: String, title: String, fields: [Field], onSave: (([String: String], Application) -> String?)? = nil) {
        self.formID = id
        self.title = title
        self.fields = fields
        self.onSave = onSave
        self.savedValues = Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.value) })
    }

    public var context: CommandContext { .form }
    public var wantsTyping: Bool { fields.indices.contains(focus) && fields[focus].isTextual }
    public var values: [String: String] { Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.value) }) }
    public var hasUnsavedChanges: Bool { values != savedValues }
    public var focusedField: Field? { fields.indices.contains(focus) ? fields[focus] : nil }
    public func field(_ id: String) -> Field? { fields.first { $0.id == id } }

    public func didAppear(app: Application) { onAppear?(self, app) }
    /// Closed: the handlers go, and with them whatever they held (a controller, a picker), so nothing
    /// keeps a closed form alive.
    public func didDisappear(app: Application) {
        onDisappear?(self, app)
        onSave = nil; onSaveResult = nil; onKey = nil; onAppear = nil; onDisappear = nil
    }

    // MARK: DraftSource

    public var draftID: String { formID }
    public func draftValues() -> [String: String] { values }
    public func restoreDraft(_ values: [String: String]) {
        for f in fields { if let v = values[f.id] { f.editor.setText(v) } }
    }

    /// Shows a message at a field (e.g. the domain's refusal) and moves the focus there.
    public func setMessage(_ message: String?, for id: String) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[i].message = message
        if message != nil { focus = i }
    }

    /// Sets a field's value from outside (a value picked in a list).
    public func setValue(_ value: String, for id: String) {
        field(id)?.editor.setText(value)
    }

    /// Moves the focus to a field.
    public func focus(on id: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { focus = i }
    }

    /// Marks the current values as saved (no unsaved changes).
    public func markSaved() { savedValues = values }

    /// Replaces the options of a choice field (e.g. awards narrowed to the kind of nominee);
    /// keeps the value when it is still an option, else takes the first.
    public func setChoices(_ options: [String], for id: String) {
        guard let f = field(id), case .choice = f.kind else { return }
        f.kind = .choice(options)
        if !options.contains(f.value) { f.editor.setText(options.first ?? "") }
    }

    // MARK: Validation

    /// Checks one field and sets its message. Returns true when valid.
    @discardableResult
    public func validate(_ i: Int, language: Language) -> Bool {
        let f = fields[i]
        f.message = builtInMessage(f, language) ?? (f.value.isEmpty && !f.required ? nil : f.validate?(f.value))
        return f.message == nil
    }

    private func builtInMessage(_ f: Field, _ lang: Language) -> String? {
        let v = f.value.trimmingCharacters(in: .whitespaces)
        if v.isEmpty { return f.required ? UIText.required.text(lang) : nil }
        switch f.kind {
        case .number(let lo, let hi):
            guard let n = Int(v), n >= lo, n <= hi else { return UIText.numberRange(lo, hi).text(lang) }
            return nil
        case .date:
            return Self.parseDate(v) == nil ? UIText.badDate.text(lang) : nil
        default:
            return nil
        }
    }

    /// Parses dd/mm/yyyy with calendar rules (leap years included).
    public static func parseDate(_ s: String) -> (day: Int, month: Int, year: Int)? {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              y >= 1900, y <= 2999, m >= 1, m <= 12, d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days ? (d, m, y) : nil
    }

    /// Validates everything; focuses the first field with a message. Returns the number of problems.
    @discardableResult
    public func validateAll(language: Language) -> Int {
        var bad = 0
        var first: Int?
        for i in fields.indices where !validate(i, language: language) {
            bad += 1
            if first == nil { first = i }
        }
        if let f = first { focus = f }
        return bad
    }

    public func save(app: Application) {
        let bad = validateAll(language: app.language)
        if bad > 0 {
            app.setStatus(UIText.fieldErrors(bad).text(app.language), error: true)
            return
        }
        if let handler = onSaveResult {
            switch handler(values, app) {
            case .saved:
                // The handler may have said more than "Saved" already.
                markSaved()
                if app.statusMessage == nil { app.setStatus(UIText.saved.text(app.language)) }
                return
            case .error(let err): app.showError(err); return
            case .handled: return
            }
        } else if let err = onSave?(values, app) {
            app.showError(err)
            return
        }
        markSaved()
        if announcesSave { app.setStatus(UIText.saved.text(app.language)) }
    }

    // MARK: Keys

    private func move(_ delta: Int, app: Application) {
        validate(focus, language: app.language)
        focus = max(0, min(fields.count - 1, focus + delta))
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        guard let f = focusedField else { return false }
        if let hook = onKey, hook(key, command, app) { return true }
        switch command {
        case .nextField?: move(1, app: app); return true
        case .previousField?: move(-1, app: app); return true
        case .save?: save(app: app); return true
        case .accept?:
            if focus == fields.count - 1 {
                validate(focus, language: app.language)
                save(app: app)
            } else {
                move(1, app: app)
            }
            return true
        case .back?:
            app.leave(self)
            return true
        default:
            break
        }
        switch key {
        case .up: move(-1, app: app); return true
        case .down: move(1, app: app); return true
        default: break
        }
        let before = f.value
        if f.isTextual {
            editText(f, key, app)
        } else {
            editChoice(f, key)
        }
        if f.value != before, f.message != nil { validate(focus, language: app.language) }
        return true
    }

    private func accepts(_ f: Field, _ c: Character) -> Bool {
        switch f.kind {
        case .number: return c.isASCII && (c.isNumber || c == "-")
        case .date: return c.isASCII && (c.isNumber || c == "/")
        default: return true
        }
    }

    private func editText(_ f: Field, _ key: Key, _ app: Application) {
        switch key {
        case .char(let c):
            guard accepts(f, c) else { return }
            if case .date = f.kind, c.isNumber, f.editor.cursor == f.editor.chars.count,
               f.editor.chars.count == 2 || f.editor.chars.count == 5 {
                f.editor.insert("/")  // 01022024 → 01/02/2024
            }
            let isText: Bool = { if case .text = f.kind { return true }; if case .longText = f.kind { return true }; return false }()
            let taken = isText && app.telexEnabled ? f.editor.typeTelex(c) : f.editor.insert(String(c))
            if !taken, let m = maxLength(f) { f.message = UIText.tooLong(m).text(app.language) }
        case .paste(let t):
            var clean = TextNormalization.clean(t)  // newlines become spaces: a paste never submits
            clean = String(clean.filter { accepts(f, $0) })
            if !f.editor.insert(clean), let m = maxLength(f) {
                // Take what fits rather than nothing, and say so.
                let room = max(0, m - f.editor.chars.count)
                f.editor.insert(String(clean.prefix(room)))
                f.message = UIText.tooLong(m).text(app.language)
            }
        case .backspace: f.editor.backspace()
        case .delete: f.editor.deleteForward()
        case .left: f.editor.left()
        case .right: f.editor.right()
        case .home: f.editor.home()
        case .end: f.editor.end()
        case .ctrl("u"): f.editor.clear()
        default: break
        }
    }

    private func editChoice(_ f: Field, _ key: Key) {
        switch f.kind {
        case .yesNo:
            switch key {
            case .char(" "), .left, .right: f.editor.setText(f.value == "yes" ? "no" : "yes")
            case .char(let c):
                switch SearchKey.fold(String(c)) {
                case "c", "y": f.editor.setText("yes")
                case "k", "n": f.editor.setText("no")
                default: break
                }
            default: break
            }
        case .choice(let options):
            guard !options.isEmpty else { return }
            let i = options.firstIndex(of: f.value) ?? 0
            switch key {
            case .char(" "), .right: f.editor.setText(options[(i + 1) % options.count])
            case .left: f.editor.setText(options[(i - 1 + options.count) % options.count])
            case .char(let c):
                // Jump to the next option starting with the letter typed.
                let letter = SearchKey.fold(String(c))
                for step in 1...options.count {
                    let o = options[(i + step) % options.count]
                    if SearchKey.fold(o).hasPrefix(letter) { f.editor.setText(o); break }
                }
            default: break
            }
        default:
            break
        }
    }

    // MARK: Drawing

    /// Splits text into rows of at most `width` columns, breaking after a space when there is one.
    public static func wrapRows(_ chars: [Character], width: Int) -> [Range<Int>] {
        guard width > 1 else { return [0..<chars.count] }
        var rows: [Range<Int>] = []
        var start = 0, col = 0, i = 0
        var lastBreak: Int?
        while i < chars.count {
            let w = DisplayWidth.of(chars[i])
            if col + w > width, chars[i] == " " {
                // A space at the edge hangs at the end of its row.
                rows.append(start..<(i + 1))
                start = i + 1
                col = 0
                lastBreak = nil
                i += 1
                continue
            }
            if col + w > width, i > start {
                var cut = i
                if let b = lastBreak, b > start, b <= i { cut = b }
                rows.append(start..<cut)
                start = cut
                col = DisplayWidth.of(String(chars[start..<i]))
                lastBreak = nil
                continue
            }
            col += w
            if chars[i] == " " { lastBreak = i + 1 }
            i += 1
        }
        rows.append(start..<chars.count)
        return rows
    }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let labelWidth = min(28, (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1)
        let fieldX = area.x + 2 + labelWidth + 2
        let width = min(fieldWidth, area.maxX - fieldX - 2)
        // Each field takes its height plus its message, wrapped over up to three rows (a domain
        // message naming a long criterion is read whole), at least one row.
        let messageWidth = max(10, area.maxX - fieldX - 1)
        let messages = fields.map { f in f.message.map { Array(DisplayWidth.wrap("! " + $0, width: messageWidth).prefix(3)) } ?? [] }
        var tops: [Int] = []
        var y = 0
        for (i, f) in fields.enumerated() { tops.append(y); y += f.height + max(1, messages[i].count) }
        let room = area.height - 2
        let focusTop = tops.indices.contains(focus) ? tops[focus] : 0
        let focusBottom = focusTop + (focusedField?.height ?? 1) + (messages.indices.contains(focus) ? max(1, messages[focus].count) : 1)
        if focusTop < scroll { scroll = focusTop }
        if focusBottom > scroll + room { scroll = focusBottom - room }
        var hiddenBelow = false, hiddenAbove = false
        for (i, f) in fields.enumerated() {
            let rowY = area.y + 1 + tops[i] - scroll
            if rowY < area.y + 1 { hiddenAbove = true }
            if rowY + f.height > area.maxY - 1 { hiddenBelow = true }
            guard rowY >= area.y + 1, rowY + f.height <= area.maxY - 1 else { continue }
            let focused = i == focus
            let marker = focused ? "▶" : " "
            frame.put(marker, x: area.x + 1, y: rowY, style: focused ? .header : .normal)
            frame.put(DisplayWidth.pad(f.label, to: labelWidth, alignRight: true), x: area.x + 2, y: rowY, style: focused ? .header : .normal)
            let style: Style = focused ? .focusedField : .field
            drawField(f, &frame, x: fieldX, y: rowY, width: width, style: style, focused: focused, app: app)
            for (k, line) in messages[i].enumerated() where rowY + f.height + k <= area.maxY - 1 {
                frame.put(line, x: fieldX, y: rowY + f.height + k, style: .error, maxWidth: messageWidth)
            }
        }
        // Say when fields lie outside the visible part, and whether any of them has a message.
        if hiddenBelow || hiddenAbove {
            var note = hiddenBelow ? UIText.moreFieldsBelow.text(app.language) : UIText.moreFieldsAbove.text(app.language)
            let errorsOut = fields.indices.filter { i in
                let rowY = area.y + 1 + tops[i] - scroll
                return fields[i].message != nil && (rowY < area.y + 1 || rowY + fields[i].height > area.maxY - 1)
            }.count
            if errorsOut > 0 { note += " · " + UIText.fieldErrors(errorsOut).text(app.language) }
            frame.put(note, x: area.maxX - DisplayWidth.of(note) - 1, y: area.maxY - 1, style: errorsOut > 0 ? .error : .placeholder)
        }
    }

    /// The longest a field's text may be, for the counter shown at the focused field.
    private func maxLength(_ f: Field) -> Int? {
        switch f.kind {
        case .text(let m), .longText(let m, _): return m
        default: return nil
        }
    }

    private func drawField(_ f: Field, _ frame: inout Frame, x: Int, y: Int, width: Int, style: Style, focused: Bool, app: Application) {
        switch f.kind {
        case .text, .number, .date:
            let fw: Int
            switch f.kind {
            case .number, .date: fw = min(12, width)
            default: fw = width
            }
            frame.fill(Rect(x: x, y: y, width: fw, height: 1), style: style)
            if focused {
                let slice = f.editor.visibleSlice(width: fw)
                frame.put(slice.text, x: x, y: y, style: style, maxWidth: fw)
                frame.cursor = Point(x: x + slice.cursorColumn, y: y)
                // The limit stated at the field: letters used of the most allowed.
                if let m = maxLength(f) {
                    let counter = "\(f.editor.chars.count)/\(m)"
                    if x + fw + 1 + DisplayWidth.of(counter) <= frame.width { frame.put(counter, x: x + fw + 1, y: y, style: .placeholder) }
                }
            } else if f.value.isEmpty, case .date = f.kind {
                frame.put("dd/mm/yyyy", x: x, y: y, style: .placeholder)
            } else {
                // Not being edited: the value from its start, an ellipsis when it is longer than the box.
                frame.put(DisplayWidth.truncate(f.value, to: fw), x: x, y: y, style: style, maxWidth: fw)
            }
        case .longText(_, let lines):
            frame.fill(Rect(x: x, y: y, width: width, height: lines), style: style)
            // Word-wrapped, one column kept free so the cursor always fits.
            let chars = f.editor.chars
            let rows = Self.wrapRows(chars, width: width - 1)
            let cursorRow = rows.lastIndex { $0.lowerBound <= f.editor.cursor } ?? 0
            let first = max(0, cursorRow - lines + 1)
            for r in 0..<lines where first + r < rows.count {
                frame.put(String(chars[rows[first + r]]), x: x, y: y + r, style: style, maxWidth: width)
            }
            if focused {
                let col = DisplayWidth.of(String(chars[rows[cursorRow].lowerBound..<f.editor.cursor]))
                frame.cursor = Point(x: x + col, y: y + cursorRow - first)
                if let m = maxLength(f) {
                    let counter = "\(chars.count)/\(m)"
                    if x + width + 1 + DisplayWidth.of(counter) <= frame.width { frame.put(counter, x: x + width + 1, y: y, style: .placeholder) }
                }
            }
        case .choice:
            let text = "◀ " + f.value + " ▶"
            let w = min(width, DisplayWidth.of(text) + 1)
            frame.fill(Rect(x: x, y: y, width: w, height: 1), style: style)
            frame.put(text, x: x, y: y, style: style, maxWidth: width)
        case .yesNo:
            let yes = f.value == "yes"
            let text = yes ? "[x] " + UIText.yes.text(app.language) : "[ ] " + UIText.no.text(app.language)
            frame.put(text, x: x, y: y, style: style)
        }
    }
}
