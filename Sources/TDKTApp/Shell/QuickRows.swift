import Dispatch
import TDKTCore
import TerminalUI

/// A list screen's first rows. Under the terminal loop (`quick`) the screen shows at once the rows this
/// clerk was shown the last time it opened (a `RowSnapshot`), or, the first time, the rows the indexes give
/// without a record file looked at (`Workspace.asIndexed`), while its records are read on the other core;
/// their rows then replace the first ones, and are saved as the next snapshot if they differ. Outside the loop
/// (tests, scripts), or when the indexes give nothing (a directory without them), it reads first.
enum QuickRows {
    /// `read` makes the rows from the workspace it is given: the screen's own, or one that takes the indexes' word.
    static func show(in list: ListView, ws: Workspace, name: String, key parts: [String], quick: Bool,
                     read: @escaping @Sendable (Workspace) -> [ListView.Row]) {
        guard quick else { list.setRows(read(ws)); return }
        let key = ws.rowSnapshotKey(parts)
        // One file per language and year shown, so that opening one does not replace another's rows.
        let name = ([name] + parts).joined(separator: "-")
        let width = list.columns.count + 1
        let kept = ws.rowSnapshot(name, key: key).flatMap { $0.rows.allSatisfy({ $0.count == width }) ? $0 : nil }
        let first: [ListView.Row]
        if let kept {
            first = kept.rows.map { ListView.Row(id: $0[0], cells: Array($0.dropFirst())) }
        } else {
            let indexed = ws.asIndexed()
            first = read(indexed)
            // What it read (15,000 people's labels) is freed on another thread, not before the first frame.
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(indexed) {} }
        }
        guard !first.isEmpty else {
            let rows = read(ws)
            list.setRows(rows)
            ws.saveRowSnapshot(name, snapshot(rows, key))
            return
        }
        list.show(first, while: BackgroundRead {
            let rows = read(ws)
            let fresh = snapshot(rows, key)
            if fresh != kept { ws.saveRowSnapshot(name, fresh) }
            return rows
        })
    }

    private static func snapshot(_ rows: [ListView.Row], _ key: String) -> RowSnapshot {
        RowSnapshot(key: key, rows: rows.map { [$0.id] + $0.cells })
    }
}
