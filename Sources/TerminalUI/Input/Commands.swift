import TDKTText

/// A command's identity. Apps may add their own: `extension CommandID { static let print = CommandID("print") }`.
public struct CommandID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { self.raw = value }
    public var description: String { raw }

    public static let help: CommandID = "help"
    public static let save: CommandID = "save"
    public static let quit: CommandID = "quit"
    public static let back: CommandID = "back"
    public static let accept: CommandID = "accept"
    public static let nextField: CommandID = "next-field"
    public static let previousField: CommandID = "previous-field"
    public static let up: CommandID = "up"
    public static let down: CommandID = "down"
    public static let pageUp: CommandID = "page-up"
    public static let pageDown: CommandID = "page-down"
    public static let first: CommandID = "first"
    public static let last: CommandID = "last"
    public static let redraw: CommandID = "redraw"
    public static let search: CommandID = "search"
    public static let searchNext: CommandID = "search-next"
    public static let searchPrevious: CommandID = "search-previous"
    public static let filter: CommandID = "filter"
    public static let undo: CommandID = "undo"
    public static let clearCell: CommandID = "clear-cell"
    public static let telex: CommandID = "telex"
    public static let toggle: CommandID = "toggle"
    /// Marks or unmarks the row under the cursor in a list that allows several rows to be chosen.
    public static let mark: CommandID = "mark"
    /// Marks every row shown (or unmarks them when all are marked).
    public static let markAll: CommandID = "mark-all"
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

    public init(_ id: CommandID, keys: [Key], label: Localized, help: Localized, contexts: Set<CommandContext> = [], inBar: Bool = false) {
        self.id = id
        self.keys = keys
        self.label = label
        self.help = help
        self.contexts = contexts
        self.inBar = inBar
    }

    public func applies(in context: CommandContext) -> Bool { contexts.isEmpty || contexts.contains(context) }
}

/// The one table from which key handling, the F-key bar and the F1 help screen are generated.
public struct CommandTable: Sendable {
    public private(set) var commands: [Command]
    /// A screen's own context may extend a standard one (a list of proposals is a list): the commands
    /// of the parent apply in it too, and its own commands come first in the F-key bar.
    public private(set) var parents: [CommandContext: CommandContext] = [:]

    public init(_ commands: [Command]) { self.commands = commands }

    public mutating func add(_ c: Command) { commands.append(c) }

    /// Adds the command unless one with the same id is already there (screens register theirs when they open).
    public mutating func addIfMissing(_ c: Command) {
        if command(c.id) == nil { commands.append(c) }
    }

