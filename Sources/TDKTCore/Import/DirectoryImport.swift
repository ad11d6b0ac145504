import Foundation
import TDKTText

/// What an import would do, before it is written: the rows it creates, the rows it matches
/// to records already there, and the rows it refuses with their line numbers.
public struct ImportPlan: Sendable {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var id: String
        public var name: String
        public var created: Bool
    }
    public var file = ""
    public var kind = ImportBatch.Kind.units
    public var rows: [Row] = []
    public var problems: [ImportProblem] = []
    /// Rows imported with a remark (a kind kept as written, a likely duplicate).
    public var warnings: [ImportProblem] = []
    var writes: [PendingWrite] = []
    /// What the batch record needs to undo the import: ids created, and the values the import replaced.
    var createdUnits: [String] = [], createdPeople: [String] = []
    var replacedUnits: [Stored<Unit>] = [], replacedPeople: [Stored<Person>] = []

    public var created: Int { rows.filter(\.created).count }
    public var matched: Int { rows.filter { !$0.created }.count }
}

/// Importing units and people from a CSV exported from Excel. Header names are matched without regard
/// to case and diacritics; units are matched by identifier or normalised name, people by normalised name
/// within their unit; everything is written in one batch, or nothing.
public enum DirectoryImport {
    static let unitFields = HeaderMatcher(fields: [
        .init("id", Localized(vi: "Mã", en: "Identifier"), synonyms: ["mã", "mã đơn vị", "code"]),
        .init("name", Localized(vi: "Tên đơn vị", en: "Name"), synonyms: ["tên đơn vị", "tên", "tên tập thể", "đơn vị", "unit"], required: true),
        .init("kind", Localized(vi: "Loại", en: "Kind"), synonyms: ["loại", "loại đơn vị", "loại hình", "type"]),
        .init("parent", Localized(vi: "Đơn vị cấp trên", en: "Parent"), synonyms: ["cấp trên", "đơn vị cấp trên", "trực thuộc", "parent unit"]),
        .init("members", Localized(vi: "Số thành viên", en: "Members"), synonyms: ["số thành viên", "số cán bộ", "số người", "member count"]),
    ])
    static let personFields = HeaderMatcher(fields: [
        .init("id", Localized(vi: "Mã", en: "Identifier"), synonyms: ["mã", "mã cán bộ", "code"]),
        .init("name", Localized(vi: "Họ và tên", en: "Full name"), synonyms: ["họ và tên", "họ tên", "tên", "full name"], required: true),
        .init("unit", Localized(vi: "Đơn vị", en: "Unit"), synonyms: ["đơn vị", "cơ quan", "đơn vị công tác", "unit"], required: true),
        .init("position", Localized(vi: "Chức vụ", en: "Position"), synonyms: ["chức vụ", "chức danh", "position", "title"]),
        .init("category", Localized(vi: "Nhóm thống kê", en: "Category"), synonyms: ["nhóm thống kê", "đối tượng", "thành phần", "category"]),
        .init("birthYear", Localized(vi: "Năm sinh", en: "Year of birth"), synonyms: ["năm sinh", "birth year"]),
        .init("ratingYear", Localized(vi: "Năm xếp loại", en: "Rating year"), synonyms: ["năm xếp loại", "năm đánh giá", "rating year"]),
        .init("rating", Localized(vi: "Xếp loại", en: "Rating"), synonyms: ["xếp loại", "kết quả xếp loại", "đánh giá", "rating"]),
    ])

    /// Unit kinds by the words clerks write (UnitKindSynonyms).
    static func unitKind(_ text: String) -> Unit.Kind? { UnitKindSynonyms.kind(text) }

    static func category(_ text: String) -> StatisticsCategory? {
        let k = SearchKey.fold(text)
        if let exact = StatisticsCategory(rawValue: text) { return exact }
        return StatisticsCategory.allCases.first { SearchKey.fold($0.label.vi) == k || SearchKey.fold($0.label.en) == k }
    }

    static func rating(_ text: String) -> Rating? {
        let k = SearchKey.fold(text)
        if let exact = Rating(rawValue: k) { return exact }
        if let r = Rating.allCases.first(where: { SearchKey.fold($0.label.vi) == k || SearchKey.fold($0.label.en) == k }) { return r }
        // "Hoàn thành xuất sắc" as often as "Hoàn thành xuất sắc nhiệm vụ".
        let short = k.hasSuffix(" nhiem vu") ? String(k.dropLast(9)) : k
        switch short {
        case "hoan thanh xuat sac": return .excellent
        case "hoan thanh tot": return .good
        case "hoan thanh": return .done
        case "khong hoan thanh": return .failed
        default: break
        }
        switch k {
        case "htxsnv", "xuat sac": return .excellent
        case "htttnv", "httnv", "tot": return .good
        case "htnv": return .done
        case "khtnv", "khong hoan thanh": return .failed
        default: return nil
        }
    }

