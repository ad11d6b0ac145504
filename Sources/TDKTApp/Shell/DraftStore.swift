import Foundation
import TDKTText

/// Drafts of forms left unsaved when a session ended abruptly (SIGHUP, SIGTERM, Ctrl-C):
/// `<data>/drafts/<login>/<form id>.json`, in a folder only that login's account may read and write (0700,
/// owned by it). A draft is offered back only from such a folder, only when it names the same login, and
/// never through a symbolic link: a draft another account planted is not taken for the clerk's own.
public struct DraftStore: Sendable {
    public var directory: URL
    public var login: String

    public init(dataDirectory: String, login: String) {
        self.directory = URL(fileURLWithPath: dataDirectory).appendingPathComponent("drafts").appendingPathComponent(Self.safe(login))
        self.login = login
    }

    public struct Draft: Codable, Equatable, Sendable {
        public var schemaVersion: Int
        public var formID: String
        public var login: String
        public var savedAt: String
        public var values: [String: String]
    }

    /// A folder or file of drafts that is not the clerk's own.
    public struct ForeignDraftFolder: Error { public var path: String }

    private static func safe(_ s: String) -> String {
        String(s.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    }

    public func url(formID: String) -> URL {
        directory.appendingPathComponent(Self.safe(formID) + ".json")
    }

    /// True when `path` is a real folder or file (not a link) owned by this process's account and closed to others.
    private static func isOwnPrivate(_ path: String, folder: Bool) -> Bool {
        var st = stat()
        guard lstat(path, &st) == 0, st.st_uid == getuid() else { return false }
        let kind = st.st_mode & S_IFMT
        guard kind == (folder ? S_IFDIR : S_IFREG) else { return false }
        return st.st_mode & 0o077 == 0
    }

    /// The clerk's folder, made 0700 when missing; refused when it exists and is not the clerk's own.
    private func ownFolder() throws -> String {
        let parent = directory.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        if mkdir(directory.path, 0o700) != 0 && errno != EEXIST { throw CocoaError(.fileWriteNoPermission) }
        guard Self.isOwnPrivate(directory.path, folder: true) else { throw ForeignDraftFolder(path: directory.path) }
        return directory.path
    }

    public func save(formID: String, values: [String: String], now: Date = Date()) throws {
        let folder = try ownFolder()
        let iso = ISO8601DateFormatter()
        let draft = Draft(schemaVersion: 1, formID: formID, login: login, savedAt: iso.string(from: now), values: values)
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(draft)
        let target = url(formID: formID)
        let tmp = folder + "/.\(target.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        let ok = data.withUnsafeBytes { buf -> Bool in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { return false }
                off += n
            }
            return true
        }
        fsync(fd)
        close(fd)
        guard ok, rename(tmp, target.path) == 0 else {
            unlink(tmp)
            throw CocoaError(.fileWriteUnknown)
        }
        let dfd = open(folder, O_RDONLY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    public func load(formID: String) -> Draft? {
        let path = url(formID: formID).path
        guard Self.isOwnPrivate(directory.path, folder: true), Self.isOwnPrivate(path, folder: false) else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        let data = FileHandle(fileDescriptor: fd, closeOnDealloc: true).readDataToEndOfFile()
        guard let draft = try? JSONDecoder().decode(Draft.self, from: data), draft.login == login, draft.formID == formID else { return nil }
        return draft
    }

    public func delete(formID: String) {
        guard Self.isOwnPrivate(directory.path, folder: true) else { return }
        unlink(url(formID: formID).path)
    }
}
