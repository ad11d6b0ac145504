import Foundation
import TDKTText
import TDKTCore

/// The folder and format a clerk last saved a report in, kept per clerk outside the data directory, in the
/// clerk's state folder ($XDG_STATE_HOME/tdkt/report-save.json, else ~/.local/state/tdkt/report-save.json) —
/// read and written by the clerk's own process (`ClerkFiles`), also when the program runs in the server.
struct ReportSaveMemory: Codable, Equatable {
    var folder: String?
    var format: String?

    static let stateName = "report-save.json"

    /// From the clerk's state folder, or from `path` (tests).
    static func load(from path: String? = nil) -> ReportSaveMemory {
        let data = path.map { FileManager.default.contents(atPath: $0) } ?? ClerkFiles.access.loadState(stateName)
        guard let data, let m = try? JSONDecoder().decode(ReportSaveMemory.self, from: data) else { return ReportSaveMemory() }
        return m
    }

    /// Best effort: a clerk without a writable state folder still saves reports.
    func save(to path: String? = nil) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        guard let path else { return ClerkFiles.access.saveState(Self.stateName, data) }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Where the save form starts: the remembered folder if it still exists, else the office's reports folder
    /// from the settings, else the clerk's home.
    func startFolder(settings: DocumentSettings) -> String {
        let files = ClerkFiles.access
        for candidate in [folder, settings.reportsFolder.map(ReportFile.resolve)].compactMap({ $0 }) where files.isFolder(candidate) {
            return candidate
        }
        return files.homeFolder()
    }
}
