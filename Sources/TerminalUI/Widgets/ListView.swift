import TDKTText

/// A scrolling list of rows with columns, incremental search (`/`, then `n`/`N`) and a filter
/// (`\` or F4). Matching ignores case and diacritics and treats đ as d.
public final class ListView: View {
    public struct Column: Sendable {
        public var title: String
        /// Columns; 0 = take the remaining width.
        public var width: Int
        public var alignRight: Bool
        public init(_ title: String, width: Int = 0, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
        }
    }

    public struct Row: Sendable, Equatable {
        public var id: String
        public var cells: [String]
        public init(id: String, cells: [String]) {
            self.id = id
            self.cells = cells
        }
        var searchText: String { cells.joined(separator: " ") }
    }

    private enum Prompt { case none, search(String, origin: Int), filter(String) }

    public var title: String
    public var columns: [Column]
    public private(set) var rows: [Row] { didSet { foldedRows = []; contentWidths = nil } }
    /// The widest cell of each fixed column, measured once per change of the rows.
    private var contentWidths: [Int]?
    /// Each row's text folded for search, computed once per change of the rows, so a search key does not
    /// fold 10,000 rows again. The rows are folded between keys after the list is shown (`runIdleStep`),
    /// so that a long list appears without waiting for it; a search before then folds the rest first.
    private var foldedRows: [[UInt8]] = []
    private func folded(_ i: Int) -> [UInt8] {
        if i >= foldedRows.count { foldRows(upTo: rows.count) }
        return foldedRows[i]
    }
    private func foldRows(upTo end: Int) {
        let stop = min(rows.count, end)
        if foldedRows.isEmpty { foldedRows.reserveCapacity(rows.count) }
        while foldedRows.count < stop { foldedRows.append(Array(SearchKey.fold(rows[foldedRows.count].searchText).utf8)) }
    }
    public var hasIdleWork: Bool { pendingRead != nil || foldedRows.count < rows.count }
    /// Folds the next rows (about 2,000: a few milliseconds); while rows are read behind the list, takes
    /// them when they are ready (`ListView+PendingRead.swift`).
    public func runIdleStep(app: Application) {
        let folding = foldedRows.count < rows.count
        if folding { foldRows(upTo: foldedRows.count + 2000) }
        if pendingRead != nil { takeReadRows(app: app, waiting: folding ? 0 : 4) }
    }
    /// Rows being read on another thread behind the rows shown (`show(_:while:)`).
    var pendingRead: BackgroundRead<[Row]>?
    /// The rows shown are being checked against the files by the list's owner (the bottom line says so, as
    /// while `pendingRead` runs).
    public var ownerIsChecking = false
    /// Called once the rows read behind the list are shown.
    public var onRowsRead: (([Row], Application) -> Void)?
    /// Indices into `rows` of the rows shown (all, or those passing the filter).
    public private(set) var visible: [Int]
    /// Index into `visible`.
    public private(set) var selected = 0
    public private(set) var filterText = ""
    public private(set) var lastSearch = ""
    private var prompt: Prompt = .none
    private var top = 0
    private var pageSize = 10
    public var onActivate: ((Row, Application) -> Void)?
    /// When true, Space marks the row under the cursor and `*` marks every row shown (again: unmarks them);
    /// marked rows show [x] in a column of their own.
    public var allowsMarking = false
    /// Ids of the marked rows, kept across filtering and `setRows` (ids no longer present are dropped).
    public private(set) var markedIDs: Set<String> = []
    /// The screen's own command contexts (see `View.extraContexts`).
    public var extraContexts: [CommandContext] = []
    /// A picker: typing letters jumps to the first row starting with them (no `/` needed).
    public var typeAhead = false
    /// What was typed so far (type-ahead); cleared by moving or Esc.
    public private(set) var typedPrefix = ""
    /// Sees keys first (when no prompt is open); returns true when it handled the key.
    public var onKey: ((Key, CommandID?, Application) -> Bool)?
    /// Called as the search text changes, before matching: the owner may add rows (reveal a match).
    public var onSearchChange: ((String) -> Void)?
    /// Called once when the list is pushed.
    public var onAppear: ((ListView, Application) -> Void)?

    public init(title: String, columns: [Column], rows: [Row], onActivate: ((Row, Application) -> Void)? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.visible = Array(rows.indices)
        self.onActivate = onActivate
    }

