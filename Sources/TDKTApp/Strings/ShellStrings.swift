import TerminalUI
import TDKTText

/// Interface text of the shell, in Vietnamese and English. Screens keep their own text next to this file.
public enum ShellStrings {
    public static let appTitle = Localized(vi: "TĐKT", en: "TDKT")
    public static let mainMenu = Localized(vi: "Thi đua, khen thưởng", en: "Emulation and commendation")
    public static let menuFooter = Localized(vi: "Enter: mở · số 1-7: chọn nhanh · F1: trợ giúp · F10: thoát",
                                             en: "Enter: open · 1-7: pick · F1: help · F10: quit")
    public static let notBuilt = Localized(vi: "Màn hình này chưa có trong phiên bản này.",
                                           en: "This screen is not built yet in this version.")
    public static let restoreDraft = Localized(vi: "Khôi phục bản nháp?", en: "Restore the draft?")
    public static func draftFound(_ when: String) -> Localized {
        Localized(vi: "Có bản nháp chưa lưu của biểu mẫu này (\(when)). Khôi phục bản nháp?",
                  en: "There is an unsaved draft of this form (\(when)). Restore the draft?")
    }
    public static let draftRestored = Localized(vi: "Đã khôi phục bản nháp", en: "Draft restored")
    public static func status(login: String, role: String) -> Localized {
        Localized(vi: "\(login) (\(role))", en: "\(login) (\(role))")
    }
    /// Files left out of the lists because they could not be read (names from the disk, cleaned).
    public static func unreadable(_ paths: [String]) -> Localized {
        let names = paths.prefix(2).map(TextNormalization.visible).joined(separator: ", ") + (paths.count > 2 ? ", …" : "")
        return Localized(vi: "Không đọc được \(paths.count) tệp: \(names) — tdkt check",
                         en: "\(paths.count) unreadable file(s): \(names) — tdkt check")
    }

    public static func dataDirectory(_ path: String) -> Localized {
        Localized(vi: "Thư mục dữ liệu: \(path)", en: "Data directory: \(path)")
    }

    public static func section(_ s: ShellSection) -> Localized {
        switch s {
        case .campaigns: return Localized(vi: "Phong trào thi đua", en: "Emulation campaigns")
        case .clusters: return Localized(vi: "Cụm, khối thi đua và chấm điểm", en: "Clusters, blocks and scoring")
        case .proposals: return Localized(vi: "Đề nghị khen thưởng", en: "Award proposals")
        case .awardSearch: return Localized(vi: "Tra cứu khen thưởng", en: "Award lookup")
        case .units: return Localized(vi: "Đơn vị và cá nhân", en: "Units and people")
        case .reports: return Localized(vi: "Báo cáo", en: "Reports")
        case .settings: return Localized(vi: "Cài đặt", en: "Settings")
        }
    }

    // The user information form.
    public static let userInfoTitle = Localized(vi: "Thông tin người dùng", en: "User information")
    public static let fullName = Localized(vi: "Họ và tên", en: "Full name")
    public static let birthDate = Localized(vi: "Ngày sinh", en: "Date of birth")
    public static let position = Localized(vi: "Chức vụ", en: "Position")
    public static let isOfficer = Localized(vi: "Cán bộ chuyên trách", en: "Full-time officer")
    public static let nameTooShort = Localized(vi: "Họ và tên cần ít nhất hai từ", en: "Enter at least two words")
    public static let dateInFuture = Localized(vi: "Ngày sinh không thể ở tương lai", en: "The date cannot be in the future")
    public static let userInfoSaved = Localized(vi: "Đã ghi nhận (phiên bản này chưa lưu vào kho dữ liệu)",
                                                en: "Noted (this version does not store it yet)")
}
