import TDKTCore
import TerminalUI
import TDKTText

/// Text of the campaign screens, in Vietnamese and English.
enum CampaignStrings {
    static let listTitle = Localized(vi: "Phong trào thi đua", en: "Emulation campaigns")
    static let filterHint = Localized(vi: "lọc: y năm, l loại, t trạng thái, c cơ quan", en: "filters: y year, l kind, t status, c launcher")
    static let name = Localized(vi: "Tên phong trào", en: "Campaign name")
    static let kind = Localized(vi: "Loại", en: "Kind")
    static let period = Localized(vi: "Thời gian", en: "Period")
    static let status = Localized(vi: "Trạng thái", en: "Status")
    static let due = Localized(vi: "Việc cần làm", en: "Due")
    static let dueInterim = Localized(vi: "cần sơ kết", en: "interim due")
    static let dueFinal = Localized(vi: "cần tổng kết", en: "final due")
    static let newTitle = Localized(vi: "Phong trào mới", en: "New campaign")
    static let editTitle = Localized(vi: "Sửa phong trào", en: "Edit campaign")
    static let launchLevel = Localized(vi: "Cấp phát động", en: "Launching level")
    static let launchingBody = Localized(vi: "Cơ quan phát động", en: "Launching body")
    static let start = Localized(vi: "Bắt đầu", en: "Start")
    static let end = Localized(vi: "Kết thúc", en: "End")
    static let targetUnits = Localized(vi: "Đơn vị tham gia", en: "Target units")
    static let targetClusters = Localized(vi: "Cụm, khối tham gia", en: "Target clusters")
    static let goals = Localized(vi: "Mục tiêu", en: "Goals")
    static let directive = Localized(vi: "Chỉ thị, kế hoạch", en: "Directive")
    static func saved(_ name: String) -> Localized { Localized(vi: "Đã lưu phong trào «\(name)»", en: "Saved campaign «\(name)»") }
    static let conflictTitle = Localized(vi: "Xung đột khi lưu", en: "Save conflict")
    static let reloadKeep = Localized(vi: "Tải lại bản mới nhất và giữ nguyên những gì bạn đã nhập?",
                                      en: "Reload the latest version and keep what you typed?")
    static let reloaded = Localized(vi: "Đã tải lại; những gì bạn nhập vẫn còn — nhấn F2 để lưu lại",
                                    en: "Reloaded; what you typed is kept — press F2 to save again")
    static let reviews = Localized(vi: "Sơ kết, tổng kết", en: "Reviews")
    static let none = Localized(vi: "(chưa có)", en: "(none)")
    static let interim = Localized(vi: "Sơ kết", en: "Interim")
    static let final = Localized(vi: "Tổng kết", en: "Final")
    static func examples(_ y: Int) -> Localized { Localized(vi: "Điển hình tiên tiến năm \(y)", en: "Model examples \(y)") }
    static func registrations(_ y: Int) -> Localized { Localized(vi: "Đăng ký thi đua năm \(y) (y: năm khác)", en: "Registrations \(y) (y: other year)") }
    static let perTitle = Localized(vi: "Theo danh hiệu", en: "By title")
    static func exampleKind(_ k: ModelExample.Kind) -> Localized {
        switch k {
        case .person: return Localized(vi: "Cá nhân", en: "Person")
        case .collective: return Localized(vi: "Tập thể", en: "Collective")
        case .practice: return Localized(vi: "Cách làm hay", en: "Good practice")
        }
    }
    static let moveStatus = Localized(vi: "Chuyển trạng thái", en: "Move status")
    static func statusMoved(_ s: String) -> Localized { Localized(vi: "Đã chuyển sang «\(s)»", en: "Moved to «\(s)»") }
    static let noLaterStatus = Localized(vi: "Phong trào đã ở trạng thái cuối.", en: "The campaign is already at its last status.")
    static let addReview = Localized(vi: "Thêm sơ kết, tổng kết", en: "Add a review")
    static let reviewKind = Localized(vi: "Hình thức", en: "Kind")
    static let reviewDate = Localized(vi: "Ngày sơ kết, tổng kết", en: "Review date")
    static let summary = Localized(vi: "Tóm tắt kết quả", en: "Summary")
    static let figures = Localized(vi: "Số liệu", en: "Figures")
    static let figuresFormat = Localized(vi: "Ghi dạng «tên: số; tên: số»", en: "Write «name: number; name: number»")
    static let addExample = Localized(vi: "Thêm điển hình tiên tiến", en: "Add a model example")
    static let exampleKindLabel = Localized(vi: "Loại điển hình", en: "Kind")
    static let exampleName = Localized(vi: "Tên điển hình", en: "Name")
    static let year = Localized(vi: "Năm", en: "Year")
    static let description = Localized(vi: "Mô tả", en: "Description")
    static func addRegistration(_ y: Int) -> Localized { Localized(vi: "Đăng ký thi đua năm \(y)", en: "Registration for \(y)") }
    static let nomineeKind = Localized(vi: "Đăng ký cho", en: "Registered for")

    // Registrations: drop an entry, delete a registration.
    static let chooseRegistration = Localized(vi: "Chọn một dòng đăng ký thi đua", en: "Choose a registration line")
    static func registrationMenu(_ unit: String) -> Localized { Localized(vi: "Đăng ký của \(unit)", en: "Registration of \(unit)") }
    static func dropEntry(_ code: String, _ who: String) -> Localized { Localized(vi: "Bỏ \(code) của \(who)", en: "Drop \(code) for \(who)") }
    static func deleteRegistration(_ unit: String) -> Localized {
        Localized(vi: "Xóa cả bản đăng ký của \(unit)", en: "Delete the whole registration of \(unit)")
    }
    static let deleteReason = Localized(vi: "Lý do xóa (bắt buộc, ghi vào nhật ký):", en: "Why (required, kept in the audit log):")
    static let entryDropped = Localized(vi: "Đã bỏ danh hiệu đăng ký", en: "Registered title dropped")
    static let registrationDeleted = Localized(vi: "Đã xóa bản đăng ký", en: "Registration deleted")
    static let duplicateTitle = Localized(vi: "Có thể trùng", en: "Possible duplicate")
    static func duplicate(_ name: String, _ starts: [String]) -> Localized {
        Localized(vi: "Đã có phong trào tên «\(name)» (phát động \(starts.joined(separator: ", "))). Vẫn lưu phong trào mới?",
                  en: "A campaign named «\(name)» exists (launched \(starts.joined(separator: ", "))). Save this one anyway?")
    }
    static let conflictResolved = Localized(vi: "Đã lấy các giá trị đã chọn; F2 để lưu", en: "The chosen values are in the form; F2 saves")
    static let changedElsewhere = Localized(vi: "Phong trào vừa được người khác cập nhật; đang hiện bản mới", en: "Someone else just updated this campaign; showing the new version")
}