    /// Makes `context` inherit the commands of `parent`.
    public mutating func setParent(_ parent: CommandContext, of context: CommandContext) {
        precondition(parent != context)
        parents[context] = parent
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
        for ctx in chain(contexts) {
            if let c = commands.first(where: { !$0.contexts.isEmpty && $0.contexts.contains(ctx) && $0.keys.contains(key) && !hidden.contains($0.id) }) {
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
        let shown = commands.filter { $0.inBar && applies($0, in: chain) && !$0.keys.isEmpty && !hidden.contains($0.id) }
        // The base contexts are the last of each starting context's chain; everything before them is the view's own.
        let base = Set(contexts.compactMap { self.chain($0).last })
        let own = Set(chain).subtracting(base)
        let isOwn: (Command) -> Bool = { !$0.contexts.isDisjoint(with: own) && $0.id != .help }
        let ordered = shown.filter { $0.id == .help } + shown.filter(isOwn) + shown.filter { $0.id != .help && !isOwn($0) }
        return ordered.map { (Self.keyLabel($0.keys[0]), $0.label.text(language)) }
    }

    public func barItems(for context: CommandContext, language: Language, hiding hidden: Set<CommandID> = []) -> [(key: String, label: String)] {
        barItems(for: [context], language: language, hiding: hidden)
    }

    /// Lines of the help screen: (keys, help text).
    public func helpItems(for contexts: [CommandContext], language: Language, hiding hidden: Set<CommandID> = []) -> [(keys: String, text: String)] {
        let chain = chain(contexts)
        return commands.filter { applies($0, in: chain) && !$0.keys.isEmpty && !hidden.contains($0.id) }
            .map { ($0.keys.map(Self.keyLabel).joined(separator: " "), $0.help.text(language)) }
    }

    public func helpItems(for context: CommandContext, language: Language, hiding hidden: Set<CommandID> = []) -> [(keys: String, text: String)] {
        helpItems(for: [context], language: language, hiding: hidden)
    }

    static func keyLabel(_ k: Key) -> String {
        if case .ctrl(let c) = k { return "^" + c.uppercased() }
        return k.label
    }

    /// The conventions clerks know from Midnight Commander, dialog and htop.
    public static let standard = CommandTable([
        Command(.help, keys: [.function(1), .char("?")], label: Localized(vi: "Trợ giúp", en: "Help"),
                help: Localized(vi: "Mở trang trợ giúp này", en: "Open this help screen"), inBar: true),
        Command(.save, keys: [.function(2)], label: Localized(vi: "Lưu", en: "Save"),
                help: Localized(vi: "Lưu những gì đã nhập", en: "Save what you entered"),
                contexts: [.form, .grid], inBar: true),
        Command(.search, keys: [.char("/"), .function(3)], label: Localized(vi: "Tìm", en: "Search"),
                help: Localized(vi: "Tìm trong danh sách (không phân biệt hoa thường, dấu; đ = d)",
                                en: "Search the list (ignores case and diacritics; đ = d)"),
                contexts: [.list], inBar: true),
        Command(.filter, keys: [.function(4), .char("\\")], label: Localized(vi: "Lọc", en: "Filter"),
                help: Localized(vi: "Chỉ hiện các dòng khớp với từ lọc", en: "Show only rows matching a filter"),
                contexts: [.list], inBar: true),
        Command(.searchNext, keys: [.char("n")], label: Localized(vi: "Tiếp", en: "Next"),
                help: Localized(vi: "Đến kết quả tìm tiếp theo", en: "Go to the next match"), contexts: [.list]),
        Command(.searchPrevious, keys: [.char("N")], label: Localized(vi: "Trước", en: "Previous"),
                help: Localized(vi: "Về kết quả tìm trước đó", en: "Go to the previous match"), contexts: [.list]),
        Command(.up, keys: [.up, .char("k")], label: Localized(vi: "Lên", en: "Up"),
                help: Localized(vi: "Lên một dòng (k cũng được)", en: "Move up (k also works)"), contexts: [.menu, .list, .help]),
        Command(.down, keys: [.down, .char("j")], label: Localized(vi: "Xuống", en: "Down"),
                help: Localized(vi: "Xuống một dòng (j cũng được)", en: "Move down (j also works)"), contexts: [.menu, .list, .help]),
        Command(.pageUp, keys: [.pageUp], label: Localized(vi: "Trang trước", en: "Page up"),
                help: Localized(vi: "Lên một trang", en: "Up one page"), contexts: [.list, .grid, .help]),
        Command(.pageDown, keys: [.pageDown], label: Localized(vi: "Trang sau", en: "Page down"),
                help: Localized(vi: "Xuống một trang", en: "Down one page"), contexts: [.list, .grid, .help]),
        Command(.first, keys: [.home], label: Localized(vi: "Đầu", en: "First"),
                help: Localized(vi: "Về đầu", en: "Go to the start"), contexts: [.menu, .list, .grid]),
        Command(.last, keys: [.end], label: Localized(vi: "Cuối", en: "Last"),
                help: Localized(vi: "Đến cuối", en: "Go to the end"), contexts: [.menu, .list, .grid]),
        Command(.nextField, keys: [.tab], label: Localized(vi: "Ô sau", en: "Next"),
                help: Localized(vi: "Sang ô tiếp theo", en: "Go to the next field or cell"), contexts: [.form, .grid, .dialog]),
        Command(.previousField, keys: [.backTab], label: Localized(vi: "Ô trước", en: "Previous"),
                help: Localized(vi: "Về ô trước", en: "Go to the previous field or cell"), contexts: [.form, .grid, .dialog]),
        Command(.accept, keys: [.enter], label: Localized(vi: "Chọn", en: "Open"),
                help: Localized(vi: "Mở mục đang chọn, hoặc nhận giá trị và sang ô sau",
                                en: "Open the selected item, or accept the value and move on")),
        Command(.toggle, keys: [.char(" ")], label: Localized(vi: "Đổi", en: "Toggle"),
                help: Localized(vi: "Đổi lựa chọn Có/Không hoặc danh sách", en: "Change a yes/no or choice field"),
                contexts: [.form]),
        Command(.mark, keys: [.char(" ")], label: Localized(vi: "Đánh dấu", en: "Mark"),
                help: Localized(vi: "Đánh dấu / bỏ đánh dấu dòng (khi danh sách cho chọn nhiều dòng)",
                                en: "Mark or unmark the row (in lists that allow several rows)"), contexts: [.list]),
        Command(.markAll, keys: [.char("*")], label: Localized(vi: "Chọn hết", en: "Mark all"),
                help: Localized(vi: "Đánh dấu mọi dòng đang hiện (lần nữa: bỏ hết)", en: "Mark every row shown (again: unmark all)"),
                contexts: [.list]),
        Command(.undo, keys: [.ctrl("z"), .char("u")], label: Localized(vi: "Hoàn tác", en: "Undo"),
                help: Localized(vi: "Hoàn tác thay đổi vừa rồi", en: "Undo the last change"), contexts: [.grid]),
        Command(.clearCell, keys: [.delete], label: Localized(vi: "Xóa ô", en: "Clear"),
                help: Localized(vi: "Xóa giá trị của ô (ô trống khác với 0)", en: "Empty the cell (empty is not 0)"),
                contexts: [.grid]),
        Command(.telex, keys: [.ctrl("t")], label: Localized(vi: "Telex", en: "Telex"),
                help: Localized(vi: "Bật/tắt bộ gõ Telex có sẵn (khi máy không có bộ gõ)",
                                en: "Turn the built-in Telex input method on or off"),
                contexts: [.form, .list], inBar: true),
        Command(.redraw, keys: [.ctrl("l")], label: Localized(vi: "Vẽ lại", en: "Redraw"),
                help: Localized(vi: "Vẽ lại toàn bộ màn hình", en: "Redraw the whole screen")),
        Command(.back, keys: [.escape], label: Localized(vi: "Quay lại", en: "Back"),
                help: Localized(vi: "Quay lại màn hình trước (hỏi trước khi bỏ thay đổi chưa lưu)",
                                en: "Go back (asks before dropping unsaved changes)"), inBar: true),
        Command(.quit, keys: [.function(10)], label: Localized(vi: "Thoát", en: "Quit"),
                help: Localized(vi: "Thoát chương trình (Esc rồi 0 cũng được; Esc+số = phím F)",
                                en: "Quit the program (Esc then 0 also works; Esc+digit = F-key)"), inBar: true),
    ])
}
