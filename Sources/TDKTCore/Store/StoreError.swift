import Foundation
import TDKTText

/// What can go wrong reading or writing the data directory; every case names the file.
public enum StoreError: Error, Equatable, LocalizedError {
    /// Another clerk saved the record after this one was read; nothing was overwritten.
    case conflict(path: String, changedBy: String, changedAt: String, expected: Int?, found: Int)
    /// The file is not valid JSON or not of the expected shape.
    case unreadable(path: String, line: Int?, column: Int?, detail: String)
    /// A file of this collection could not be read, so the collection is not written to.
    case readOnly(collection: String, because: String)
    case invalid(path: String, ValidationError)
    case io(path: String, detail: String)
    case notFound(path: String)
    case locked(path: String)
    /// Another process has held the store's lock for longer than a save waits; names it.
    case busy(path: String, holder: String)
    /// The folder is not a data directory (no configuration): the one message for it everywhere.
    case noDataDirectory(String)

    public func message(_ language: Language = .vi) -> String {
        let vi = language == .vi
        switch self {
        case let .conflict(path, by, at, _, _):
            return vi ? "Xung đột: \(by) đã sửa \(path) lúc \(at) sau khi bạn mở; không ghi đè. Hãy tải lại."
                : "Conflict: \(by) changed \(path) at \(at) after you opened it; nothing was overwritten. Reload it."
        case let .unreadable(path, line, column, detail):
            let position = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
            return vi ? "Không đọc được \(path)\(position): \(detail)" : "Cannot read \(path)\(position): \(detail)"
        case let .readOnly(collection, because):
            return vi ? "Mục \(collection) đang chỉ đọc vì không đọc được \(because); hãy sửa tệp đó trước."
                : "\(collection) is read-only because \(because) cannot be read; fix that file first."
        case let .invalid(path, error):
            return "\(path): \(error.message(language))"
        case let .io(path, detail):
            return vi ? "Lỗi ghi/đọc \(path): \(detail)" : "I/O error on \(path): \(detail)"
        case let .notFound(path):
            return vi ? "Không tìm thấy \(path)" : "\(path) not found"
        case let .locked(path):
            return vi ? "Không khóa được \(path)" : "Cannot lock \(path)"
        case let .busy(path, holder):
            let who = holder.isEmpty ? (vi ? "một tiến trình khác" : "another process") : holder
            return vi ? "Dữ liệu đang bận: \(who) giữ khóa \(path); hãy thử lại sau." : "The data is busy: \(who) holds the lock \(path); try again later."
        case let .noDataDirectory(root):
            return vi ? "\(root) chưa phải thư mục dữ liệu tdkt; hãy tạo bằng `tdkt init` (hoặc thử `tdkt --demo`)"
                : "\(root) is not a tdkt data directory; create it with `tdkt init` (or try `tdkt --demo`)"
        }
    }

    public var errorDescription: String? { message(.en) }
}