    /// Units in any order: every row's identifier is settled first, so that a child may come before its
    /// parent; a kind that matches nothing is kept as "other" with the text as written and a remark.
    public static func planUnits(_ table: CSVTable, file: String, in ws: Workspace) throws -> ImportPlan {
        guard let header = table.rows.first(where: { !$0.isBlank }) else {
            throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file"))
        }
        let m = try unitFields.match(header.fields, file: file, line: header.line)
        var plan = ImportPlan(file: file, kind: .units)
        var byName: [String: String] = [:]
        for u in ws.units.values.map(\.value) where u.isActive { byName[SearchKey.fold(u.name)] = u.id }
        // Pass 1: each row's name and identifier, existing or new.
        struct Planned { var row: CSVRow; var name: String; var id: String; var existing: Stored<Unit>? }
        var planned: [Planned] = []
        var newIds = Set<String>(), fileNames: [String: Int] = [:]
        for row in table.rows where row.line > header.line && !row.isBlank {
            guard let name = m.value("name", in: row) else {
                plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header("name"), reason: Localized(vi: "thiếu tên", en: "name missing")))
                continue
            }
            let folded = SearchKey.fold(name)
            if let first = fileNames[folded] {
                plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header("name"), reason: Localized(
                    vi: "đơn vị '\(name)' lặp lại trong tệp (dòng \(first))", en: "unit '\(name)' appears twice (line \(first))")))
                continue
            }
            fileNames[folded] = row.line
            let existing = m.value("id", in: row).flatMap { ws.units[$0] } ?? byName[folded].flatMap { ws.units[$0] }
            let id = existing?.value.id ?? m.value("id", in: row)
                ?? Workspace.makeIdentifier(from: name) { ws.units[$0] != nil || newIds.contains($0) }
            if existing == nil { newIds.insert(id); byName[folded] = id }
            planned.append(Planned(row: row, name: name, id: id, existing: existing))
        }
        // Pass 2: kinds, parents (in the data or anywhere in the file), counts.
        var parents: [String: String] = [:]
        var good: [(Planned, Unit)] = []
        for p in planned {
            let row = p.row
            func problem(_ field: String, _ vi: String, _ en: String) {
                plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header(field), reason: Localized(vi: vi, en: en)))
            }
            var unit = p.existing?.value ?? Unit(id: p.id, name: p.name, kind: .other)
            if let e = p.existing?.value, e.name != p.name, SearchKey.fold(e.name) == SearchKey.fold(p.name) {
                // The same unit written differently: keep the name on record, and say so.
                plan.warnings.append(ImportProblem(file: file, line: row.line, column: m.header("name"), reason: Localized(
                    vi: "'\(p.name)' khớp với '\(e.name)' (\(e.id)); có thể trùng, giữ tên đã có",
                    en: "'\(p.name)' matches '\(e.name)' (\(e.id)); a likely duplicate, the recorded name is kept")))
            } else {
                unit.name = p.name
            }
            if let k = m.value("kind", in: row) {
                if let kind = unitKind(k) {
                    unit.kind = kind
                } else {
                    unit.kind = .other
                    plan.warnings.append(ImportProblem(file: file, line: row.line, column: m.header("kind"), reason: Localized(
                        vi: "không rõ loại '\(k)'; ghi là Khác, giữ nguyên chữ", en: "unknown kind '\(k)'; kept as Other with the text as written")))
                }
                unit.kindText = k
            }
            if let parentText = m.value("parent", in: row) {
                guard let found = ws.units[parentText]?.value.id ?? byName[SearchKey.fold(parentText)] else {
                    problem("parent", "không tìm thấy đơn vị cấp trên '\(parentText)' (trong dữ liệu hay trong tệp)",
                            "parent '\(parentText)' not found (in the data or in the file)"); continue
                }
                unit.parentId = found
            }
            if let v = m.value("members", in: row) {
                guard let n = Int(v), n >= 0 else { problem("members", "'\(v)' không phải số", "'\(v)' is not a number"); continue }
                unit.memberCount = n
            }
            do { try unit.validate() } catch let e as ValidationError {
                problem(e.field, e.reason.vi, e.reason.en); continue
            }
            if let parent = unit.parentId { parents[unit.id] = parent }
            good.append((p, unit))
        }
        // A parent chain that comes back to the unit would make the tree a loop.
        for u in ws.units.values.map(\.value) where parents[u.id] == nil { if let p = u.parentId { parents[u.id] = p } }
        for (p, unit) in good {
            var seen: Set<String> = [unit.id], next = parents[unit.id]
            var loop = false
            while let n = next { if !seen.insert(n).inserted { loop = true; break }; next = parents[n] }
            if loop {
                plan.problems.append(ImportProblem(file: file, line: p.row.line, column: m.header("parent"), reason: Localized(
                    vi: "đơn vị cấp trên tạo thành vòng lặp", en: "the parents form a loop")))
                continue
            }
            plan.rows.append(.init(line: p.row.line, id: unit.id, name: unit.name, created: p.existing == nil))
            plan.writes.append(PendingWrite(unit, basedOn: p.existing?.revision, action: "import units"))
            if let e = p.existing { plan.replacedUnits.append(e) } else { plan.createdUnits.append(unit.id) }
        }
        return plan
    }

    public static func planPeople(_ table: CSVTable, file: String, in ws: Workspace) throws -> ImportPlan {
        guard let header = table.rows.first(where: { !$0.isBlank }) else {
            throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file"))
        }
        let m = try personFields.match(header.fields, file: file, line: header.line)
        var plan = ImportPlan(file: file, kind: .people)
        var unitsByName: [String: String] = [:]
        for u in ws.units.values.map(\.value) where u.isActive { unitsByName[SearchKey.fold(u.name)] = u.id }
        var peopleByKey: [String: Stored<Person>] = [:]
        for p in ws.people.values { peopleByKey[p.value.unitId + "|" + SearchKey.fold(p.value.name)] = p }
        var seen = Set<String>(), newIds = Set<String>()
        for row in table.rows where row.line > header.line && !row.isBlank {
            func problem(_ field: String, _ vi: String, _ en: String) {
                plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header(field), reason: Localized(vi: vi, en: en)))
            }
            guard let name = m.value("name", in: row) else { problem("name", "thiếu họ tên", "name missing"); continue }
            guard let unitText = m.value("unit", in: row) else { problem("unit", "thiếu đơn vị", "unit missing"); continue }
            guard let unitId = ws.units[unitText].map({ $0.value.id }) ?? unitsByName[SearchKey.fold(unitText)] else {
                problem("unit", "không tìm thấy đơn vị '\(unitText)'", "unit '\(unitText)' not found"); continue
            }
            let key = unitId + "|" + SearchKey.fold(name)
            if !seen.insert(key).inserted { problem("name", "'\(name)' lặp lại trong tệp", "'\(name)' appears twice in the file"); continue }
            let existing = m.value("id", in: row).flatMap { ws.people[$0] } ?? peopleByKey[key]
            let id = existing?.value.id ?? m.value("id", in: row)
                ?? Workspace.makeIdentifier(from: name) { ws.people[$0] != nil || newIds.contains($0) }
            var person = existing?.value ?? Person(id: id, name: name, unitId: unitId)
            if let e = existing?.value, e.name != name, SearchKey.fold(e.name) == SearchKey.fold(name) {
                // Same person written differently: keep the name on record, and say so.
                plan.warnings.append(ImportProblem(file: file, line: row.line, column: m.header("name"), reason: Localized(
                    vi: "'\(name)' khớp với '\(e.name)' (\(e.id)) cùng đơn vị; có thể trùng, giữ tên đã có",
                    en: "'\(name)' matches '\(e.name)' (\(e.id)) in the same unit; a likely duplicate, the recorded name is kept")))
            } else {
                person.name = name
            }
            person.unitId = unitId
            if let p = m.value("position", in: row) { person.position = p }
            if let c = m.value("category", in: row) {
                guard let cat = category(c) else { problem("category", "không rõ nhóm '\(c)'", "unknown category '\(c)'"); continue }
                person.category = cat
            }
            if let b = m.value("birthYear", in: row) {
                guard let y = Int(b) else { problem("birthYear", "'\(b)' không phải năm", "'\(b)' is not a year"); continue }
                person.birthYear = y
            }
            if let r = m.value("rating", in: row) {
                guard let rating = rating(r) else { problem("rating", "không rõ xếp loại '\(r)'", "unknown rating '\(r)'"); continue }
                guard let ys = m.value("ratingYear", in: row), let y = Int(ys) else {
                    problem("ratingYear", "thiếu năm xếp loại", "rating year missing"); continue
                }
                person.setRating(rating, year: y)
            }
            do { try person.validate() } catch let e as ValidationError { problem(e.field, e.reason.vi, e.reason.en); continue }
            if existing == nil { newIds.insert(id) }
            plan.rows.append(.init(line: row.line, id: id, name: name, created: existing == nil))
            plan.writes.append(PendingWrite(person, basedOn: existing?.revision, action: "import people"))
            if let e = existing { plan.replacedPeople.append(e) } else { plan.createdPeople.append(id) }
        }
        return plan
    }
}

extension Workspace {
    /// Writes an import plan in one batch. With problems, nothing is written unless the clerk
    /// accepts the good rows (`acceptGoodRows`).
    /// The import is recorded as one batch (`tdkt import undo`); returns its id, or nil when nothing was written.
    @discardableResult
    public func apply(_ plan: ImportPlan, acceptGoodRows: Bool) throws -> String? {
        try authorize(.importData)
        if !plan.problems.isEmpty && !acceptGoodRows {
            throw plan.problems[0]
        }
        if plan.writes.isEmpty { return nil }
        return try ImportBatches.commit(plan.writes, in: self, kind: plan.kind, file: plan.file, actor: login,
                                        created: ImportBatch.Created(units: plan.createdUnits, people: plan.createdPeople),
                                        replacedUnits: plan.replacedUnits, replacedPeople: plan.replacedPeople)
    }
}
