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
        try plan(UnitRowPlanner.self, table, file: file, in: ws)
    }

    public static func planPeople(_ table: CSVTable, file: String, in ws: Workspace) throws -> ImportPlan {
        try plan(PersonRowPlanner.self, table, file: file, in: ws)
    }

    /// A whole table through a row planner: the header is the first row that is not blank.
    static func plan<P: ImportRowPlanner>(_ type: P.Type, _ table: CSVTable, file: String, in ws: Workspace) throws -> ImportPlan {
        guard let header = table.rows.first(where: { !$0.isBlank }) else { throw emptyFile(file) }
        var planner = try P(header: header, file: file, in: ws)
        var plan = ImportPlan(file: file, kind: P.kind)
        for row in table.rows where row.line > header.line && !row.isBlank { try planner.plan(row, into: &plan) }
        try planner.finish(into: &plan)
        return plan
    }

    static func emptyFile(_ file: String) -> ImportProblem {
        ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "empty file"))
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
