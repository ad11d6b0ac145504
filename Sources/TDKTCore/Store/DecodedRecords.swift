import Foundation

/// Records this process has decoded, by path, each with the identity of the file it came from
/// (YearIndex.FileStamp: inode, size, modification time). A save renames a new file into place and an
/// edit in place changes size or time, so a record whose file still has the same identity is the same
/// record: it is handed out again instead of being read and decoded a second time.
///
/// Kept by folder, then by file name: ten years of records in one dictionary meant one table of 116,000
/// entries resized by doubling, old and new table alive together at the peak of a ten-year report.
final class DecodedRecords: @unchecked Sendable {
    private struct Entry { var stamp: YearIndex.FileStamp; var record: Any }
    private var folders: [String: [String: Entry]] = [:]
    private let lock = NSLock()
    /// Off, nothing is kept: a command that runs once reads nothing twice, and a ten-year report would
    /// otherwise hold a second copy of every record it reads.
    private var keeps = true
    var isKeeping: Bool {
        get { lock.lock(); defer { lock.unlock() }; return keeps }
        set { lock.lock(); keeps = newValue; if !newValue { folders = [:] }; lock.unlock() }
    }

    /// Folder and name as strings of their own (short ones are kept inline, without an allocation).
    private static func split(_ relativePath: String) -> (folder: String, name: String) {
        guard let slash = relativePath.lastIndex(of: "/") else { return ("", relativePath) }
        return (String(relativePath[..<slash]), String(relativePath[relativePath.index(after: slash)...]))
    }

    func record<T: StoredRecord>(_ type: T.Type, at relativePath: String, stamp: YearIndex.FileStamp) -> Stored<T>? {
        let (folder, name) = Self.split(relativePath)
        lock.lock(); defer { lock.unlock() }
        guard let e = folders[folder]?[name], e.stamp == stamp else { return nil }
        return e.record as? Stored<T>
    }

    func remember<T: StoredRecord>(_ record: Stored<T>, at relativePath: String, stamp: YearIndex.FileStamp) {
        let (folder, name) = Self.split(relativePath)
        lock.lock(); defer { lock.unlock() }
        guard keeps else { return }
        folders[folder, default: [:]][name] = Entry(stamp: stamp, record: record)
    }

    /// Whether any record of a folder is kept (when none is, a reader of the folder need not ask per file).
    func holds(folder: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return !(folders[folder]?.isEmpty ?? true)
    }

    func forget(_ relativePath: String) {
        let (folder, name) = Self.split(relativePath)
        lock.lock(); defer { lock.unlock() }
        folders[folder]?[name] = nil
    }

    func forgetAll() {
        lock.lock(); defer { lock.unlock() }
        folders = [:]
    }

    var count: Int { lock.lock(); defer { lock.unlock() }; return folders.values.reduce(0) { $0 + $1.count } }
}
