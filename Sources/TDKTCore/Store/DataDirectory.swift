import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// Where the data directory is and who is using it.
public enum DataDirectory {
    /// `--data DIR`, else `TDKT_DATA`, else `$XDG_DATA_HOME/tdkt`, else `~/.local/share/tdkt`.
    public static func locate(option: String?, environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return absolute(option) }
        if let v = env["TDKT_DATA"], !v.isEmpty { return absolute(v) }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return absolute(xdg) + "/tdkt" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/tdkt"
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Files are shared by an office group: created group-readable and -writable, hidden from others.
    public static func applyOfficeUmask() {
        umask(0o007)
    }

    /// The login of the process's user, which SSH has already authenticated.
    public static func currentLogin() -> String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid\(getuid())"
    }

    /// True when the folder holds a tdkt configuration.
    public static func isInitialised(_ root: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + OfficeConfig.fileName)
    }
}
