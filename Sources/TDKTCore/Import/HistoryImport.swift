import Foundation
import TDKTText

/// People's histories in bulk: ratings (one row per person and year, several years per person in one
/// file), initiatives (year, title, scope) and discipline (form, from, to). Each row names a person on
/// record by identifier, or by name and unit; every person's changes go in one write, and the whole
/// file in one batch (`tdkt import undo`).
public enum HistoryImport {
    static let person: [HeaderMatcher.Field] = [
        .init("id", Localized(vi: "Mã", en: "Identifier"), synonyms: ["mã", "mã cán bộ", "code", "id"]),
        .init("name", Localized(vi: "Họ và tên", en: "Full name"), synonyms: ["họ và tên", "họ tên", "tên", "full name", "name"]),
        .init("unit", Localized(vi: "Đơn vị", en: "Unit"), synonyms: ["đơn vị", "cơ quan", "đơn vị công tác", "unit"]),
    ]
    static let ratingFields = HeaderMatcher(fields: person + [
        .init("year", Labels.year, synonyms: ["năm", "năm xếp loại", "năm đánh giá", "year"], required: true),
        .init("rating", Localized(vi: "Xếp loại", en: "Rating"), synonyms: ["xếp loại", "kết quả xếp loại", "mức xếp loại", "đánh giá", "rating"], required: true),
    ])
    static let initiativeFields = HeaderMatcher(fields: person + [
        .init("year", Labels.year, synonyms: ["năm", "năm công nhận", "year"], required: true),
        .init("title", Localized(vi: "Tên sáng kiến", en: "Title"), synonyms: ["tên sáng kiến", "sáng kiến", "tên đề tài", "title", "initiative"], required: true),
        .init("scope", Localized(vi: "Cấp công nhận", en: "Scope"), synonyms: ["cấp", "cấp công nhận", "phạm vi", "phạm vi ảnh hưởng", "scope"], required: true),
        .init("reference", Localized(vi: "Số quyết định", en: "Reference"), synonyms: ["số quyết định", "số qđ", "quyết định công nhận", "reference"]),
    ])
    static let disciplineFields = HeaderMatcher(fields: person + [
        .init("form", Localized(vi: "Hình thức kỷ luật", en: "Form"), synonyms: ["hình thức kỷ luật", "hình thức", "kỷ luật", "form"], required: true),
        .init("from", Localized(vi: "Từ ngày", en: "From"), synonyms: ["từ ngày", "ngày bắt đầu", "ngày quyết định", "from"], required: true),
        .init("to", Localized(vi: "Đến ngày", en: "To"), synonyms: ["đến ngày", "ngày kết thúc", "hết hạn", "to"]),
        .init("note", Localized(vi: "Ghi chú", en: "Note"), synonyms: ["ghi chú", "lý do", "note"]),
    ])

    static func scope(_ text: String) -> Initiative.Scope? {
        let f = SearchKey.fold(text)
        if let exact = Initiative.Scope(rawValue: f) { return exact }
        switch f {
        case "co so", "cap co so", "don vi", "cap don vi", "base", "unit": return .base
        case "tinh", "cap tinh", "province", "provincial": return .province
        case "toan quoc", "cap toan quoc", "quoc gia", "cap bo", "bo, nganh", "national": return .national
        default: return Initiative.Scope.allCases.first { SearchKey.fold($0.label.vi) == f || SearchKey.fold($0.label.en) == f }
        }
    }

    /// Investigations (điều tra, xem xét) and disciplines (khiển trách, cảnh cáo, ...) both block proposals.
    static func disciplineKind(_ form: String) -> DisciplinePeriod.Kind {
        let f = SearchKey.fold(form)
        return f.contains("dieu tra") || f.contains("xem xet") || f.contains("investigation") ? .investigation : .discipline
    }

