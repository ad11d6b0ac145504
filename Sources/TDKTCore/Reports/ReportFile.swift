import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files written for the clerk (reports, exports), by the clerk's own process: a relative path is taken from
/// the current folder, never inside the data directory, never under a hidden (dot) name; the file is created
/// with O_EXCL and O_NOFOLLOW, so neither an existing file nor a planted symbolic link is written through.
/// Replacing an existing file needs `force` and goes through a new file renamed over it.
public enum ReportFile {
    /// `~/…` from the clerk's home folder, a relative path from the folder tdkt was started in — the clerk's
    /// own, also when the program runs in the server (`ClerkFiles`).
    public static func resolve(_ path: String) -> String { ClerkFiles.access.resolve(path) }

    /// Refuses a name that is not a file name, a hidden name, a folder that does not exist, a place inside the
    /// data directory, a folder, and an existing file unless `force`.
    public static func checkDestination(_ path: String, force: Bool, dataDirectory: String? = nil) throws {
        try ClerkFiles.access.checkDestination(path, force: force, dataDirectory: dataDirectory)
    }

    public static func write(_ text: String, to path: String, force: Bool, dataDirectory: String? = nil) throws {
        try write(Data(text.utf8), to: path, force: force, dataDirectory: dataDirectory)
    }

    /// Writes the file whole or not at all: a new file opened with O_EXCL | O_NOFOLLOW, flushed; with `force`
    /// that new file has a temporary name and is renamed over the old one.
    public static func write(_ data: Data, to path: String, force: Bool, dataDirectory: String? = nil) throws {
        try ClerkFiles.access.write(data, to: path, force: force, dataDirectory: dataDirectory)
    }

    static func localResolve(_ path: String, home: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = home + p.dropFirst() }
        if !p.hasPrefix("/") { p = FileManager.default.currentDirectoryPath + "/" + p }
        return p
    }

    /// `full` is the resolved `path`; messages name the path as the clerk typed it.
    static func localCheckDestination(_ full: String, shown path: String, force: Bool, dataDirectory: String?) throws {
        if path.isEmpty || path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") {
            throw ReportError(vi: "'\(path)' không phải tên tệp", en: "'\(path)' is not a file name")
        }
        let name = (full as NSString).lastPathComponent
        if name.hasPrefix(".") {
            throw ReportError(vi: "không ghi tệp ẩn (tên bắt đầu bằng dấu chấm): '\(name)'",
                              en: "will not write a hidden file (a name starting with a dot): '\(name)'")
        }
        let fm = FileManager.default
        let folder = (full as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        if !fm.fileExists(atPath: folder, isDirectory: &isDir) || !isDir.boolValue {
            throw ReportError(vi: "thư mục '\(folder)' không tồn tại", en: "folder '\(folder)' does not exist")
        }
        if let data = dataDirectory, let inside = realPath(data), let target = realPath(folder),
           target == inside || target.hasPrefix(inside.hasSuffix("/") ? inside : inside + "/") {
            throw ReportError(vi: "không ghi báo cáo vào thư mục dữ liệu (\(data)); chọn thư mục khác",
                              en: "reports are not written inside the data directory (\(data)); choose another folder")
        }
        var st = stat()
        if lstat(full, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { throw ReportError(vi: "'\(path)' là một thư mục", en: "'\(path)' is a folder") }
            if !force {
                throw ReportError(vi: "tệp '\(path)' đã có; không ghi đè (dùng --force để ghi đè)",
                                  en: "'\(path)' exists; not overwritten (use --force to replace it)")
            }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    static func localWrite(_ data: Data, to full: String, shown path: String, force: Bool, dataDirectory: String?) throws {
        try localCheckDestination(full, shown: path, force: force, dataDirectory: dataDirectory)
        let folder = (full as NSString).deletingLastPathComponent
        let target = force ? full + ".tdkt-\(getpid())-\(UInt32.random(in: 0...UInt32.max))" : full
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if fd < 0 {
            let code = errno
            if code == EEXIST && !force {
                throw ReportError(vi: "tệp '\(path)' vừa được tạo; không ghi đè", en: "'\(path)' appeared meanwhile; not overwritten")
            }
            throw failure(path, code)
        }
        var ok = false
        defer { if !ok { unlink(target) } }
        do {
            try writeAll(fd, data)
            if fsync(fd) != 0 { throw failure(path, errno) }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        if force && rename(target, full) != 0 { throw failure(path, errno) }
        ok = true
        FileIO.syncDirectory(folder)
    }

    private static func writeAll(_ fd: Int32, _ data: Data) throws {
        var written = 0
        try data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            while written < buf.count {
                let n = systemWrite(fd, buf.baseAddress! + written, buf.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure("", errno)
                }
                written += n
            }
        }
    }

    private static func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, p, n)
        #else
        Darwin.write(fd, p, n)
        #endif
    }

    private static func failure(_ path: String, _ code: Int32) -> ReportError {
        let why = String(cString: strerror(code))
        return ReportError(vi: "không ghi được \(path): \(why)", en: "cannot write \(path): \(why)")
    }
}
