import TDKTText

/// One cell of the screen: a grapheme cluster, its display width and its role.
/// A wide character occupies its cell (width 2) and the next one (a continuation, width 0, empty text).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style
    public init(text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }
    public static let blank = Cell(text: " ", width: 1, style: .normal)
    public var isContinuation: Bool { width == 0 }
}

/// Box-drawing glyphs a backend may draw with its own line-drawing characters (WACS_* in curses).
public enum LineGlyph {
    public static let horizontal = "─", vertical = "│"
    public static let topLeft = "┌", topRight = "┐", bottomLeft = "└", bottomRight = "┘"
    public static let teeLeft = "├", teeRight = "┤", teeDown = "┬", teeUp = "┴", cross = "┼"
    public static let all: Set<String> = [horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight, teeDown, teeUp, cross]
}

/// A full screen of cells that widgets draw into; backends present it.
public struct Frame: Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a text field being edited), or nil to hide it.
    public var cursor: Point?
    /// Ring the terminal bell when this frame is shown (a key was refused).
    public var bell = false

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(y: Int, x: Int) -> Cell {
        guard y >= 0, y < height, x >= 0, x < width else { return .blank }
        return cells[y * width + x]
    }

    private mutating func set(_ y: Int, _ x: Int, _ cell: Cell) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        let i = y * width + x
        // Never leave half of a wide character behind.
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style)
        }
        if cells[i].width == 2, x + 1 < width {
            cells[i + 1] = Cell(text: " ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Writes text at (x, y), clipped to `clip` (default: whole frame) and to `maxWidth` columns.
    /// Text is sanitised; returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= area.y, y < area.maxY, y >= 0, y < height else { return 0 }
        let limit = min(area.maxX, width, maxWidth.map { x + $0 } ?? Int.max)
        var col = x
        for ch in TextNormalization.forTerminal(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }  // a lone zero-width cluster has no cell of its own
            if col + w > limit { break }
            if col >= area.x, col >= 0 {
                set(y, col, Cell(text: String(ch), width: w, style: style))
                if w == 2 { set(y, col + 1, Cell(text: "", width: 0, style: style)) }
            }
            col += w
        }
        return col - x
    }

    /// Fills a rectangle with spaces of a style.
    public mutating func fill(_ rect: Rect, style: Style) {
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX { set(y, x, Cell(text: " ", width: 1, style: style)) }
        }
    }

    /// Changes the style of a row segment, keeping its text.
    public mutating func restyle(y: Int, x: Int, width w: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<min(width, x + w) { cells[y * width + cx].style = style }
    }

    public mutating func hline(x: Int, y: Int, width w: Int, style: Style = .border) {
        for cx in x..<(x + w) { set(y, cx, Cell(text: LineGlyph.horizontal, width: 1, style: style)) }
    }

    public mutating func vline(x: Int, y: Int, height h: Int, style: Style = .border) {
        for cy in y..<(y + h) { set(cy, x, Cell(text: LineGlyph.vertical, width: 1, style: style)) }
    }

    public mutating func glyph(_ g: String, x: Int, y: Int, style: Style = .border) {
        set(y, x, Cell(text: g, width: 1, style: style))
    }

    /// A box with an optional title in its top border; the inside is filled with `fillStyle`.
    public mutating func box(_ r: Rect, style: Style = .border, fillStyle: Style? = nil, title: String? = nil, titleStyle: Style? = nil) {
        guard r.width >= 2, r.height >= 2 else { return }
        if let f = fillStyle { fill(r, style: f) }
        hline(x: r.x + 1, y: r.y, width: r.width - 2, style: style)
        hline(x: r.x + 1, y: r.maxY - 1, width: r.width - 2, style: style)
        vline(x: r.x, y: r.y + 1, height: r.height - 2, style: style)
        vline(x: r.maxX - 1, y: r.y + 1, height: r.height - 2, style: style)
        glyph(LineGlyph.topLeft, x: r.x, y: r.y, style: style)
        glyph(LineGlyph.topRight, x: r.maxX - 1, y: r.y, style: style)
        glyph(LineGlyph.bottomLeft, x: r.x, y: r.maxY - 1, style: style)
        glyph(LineGlyph.bottomRight, x: r.maxX - 1, y: r.maxY - 1, style: style)
        if let t = title, !t.isEmpty {
            put(" " + t + " ", x: r.x + 2, y: r.y, style: titleStyle ?? style, maxWidth: r.width - 4)
        }
    }

    /// The text of a row as the terminal would show it (continuation cells skipped).
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width {
            let c = cells[y * width + x]
            if !c.isContinuation { s += c.text }
        }
        return s
    }

    /// All rows as text.
    public var rows: [String] { (0..<height).map(row) }

    /// All rows joined with newlines, trailing spaces removed (handy in assertion messages).
    public var text: String {
        rows.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// The column where `needle` starts in row `y`, counted in screen columns, or nil.
    public func column(of needle: String, inRow y: Int) -> Int? {
        guard y >= 0, y < height else { return nil }
        let target = Array(needle)
        guard !target.isEmpty else { return nil }
        var starts: [(col: Int, ch: Character)] = []
        for x in 0..<width {
            let c = cells[y * width + x]
            if c.isContinuation { continue }
            for ch in c.text { starts.append((x, ch)) }
        }
        let chars = starts.map(\.ch)
        guard chars.count >= target.count else { return nil }
        for i in 0...(chars.count - target.count) where Array(chars[i..<(i + target.count)]) == target {
            return starts[i].col
        }
        return nil
    }

    /// Finds the first row containing `needle`.
    public func find(_ needle: String) -> Point? {
        for y in 0..<height {
            if let x = column(of: needle, inRow: y) { return Point(x: x, y: y) }
        }
        return nil
    }
}

/// A place frames are shown. Two backends: the curses terminal and `MemoryScreen` for tests.
public protocol Screen: AnyObject {
    var size: Size { get }
    /// Shows a frame. `fullRedraw` repaints everything (Ctrl-L); otherwise only changes are sent.
    func present(_ frame: Frame, fullRedraw: Bool)
}

/// The in-memory backend: keeps the last frame so tests can read it back as text rows.
public final class MemoryScreen: Screen {
    public var size: Size
    public private(set) var frame: Frame
    public private(set) var presentCount = 0
    public private(set) var fullRedrawCount = 0
    /// How many frames asked for the bell.
    public private(set) var bellCount = 0

    public init(size: Size = .standard) {
        self.size = size
        self.frame = Frame(size: size)
    }

    public func present(_ frame: Frame, fullRedraw: Bool) {
        self.frame = frame
        presentCount += 1
        if frame.bell { bellCount += 1 }
        if fullRedraw { fullRedrawCount += 1 }
    }

    public var rows: [String] { frame.rows }
    public var text: String { frame.text }
    public subscript(y: Int, x: Int) -> Cell { frame[y, x] }
}
