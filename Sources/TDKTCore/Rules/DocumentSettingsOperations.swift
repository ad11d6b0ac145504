import Foundation
import TDKTText

extension Workspace {
    /// Changes the office's names and document settings (config.json), as an administrator, on the file as it
    /// is on disk under the store's lock (another clerk's change meanwhile is kept). Names are cleaned of control
    /// characters; a signer needs an id, a title and a name; copies are 1–99; a printer name must be one CUPS
    /// accepts; the reports folder is absolute (or starts with ~).
    public func setOffice(officeName: String? = nil, parentBody: String? = nil, place: String? = nil,
                          documents change: ((inout DocumentSettings) -> Void)? = nil, action: String) throws {
        try authorize(.editRoles)
        func required(_ value: String?, _ field: String, _ label: Localized) throws -> String? {
            guard let v = value.map({ TextNormalization.clean($0).trimmingCharacters(in: .whitespaces) }) else { return nil }
            if v.isEmpty { throw ValidationError(field: field, label: label, reason: Localized(vi: "không được để trống", en: "must not be empty")) }
            return v
        }
        let office = try required(officeName, "officeName", Localized(vi: "Cơ quan ban hành", en: "Issuing body"))
        let parent = try required(parentBody, "parentBody", Localized(vi: "Cơ quan chủ quản", en: "Parent body"))
        let placeName = try required(place, "place", Localized(vi: "Địa danh", en: "Place"))
        try updateConfig(action: action) { next in
            if let office { next.officeName = office }
            if let parent { next.parentBody = parent }
            if let placeName { next.place = placeName }
            if let change {
                var d = next.documentSettings
                change(&d)
                try Self.validate(&d)
                next.documents = d
            }
        }
    }

    static func validate(_ d: inout DocumentSettings) throws {
        let label = Localized(vi: "Văn bản", en: "Documents")
        func invalid(_ vi: String, _ en: String) -> ValidationError {
            ValidationError(field: "documents", label: label, reason: Localized(vi: vi, en: en))
        }
        if let c = d.copies, !(1...99).contains(c) { throw invalid("số bản in từ 1 đến 99", "copies must be 1–99") }
        if d.printer?.isEmpty == true { d.printer = nil }
        if let p = d.printer, !ReportPrinter.validPrinterName(p) { throw invalid("tên máy in không hợp lệ", "not a valid printer name") }
        var ids = Set<String>()
        for s in d.signers {
            if s.id.isEmpty || s.id.contains(where: { $0.isWhitespace }) || !ids.insert(s.id).inserted {
                throw invalid("mã người ký trống, có khoảng trắng hoặc trùng: '\(s.id)'", "signer id empty, with spaces or repeated: '\(s.id)'")
            }
            if TextNormalization.clean(s.title).isEmpty && s.authority != .q {
                throw invalid("người ký '\(s.id)' thiếu chức vụ", "signer '\(s.id)' has no title")
            }
            if TextNormalization.clean(s.name).isEmpty { throw invalid("người ký '\(s.id)' thiếu họ tên", "signer '\(s.id)' has no name") }
        }
        if let def = d.defaultSigner, !ids.contains(def) { throw invalid("không có người ký '\(def)'", "no signer '\(def)'") }
        if let folder = d.reportsFolder, !folder.isEmpty, !folder.hasPrefix("/") && !folder.hasPrefix("~") {
            throw invalid("thư mục báo cáo phải là đường dẫn tuyệt đối hoặc bắt đầu bằng ~", "the reports folder must be absolute or start with ~")
        }
    }
}
