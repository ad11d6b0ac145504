import TDKTCore
import TerminalUI

/// A list screen's first rows. Under the terminal loop (`quick`) the screen shows at once the rows this
/// clerk was shown the last time it opened (a `RowSnapshot`), while its records are read on the other core;
/// their rows then replace the snapshot's, and are saved as the next snapshot if they differ. Without a
/// snapshot (the first opening, after `tdkt check`) or outside the loop (tests, scripts) it reads first.
enum QuickRows {
    static func show(in list: ListView, ws: Workspace, name: String, key parts: [String], quick: Bool,
                     read: @escaping @Sendable () -> [ListView.Row]) {
        guard quick else { list.setRows(read()); return }
        let key = ws.rowSnapshotKey(parts)
        // One file per language and year shown, so that opening one does not replace another's rows.
        let name = ([name] + parts).joined(separator: "-")
        let width = list.columns.count + 1
        guard let kept = ws.rowSnapshot(name, key: key), kept.rows.allSatisfy({ $0.count == width }) else {
            let rows = read()
            list.setRows(rows)
            ws.saveRowSnapshot(name, snapshot(rows, key))
            return
        }
        list.show(kept.rows.map { ListView.Row(id: $0[0], cells: Array($0.dropFirst())) }, while: BackgroundRead {
            let rows = read()
            let fresh = snapshot(rows, key)
            if fresh != kept { ws.saveRowSnapshot(name, fresh) }
            return rows
        })
    }

    private static func snapshot(_ rows: [ListView.Row], _ key: String) -> RowSnapshot {
        RowSnapshot(key: key, rows: rows.map { [$0.id] + $0.cells })
    }
}
