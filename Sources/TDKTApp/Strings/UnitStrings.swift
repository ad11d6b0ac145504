import TDKTCore
import TerminalUI
import TDKTText

/// Text of the unit, people and import screens, in Vietnamese and English.
enum UnitStrings {
    static let treeTitle = Localized(vi: "Cây đơn vị", en: "Unit tree")
    static let note = Localized(vi: "Ghi chú", en: "Note")
    static func inactiveSince(_ d: String) -> Localized { Localized(vi: "ngừng \(d)", en: "ended \(d)") }
    static let newUnit = Localized(vi: "Đơn vị mới", en: "New unit")
    static let editUnit = Localized(vi: "Sửa đơn vị", en: "Edit unit")
    static let parentUnit = Localized(vi: "Đơn vị cấp trên", en: "Parent unit")
    static let members = Localized(vi: "Số thành viên", en: "Members")
    static let since = Localized(vi: "Hoạt động từ", en: "Active since")
    static func unitSaved(_ n: String) -> Localized { Localized(vi: "Đã lưu đơn vị «\(n)»", en: "Saved unit «\(n)»") }
    static func confirmDeactivate(_ n: String, _ d: String) -> Localized {
        Localized(vi: "Cho «\(n)» ngừng hoạt động từ ngày \(d)?", en: "End «\(n)» as of \(d)?")
    }
    static func deactivated(_ n: String) -> Localized { Localized(vi: "«\(n)» đã ngừng hoạt động", en: "«\(n)» deactivated") }
    static let mergeTitle = Localized(vi: "Sáp nhập đơn vị", en: "Merge units")
    static let mergedUnits = Localized(vi: "Đơn vị sáp nhập", en: "Merged units")
    static let successor = Localized(vi: "Đơn vị kế thừa", en: "Successor")
    static let mergeDate = Localized(vi: "Ngày sáp nhập", en: "Merge date")
    static func confirmMerge(_ units: String, _ into: String, _ date: String) -> Localized {
        Localized(vi: "Sáp nhập \(units) vào \(into) từ ngày \(date)? Cá nhân, cụm khối và phong trào của các đơn vị này chuyển sang đơn vị kế thừa.",
                  en: "Merge \(units) into \(into) as of \(date)? Their people, cluster places and campaign targets move to the successor.")
    }
    static func merged(_ n: String) -> Localized { Localized(vi: "Đã sáp nhập vào «\(n)»", en: "Merged into «\(n)»") }
    static let peopleTitle = Localized(vi: "Cá nhân", en: "People")
    static let allUnits = Localized(vi: "tất cả đơn vị (u: chọn đơn vị)", en: "all units (u: pick a unit)")
    static let newPerson = Localized(vi: "Cá nhân mới", en: "New person")
    static let editPerson = Localized(vi: "Sửa thông tin cá nhân", en: "Edit person")
    static let category = Localized(vi: "Nhóm thống kê", en: "Statistics category")
    static let birthYear = Localized(vi: "Năm sinh", en: "Year of birth")
    static func personSaved(_ n: String) -> Localized { Localized(vi: "Đã lưu «\(n)»", en: "Saved «\(n)»") }
    static let ratings = Localized(vi: "Xếp loại hằng năm (r: thêm, Enter: sửa)", en: "Yearly ratings (r: add, Enter: change)")
    static let initiatives = Localized(vi: "Sáng kiến (i: thêm)", en: "Initiatives (i: add)")
    static let disciplines = Localized(vi: "Kỷ luật, điều tra (x: thêm)", en: "Discipline, investigation (x: add)")
    static func disciplineKind(_ k: DisciplinePeriod.Kind) -> Localized {
        k == .discipline ? Localized(vi: "Kỷ luật", en: "Discipline") : Localized(vi: "Điều tra", en: "Investigation")
    }
    static func moved(_ n: String) -> Localized { Localized(vi: "Đã chuyển sang «\(n)»", en: "Moved to «\(n)»") }
    static let ratingTitle = Localized(vi: "Xếp loại năm", en: "Year's rating")
    static let rating = Localized(vi: "Xếp loại", en: "Rating")
    static let initiativeTitle = Localized(vi: "Thêm sáng kiến", en: "Add an initiative")
    static let initiativeName = Localized(vi: "Tên sáng kiến", en: "Initiative title")
    static let scope = Localized(vi: "Phạm vi công nhận", en: "Scope")
    static let reference = Localized(vi: "Văn bản công nhận", en: "Recognised by")
    static let disciplineTitle = Localized(vi: "Thêm kỷ luật, điều tra", en: "Add a discipline or investigation")
    static let disciplinePeriod = Localized(vi: "Thời gian kỷ luật", en: "Discipline period")
    static let importTitle = Localized(vi: "Nhập từ bảng tính Excel hoặc tệp CSV", en: "Import from an Excel workbook or a CSV file")
    static let importKind = Localized(vi: "Nhập", en: "Import")
    static let importUnits = Localized(vi: "Đơn vị", en: "Units")
    static let importPeople = Localized(vi: "Cá nhân", en: "People")
    static let willCreate = Localized(vi: "Tạo mới", en: "Create")
    static let willMatch = Localized(vi: "Đã có", en: "Match")
    static let badRow = Localized(vi: "Lỗi", en: "Bad row")
    static let line = Localized(vi: "Dòng", en: "Line")
    static let action = Localized(vi: "Xử lý", en: "Action")
    static let detail = Localized(vi: "Chi tiết", en: "Detail")
    static func previewTitle(_ c: Int, _ m: Int, _ b: Int) -> Localized {
        Localized(vi: "Xem trước: \(c) tạo mới, \(m) đã có, \(b) dòng lỗi — F2 ghi", en: "Preview: \(c) new, \(m) matched, \(b) bad — F2 writes")
    }
    static func acceptGoodRows(_ good: Int, _ bad: Int) -> Localized {
        Localized(vi: "Có \(bad) dòng lỗi (sẽ bỏ qua). Chỉ ghi \(good) dòng đúng?", en: "\(bad) bad row(s) will be skipped. Write the \(good) good row(s)?")
    }
    static func confirmWrite(_ n: Int) -> Localized { Localized(vi: "Ghi \(n) dòng vào kho dữ liệu?", en: "Write \(n) row(s)?") }
    static func importDone(_ c: Int, _ m: Int) -> Localized {
        Localized(vi: "Đã nhập: \(c) tạo mới, \(m) cập nhật.", en: "Imported: \(c) created, \(m) updated.")
    }
    static let duplicateTitle = Localized(vi: "Có thể trùng", en: "Possible duplicate")
    static func duplicatePerson(_ name: String, _ unit: String, _ born: [Int]) -> Localized {
        let b = born.isEmpty ? "" : " (sinh \(born.map(String.init).joined(separator: ", ")))"
        let be = born.isEmpty ? "" : " (born \(born.map(String.init).joined(separator: ", ")))"
        return Localized(vi: "\(unit) đã có «\(name)»\(b). Vẫn lưu người mới?", en: "\(unit) already has «\(name)»\(be). Save this person anyway?")
    }
    static func removePerson(_ name: String) -> Localized {
        Localized(vi: "Xóa «\(name)» khỏi danh sách? Lịch sử khen thưởng vẫn được giữ.",
                  en: "Remove «\(name)» from the lists? The award history is kept.")
    }
    static func personRemoved(_ name: String) -> Localized { Localized(vi: "Đã xóa «\(name)» khỏi danh sách", en: "«\(name)» removed from the lists") }
    static func mergeClashes(_ pairs: [String]) -> Localized {
        Localized(vi: "Cả hai đều có đề nghị cùng danh hiệu, cùng năm (\(pairs.joined(separator: "; "))): sau khi gộp, hãy trả lại một đề nghị.",
                  en: "Both have a proposal for the same award and year (\(pairs.joined(separator: "; "))): after the merge, return one of them.")
    }
    static func mergePerson(_ dup: String, _ keep: String) -> Localized {
        Localized(vi: "Gộp «\(dup)» vào «\(keep)»? Khen thưởng, đề nghị, đăng ký thi đua và xếp loại chuyển sang hồ sơ được giữ.",
                  en: "Merge «\(dup)» into «\(keep)»? Awards, proposals, registrations and ratings move to the record kept.")
    }
    static func personMerged(_ dup: String, _ keep: String) -> Localized {
        Localized(vi: "Đã gộp «\(dup)» vào «\(keep)»", en: "«\(dup)» merged into «\(keep)»")
    }
}
