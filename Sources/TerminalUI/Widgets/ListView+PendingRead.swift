/// A list shown at once from rows kept from last time while its rows are read again on another thread.
///
/// Moving, searching, filtering and marking work on the rows shown; any other key (Enter, a screen's own
/// key) first waits for the read and shows its rows, so what it does is done on what the files say. The
/// cursor and the marks stay on the same ids when the rows read replace the rows shown.
extension ListView {
    /// Shows `rows` now and `read`'s rows when it is done. The read starts after the first frame (the
    /// first idle step) or at the first key that needs it.
    public func show(_ rows: [Row], while read: BackgroundRead<[Row]>) {
        setRows(rows)
        pendingRead = read
    }

    /// True until the rows read behind the list are shown.
    public var isReading: Bool { pendingRead != nil }

    /// Before a key: unless it only moves through, searches or marks the rows shown, waits for the rows
    /// being read and shows them. A screen built around a list calls this before handling its own keys.
    public func settle(before key: Key, command: CommandID?, app: Application) {
        guard pendingRead != nil, !browses(command) else { return }
        finishReading(app: app)
    }

    /// Waits for the rows being read, then shows them.
    public func finishReading(app: Application) {
        guard let read = pendingRead else { return }
        adopt(read.wait(), app)
    }

    /// Shows the rows read if they are ready within `milliseconds`.
    func takeReadRows(app: Application, waiting milliseconds: Int) {
        guard let read = pendingRead, let rows = read.value(waiting: milliseconds) else { return }
        adopt(rows, app)
    }

    private func adopt(_ read: [Row], _ app: Application) {
        pendingRead = nil
        if read != rows { setRows(read) }
        onRowsRead?(read, app)
    }

    /// Keys that use only the rows shown. A search prompt whose owner adds rows as it changes
    /// (`onSearchChange`) is not one of them.
    private func browses(_ command: CommandID?) -> Bool {
        if wantsTyping { return onSearchChange == nil }
        switch command {
        case .up?, .down?, .pageUp?, .pageDown?, .first?, .last?, .search?, .filter?, .searchNext?, .searchPrevious?:
            return true
        case .mark?, .markAll?:
            return allowsMarking
        default:
            return false
        }
    }
}
