import TerminalUI
import TDKTText

/// Strings of Settings → Documents and printing.
enum DocumentSettingsStrings {
    static let title = Localized(vi: "Văn bản và máy in", en: "Documents and printing")
    static let office = Localized(vi: "Cơ quan ban hành", en: "Issuing body")
    static let parent = Localized(vi: "Cơ quan chủ quản", en: "Parent body")
    static let place = Localized(vi: "Địa danh", en: "Place")
    static let abbreviation = Localized(vi: "Ký hiệu (SNV)", en: "Symbol (SNV)")
    static let recipients = Localized(vi: "Nơi nhận (ngăn bằng |)", en: "Recipients (separated by |)")
    static let authority = Localized(vi: "Thẩm quyền ký", en: "Signing authority")
    static let authorities: [Localized] = [
        Localized(vi: "Ký trực tiếp", en: "Signs as head"), Localized(vi: "KT. (ký thay)", en: "KT. (deputy)"),
        Localized(vi: "Q. (quyền)", en: "Q. (acting)"), Localized(vi: "TL. (thừa lệnh)", en: "TL. (by order)"),
        Localized(vi: "TUQ. (thừa ủy quyền)", en: "TUQ. (by delegation)"),
    ]
    static let collective = Localized(vi: "TM. tập thể (nếu có)", en: "TM. collective (if any)")
    static let head = Localized(vi: "Chức danh thủ trưởng", en: "Head's title")
    static let signerTitle = Localized(vi: "Chức vụ người ký", en: "Signer's title")
    static let signerName = Localized(vi: "Họ tên người ký", en: "Signer's name")
    static let printer = Localized(vi: "Máy in (hàng đợi CUPS)", en: "Printer (CUPS queue)")
    static let copies = Localized(vi: "Số bản", en: "Copies")
    static let folder = Localized(vi: "Thư mục lưu báo cáo", en: "Reports folder")
    static let saved = Localized(vi: "Đã lưu cài đặt văn bản", en: "Document settings saved")
    static let reportingPeriod = Localized(vi: "Kỳ báo cáo (đếm theo ngày QĐ)", en: "Period (by decision date)")
    static let separateDuties = Localized(vi: "Tách bạch các bước duyệt", en: "Separate duties")
    static let no = Localized(vi: "Không", en: "No")
    static let yes = Localized(vi: "Có", en: "Yes")
}
