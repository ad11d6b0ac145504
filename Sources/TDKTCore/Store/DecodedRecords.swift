import Foundation

/// Records this process has decoded, by path, each with the identity of the file it came from
/// (YearIndex.FileStamp: inode, size, modification time). A save renames a new file into place and an
/// edit in place changes size or time, so a record whose file still has the same identity is the same
/// record: it is handed out again instead of being read and decoded a second time.
final class DecodedRecords: @unchecked Sendable {
    private struct Entry { var stamp: YearIndex.FileStamp; var record: Any }
    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    func record<T: StoredRecord>(_ type: T.Type, at relativePath: String, stamp: YearIndex.FileStamp) -> Stored<T>? {
        lock.lock(); defer { lock.unlock() }
        guard let e = entries[relativePath], e.stamp == stamp else { return nil }
        return e.record as? Stored<T>
    }

    func remember<T: StoredRecord>(_ record: Stored<T>, at relativePath: String, stamp: YearIndex.FileStamp) {
        lock.lock(); defer { lock.unlock() }
        entries[relativePath] = Entry(stamp: stamp, record: record)
    }

    func forget(_ relativePath: String) {
        lock.lock(); defer { lock.unlock() }
        entries[relativePath] = nil
    }

    func forgetAll() {
        lock.lock(); defer { lock.unlock() }
        entries = [:]
    }

    var count: Int { lock.lock(); defer { lock.unlock() }; return entries.count }
}
