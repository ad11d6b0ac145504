import TDKTText

/// The toolkit's own interface text.
public enum UIText {
    public static let tooSmall = Localized(
        vi: "Cửa sổ quá nhỏ: cần ít nhất \(Size.minimum.width)x\(Size.minimum.height). Phím bấm không có tác dụng.",
        en: "Window too small: at least \(Size.minimum.width)x\(Size.minimum.height) needed. Keys do nothing.")
    public static func currentSize(_ s: Size) -> Localized {
        Localized(vi: "Hiện tại: \(s.width)x\(s.height)", en: "Now: \(s.width)x\(s.height)")
    }
    public static func working(_ title: String, _ step: String, _ n: Int, _ total: Int, verb: Work.Verb = .reading) -> Localized {
        switch verb {
        case .reading: Localized(vi: "Đang đọc \(title): \(step) (\(n)/\(total)) · Esc: dừng", en: "Reading \(title): \(step) (\(n)/\(total)) · Esc: stop")
        case .printing: Localized(vi: "Đang in \(title): \(step) (\(n)/\(total)) · Esc: dừng", en: "Printing \(title): \(step) (\(n)/\(total)) · Esc: stop")
        }
    }
    public static func workStopped(_ title: String, verb: Work.Verb = .reading) -> Localized {
        switch verb {
        case .reading: Localized(vi: "Đã dừng đọc \(title)", en: "Stopped reading \(title)")
        case .printing: Localized(vi: "Đã dừng in \(title), chưa gửi tới máy in", en: "Stopped printing \(title); nothing was sent to the printer")
        }
    }
    public static let yes = Localized(vi: "Có", en: "Yes")
    public static let no = Localized(vi: "Không", en: "No")
    public static let ok = Localized(vi: "Đồng ý", en: "OK")
    public static let error = Localized(vi: "Lỗi", en: "Error")
    public static let notice = Localized(vi: "Thông báo", en: "Notice")
    public static let confirm = Localized(vi: "Xác nhận", en: "Confirm")
    public static let help = Localized(vi: "Trợ giúp", en: "Help")
    public static let helpClose = Localized(vi: "Esc, Enter hoặc F1 để đóng", en: "Esc, Enter or F1 closes")
    public static let discardChanges = Localized(vi: "Bỏ các thay đổi chưa lưu?", en: "Drop unsaved changes?")
    public static let quitUnsaved = Localized(vi: "Còn thay đổi chưa lưu. Vẫn thoát?", en: "There are unsaved changes. Quit anyway?")
    public static let saved = Localized(vi: "Đã lưu", en: "Saved")
    public static let telexOn = Localized(vi: "Đã bật bộ gõ Telex", en: "Telex input on")
    public static let telexOff = Localized(vi: "Đã tắt bộ gõ Telex", en: "Telex input off")
    public static let search = Localized(vi: "Tìm: ", en: "Search: ")
    public static let filter = Localized(vi: "Lọc: ", en: "Filter: ")
    public static let notFound = Localized(vi: "Không tìm thấy", en: "Not found")
    public static let empty = Localized(vi: "(trống)", en: "(empty)")
    /// A list shown from the rows kept from last time while its records are read again.
    public static let checkingRows = Localized(vi: "đang đối chiếu với tệp…", en: "checking against the files…")
    public static let required = Localized(vi: "Không được để trống", en: "Required")
    public static func fieldErrors(_ n: Int) -> Localized {
        Localized(vi: "Có \(n) ô chưa hợp lệ, xem thông báo tại từng ô", en: "\(n) field(s) need attention, see the messages")
    }
    public static func numberRange(_ lo: Int, _ hi: Int) -> Localized {
        Localized(vi: "Phải là số nguyên từ \(lo) đến \(hi)", en: "Must be a whole number from \(lo) to \(hi)")
    }
    public static let badDate = Localized(vi: "Ngày không hợp lệ (dd/mm/yyyy)", en: "Not a valid date (dd/mm/yyyy)")
    public static let notANumber = Localized(vi: "Không phải là số", en: "Not a number")
    public static let negative = Localized(vi: "Không được âm", en: "Must not be negative")
    public static func aboveMax(_ value: String, _ max: String, _ column: String) -> Localized {
        Localized(vi: "Giá trị \(value) vượt quá tối đa \(max) của cột «\(column)»",
                  en: "Value \(value) is above the maximum \(max) of column «\(column)»")
    }
    public static func notStep(_ value: String, _ step: String, _ column: String) -> Localized {
        Localized(vi: "Giá trị \(value) của cột «\(column)» phải là bội số của \(step)",
                  en: "Value \(value) in column «\(column)» must be a multiple of \(step)")
    }
    public static let undone = Localized(vi: "Đã hoàn tác", en: "Undone")
    public static let nothingToUndo = Localized(vi: "Không còn gì để hoàn tác", en: "Nothing to undo")
    public static let total = Localized(vi: "Tổng", en: "Total")
    public static let readOnly = Localized(vi: "Chỉ xem, không sửa được", en: "Read only")
    public static func marked(_ n: Int) -> Localized { Localized(vi: "Đã đánh dấu: \(n)", en: "Marked: \(n)") }
    public static let typed = Localized(vi: "Gõ: ", en: "Typed: ")
    public static let noActions = Localized(vi: "Màn hình này không có thao tác riêng", en: "This screen has no actions of its own")
    public static let actions = Localized(vi: "Thao tác", en: "Actions")
    public static let moreBelow = Localized(vi: "▼ còn nữa", en: "▼ more below")
    public static let moreFieldsBelow = Localized(vi: "▼ còn ô phía dưới", en: "▼ more fields below")
    public static let moreFieldsAbove = Localized(vi: "▲ còn ô phía trên", en: "▲ more fields above")
    public static func tooLong(_ max: Int) -> Localized {
        Localized(vi: "Tối đa \(max) ký tự: phần gõ thêm không được nhận", en: "At most \(max) characters: the rest was not taken")
    }
    public static let helpKeys = Localized(vi: "↑↓ PgUp PgDn Home End: cuộn · Esc, Enter, F1: đóng",
                                           en: "↑↓ PgUp PgDn Home End: scroll · Esc, Enter, F1: close")
    public static let promptHint = Localized(vi: "Enter: đồng ý · Esc: bỏ", en: "Enter: OK · Esc: cancel")
}
