import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// Picks a file by walking folders, so that no path has to be typed: ".." goes up, a folder opens,
/// a spreadsheet or CSV file is picked with Enter. Hidden files are not shown.
enum FilePicker {
    static let extensions: Set<String> = ["csv", "xlsx", "txt", "tsv"]

    /// The folder's rows: ".." first, then folders, then files the importers read, in Vietnamese order.
    static func rows(_ folder: String) -> [ListView.Row] {
        var folders: [String] = [], files: [(String, Int)] = []
        // The clerk's folders, as the clerk's own process sees them (ClerkFiles).
        for entry in ClerkFiles.access.list(folder) {
            if entry.isFolder { folders.append(entry.name) }
            else if extensions.contains((entry.name as NSString).pathExtension.lowercased()) { files.append((entry.name, entry.size)) }
        }
        var out: [ListView.Row] = []
        if folder != "/" { out.append(ListView.Row(id: "..", cells: ["..", ""])) }
        // Names come from the disk: cleaned before they reach the terminal.
        out += folders.sorted { VietnameseCollation.less($0, $1) }
            .map { ListView.Row(id: "d:" + $0, cells: [TextNormalization.visible($0) + "/", ""]) }
        out += files.sorted { VietnameseCollation.less($0.0, $1.0) }
            .map { ListView.Row(id: "f:" + $0.0, cells: [TextNormalization.visible($0.0), ReportNumber.grouped($0.1)]) }
        return out
    }

    static func pick(title: String, start: String, lang: Language, app: Application, onPick: @escaping (String, Application) -> Void) {
        var folder = (start as NSString).standardizingPath
        let list = ListView(title: "\(title): \(TextNormalization.visible(folder))", columns: [
            ListView.Column(UnitStrings.fileName.text(lang)), ListView.Column(UnitStrings.fileSize.text(lang), width: 12, alignRight: true),
        ], rows: rows(folder))
        list.onActivate = { row, app in
            if row.id == ".." {
                folder = (folder as NSString).deletingLastPathComponent
            } else if row.id.hasPrefix("d:") {
                folder = (folder as NSString).appendingPathComponent(String(row.id.dropFirst(2)))
            } else {
                app.remove(list)
                onPick((folder as NSString).appendingPathComponent(String(row.id.dropFirst(2))), app)
                return
            }
            list.title = "\(title): \(TextNormalization.visible(folder))"
            list.setRows(rows(folder))
        }
        app.push(list)
    }
}
