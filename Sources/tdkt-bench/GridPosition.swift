/// Where the scoring grid's cursor is, read from its position line (" 2/13 · 3/32 · I.3"), and whether the
/// grid's rows are on screen: what the bench waits for after each key in tmux.
struct GridPosition: Equatable {
    var row: Int, rows: Int, column: Int, columns: Int

    init(row: Int, rows: Int, column: Int, columns: Int) {
        self.row = row; self.rows = rows; self.column = column; self.columns = columns
    }

    /// The first line of the screen that reads " r/R · c/C · …".
    init?(screen: String) {
        for line in screen.split(separator: "\n") where line.hasPrefix(" ") {
            let parts = line.dropFirst().split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[1] == "·" else { continue }
            let a = parts[0].split(separator: "/"), b = parts[2].split(separator: "/")
            guard a.count == 2, b.count == 2, let r = Int(a[0]), let rs = Int(a[1]), let c = Int(b[0]), let cs = Int(b[1]) else { continue }
            self.init(row: r, rows: rs, column: c, columns: cs)
            return
        }
        return nil
    }

    /// The grid has drawn its rows: under the header's "┼" rule, a row with its "│" separator.
    static func hasRows(_ screen: String) -> Bool {
        let lines = screen.split(separator: "\n")
        guard let rule = lines.firstIndex(where: { $0.contains("┼") }), rule + 1 < lines.count else { return false }
        return lines[rule + 1].contains("│") && GridPosition(screen: screen) != nil
    }
}
