import TerminalUI
import TDKTText

/// Strings of the import screens (file picker, preview, batches).
extension UnitStrings {
    static let importAwards = Localized(vi: "Khen thưởng", en: "Awards")
    static let importRatings = Localized(vi: "Xếp loại", en: "Ratings")
    static let importInitiatives = Localized(vi: "Sáng kiến", en: "Initiatives")
    static let importDiscipline = Localized(vi: "Kỷ luật", en: "Discipline")
    static let importFile = Localized(vi: "Tệp (Enter: chọn tệp)", en: "File (Enter: choose)")
    static let importSheet = Localized(vi: "Trang tính (F2: xem trước)", en: "Sheet (F2: preview)")
    static let pickFile = Localized(vi: "Chọn tệp", en: "Choose a file")
    static let noFile = Localized(vi: "chưa chọn tệp", en: "no file chosen")
    static let fileName = Localized(vi: "Tên", en: "Name")
    static let fileSize = Localized(vi: "Cỡ (byte)", en: "Size (bytes)")
    static let willUpdate = Localized(vi: "Bổ sung", en: "Update")
    static let remark = Localized(vi: "Lưu ý", en: "Note")
    static let newCampaign = Localized(vi: "Phong trào mới", en: "New campaign")
    static let importNewUnit = Localized(vi: "Đơn vị mới", en: "New unit")
    static let importNewPerson = Localized(vi: "Cá nhân mới", en: "New person")
    static let likelyDuplicate = Localized(vi: "Có thể trùng", en: "Duplicate?")
    static let awardRow = Localized(vi: "Khen thưởng", en: "Award")
    static let notWithBadRows = Localized(vi: "Còn dòng lỗi: sửa tệp rồi nhập lại; chưa ghi gì.", en: "Some rows are bad: fix the file and import again; nothing written.")
    static func awardsPreviewTitle(_ records: Int, _ new: Int, _ bad: Int) -> Localized {
        Localized(vi: "Xem trước: \(records) khen thưởng, \(new) bản ghi mới, \(bad) dòng lỗi — F2 ghi",
                  en: "Preview: \(records) awards, \(new) new records, \(bad) bad — F2 writes")
    }
    static func importedBatch(_ rows: Int, _ batch: String) -> Localized {
        Localized(vi: "Đã nhập \(rows) dòng (lô \(batch)).", en: "Imported \(rows) rows (batch \(batch)).")
    }
    static let batchesTitle = Localized(vi: "Các lần nhập — F8 hoàn tác", en: "Import batches — F8 undoes")
    static let batch = Localized(vi: "Lô", en: "Batch")
    static let batchKind = Localized(vi: "Loại", en: "Kind")
    static let batchFile = Localized(vi: "Tệp", en: "File")
    static let batchCreated = Localized(vi: "Tạo", en: "New")
    static let batchChanged = Localized(vi: "Sửa", en: "Edit")
    static let batchState = Localized(vi: "Trạng thái", en: "State")
    static let undone = Localized(vi: "đã hoàn tác", en: "undone")
    static func confirmUndo(_ id: String, _ created: Int, _ changed: Int) -> Localized {
        Localized(vi: "Hoàn tác lô \(id): xóa \(created) bản ghi đã tạo, khôi phục \(changed) bản ghi đã sửa?",
                  en: "Undo batch \(id): remove \(created) created records and restore \(changed) changed ones?")
    }
    static func undoneBatch(_ id: String) -> Localized { Localized(vi: "Đã hoàn tác lô \(id).", en: "Batch \(id) undone.") }
    static let cannotUndo = Localized(vi: "Không hoàn tác được", en: "Cannot undo")
}
