import TDKTText

/// A command's identity. One style for the whole application: `area.action`, lower case, words joined
/// with "-" ("ui.next-field", "campaign.year"). The toolkit's commands are in the "ui" area; an
/// application declares its own in its one static table (`CommandTable.adding`).
public struct CommandID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { self.raw = value }
    public var description: String { raw }

    /// True when the id follows the one style.
    public var isWellFormed: Bool {
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.first != "-" && part.last != "-" && !part.contains("--")
                && part.allSatisfy { ($0.isASCII && $0.isLowercase) || $0.isASCII && $0.isNumber || $0 == "-" }
        }
    }

    // The F-keys, the same on every screen (Midnight Commander, htop).
    public static let help: CommandID = "ui.help"
    public static let save: CommandID = "ui.save"
    public static let search: CommandID = "ui.search"
    public static let filter: CommandID = "ui.filter"
    /// F7: an application binds its "new" commands to it.
    public static let new: CommandID = "ui.new"
    /// F8: an application binds its "delete" commands to it.
    public static let delete: CommandID = "ui.delete"
    /// F9: the menu of the screen's own actions, generated from the table.
    public static let actions: CommandID = "ui.actions"
    public static let quit: CommandID = "ui.quit"

    public static let back: CommandID = "ui.back"
    public static let accept: CommandID = "ui.accept"
    public static let nextField: CommandID = "ui.next-field"
    public static let previousField: CommandID = "ui.previous-field"
    public static let fieldUp: CommandID = "ui.field-up"
    public static let fieldDown: CommandID = "ui.field-down"
    public static let up: CommandID = "ui.up"
    public static let down: CommandID = "ui.down"
    public static let pageUp: CommandID = "ui.page-up"
    public static let pageDown: CommandID = "ui.page-down"
    public static let first: CommandID = "ui.first"
    public static let last: CommandID = "ui.last"
    public static let redraw: CommandID = "ui.redraw"
    public static let suspend: CommandID = "ui.suspend"
    public static let searchNext: CommandID = "ui.search-next"
    public static let searchPrevious: CommandID = "ui.search-previous"
    public static let undo: CommandID = "ui.undo"
    public static let clearCell: CommandID = "ui.clear-cell"
    public static let cellInput: CommandID = "ui.cell-input"
    public static let cellMove: CommandID = "ui.cell-move"
    public static let telex: CommandID = "ui.telex"
    public static let toggle: CommandID = "ui.toggle"
    /// Marks or unmarks the row under the cursor in a list that allows several rows to be chosen.
    public static let mark: CommandID = "ui.mark"
    /// Marks every row shown (or unmarks them when all are marked).
    public static let markAll: CommandID = "ui.mark-all"
    /// A menu item by its number.
    public static let menuItem: CommandID = "ui.menu-item"
    /// Typing in a picker jumps to the first row starting with what was typed.
    public static let typeAhead: CommandID = "ui.type-ahead"
    /// A letter in a choice field picks the next option starting with it.
    public static let choiceLetter: CommandID = "ui.choice-letter"
    /// ← and → in a text field move the cursor; in a choice field they change the choice.
    public static let cursorLeft: CommandID = "ui.cursor-left"
    public static let cursorRight: CommandID = "ui.cursor-right"
    public static let lineStart: CommandID = "ui.line-start"
    public static let lineEnd: CommandID = "ui.line-end"
    public static let deleteBackward: CommandID = "ui.delete-backward"
    public static let deleteForward: CommandID = "ui.delete-forward"
    public static let clearLine: CommandID = "ui.clear-line"
    public static let answerYes: CommandID = "ui.answer-yes"
    public static let answerNo: CommandID = "ui.answer-no"
    public static let switchButton: CommandID = "ui.switch-button"
    public static let pressButton: CommandID = "ui.press-button"
}

/// Where a command applies. A command with no contexts applies everywhere.
public struct CommandContext: Hashable, Sendable, ExpressibleByStringLiteral {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { self.raw = value }

    public static let menu: CommandContext = "menu"
    public static let list: CommandContext = "list"
    public static let form: CommandContext = "form"
    public static let grid: CommandContext = "grid"
    public static let dialog: CommandContext = "dialog"
    public static let help: CommandContext = "help"
    /// A read-only page that scrolls (TextPanel).
    public static let text: CommandContext = "text"
    /// A list whose rows are picked by typing (pickers): letters jump, they are not commands.
    public static let picker: CommandContext = "picker"

