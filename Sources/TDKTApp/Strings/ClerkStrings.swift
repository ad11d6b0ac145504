import TDKTCore
import TerminalUI
import TDKTText

/// Text shared by the clerk screens (pick lists, common labels).
enum ClerkStrings {
    static let pickUnit = Localized(vi: "Chọn đơn vị (/ tìm, Space đánh dấu, Enter chọn)", en: "Pick units (/ search, Space marks, Enter picks)")
    static let pickCluster = Localized(vi: "Chọn cụm, khối (/ tìm, Space đánh dấu, Enter chọn)", en: "Pick clusters (/ search, Space marks, Enter picks)")
    static let pickPerson = Localized(vi: "Chọn cá nhân (/ tìm, Enter chọn)", en: "Pick a person (/ search, Enter picks)")
    static let pickAward = Localized(vi: "Chọn danh hiệu, hình thức (/ tìm, Enter chọn)", en: "Pick an award (/ search, Enter picks)")
    static let unitName = Localized(vi: "Tên đơn vị", en: "Unit")
    static let clusterName = Localized(vi: "Tên cụm, khối", en: "Cluster or block")
    static let personName = Localized(vi: "Họ và tên", en: "Full name")
    static let position = Localized(vi: "Chức vụ", en: "Position")
    static let born = Localized(vi: "Sinh", en: "Born")
    static let unit = Localized(vi: "Đơn vị", en: "Unit")
    static let kind = Localized(vi: "Loại", en: "Kind")
    static let parent = Localized(vi: "Cấp trên", en: "Parent")
    static let award = Localized(vi: "Danh hiệu, hình thức", en: "Award")
    static let code = Localized(vi: "Mã", en: "Code")
    static func theirValue(_ login: String) -> Localized { Localized(vi: "Của \(login)", en: "\(login)'s") }
    static let yourValue = Localized(vi: "Của bạn", en: "Yours")
    static func conflictChoicesTitle(_ login: String) -> Localized {
        Localized(vi: "Chọn giá trị: bạn và \(login) cùng sửa các ô này (F2: xong)", en: "Choose: you and \(login) both changed these (F2: done)")
    }
    static let recordGone = Localized(vi: "Bản ghi không còn trong dữ liệu (đã bị xóa hoặc gộp)", en: "The record is no longer there (removed or merged)")
    /// A screen showing a record read it again after another clerk saved it.
    static let changedElsewhere = Localized(vi: "Bản ghi vừa được người khác cập nhật; đang hiện bản mới",
                                            en: "Someone else just updated this record; showing the new version")
}

extension Localized {
    /// The same text as a domain label (for CivilDate.parse and friends).
    var bilingual: Localized { Localized(vi: vi, en: en) }
}
