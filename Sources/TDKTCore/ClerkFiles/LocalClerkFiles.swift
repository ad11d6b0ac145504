import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// The clerk's files reached directly, by the clerk's own process.
public final class LocalClerkFiles: ClerkFileAccess {
    private let fixedEnvironment: [String: String]?
    /// The environment given, else the process's as it is now (HOME, XDG_STATE_HOME, PATH may change).
    private var environment: [String: String] { fixedEnvironment ?? ProcessInfo.processInfo.environment }

    public init(environment: [String: String]? = nil) { self.fixedEnvironment = environment }

    public func resolve(_ path: String) -> String { ReportFile.localResolve(path, home: homeFolder()) }

    public func checkDestination(_ path: String, force: Bool, dataDirectory: String?) throws {
        try ReportFile.localCheckDestination(resolve(path), shown: path, force: force, dataDirectory: dataDirectory)
    }

    public func write(_ data: Data, to path: String, force: Bool, dataDirectory: String?) throws {
        try ReportFile.localWrite(data, to: resolve(path), shown: path, force: force, dataDirectory: dataDirectory)
    }

    public func read(_ path: String) throws -> Data {
        let fd = try openForReading(path)
        defer { close(fd) }
        return try ClerkFiles.mapped(fd, name: path)
    }

    /// Opens a regular file the clerk can read (with the clerk's rights: this is the clerk's process).
    public func openForReading(_ path: String) throws -> Int32 {
        let fd = open(resolve(path), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.unreadable(path, errno) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ClerkFileError(Localized(vi: "'\(path)' không phải một tệp", en: "'\(path)' is not a file"))
        }
        return fd
    }

    static func unreadable(_ path: String, _ code: Int32) -> ClerkFileError {
        let why = String(cString: strerror(code))
        return ClerkFileError(Localized(vi: "không đọc được tệp '\(path)': \(why)", en: "cannot read the file '\(path)': \(why)"))
    }

    public func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: resolve(path), isDirectory: &isDir) && isDir.boolValue
    }

    public func list(_ folder: String) -> [ClerkFolderEntry] {
        let fm = FileManager.default
        let full = resolve(folder)
        return ((try? fm.contentsOfDirectory(atPath: full)) ?? []).filter { !$0.hasPrefix(".") }.compactMap { name in
            var st = stat()
            guard stat(full + "/" + name, &st) == 0 else { return nil }
            return ClerkFolderEntry(name: name, isFolder: (st.st_mode & S_IFMT) == S_IFDIR, size: Int(st.st_size))
        }
    }

    public func currentFolder() -> String { FileManager.default.currentDirectoryPath }

    public func homeFolder() -> String {
        environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
    }

    public func print(_ data: Data, fileName: String, options: ReportPrinter.Options) throws -> ReportPrinter.Receipt {
        try ReportPrinter.printHere(data, fileName: fileName, options: options, environment: environment)
    }

    /// $XDG_STATE_HOME/tdkt, else ~/.local/state/tdkt.
    private func stateFolder() -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? homeFolder() + "/.local/state"
        return state + "/tdkt"
    }

    public func loadState(_ name: String) -> Data? {
        guard ClerkFiles.validStateName(name) else { return nil }
        return FileManager.default.contents(atPath: stateFolder() + "/" + name)
    }

    public func saveState(_ name: String, _ data: Data) {
        guard ClerkFiles.validStateName(name) else { return }
        let folder = stateFolder()
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? data.write(to: URL(fileURLWithPath: folder + "/" + name), options: .atomic)
    }
}