    /// The toolkit's own contexts; every other context is a screen's.
    public static let toolkit: Set<CommandContext> = [.menu, .list, .form, .grid, .dialog, .help, .text, .picker]
}

/// Which printable characters an "any text" command takes.
public enum TextClass: Sendable {
    case any
    /// Letters and digits (type-ahead: Space and punctuation keep their commands).
    case alphanumeric
    /// Digits, comma and point (a number in a grid cell).
    case number

    public func contains(_ c: Character) -> Bool {
        switch self {
        case .any: return true
        case .alphanumeric: return c.isLetter || c.isNumber
        case .number: return c.isASCII && (c.isNumber || c == "," || c == ".")
        }
    }
}

/// One row of the command table: id, keys, label and help text in both languages.
public struct Command: Sendable {
    public var id: CommandID
    public var keys: [Key]
    /// Short label for the F-key bar ("Lưu" / "Save").
    public var label: Localized
    /// Sentence for the help screen.
    public var help: Localized
    /// Contexts where it applies; empty = everywhere.
    public var contexts: Set<CommandContext>
    /// Shown in the F-key bar (with its first key).
    public var inBar: Bool
    /// Printable characters of `textClass` trigger it (type-ahead, a choice's letters, a cell's digits)
    /// when the nearest context binds no command to the key.
    public var anyText: Bool
    public var textClass: TextClass
    /// How the help screen writes the keys when `keys` does not say it all ("1–9", "a–z").
    public var keyText: Localized?

    public init(_ id: CommandID, keys: [Key], label: Localized, help: Localized, contexts: Set<CommandContext> = [], inBar: Bool = false,
                anyText: Bool = false, textClass: TextClass = .any, keyText: Localized? = nil) {
        self.id = id
        self.keys = keys
        self.label = label
        self.help = help
        self.contexts = contexts
        self.inBar = inBar
        self.anyText = anyText
        self.textClass = textClass
        self.keyText = keyText
    }

    /// The keys as the help screen and the F9 menu write them.
    public func keysText(_ language: Language) -> String {
        if let k = keyText { return k.text(language) }
        return keys.map(CommandTable.keyLabel).joined(separator: " ")
    }

    public func applies(in context: CommandContext) -> Bool { contexts.isEmpty || contexts.contains(context) }
}

/// The one table from which key handling, the F-key bar, the F9 menu and the F1 help screen are
/// generated. It is built once, as a constant: the toolkit's `standard` rows plus the application's
/// own (`adding`); nothing is added while the program runs.
public struct CommandTable: Sendable {
    public let commands: [Command]
    /// A screen's own context may extend a standard one (a list of proposals is a list): the commands
    /// of the parent apply in it too, and its own commands come first in the F-key bar.
    public let parents: [CommandContext: CommandContext]

    public init(_ commands: [Command], parents: [CommandContext: CommandContext] = [:]) {
        self.commands = commands
        self.parents = parents
    }

    /// This table with more rows and contexts: how an application declares its own table once.
    public func adding(_ more: [Command], parents more2: [CommandContext: CommandContext] = [:]) -> CommandTable {
        CommandTable(commands + more, parents: parents.merging(more2) { _, new in new })
    }

    /// The context and its ancestors, nearest first.
    public func chain(_ context: CommandContext) -> [CommandContext] {
        var out = [context]
        var c = context
        while let p = parents[c], !out.contains(p) { out.append(p); c = p }
        return out
    }

    private func applies(_ c: Command, in chain: [CommandContext]) -> Bool {
        c.contexts.isEmpty || chain.contains { c.contexts.contains($0) }
    }

    public func command(_ id: CommandID) -> Command? { commands.first { $0.id == id } }

    /// The starting contexts and their ancestors, nearest first, without repeats.
    public func chain(_ contexts: [CommandContext]) -> [CommandContext] {
        var out: [CommandContext] = []
        for c in contexts.flatMap(chain) where !out.contains(c) { out.append(c) }
        return out
    }

