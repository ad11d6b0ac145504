import TerminalUI
import TDKTText

/// Interface text of the administrator's screens.
enum AdminStrings {
    static let auditTitle = Localized(vi: "Nhật ký thay đổi", en: "Audit log")
    static let time = Localized(vi: "Thời gian", en: "Time")
    static let user = Localized(vi: "Người dùng", en: "User")
    static let action = Localized(vi: "Thao tác", en: "Action")
    static let record = Localized(vi: "Bản ghi", en: "Record")
    static let changes = Localized(vi: "Thay đổi", en: "Changes")
    static let entry = Localized(vi: "Chi tiết thay đổi", en: "Change")
    static let nothingChanged = Localized(vi: "(không có trường nào thay đổi)", en: "(no field changed)")
}
