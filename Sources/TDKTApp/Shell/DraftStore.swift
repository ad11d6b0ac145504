import Foundation
import TDKTText

/// Drafts of forms left unsaved when a session ended abruptly (SIGHUP, SIGTERM, Ctrl-C):
/// `<data>/drafts/<login>-<form id>.json`, written atomically (temporary file, fsync, rename).
public struct DraftStore: Sendable {
    public var directory: URL
    public var login: String

    public init(dataDirectory: String, login: String) {
        self.directory = URL(fileURLWithPath: dataDirectory).appendingPathComponent("drafts")
        self.login = login
    }

    public struct Draft: Codable, Equatable, Sendable {
        public var schemaVersion: Int
        public var formID: String
        public var login: String
        public var savedAt: String
        public var values: [String: String]
    }

    private static func safe(_ s: String) -> String {
        String(s.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    }

    public func url(formID: String) -> URL {
        directory.appendingPathComponent(Self.safe(login) + "-" + Self.safe(formID) + ".json")
    }

    public func save(formID: String, values: [String: String], now: Date = Date()) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let iso = ISO8601DateFormatter()
        let draft = Draft(schemaVersion: 1, formID: formID, login: login, savedAt: iso.string(from: now), values: values)
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(draft)
        let target = url(formID: formID)
        let tmp = directory.appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC, 0o660)
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
        guard ok, rename(tmp.path, target.path) == 0 else {
            unlink(tmp.path)
            throw CocoaError(.fileWriteUnknown)
        }
        let dfd = open(directory.path, O_RDONLY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    public func load(formID: String) -> Draft? {
        guard let data = try? Data(contentsOf: url(formID: formID)) else { return nil }
        return try? JSONDecoder().decode(Draft.self, from: data)
    }

    public func delete(formID: String) {
        try? FileManager.default.removeItem(at: url(formID: formID))
    }
}