    public var context: CommandContext { typeAhead ? .picker : .list }
    public var wantsTyping: Bool {
        if case .none = prompt { return false }
        return true
    }

    public var selectedRow: Row? { visible.isEmpty ? nil : rows[visible[selected]] }

    public func setRows(_ newRows: [Row]) {
        let keepID = selectedRow?.id  // read before the rows change: `visible` still indexes the old ones
        rows = newRows
        markedIDs.formIntersection(newRows.map(\.id))
        applyFilter(keeping: keepID)
    }

    /// Shows only the rows matching `text` (as the F4 filter does).
    public func setFilter(_ text: String) {
        filterText = text
        applyFilter()
    }

    public func didAppear(app: Application) { onAppear?(self, app) }
    /// A closed view lets go of the code driving it: a screen's controller is held by these closures and
    /// holds the view, so keeping them would keep both alive for the rest of the session.
    /// A read still going on is waited for, so that it is not still using the records when the next screen does.
    public func didDisappear(app: Application) {
        if let read = pendingRead { _ = read.wait(); pendingRead = nil }
        onActivate = nil; onKey = nil; onSearchChange = nil; onAppear = nil; onRefresh = nil; onRowsRead = nil
    }

    /// Reads again what another clerk saved (see `View.refreshFromOutside`); returns true when the rows changed.
    public var onRefresh: ((ListView, Application) -> Bool)?
    public func refreshFromOutside(app: Application) -> Bool { pendingRead == nil ? onRefresh?(self, app) ?? false : false }

    /// Selects the row with this id if it is visible; returns whether it was.
    @discardableResult
    public func select(id: String) -> Bool {
        guard let i = visible.firstIndex(where: { rows[$0].id == id }) else { return false }
        selected = i
        return true
    }

    /// The marked rows in display order; with none marked, the row under the cursor (so an action
    /// always has something to act on).
    public var chosenRows: [Row] {
        let marked = rows.filter { markedIDs.contains($0.id) }
        if !marked.isEmpty { return marked }
        return selectedRow.map { [$0] } ?? []
    }

    public func setMarked(_ ids: Set<String>) { markedIDs = ids.intersection(rows.map(\.id)) }

    /// Space: toggles the mark of the row under the cursor and moves down.
    public func toggleMark() {
        guard let r = selectedRow else { return }
        if markedIDs.contains(r.id) { markedIDs.remove(r.id) } else { markedIDs.insert(r.id) }
        selected = min(visible.count - 1, selected + 1)
    }

    /// `*`: marks every row shown, or unmarks them when they all are marked already.
    public func toggleMarkAll() {
        let shown = Set(visible.map { rows[$0].id })
        if shown.isSubset(of: markedIDs) { markedIDs.subtract(shown) } else { markedIDs.formUnion(shown) }
    }

    private func applyFilter() { applyFilter(keeping: selectedRow?.id) }

    private func applyFilter(keeping keepID: String?) {
        let q = Self.words(filterText)
        visible = q.isEmpty ? Array(rows.indices) : rows.indices.filter { Self.containsAll(folded($0), q) }
        selected = keepID.flatMap { id in visible.firstIndex { rows[$0].id == id } } ?? 0
    }

    /// The folded words of a query: a row matches when it holds every word, in any order,
    /// as `SearchKey.matches` does for the command line ("nguyen khoa" finds "Nguyễn Văn Khoa").
    static func words(_ query: String) -> [[UInt8]] {
        SearchKey.fold(query).split(separator: " ").map { Array($0.utf8) }
    }

    static func containsAll(_ haystack: [UInt8], _ words: [[UInt8]]) -> Bool {
        words.allSatisfy { contains(haystack, $0) }
    }

    /// Byte search in folded text: plain and fast, the folding has already made both sides comparable.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > haystack.count { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Column widths for the room there is, from the content and the screen: a fixed column takes no
    /// more than its widest cell (or title) and at most its declared width; the flexible column (the
    /// name) takes the rest, and when the screen is narrow the fixed columns give way to it first.
    public func columnWidths(_ room: Int) -> [Int] {
        let measured = contentWidths ?? measureColumns()
        contentWidths = measured
        let gaps = max(0, columns.count - 1)
        let avail = room - gaps
        var widths = columns.enumerated().map { i, c in c.width == 0 ? 0 : min(c.width, max(DisplayWidth.of(c.title), measured[i])) }
        let flexIndices = columns.indices.filter { columns[$0].width == 0 }
        guard !flexIndices.isEmpty else { return widths }
        // On a screen narrower than the standard one, the fixed columns give way until the name column
        // has its content or half the room; at 80 columns and more they keep their content's width.
        let flexWant = room < Size.standard.width - 2 ? min(flexIndices.map { measured[$0] }.max() ?? 0, avail / 2) : 0
        while widths.reduce(0, +) + flexWant * flexIndices.count > avail,
              let widest = widths.indices.filter({ columns[$0].width != 0 && widths[$0] > 6 }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
        }
        let flex = max(4, (avail - widths.reduce(0, +)) / flexIndices.count)
        for i in flexIndices { widths[i] = flex }
        return widths
    }

