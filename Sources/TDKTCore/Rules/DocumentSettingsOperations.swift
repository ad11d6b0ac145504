import Foundation
import TDKTText

extension Workspace {
    /// Changes the office's names and document settings (config.json), as an administrator. Names are cleaned
    /// of control characters; a signer needs an id, a title and a name; copies are 1–99; a printer name must
    /// be one CUPS accepts.
    public func setOffice(officeName: String? = nil, parentBody: String? = nil, place: String? = nil,
                          documents: DocumentSettings? = nil, action: String) throws {
        try authorize(.editRoles)
        var next = config
        func required(_ value: String?, _ field: String, _ label: Localized) throws -> String? {
            guard let v = value.map({ TextNormalization.clean($0).trimmingCharacters(in: .whitespaces) }) else { return nil }
            if v.isEmpty { throw ValidationError(field: field, label: label, reason: Localized(vi: "không được để trống", en: "must not be empty")) }
            return v
        }
        if let v = try required(officeName, "officeName", Localized(vi: "Cơ quan ban hành", en: "Issuing body")) { next.officeName = v }
        if let v = try required(parentBody, "parentBody", Localized(vi: "Cơ quan chủ quản", en: "Parent body")) { next.parentBody = v }
        if let v = try required(place, "place", Localized(vi: "Địa danh", en: "Place")) { next.place = v }
        if var d = documents {
            let label = Localized(vi: "Văn bản", en: "Documents")
            func invalid(_ vi: String, _ en: String) -> ValidationError {
                ValidationError(field: "documents", label: label, reason: Localized(vi: vi, en: en))
            }
            if let c = d.copies, !(1...99).contains(c) { throw invalid("số bản in từ 1 đến 99", "copies must be 1–99") }
            if let p = d.printer, !p.isEmpty, !ReportPrinter.validPrinterName(p) { throw invalid("tên máy in không hợp lệ", "not a valid printer name") }
            if d.printer?.isEmpty == true { d.printer = nil }
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
            next.documents = d
        }
        try store.writeRaw(try JSONCoding.encode(next), to: OfficeConfig.fileName, action: action)
        config = next
    }
}
