import TerminalUI

/// The keys a rater presses in the scoring grid, the same in tmux and in-process: a sweep right across
/// every criterion and back (the columns scroll by group), then row by row a score typed in each of the
/// first six criteria ("3", Enter: the cursor moves right), back left, and down to the next unit.
/// "3" is valid in those six (group I: maxima 4–6 points, step 0.5).
struct GridStep {
    /// tmux's key names, sent in one `send-keys`.
    var tmux: [String]
    var keys: [Key]
    var isEdit: Bool
    /// Where the cursor goes (the frame that shows it is the one waited for).
    var rowChange = 0, columnChange = 0
}

enum GridKeyPlan {
    static let editedColumns = 6

    static func steps(rows: Int, columns: Int) -> [GridStep] {
        let right = GridStep(tmux: ["Right"], keys: [.right], isEdit: false, columnChange: 1)
        let left = GridStep(tmux: ["Left"], keys: [.left], isEdit: false, columnChange: -1)
        let down = GridStep(tmux: ["Down"], keys: [.down], isEdit: false, rowChange: 1)
        let edit = GridStep(tmux: ["3", "Enter"], keys: [.char("3"), .enter], isEdit: true, columnChange: 1)
        var out = Array(repeating: right, count: columns - 1) + Array(repeating: left, count: columns - 1)
        for row in 0..<rows {
            out += Array(repeating: edit, count: editedColumns) + Array(repeating: left, count: editedColumns)
            if row < rows - 1 { out.append(down) }
        }
        return out
    }
}
