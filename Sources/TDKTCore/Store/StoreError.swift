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
            let what = Self.recordName(path, language), when = Self.clerkTime(at)
            return vi ? "Xung đột: \(by) đã sửa \(what) lúc \(when) sau khi bạn mở; không ghi đè. Hãy tải lại."
                : "Conflict: \(by) changed \(what) at \(when) after you opened it; nothing was overwritten. Reload it."
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

extension StoreError {
    /// A stored time ("2026-03-05T01:30:00.000Z") as a clerk reads it, in local time: "05/03/2026 08:30".
    /// Anything that does not parse is shown as it is.
    public static func clerkTime(_ iso: String, timeZone: TimeZone = .current) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        guard let date = f.date(from: iso) ?? plain.date(from: iso) else { return iso }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let c = cal.dateComponents([.day, .month, .year, .hour, .minute], from: date)
        return String(format: "%02d/%02d/%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// A record's file named as a clerk says it: "phong trào chuyen-doi-so" for campaigns/chuyen-doi-so.json.
    public static func recordName(_ path: String, _ language: Language) -> String {
        let parts = path.split(separator: "/").map(String.init)
        guard let folder = parts.first, let file = parts.last, file.hasSuffix(".json") else { return path }
        let id = String(file.dropLast(5))
        let kinds: [String: Localized] = [
            "campaigns": Localized(vi: "phong trào", en: "campaign"), "people": Localized(vi: "cá nhân", en: "person"),
            "units": Localized(vi: "đơn vị", en: "unit"), "proposals": Localized(vi: "đề nghị", en: "proposal"),
            "awards": Localized(vi: "khen thưởng", en: "award"), "households": Localized(vi: "hộ gia đình", en: "household"),
            "clusters": Localized(vi: "cụm, khối", en: "cluster"), "scoring": Localized(vi: "đợt chấm điểm", en: "scoring round"),
            "catalogue": Localized(vi: "danh mục khen thưởng", en: "award catalogue"),
            "decisions": Localized(vi: "quyết định", en: "decision"), "registrations": Localized(vi: "đăng ký thi đua", en: "registration"),
            "examples": Localized(vi: "điển hình", en: "model example"), "imports": Localized(vi: "lần nhập", en: "import batch"),
        ]
        guard let kind = kinds[folder] else { return id == "config" ? (language == .vi ? "cấu hình" : "settings") : id }
        return kind.text(language) + " " + id
    }
}
