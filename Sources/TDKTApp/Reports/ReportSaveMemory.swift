import Foundation
import TDKTText
import TDKTCore

/// The folder and format a clerk last saved a report in, kept per clerk outside the data directory:
/// $XDG_STATE_HOME/tdkt/report-save.json, else ~/.local/state/tdkt/report-save.json.
struct ReportSaveMemory: Codable, Equatable {
    var folder: String?
    var format: String?

    static func location(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/tdkt/report-save.json"
    }

    static func load(from path: String = location()) -> ReportSaveMemory {
        guard let data = FileManager.default.contents(atPath: path),
              let m = try? JSONDecoder().decode(ReportSaveMemory.self, from: data) else { return ReportSaveMemory() }
        return m
    }

    /// Best effort: a clerk without a writable state folder still saves reports.
    func save(to path: String = location()) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Where the save form starts: the remembered folder if it still exists, else the office's reports folder
    /// from the settings, else the clerk's home.
    func startFolder(settings: DocumentSettings, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let fm = FileManager.default
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        var isDir: ObjCBool = false
        for candidate in [folder, settings.reportsFolder.map(ReportFile.resolve)].compactMap({ $0 }) {
            if fm.fileExists(atPath: candidate, isDirectory: &isDir), isDir.boolValue { return candidate }
        }
        return home
    }
}
