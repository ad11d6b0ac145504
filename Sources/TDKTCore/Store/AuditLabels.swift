import Foundation
import TDKTText

/// An audit entry as a clerk reads it: what was done in words (not "campaign.edit"), the record by its
/// kind and id (not its file path), the time as dd/mm/yyyy hh:mm.
extension AuditEntry {
    private static let actions: [String: Localized] = [
        "campaign.create": Localized(vi: "Tạo phong trào", en: "Campaign created"),
        "campaign.edit": Localized(vi: "Sửa phong trào", en: "Campaign changed"),
        "person.create": Localized(vi: "Thêm cá nhân", en: "Person added"),
        "person.edit": Localized(vi: "Sửa cá nhân", en: "Person changed"),
        "person.remove": Localized(vi: "Xóa cá nhân (giữ lịch sử)", en: "Person removed (history kept)"),
        "person.merge": Localized(vi: "Gộp cá nhân trùng", en: "Duplicate person merged"),
        "unit.create": Localized(vi: "Thêm đơn vị", en: "Unit added"),
        "unit.edit": Localized(vi: "Sửa đơn vị", en: "Unit changed"),
        "unit.deactivate": Localized(vi: "Ngừng hoạt động đơn vị", en: "Unit deactivated"),
        "unit.merge": Localized(vi: "Sáp nhập đơn vị", en: "Units merged"),
        "catalogue.edit": Localized(vi: "Sửa danh mục khen thưởng", en: "Award catalogue changed"),
        "example.save": Localized(vi: "Ghi điển hình tiên tiến", en: "Model example saved"),
        "registration.save": Localized(vi: "Ghi đăng ký thi đua", en: "Registration saved"),
        "import people": Localized(vi: "Nhập danh sách cá nhân", en: "People imported"),
        "import units": Localized(vi: "Nhập danh sách đơn vị", en: "Units imported"),
        "init": Localized(vi: "Tạo thư mục dữ liệu", en: "Data directory created"),
        "init --demo": Localized(vi: "Tạo dữ liệu mẫu", en: "Demo data created"),
        "cluster.retire": Localized(vi: "Giải thể cụm, khối", en: "Cluster retired"),
        "cluster.year": Localized(vi: "Ghi năm của cụm, khối", en: "Cluster year saved"),
        "scoring.open": Localized(vi: "Mở đợt chấm điểm", en: "Scoring round opened"),
        "scoring.close": Localized(vi: "Khóa chấm chéo", en: "Cross-scoring closed"),
        "scoring.configure": Localized(vi: "Cấu hình đợt chấm", en: "Scoring round configured"),
        "scoring.sheet": Localized(vi: "Ghi phiếu chấm", en: "Score sheet saved"),
        "scoring.self-sheet": Localized(vi: "Ghi phiếu tự chấm", en: "Self-score sheet saved"),
        "scoring.revise": Localized(vi: "Sửa phiếu chấm", en: "Score sheet revised"),
        "scoring.finalize": Localized(vi: "Chốt kết quả chấm", en: "Scoring finalized"),
        "scoring.propose": Localized(vi: "Lập đề nghị từ kết quả chấm", en: "Proposals from scoring"),
    ]

    /// What was done, in words. Unknown codes are shown as they are.
    public func actionText(_ language: Language) -> String {
        if let a = Self.actions[action] { return a.text(language) }
        // "proposal <state> by <actor>": the proposal moved, or was created, edited, voted on.
        let words = action.split(separator: " ").map(String.init)
        if words.count >= 2, words[0] == "proposal" {
            let by = words.count >= 4 && words[words.count - 2] == "by" ? " (" + words.last! + ")" : ""
            switch words[1] {
            case "new": return Localized(vi: "Lập đề nghị", en: "Proposal created").text(language) + by
            case "edit": return Localized(vi: "Sửa đề nghị", en: "Proposal changed").text(language) + by
            case "vote": return Localized(vi: "Ghi biểu quyết", en: "Council vote recorded").text(language) + by
            case "eligibility": return Localized(vi: "Vượt điều kiện khen thưởng", en: "Eligibility overridden").text(language)
                + (action.range(of: "): ").map { ": " + action[$0.upperBound...] } ?? "")
            default:
                if let state = Proposal.State(rawValue: words[1]) {
                    return Localized(vi: "Đề nghị → ", en: "Proposal → ").text(language) + state.label.text(language) + by
                }
            }
        }
        // Codes followed by their particulars ("registration.add tn-sct TTLDXS", "award.remove: lý do").
        let prefixed: [(String, Localized)] = [
            ("registration.add", Localized(vi: "Thêm đăng ký:", en: "Registered:")),
            ("registration.drop", Localized(vi: "Bỏ đăng ký:", en: "Unregistered:")),
            ("registration.remove", Localized(vi: "Xóa đăng ký", en: "Registration removed")),
            ("award.remove", Localized(vi: "Xóa khen thưởng", en: "Award removed")),
            ("settings.", Localized(vi: "Đổi cài đặt:", en: "Setting changed:")),
        ]
        for (code, label) in prefixed where action.hasPrefix(code) {
            let rest = action.dropFirst(code.count)
            return label.text(language) + (rest.hasPrefix(":") ? "" : " ") + rest.trimmingCharacters(in: .whitespaces)
        }
        // "decision 15/QĐ-SNV by lan": the decision, its award records and its proposals, written together.
        if words.count >= 2, words[0] == "decision" {
            let by = words.count >= 4 && words[words.count - 2] == "by" ? " (" + words.last! + ")" : ""
            return Localized(vi: "Ra quyết định ", en: "Decision made: ").text(language) + words[1] + by
        }
        if words.first == "roles.set" { return Localized(vi: "Đổi vai trò ", en: "Role set ").text(language) + words.dropFirst().joined(separator: " ") }
        if action.hasPrefix("scoring.") { return Localized(vi: "Chấm điểm: ", en: "Scoring: ").text(language) + action.dropFirst(8) }
        return action
    }

    /// The record by its kind and id ("phong trào chuyen-doi-so").
    public func recordText(_ language: Language) -> String { StoreError.recordName(record, language) }

    /// The time as a clerk reads it.
    public var timeText: String { StoreError.clerkTime(time) }
}
