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
    public var rows: [Row] = []
    public var problems: [ImportProblem] = []
    var writes: [PendingWrite] = []

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

    /// Unit kinds by the words clerks write.
    static func unitKind(_ text: String) -> Unit.Kind? {
        let k = SearchKey.fold(text)
        if let exact = Unit.Kind(rawValue: k) { return exact }
        for kind in Unit.Kind.allCases where SearchKey.fold(kind.label.vi) == k || SearchKey.fold(kind.label.en) == k { return kind }
        let words: [(String, Unit.Kind)] = [("tinh", .province), ("so", .department), ("ban", .department), ("nganh", .department),
                                            ("huyen", .district), ("thanh pho", .district), ("thi xa", .district), ("xa", .commune),
                                            ("phuong", .commune), ("thi tran", .commune), ("truong", .school), ("doanh nghiep", .enterprise),
                                            ("cong ty", .enterprise), ("hoi", .association), ("doan", .association)]
        return words.first { $0.0 == k }?.1
    }

    static func category(_ text: String) -> StatisticsCategory? {
        let k = SearchKey.fold(text)
        if let exact = StatisticsCategory(rawValue: text) { return exact }
        return StatisticsCategory.allCases.first { SearchKey.fold($0.label.vi) == k || SearchKey.fold($0.label.en) == k }
    }

    static func rating(_ text: String) -> Rating? {
        let k = SearchKey.fold(text)
        if let exact = Rating(rawValue: k) { return exact }
        if let r = Rating.allCases.first(where: { SearchKey.fold($0.label.vi) == k || SearchKey.fold($0.label.en) == k }) { return r }
        switch k {
        case "htxsnv", "xuat sac": return .excellent
        case "htttnv", "httnv", "tot": return .good
        case "htnv": return .done
        case "khtnv", "khong hoan thanh": return .failed
        default: return nil
        }
    }

    public static func planUnits(_ table: CSVTable, file: String, in ws: Workspace) throws -> ImportPlan {
        guard let header = table.rows.first else { throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file")) }
        let m = try unitFields.match(header.fields, file: file, line: header.line)
        var plan = ImportPlan()
        var byName: [String: String] = [:]
        for u in ws.units.values.map(\.value) where u.isActive { byName[SearchKey.fold(u.name)] = u.id }
        var newIds = Set<String>()
        for row in table.rows.dropFirst() where !row.isBlank {
            func problem(_ field: String, _ vi: String, _ en: String) {
                plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header(field), reason: Localized(vi: vi, en: en)))
            }
            guard let name = m.value("name", in: row) else { problem("name", "thiếu tên", "name missing"); continue }
            var kind = Unit.Kind.other
            if let k = m.value("kind", in: row) {
                guard let parsed = unitKind(k) else { problem("kind", "không rõ loại '\(k)'", "unknown kind '\(k)'"); continue }
                kind = parsed
            }
            var parentId: String?
            if let p = m.value("parent", in: row) {
                guard let found = ws.units[p]?.value.id ?? byName[SearchKey.fold(p)] else {
                    problem("parent", "không tìm thấy đơn vị cấp trên '\(p)'", "parent '\(p)' not found"); continue
                }
                parentId = found
            }
            var members: Int?
            if let v = m.value("members", in: row) {
                guard let n = Int(v), n >= 0 else { problem("members", "'\(v)' không phải số", "'\(v)' is not a number"); continue }
                members = n
            }
            let existing = m.value("id", in: row).flatMap { ws.units[$0] } ?? byName[SearchKey.fold(name)].flatMap { ws.units[$0] }
            let id = existing?.value.id ?? m.value("id", in: row)
                ?? Workspace.makeIdentifier(from: name) { ws.units[$0] != nil || newIds.contains($0) }
            var unit = existing?.value ?? Unit(id: id, name: name, kind: kind)
            unit.name = name; unit.kind = kind; unit.parentId = parentId ?? unit.parentId; unit.memberCount = members ?? unit.memberCount
            do { try unit.validate() } catch let e as ValidationError {
                problem(e.field, e.reason.vi, e.reason.en); continue
            }
            if existing == nil {
                if newIds.contains(id) { problem("name", "đơn vị '\(name)' lặp lại trong tệp", "unit '\(name)' appears twice"); continue }
                newIds.insert(id); byName[SearchKey.fold(name)] = id
            }
            plan.rows.append(.init(line: row.line, id: id, name: name, created: existing == nil))
            plan.writes.append(PendingWrite(unit, basedOn: existing?.revision, action: "import units"))
        }
        return plan
    }

    public static func planPeople(_ table: CSVTable, file: String, in ws: Workspace) throws -> ImportPlan {
        guard let header = table.rows.first else { throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file")) }
        let m = try personFields.match(header.fields, file: file, line: header.line)
        var plan = ImportPlan()
        var unitsByName: [String: String] = [:]
        for u in ws.units.values.map(\.value) where u.isActive { unitsByName[SearchKey.fold(u.name)] = u.id }
        var peopleByKey: [String: Stored<Person>] = [:]
        for p in ws.people.values { peopleByKey[p.value.unitId + "|" + SearchKey.fold(p.value.name)] = p }
        var seen = Set<String>(), newIds = Set<String>()
        for row in table.rows.dropFirst() where !row.isBlank {
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
            person.name = name; person.unitId = unitId
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
        }
        return plan
    }
}

extension Workspace {
    /// Writes an import plan in one batch. With problems, nothing is written unless the clerk
    /// accepts the good rows (`acceptGoodRows`).
    public func apply(_ plan: ImportPlan, acceptGoodRows: Bool) throws {
        try authorize(.importData)
        if !plan.problems.isEmpty && !acceptGoodRows {
            throw plan.problems[0]
        }
        try store.commit(plan.writes)
        reload()
    }
}
