import Foundation
import TDKTCore
import TDKTText
#if canImport(Glibc)
import Glibc
#endif

/// The clerk's files for a program running in the server: each call is carried out by the clerk's own `tdkt`
/// (`ClerkAgent`) with the clerk's rights, so the server's account never opens a path a clerk named.
/// A file to read comes back as an open descriptor, read here without being copied through the socket.
public final class RemoteClerkFiles: ClerkFileAccess {
    private let session: ServerSession

    public init(session: ServerSession) { self.session = session }

    private func ask(_ operation: ClerkOperation, _ fill: (inout WireMessage) -> Void = { _ in }) throws -> (WireMessage, [Int32]) {
        var m = WireMessage(.request)
        m.operation = operation
        fill(&m)
        return try session.call(m)
    }

    public func resolve(_ path: String) -> String {
        (try? ask(.resolve) { $0.path = path })?.0.text ?? path
    }

    /// Refusals about a file written for the clerk surface as the report errors the callers expect.
    private func asReport<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as ClerkFileError { throw ReportError(e.message) }
    }

    public func checkDestination(_ path: String, force: Bool, dataDirectory: String?) throws {
        _ = try asReport { try ask(.checkDestination) { $0.path = path; $0.force = force; $0.text = dataDirectory } }
    }

    public func write(_ data: Data, to path: String, force: Bool, dataDirectory: String?) throws {
        _ = try asReport { try ask(.write) { $0.path = path; $0.force = force; $0.data = data; $0.text = dataDirectory } }
    }

    public func read(_ path: String) throws -> Data {
        let fd = try openForReading(path)
        defer { close(fd) }
        return try ClerkFiles.mapped(fd, name: path)
    }

    public func openForReading(_ path: String) throws -> Int32 {
        let (_, fds) = try ask(.read) { $0.path = path }
        guard let fd = fds.first else {
            throw ClerkFileError(Localized(vi: "không nhận được tệp '\(path)'", en: "the file '\(path)' did not arrive"))
        }
        for extra in fds.dropFirst() { close(extra) }
        return fd
    }

    public func isFolder(_ path: String) -> Bool { (try? ask(.isFolder) { $0.path = path })?.0.flag ?? false }

    public func list(_ folder: String) -> [ClerkFolderEntry] { (try? ask(.list) { $0.path = folder })?.0.entries ?? [] }

    public func currentFolder() -> String { (try? ask(.currentFolder))?.0.text ?? "/" }

    public func homeFolder() -> String { (try? ask(.homeFolder))?.0.text ?? "/" }

    public func print(_ data: Data, fileName: String, options: ReportPrinter.Options) throws -> ReportPrinter.Receipt {
        let (reply, _) = try asReport { try ask(.print) {
            $0.data = data; $0.path = fileName; $0.printer = options.printer; $0.number = options.copies; $0.text = options.title
        } }
        return ReportPrinter.Receipt(output: reply.text ?? "", program: reply.path ?? "lp")
    }

    public func loadState(_ name: String) -> Data? { (try? ask(.loadState) { $0.path = name })?.0.data }

    public func saveState(_ name: String, _ data: Data) { _ = try? ask(.saveState) { $0.path = name; $0.data = data } }

    /// Ctrl-Z: the clerk's process stops itself (giving the terminal back to the clerk's shell) and answers when
    /// it is resumed.
    public func suspend() { _ = try? ask(.suspend) }
}