    /// The command a key triggers in a view's contexts (its own first, see `View.allContexts`). When
    /// `typing` is true (a text field has focus) printable characters are text, never commands.
    public func lookup(_ key: Key, in contexts: [CommandContext], typing: Bool = false, hiding hidden: Set<CommandID> = []) -> CommandID? {
        if typing, key.isText { return nil }
        // A context-specific binding wins over a global one; the nearest context wins over its parents.
        // In each context a key's own binding comes first, then the context's "any character" row
        // (type-ahead in a picker wins over the list's j/k/n).
        var char: Character?
        if case .char(let c) = key { char = c }
        for ctx in chain(contexts) {
            if let c = commands.first(where: { !$0.contexts.isEmpty && $0.contexts.contains(ctx) && $0.keys.contains(key) && !hidden.contains($0.id) }) {
                return c.id
            }
            if let ch = char, let c = commands.first(where: { $0.anyText && $0.contexts.contains(ctx) && $0.textClass.contains(ch) && !hidden.contains($0.id) }) {
                return c.id
            }
        }
        return commands.first(where: { $0.contexts.isEmpty && $0.keys.contains(key) && !hidden.contains($0.id) })?.id
    }

    public func lookup(_ key: Key, in context: CommandContext, typing: Bool = false, hiding hidden: Set<CommandID> = []) -> CommandID? {
        lookup(key, in: [context], typing: typing, hiding: hidden)
    }

    /// Items of the F-key bar: (key label, label). Help first, then the view's own commands (of its extra
    /// or derived contexts), then the rest in table order.
    public func barItems(for contexts: [CommandContext], language: Language, hiding hidden: Set<CommandID> = []) -> [(key: String, label: String)] {
        let chain = chain(contexts)
        let hidden = hidingActionsIfNone(contexts, hidden)
        let shown = commands.filter { $0.inBar && applies($0, in: chain) && !$0.keys.isEmpty && !hidden.contains($0.id) }
        // Everything but the toolkit's contexts is the view's own.
        let own = Set(chain).subtracting(CommandContext.toolkit)
        let isOwn: (Command) -> Bool = { !$0.contexts.isDisjoint(with: own) && $0.id != .help }
        let ordered = shown.filter { $0.id == .help } + shown.filter(isOwn) + shown.filter { $0.id != .help && !isOwn($0) }
        // F-keys in their order (F1 … F9), other keys (Esc, letters) after them, F10 last: as mc and htop show them.
        func rank(_ c: Command) -> Double {
            guard case .function(let n) = c.keys[0] else { return 9.5 }
            return Double(n)
        }
        return ordered.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map { (Self.keyLabel($0.element.keys[0]), $0.element.label.text(language)) }
    }

    /// F9 is offered only where the screen has actions of its own.
    private func hidingActionsIfNone(_ contexts: [CommandContext], _ hidden: Set<CommandID>) -> Set<CommandID> {
        actions(for: contexts, hiding: hidden).isEmpty ? hidden.union([.actions]) : hidden
    }

    public func barItems(for context: CommandContext, language: Language, hiding hidden: Set<CommandID> = []) -> [(key: String, label: String)] {
        barItems(for: [context], language: language, hiding: hidden)
    }

    /// Lines of the help screen: (keys, help text).
    public func helpItems(for contexts: [CommandContext], language: Language, hiding hidden: Set<CommandID> = []) -> [(keys: String, text: String)] {
        let chain = chain(contexts)
        let hidden = hidingActionsIfNone(contexts, hidden)
        return commands.filter { applies($0, in: chain) && (!$0.keys.isEmpty || $0.anyText || $0.keyText != nil) && !hidden.contains($0.id) }
            .map { ($0.keysText(language), $0.help.text(language)) }
    }

    public func helpItems(for context: CommandContext, language: Language, hiding hidden: Set<CommandID> = []) -> [(keys: String, text: String)] {
        helpItems(for: [context], language: language, hiding: hidden)
    }

    /// The screen's own actions for the F9 menu: commands of its own contexts (not of the toolkit's
    /// standard ones), one row per id, F-key commands included.
    public func actions(for contexts: [CommandContext], hiding hidden: Set<CommandID> = []) -> [Command] {
        let own = Set(chain(contexts)).subtracting(CommandContext.toolkit)
        return commands.filter { !$0.contexts.isDisjoint(with: own) && !hidden.contains($0.id) && !$0.anyText }
    }

    public static func keyLabel(_ k: Key) -> String {
        if case .ctrl(let c) = k { return "^" + c.uppercased() }
        return k.label
    }

    /// The conventions clerks know from Midnight Commander, dialog and htop.
    public static let standard = CommandTable(StandardCommands.all, parents: [.picker: .list])
}