    private func measureColumns() -> [Int] {
        var out = [Int](repeating: 0, count: columns.count)
        for r in rows {
            for (i, cell) in r.cells.enumerated() where i < out.count {
                // A cell's width is at most its byte count: skip measuring what cannot be wider.
                if cell.utf8.count > out[i] { out[i] = max(out[i], DisplayWidth.of(cell)) }
            }
        }
        return out
    }

    /// Moves to the next (or previous) match starting at `from` (inclusive), wrapping around.
    @discardableResult
    public func find(_ query: String, from: Int, forward: Bool = true) -> Bool {
        guard !visible.isEmpty, !query.isEmpty else { return false }
        let q = Self.words(query)
        guard !q.isEmpty else { return false }
        let n = visible.count
        for step in 0..<n {
            let i = ((from + (forward ? step : -step)) % n + n) % n
            if Self.containsAll(folded(visible[i]), q) {
                selected = i
                return true
            }
        }
        return false
    }

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let widths = columnWidths(area.width - 2 - (allowsMarking ? 4 : 0))
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, w) in widths.enumerated() {
                let text = i < cells.count ? cells[i] : ""
                parts.append(DisplayWidth.pad(DisplayWidth.truncate(text, to: w), to: w, alignRight: columns[i].alignRight))
            }
            return parts.joined(separator: " ")
        }
        let x = area.x + 1
        let markWidth = allowsMarking ? 4 : 0
        let headerPrefix = allowsMarking ? "    " : ""
        frame.put(DisplayWidth.pad(headerPrefix + line(columns.map(\.title)), to: area.width - 2), x: x, y: area.y, style: .header)
        frame.hline(x: area.x, y: area.y + 1, width: area.width)
        let listTop = area.y + 2
        let room = max(1, area.height - 4)
        pageSize = room
        if selected < top { top = selected }
        if selected >= top + room { top = selected - room + 1 }
        top = max(0, min(top, max(0, visible.count - room)))
        if visible.isEmpty {
            frame.put(UIText.empty.text(app.language), x: x, y: listTop, style: .placeholder)
        }
        for row in 0..<room {
            let vi = top + row
            guard vi < visible.count else { break }
            let isSel = vi == selected
            let r = rows[visible[vi]]
            let text = (markWidth > 0 ? (markedIDs.contains(r.id) ? "[x] " : "[ ] ") : "") + line(r.cells)
            frame.put(DisplayWidth.pad(text, to: area.width - 2), x: x, y: listTop + row, style: isSel ? .selection : .normal)
            if isSel { frame.put("▶", x: area.x, y: listTop + row, style: .selection) }
        }
        // Bottom line: prompt or position.
        let bottom = area.maxY - 1
        frame.hline(x: area.x, y: bottom - 1, width: area.width)
        switch prompt {
        case .search(let q, _):
            let label = UIText.search.text(app.language)
            frame.put(label + q, x: x, y: bottom, style: .focusedField)
            frame.cursor = Point(x: x + DisplayWidth.of(label + q), y: bottom)
        case .filter(let q):
            let label = UIText.filter.text(app.language)
            frame.put(label + q, x: x, y: bottom, style: .focusedField)
            frame.cursor = Point(x: x + DisplayWidth.of(label + q), y: bottom)
        case .none:
            var info = visible.isEmpty ? "0/0" : "\(selected + 1)/\(visible.count)"
            if !filterText.isEmpty { info += "  " + UIText.filter.text(app.language) + filterText }
            if allowsMarking && !markedIDs.isEmpty { info += "  " + UIText.marked(markedIDs.count).text(app.language) }
            if !typedPrefix.isEmpty { info += "  " + UIText.typed.text(app.language) + typedPrefix }
            if pendingRead != nil || ownerIsChecking { info += "  " + UIText.checkingRows.text(app.language) }
            frame.put(info, x: x, y: bottom, style: .placeholder)
        }
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        settle(before: key, command: command, app: app)
        switch prompt {
        case .search(var q, let origin):
            switch key {
            case .enter:
                lastSearch = q
                prompt = .none
            case .escape:
                selected = origin
                prompt = .none
            case .backspace:
                if !q.isEmpty { q.removeLast() }
                prompt = .search(q, origin: origin)
                if !q.isEmpty { onSearchChange?(q); find(q, from: origin) } else { selected = origin }
            case .char(let c):
                q = TextNormalization.nfc(q + String(c))
                prompt = .search(q, origin: origin)
                onSearchChange?(q)
                if !find(q, from: origin) { app.setStatus(UIText.notFound.text(app.language), error: true) }
            case .paste(let t):
                q = TextNormalization.clean(q + t)
                prompt = .search(q, origin: origin)
                onSearchChange?(q)
                find(q, from: origin)
            default:
                break  // other keys do nothing while the prompt is open
            }
            return true
        case .filter(var q):
            switch key {
            case .enter:
                prompt = .none
            case .escape:
                filterText = ""
                applyFilter()
                prompt = .none
            case .backspace:
                if !q.isEmpty { q.removeLast() }
                prompt = .filter(q)
                filterText = q
                applyFilter()
            case .char(let c):
                q = TextNormalization.nfc(q + String(c))
                prompt = .filter(q)
                filterText = q
                applyFilter()
            case .paste(let t):
                q = TextNormalization.clean(q + t)
                prompt = .filter(q)
                filterText = q
                applyFilter()
            default:
                return true
            }
            return true
        case .none:
            break
        }
        if let hook = onKey, hook(key, command, app) { return true }
        if typeAhead, let done = typeAheadKey(key, command, app) { return done }
        typedPrefix = ""
        switch command {
        case .up?: selected = max(0, selected - 1)
        case .down?: selected = max(0, min(visible.count - 1, selected + 1))
        case .pageUp?: selected = max(0, selected - pageSize)
        case .pageDown?: selected = max(0, min(visible.count - 1, selected + pageSize))
        case .first?: selected = 0
        case .last?: selected = max(0, visible.count - 1)
        case .search?: prompt = .search("", origin: selected)
        case .filter?: prompt = .filter(filterText)
        case .searchNext?:
            if !find(lastSearch, from: selected + 1) { app.setStatus(UIText.notFound.text(app.language), error: true) }
        case .searchPrevious?:
            if !find(lastSearch, from: selected - 1, forward: false) { app.setStatus(UIText.notFound.text(app.language), error: true) }
        case .accept?:
            if let r = selectedRow { onActivate?(r, app) }
        case .mark? where allowsMarking: toggleMark()
        case .markAll? where allowsMarking: toggleMarkAll()
        case .back? where !filterText.isEmpty:
            filterText = ""
            applyFilter()
        default:
            return false
        }
        return true
    }

    /// Type-ahead in a picker: letters and digits extend the prefix and jump to the first row (in the
    /// order shown) whose text, or one of whose words, starts with it; Backspace takes a letter back;
    /// Esc clears it. Returns nil for keys it does not take.
    private func typeAheadKey(_ key: Key, _ command: CommandID?, _ app: Application) -> Bool? {
        switch command {
        case .typeAhead?:
            guard case .char(let c) = key else { return nil }
            let q = TextNormalization.nfc(typedPrefix + String(c))
            if jump(to: q) { typedPrefix = q } else { app.bell(); app.setStatus(UIText.notFound.text(app.language), error: true) }
            return true
        case .deleteBackward? where !typedPrefix.isEmpty:
            typedPrefix.removeLast()
            if !typedPrefix.isEmpty { jump(to: typedPrefix) }
            return true
        case .back? where !typedPrefix.isEmpty:
            typedPrefix = ""
            return true
        default:
            return nil
        }
    }

    @discardableResult
    private func jump(to prefix: String) -> Bool {
        let q = SearchKey.fold(prefix)
        let texts = visible.map { SearchKey.fold(rows[$0].cells.first ?? "") }
        if let i = texts.firstIndex(where: { $0.hasPrefix(q) }) ?? texts.firstIndex(where: { $0.contains(" " + q) }) {
            selected = i
            return true
        }
        return false
    }
}