    public static func plan(_ kind: ImportBatch.Kind, _ table: CSVTable, file: String, in ws: Workspace) throws -> ImportPlan {
        let matcher: HeaderMatcher
        switch kind {
        case .ratings: matcher = ratingFields
        case .initiatives: matcher = initiativeFields
        case .discipline: matcher = disciplineFields
        default: throw ImportProblem(file: file, line: nil, reason: Localized(vi: "không phải tệp lịch sử", en: "not a history file"))
        }
        guard let header = table.rows.first(where: { !$0.isBlank }) else {
            throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file"))
        }
        let m = try matcher.match(header.fields, file: file, line: header.line)
        var plan = ImportPlan(file: file, kind: kind)
        var unitsByName: [String: String] = [:]
        for u in ws.units.values.map(\.value) { unitsByName[SearchKey.fold(u.name)] = u.id }
        var peopleByKey: [String: [Stored<Person>]] = [:]
        for p in ws.people.values { peopleByKey[p.value.unitId + "|" + SearchKey.fold(p.value.name), default: []].append(p) }
        // Each person's record as the file leaves it, and the first line that changed it.
        var changed: [String: (person: Person, original: Stored<Person>, line: Int)] = [:]
        var order: [String] = []
        var seen: [String: Int] = [:]
        for row in table.rows where row.line > header.line && !row.isBlank {
            func problem(_ field: String, _ vi: String, _ en: String) {
                plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header(field), reason: Localized(vi: vi, en: en)))
            }
            // The person: by identifier, else by name within the unit.
            var found: Stored<Person>?
            if let id = m.value("id", in: row) {
                guard let p = ws.people[id] else { problem("id", "không có cá nhân mã '\(id)'", "no person with id '\(id)'"); continue }
                found = p
            } else {
                guard let name = m.value("name", in: row) else { problem("name", "thiếu họ tên hoặc mã", "name or identifier missing"); continue }
                guard let unitText = m.value("unit", in: row) else { problem("unit", "thiếu đơn vị của \(name)", "the unit of \(name) is missing"); continue }
                guard let unitId = ws.units[unitText]?.value.id ?? unitsByName[SearchKey.fold(unitText)] else {
                    problem("unit", "không tìm thấy đơn vị '\(unitText)'", "unit '\(unitText)' not found"); continue
                }
                let same = peopleByKey[unitId + "|" + SearchKey.fold(name)] ?? []
                if same.count > 1 {
                    problem("name", "có \(same.count) người tên \(name): " + same.map(\.value.id).joined(separator: ", ") + "; dùng cột Mã",
                            "\(same.count) people named \(name): " + same.map(\.value.id).joined(separator: ", ") + "; use an identifier column"); continue
                }
                guard let p = same.first else {
                    problem("name", "không có \(name) ở \(unitText); nhập cá nhân trước (tdkt import people)",
                            "no \(name) in \(unitText); import the people first (tdkt import people)"); continue
                }
                found = p
            }
            let original = found!
            var person = changed[original.value.id]?.person ?? original.value
            let who = person.name
            switch kind {
            case .ratings:
                let yearText = m.value("year", in: row) ?? ""
                guard let year = Int(yearText), (1945...2100).contains(year) else { problem("year", "'\(yearText)' không phải năm", "'\(yearText)' is not a year"); continue }
                let ratingText = m.value("rating", in: row) ?? ""
                guard let rating = DirectoryImport.rating(ratingText) else {
                    problem("rating", "không rõ xếp loại '\(ratingText)'", "unknown rating '\(ratingText)'"); continue
                }
                let key = "\(person.id)/\(year)"
                if let first = seen[key] { problem("year", "\(who) đã có xếp loại \(year) ở dòng \(first)", "\(who) already rated for \(year) on line \(first)"); continue }
                seen[key] = row.line
                if let old = person.rating(in: year), old != rating {
                    plan.warnings.append(ImportProblem(file: file, line: row.line, column: m.header("rating"), reason: Localized(
                        vi: "\(who) \(year): thay \(old.label.vi) bằng \(rating.label.vi)", en: "\(who) \(year): \(old.label.en) replaced by \(rating.label.en)")))
                } else if person.rating(in: year) == rating {
                    continue  // already on record
                }
                person.setRating(rating, year: year)
            case .initiatives:
                let yearText = m.value("year", in: row) ?? ""
                guard let year = Int(yearText), (1945...2100).contains(year) else { problem("year", "'\(yearText)' không phải năm", "'\(yearText)' is not a year"); continue }
                let title = m.value("title", in: row) ?? ""
                let scopeText = m.value("scope", in: row) ?? ""
                guard let scope = scope(scopeText) else {
                    problem("scope", "không rõ cấp '\(scopeText)' (cơ sở, cấp tỉnh, toàn quốc)", "unknown scope '\(scopeText)' (unit, provincial, national)"); continue
                }
                let f = SearchKey.fold(title)
                if person.initiatives.contains(where: { $0.year == year && SearchKey.fold($0.title) == f }) {
                    plan.warnings.append(ImportProblem(file: file, line: row.line, column: m.header("title"), reason: Localized(
                        vi: "\(who) đã có sáng kiến này năm \(year); bỏ qua", en: "\(who) already has this initiative for \(year); skipped")))
                    continue
                }
                person.initiatives.append(Initiative(year: year, title: title, scope: scope, reference: m.value("reference", in: row)))
            case .discipline:
                let form = m.value("form", in: row) ?? ""
                let start: CivilDate, end: CivilDate?
                do {
                    start = try CivilDate.parse(m.value("from", in: row) ?? "")
                    end = try m.value("to", in: row).map { try CivilDate.parse($0) }
                } catch let e as ValidationError {
                    problem(m.value("from", in: row) == nil ? "from" : "to", e.reason.vi, e.reason.en); continue
                }
                if let end, end < start { problem("to", "trước ngày bắt đầu \(start)", "before the start \(start)"); continue }
                let note = [form, m.value("note", in: row)].compactMap { $0 }.joined(separator: ": ")
                let period = DisciplinePeriod(kind: disciplineKind(form), period: DatePeriod(start: start, end: end), note: note)
                if person.disciplines.contains(period) { continue }
                person.disciplines.append(period)
            default: break
            }
            do { try person.validate() } catch let e as ValidationError { problem(e.field, e.reason.vi, e.reason.en); continue }
            if changed[person.id] == nil { order.append(person.id) }
            changed[person.id] = (person, original, changed[person.id]?.line ?? row.line)
            plan.rows.append(.init(line: row.line, id: person.id, name: person.name, created: false))
        }
        for id in order {
            let c = changed[id]!
            plan.writes.append(PendingWrite(c.person, basedOn: c.original.revision, action: "import \(kind.rawValue)"))
            plan.replacedPeople.append(c.original)
        }
        return plan
    }
}
