import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// A file or folder in one of the clerk's own folders, as a folder listing shows it.
public struct ClerkFolderEntry: Codable, Sendable, Equatable {
    public var name: String
    public var isFolder: Bool
    public var size: Int
    public init(name: String, isFolder: Bool, size: Int) { self.name = name; self.isFolder = isFolder; self.size = size }
}

/// A file of the clerk's that cannot be read or written, said in both languages.
public struct ClerkFileError: Error, Equatable, UserFacingError {
    public var message: Localized
    public init(_ message: Localized) { self.message = message }
    public var text: Localized { message }
}

/// Everything the program does with the clerk's own files — reports and exports written, spreadsheets read
/// for an import, folders browsed, a document printed, the clerk's remembered choices — and nothing else.
///
/// On a laptop (single-user mode) the program is the clerk's own process and does it directly. In an office
/// the program runs inside the server under the server's account, which must not touch the clerk's files
/// (nor let the clerk reach the server's through it): every one of these calls is then carried out by the
/// clerk's own `tdkt` process at the other end of the socket, with the clerk's own rights.
public protocol ClerkFileAccess: AnyObject, Sendable {
    /// `~/…` from the clerk's home, a relative path from the folder the clerk started tdkt in.
    func resolve(_ path: String) -> String
    /// Refuses what `write` would refuse, without writing.
    func checkDestination(_ path: String, force: Bool, dataDirectory: String?) throws
    /// A new file, whole or not at all; replacing an existing one only with `force` (see `ReportFile`).
    func write(_ data: Data, to path: String, force: Bool, dataDirectory: String?) throws
    /// The bytes of a file the clerk can read.
    func read(_ path: String) throws -> Data
    /// An open read descriptor on a regular file the clerk can read; the caller closes it. For reading
    /// a large file in chunks, so that it is never held (nor mapped) whole.
    func openForReading(_ path: String) throws -> Int32
    func isFolder(_ path: String) -> Bool
    /// The folder's entries, hidden names left out.
    func list(_ folder: String) -> [ClerkFolderEntry]
    func currentFolder() -> String
    func homeFolder() -> String
    /// Sends a document to the printer with `lp`/`lpr` as the clerk.
    func print(_ data: Data, fileName: String, options: ReportPrinter.Options) throws -> ReportPrinter.Receipt
    /// A small file of the clerk's remembered choices (~/.local/state/tdkt/NAME); nil when there is none.
    func loadState(_ name: String) -> Data?
    /// Best effort: a clerk without a writable state folder still works.
    func saveState(_ name: String, _ data: Data)
}

/// The clerk's files as this process reaches them: directly, unless the process serves a clerk for the server.
public enum ClerkFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var current: ClerkFileAccess = LocalClerkFiles()

    public static var access: ClerkFileAccess {
        lock.lock(); defer { lock.unlock() }
        return current
    }

    /// Set once, when a server session starts, before anything reads or writes a file.
    public static func use(_ access: ClerkFileAccess) {
        lock.lock(); defer { lock.unlock() }
        current = access
    }

    /// A file's bytes from an open descriptor, mapped rather than copied (the descriptor may be closed after).
    public static func mapped(_ fd: Int32, name: String) throws -> Data {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw LocalClerkFiles.unreadable(name, errno) }
        let size = Int(st.st_size)
        if size == 0 { return Data() }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { throw LocalClerkFiles.unreadable(name, errno) }
        return Data(bytesNoCopy: p, count: size, deallocator: .custom { p, n in munmap(p, n) })
    }

    /// The name a state file may have: a plain file name, not hidden.
    static func validStateName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && name.count <= 64
    }
}
