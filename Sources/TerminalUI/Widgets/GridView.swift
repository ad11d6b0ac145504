import Foundation
import TDKTText

/// One numeric column of a grid.
public struct GridColumn: Sendable {
    public var title: String
    /// Header spanning consecutive columns with the same group ("Tiêu chí 1" over 1.1, 1.2...).
    public var group: String?
    public var max: Double
    public var step: Double
    /// A second header line under the title ("tối đa 20"); shown when any column has one.
    public var subtitle: String?
    /// The column's full name, shown in the line under the grid when the cursor is on it.
    public var detail: String?
    public init(_ title: String, group: String? = nil, max: Double, step: Double = 1, subtitle: String? = nil, detail: String? = nil) {
        self.title = title
        self.group = group
        self.max = max
        self.step = step
        self.subtitle = subtitle
        self.detail = detail
    }
}

/// A grid of numeric cells (rows × columns) with frozen row and column headers, column group
/// headers and a frozen totals column. An empty cell is not 0: it shows as "·".
///
/// Type digits straight into a cell; Tab or Enter keeps the value and moves to the next cell;
/// Backspace edits (or empties the cell); Del empties; Ctrl-Z or u undoes; arrows, PgUp/PgDn,
/// Home/End move; the view scrolls both ways keeping the headers in place.
public final class GridView: View {
    public struct Change: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var old: Double?
        public var new: Double?
    }

    public var title: String
    public var rowHeaders: [String]
    public let columns: [GridColumn]
    public private(set) var values: [[Double?]]
    public private(set) var cursorRow = 0
    public private(set) var cursorColumn = 0
    /// What is being typed into the current cell, if anything.
    public private(set) var editBuffer: String?
    public private(set) var undoStack: [Change] = []
    /// The last message (refused value, undo...), shown under the grid and in the status line.
    public private(set) var message: String?
    public private(set) var scrollRow = 0
    public private(set) var scrollColumn = 0
    public var rowHeaderTitle: String
    public var rowHeaderWidth = 22
    public var cellWidth = 8
    private var savedValues: [[Double?]]
    private var pageRows = 10
    public var onSave: (([[Double?]], Application) -> String?)?
    public var onChange: ((Change) -> Void)?
    /// Checks what was typed into a cell before it is taken (the caller's own rules, e.g. the
    /// domain's message naming the criterion). Returns the message refusing it, or nil. When set,
    /// it replaces the built-in maximum and step checks; the text still has to be a number.
    public var validator: ((_ row: Int, _ column: Int, _ text: String) -> String?)?
    /// Nothing can be typed, cleared or undone; the cursor still moves. `readOnlyMessage` says why.
    public var isReadOnly = false
    public var readOnlyMessage: String?
    /// What an empty cell shows (never 0).
    public var emptyText = "·"
    /// Text to show in a cell instead of its number (e.g. marks of a read-only matrix); nil = the number.
    public var cellText: ((_ row: Int, _ column: Int) -> String?)?
    /// Text of the totals column for a row instead of the sum; nil = the sum.
    public var totalText: ((_ row: Int) -> String?)?
    /// Header of the totals column instead of "Tổng".
    public var totalsTitle: String?
    /// A line under the grid when there is no message (a legend).
    public var legend: String?
    /// Keys the grid does not use, offered to the caller first (extra commands of a screen).
    public var onKey: ((Key, CommandID?, Application) -> Bool)?
    /// The context of the command table; a screen may give its own to add F-keys.
    public var commandContext: CommandContext = .grid
    public var onAppear: ((GridView, Application) -> Void)?

    public init(title: String, rowHeaderTitle: String = "", rowHeaders: [String], columns: [GridColumn], values: [[Double?]]? = nil) {
        self.title = title
        self.rowHeaderTitle = rowHeaderTitle
        self.rowHeaders = rowHeaders
        self.columns = columns
        let v = values ?? Array(repeating: Array(repeating: nil, count: columns.count), count: rowHeaders.count)
        self.values = v
        self.savedValues = v
    }

    public var context: CommandContext { commandContext }
    public func didAppear(app: Application) { onAppear?(self, app) }
    /// A closed view lets go of the code driving it: a screen's controller is held by these closures and
    /// holds the view, so keeping them would keep both alive for the rest of the session.
    public func didDisappear(app: Application) { onSave = nil; onChange = nil; onKey = nil; onAppear = nil }
    public var hasUnsavedChanges: Bool { values != savedValues || editBuffer != nil }
    public func markSaved() { savedValues = values }

    /// Sum of the non-empty cells of a row, or nil when the row is all empty.
    public func total(ofRow r: Int) -> Double? {
        let present = values[r].compactMap { $0 }
        return present.isEmpty ? nil : present.reduce(0, +)
    }

    // MARK: Number text

    public static func format(_ v: Double, language: Language) -> String {
        var s: String
        if v == v.rounded() { s = String(Int(v)) } else {
            s = String(format: "%.3f", v)
            while s.hasSuffix("0") { s.removeLast() }
        }
        return language == .vi ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    static func parse(_ s: String) -> Double? {
        let t = s.replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty, t != "." else { return nil }
        return Double(t)
    }

    // MARK: Editing

    private func setValue(_ v: Double?, row: Int, column: Int) {
        let old = values[row][column]
        guard old != v else { return }
        values[row][column] = v
        let change = Change(row: row, column: column, old: old, new: v)
        undoStack.append(change)
        onChange?(change)
    }

    /// Ends typing in the current cell. Returns false when the value was refused (it stays as before).
    @discardableResult
    public func commit(app: Application) -> Bool {
        guard let buf = editBuffer else { return true }
        editBuffer = nil
        let col = columns[cursorColumn]
        let lang = app.language
        if buf.isEmpty {
            setValue(nil, row: cursorRow, column: cursorColumn)
            return true
        }
        if let validator, let m = validator(cursorRow, cursorColumn, buf) {
            refuse(m, app)
            return false
        }
        guard let v = Self.parse(buf) else {
            refuse(UIText.notANumber.text(lang), app)
            return false
        }
        if validator != nil {
            setValue(v, row: cursorRow, column: cursorColumn)
            return true
        }
        if v < 0 { refuse(UIText.negative.text(lang), app); return false }
        if v > col.max + 1e-9 {
            refuse(UIText.aboveMax(Self.format(v, language: lang), Self.format(col.max, language: lang), col.title).text(lang), app)
            return false
        }
        if col.step > 0 {
            let k = v / col.step
            if abs(k - k.rounded()) > 1e-9 {
                refuse(UIText.notStep(Self.format(v, language: lang), Self.format(col.step, language: lang), col.title).text(lang), app)
                return false
            }
        }
        setValue(v, row: cursorRow, column: cursorColumn)
        return true
    }

    private func refuse(_ text: String, _ app: Application) {
        message = text
        app.setStatus(text, error: true)
    }

    public func moveTo(row: Int, column: Int) {
        cursorRow = max(0, min(rowHeaders.count - 1, row))
        cursorColumn = max(0, min(columns.count - 1, column))
    }

    /// Next cell to the right, wrapping to the start of the next row.
    private func advance(_ delta: Int) {
        var r = cursorRow, c = cursorColumn + delta
        if c >= columns.count { c = 0; r += 1 }
        if c < 0 { c = columns.count - 1; r -= 1 }
        if r < 0 || r >= rowHeaders.count { return }
        moveTo(row: r, column: c)
    }

    public func undo(app: Application) {
        if editBuffer != nil { editBuffer = nil; return }
        guard let last = undoStack.popLast() else {
            message = UIText.nothingToUndo.text(app.language)
            app.setStatus(message!)
            return
        }
        values[last.row][last.column] = last.old
        onChange?(Change(row: last.row, column: last.column, old: last.new, new: last.old))
        moveTo(row: last.row, column: last.column)
        message = UIText.undone.text(app.language)
        app.setStatus(message!)
    }

    public func handle(_ key: Key, command: CommandID?, app: Application) -> Bool {
        if let onKey, editBuffer == nil, onKey(key, command, app) { return true }
        guard !rowHeaders.isEmpty, !columns.isEmpty else { return false }
        if isReadOnly, isEditingKey(key, command) {
            message = readOnlyMessage ?? UIText.readOnly.text(app.language)
            app.setStatus(message!, error: true)
            return true
        }
        // Typing a number.
        if case .char(let c) = key, c.isASCII, c.isNumber || c == "," || c == "." {
            message = nil
            if (editBuffer?.count ?? 0) < 8 { editBuffer = (editBuffer ?? "") + String(c) }
            return true
        }
        if case .paste(let t) = key {
            let digits = t.filter { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
            editBuffer = (editBuffer ?? "") + String(digits.prefix(8))
            return true
        }
        switch key {
        case .backspace:
            if var b = editBuffer {
                if !b.isEmpty { b.removeLast() }
                editBuffer = b
            } else {
                setValue(nil, row: cursorRow, column: cursorColumn)
            }
            return true
        case .escape where editBuffer != nil:
            editBuffer = nil
            return true
        default:
            break
        }
        switch command {
        case .undo?: undo(app: app); return true
        case .clearCell?:
            editBuffer = nil
            setValue(nil, row: cursorRow, column: cursorColumn)
            return true
        case .save?:
            guard commit(app: app) else { return true }
            if let err = onSave?(values, app) { app.showError(err); return true }
            markSaved()
            // onSave may have said more precisely what it saved.
            if app.statusMessage == nil { app.setStatus(UIText.saved.text(app.language)) }
            return true
        case .back?:
            app.leave(self)
            return true
        default:
            break
        }
        // Everything else moves: commit first; a refused value keeps the cursor where it is.
        let moves: [Key: () -> Void] = [
            .tab: { self.advance(1) }, .enter: { self.advance(1) }, .backTab: { self.advance(-1) },
            .right: { self.moveTo(row: self.cursorRow, column: self.cursorColumn + 1) },
            .left: { self.moveTo(row: self.cursorRow, column: self.cursorColumn - 1) },
            .down: { self.moveTo(row: self.cursorRow + 1, column: self.cursorColumn) },
            .up: { self.moveTo(row: self.cursorRow - 1, column: self.cursorColumn) },
            .pageDown: { self.moveTo(row: self.cursorRow + self.pageRows, column: self.cursorColumn) },
            .pageUp: { self.moveTo(row: self.cursorRow - self.pageRows, column: self.cursorColumn) },
            .home: { self.moveTo(row: self.cursorRow, column: 0) },
            .end: { self.moveTo(row: self.cursorRow, column: self.columns.count - 1) },
        ]
        guard let move = moves[key] else { return false }
        if editBuffer != nil, !commit(app: app) { return true }
        message = nil
        move()
        return true
    }

    private func isEditingKey(_ key: Key, _ command: CommandID?) -> Bool {
        if case .char(let c) = key, c.isASCII, c.isNumber || c == "," || c == "." { return true }
        if case .paste = key { return true }
        if key == .backspace { return true }
        return command == .undo || command == .clearCell || command == .save
    }

    // MARK: Drawing

    public func draw(in frame: inout Frame, area: Rect, app: Application) {
        let lang = app.language
        let totalsWidth = cellWidth
        let middleX = area.x + rowHeaderWidth + 1
        let middleWidth = max(cellWidth, area.width - rowHeaderWidth - 1 - totalsWidth - 1)
        let visibleCols = max(1, middleWidth / cellWidth)
        let hasSubtitles = columns.contains { $0.subtitle != nil }
        let headerRows = hasSubtitles ? 4 : 3  // group, title, (subtitle), line
        let lineY = area.y + headerRows - 1
        let bodyTop = area.y + headerRows
        let bodyRows = max(1, area.height - headerRows - 2)  // message lines at the bottom
        pageRows = bodyRows
        // Keep the cursor in view.
        if cursorColumn < scrollColumn { scrollColumn = cursorColumn }
        if cursorColumn >= scrollColumn + visibleCols { scrollColumn = cursorColumn - visibleCols + 1 }
        if cursorRow < scrollRow { scrollRow = cursorRow }
        if cursorRow >= scrollRow + bodyRows { scrollRow = cursorRow - bodyRows + 1 }
        let cols = Array(scrollColumn..<min(columns.count, scrollColumn + visibleCols))
        let totalsX = middleX + cols.count * cellWidth + 1

        // Frozen column headers: groups, then titles.
        var c = 0
        while c < cols.count {
            let g = columns[cols[c]].group
            var span = 1
            while c + span < cols.count, columns[cols[c + span]].group == g, g != nil { span += 1 }
            if let g {
                let x = middleX + c * cellWidth
                frame.put(DisplayWidth.center(g, in: span * cellWidth - 1), x: x, y: area.y, style: .header)
            }
            c += span
        }
        frame.put(DisplayWidth.pad(rowHeaderTitle, to: rowHeaderWidth), x: area.x, y: area.y + 1, style: .header)
        for (i, ci) in cols.enumerated() {
            frame.put(DisplayWidth.pad(columns[ci].title, to: cellWidth - 1, alignRight: true), x: middleX + i * cellWidth, y: area.y + 1, style: .header)
        }
        if hasSubtitles {
            for (i, ci) in cols.enumerated() {
                frame.put(DisplayWidth.pad(columns[ci].subtitle ?? "", to: cellWidth - 1, alignRight: true), x: middleX + i * cellWidth, y: area.y + 2, style: .header)
            }
        }
        frame.put(DisplayWidth.pad(totalsTitle ?? UIText.total.text(lang), to: totalsWidth - 1, alignRight: true), x: totalsX, y: area.y + 1, style: .header)
        frame.hline(x: area.x, y: lineY, width: totalsX + totalsWidth - area.x)
        frame.vline(x: area.x + rowHeaderWidth, y: area.y, height: headerRows + bodyRows)
        frame.vline(x: totalsX - 1, y: area.y, height: headerRows + bodyRows)
        frame.glyph(LineGlyph.cross, x: area.x + rowHeaderWidth, y: lineY)
        frame.glyph(LineGlyph.cross, x: totalsX - 1, y: lineY)
        // Scroll hints.
        if scrollColumn > 0 { frame.put("◀", x: middleX, y: area.y, style: .header) }
        if scrollColumn + cols.count < columns.count { frame.put("▶", x: totalsX - 2, y: area.y, style: .header) }

        // Body.
        for r in 0..<bodyRows {
            let row = scrollRow + r
            guard row < rowHeaders.count else { break }
            let y = bodyTop + r
            frame.put(DisplayWidth.pad(rowHeaders[row], to: rowHeaderWidth - 1), x: area.x, y: y, style: row == cursorRow ? .header : .normal)
            for (i, ci) in cols.enumerated() {
                let x = middleX + i * cellWidth
                let isCursor = row == cursorRow && ci == cursorColumn
                if isCursor, let buf = editBuffer {
                    frame.put(DisplayWidth.pad(buf, to: cellWidth - 1, alignRight: true), x: x, y: y, style: .focusedField)
                    frame.cursor = Point(x: x + cellWidth - 1, y: y)
                    continue
                }
                if let t = cellText?(row, ci) {
                    frame.put(DisplayWidth.pad(t, to: cellWidth - 1, alignRight: true), x: x, y: y, style: isCursor ? .selection : .normal)
                } else if let v = values[row][ci] {
                    frame.put(DisplayWidth.pad(Self.format(v, language: lang), to: cellWidth - 1, alignRight: true), x: x, y: y, style: isCursor ? .selection : .normal)
                } else {
                    frame.put(DisplayWidth.pad(emptyText, to: cellWidth - 1, alignRight: true), x: x, y: y, style: isCursor ? .selection : .placeholder)
                }
                if isCursor {
                    // Brackets mark the cell without relying on colour.
                    if x - 1 > area.x + rowHeaderWidth { frame.put("[", x: x - 1, y: y, style: .selection) }
                    frame.put("]", x: x + cellWidth - 1, y: y, style: .selection)
                }
            }
            let total = totalText?(row) ?? total(ofRow: row).map { Self.format($0, language: lang) } ?? emptyText
            frame.put(DisplayWidth.pad(total, to: totalsWidth - 1, alignRight: true), x: totalsX, y: y, style: .header)
        }
        // The last two lines: the message (wrapped, so a long refusal is read whole), else where the
        // cursor is and the legend.
        let bottom = area.maxY - 1
        let col = columns[cursorColumn]
        var position = "\(cursorRow + 1)/\(rowHeaders.count) · \(cursorColumn + 1)/\(columns.count) · " + col.title
        if let d = col.detail { position += " " + d }
        if validator == nil && cellText == nil { position += " (max " + Self.format(col.max, language: lang) + ")" }
        if let m = message {
            let lines = DisplayWidth.wrap("! " + m, width: area.width - 2)
            for (i, line) in lines.suffix(2).enumerated() {
                frame.put(line, x: area.x + 1, y: bottom - min(2, lines.count) + 1 + i, style: .error, maxWidth: area.width - 2)
            }
        } else {
            frame.put(position, x: area.x + 1, y: bottom - (legend == nil ? 0 : 1), style: .placeholder, maxWidth: area.width - 2)
            if let legend { frame.put(legend, x: area.x + 1, y: bottom, style: .placeholder, maxWidth: area.width - 2) }
        }
    }
}
