import Foundation
import TDKTText

/// A criteria table from CSV, one row per criterion or bonus/penalty item: group, code, criterion,
/// maximum, step, kind (points/điểm, pass/fail/đạt-không đạt, target/chỉ tiêu, bonus/điểm cộng,
/// penalty/điểm trừ), optional priority ("x" marks the group that breaks ties; the first group
/// otherwise). Maxima and steps are points ("7,5" or "7.5"); a bonus or penalty row's maximum is its cap.
public struct ImportedCriteriaTable: Sendable, Equatable {
    public var table: CriteriaTable
    public var bonusItems: [BonusItem]
    public var penaltyItems: [PenaltyItem]
}

public enum CriteriaTableImport {
    static let fields = HeaderMatcher(fields: [
        .init("group", Localized(vi: "Nhóm tiêu chí", en: "Group"), synonyms: ["nhóm", "nhóm tiêu chí", "phần"], required: true),
        .init("code", Localized(vi: "Mã tiêu chí", en: "Code"), synonyms: ["mã", "mã tiêu chí", "số tt", "stt", "criterion code"], required: true),
        .init("criterion", Localized(vi: "Tiêu chí", en: "Criterion"), synonyms: ["tiêu chí", "nội dung", "tên tiêu chí", "name"], required: true),
        .init("maximum", Localized(vi: "Điểm tối đa", en: "Maximum"), synonyms: ["điểm tối đa", "điểm chuẩn", "tối đa", "max"], required: true),
        .init("step", Localized(vi: "Bước điểm", en: "Step"), synonyms: ["bước điểm", "bước", "đơn vị chấm"]),
        .init("kind", Localized(vi: "Loại", en: "Kind"), synonyms: ["loại", "loại tiêu chí", "cách chấm", "type"]),
        .init("priority", Localized(vi: "Ưu tiên", en: "Priority"), synonyms: ["ưu tiên", "nhóm ưu tiên", "priority group"]),
    ])

    public static func parse(_ text: String, file: String, year: Int, title: String) throws -> ImportedCriteriaTable {
        let csv = try CSVReader.parse(text, file: file)
        guard let header = csv.rows.first else {
            throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "the file is empty"))
        }
        let m = try fields.match(header.fields, file: file, line: header.line)
        let rows = csv.rows.dropFirst().filter { !$0.isBlank }
        guard !rows.isEmpty else { throw ImportProblem(file: file, line: header.line, reason: Localized(vi: "không có tiêu chí", en: "no criteria")) }
        func problem(_ row: CSVRow, _ field: String, _ vi: String, _ en: String) -> ImportProblem {
            ImportProblem(file: file, line: row.line, column: m.header(field), reason: Localized(vi: vi, en: en))
        }
        // The tick: the finest decimal any maximum or step is written with (at most 3 digits).
        var decimals = 0
        for row in rows {
            for f in ["maximum", "step"] {
                guard let v = m.value(f, in: row) else { continue }
                let t = v.replacingOccurrences(of: ",", with: ".")
                if let dot = t.firstIndex(of: ".") {
                    var frac = String(t[t.index(after: dot)...])
                    while frac.hasSuffix("0") { frac.removeLast() }
                    decimals = max(decimals, frac.count)
                }
            }
        }
        guard decimals <= 3 else {
            throw ImportProblem(file: file, line: nil, column: m.header("step"), reason: Localized(vi: "quá 3 chữ số thập phân", en: "more than 3 decimals"))
        }
        var groups: [CriteriaGroup] = []
        var bonus: [BonusItem] = [], penalty: [PenaltyItem] = []
        var priority: String?
        var codes = Set<String>()
        for row in rows {
            guard let groupText = m.value("group", in: row) else { throw problem(row, "group", "thiếu nhóm tiêu chí", "group missing") }
            guard let code = m.value("code", in: row) else { throw problem(row, "code", "thiếu mã tiêu chí", "code missing") }
            guard codes.insert(code).inserted else { throw problem(row, "code", "mã '\(code)' bị trùng", "code '\(code)' used twice") }
            guard let name = m.value("criterion", in: row) else { throw problem(row, "criterion", "thiếu tên tiêu chí", "criterion missing") }
            guard let maxText = m.value("maximum", in: row), let maximum = PointsFormat.parse(maxText, decimals: decimals), maximum > 0 else {
                throw problem(row, "maximum", "điểm tối đa không hợp lệ: '\(m.value("maximum", in: row) ?? "")'",
                              "not a valid maximum: '\(m.value("maximum", in: row) ?? "")'")
            }
            let kindText = SearchKey.fold(m.value("kind", in: row) ?? "")
                .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "/", with: " ")
            enum RowKind { case criterion(CriterionKind), bonus, penalty }
            let kind: RowKind
            switch kindText {
            case "", "diem", "cham diem", "points", "point": kind = .criterion(.points)
            case "dat khong dat", "dat", "pass fail", "passfail": kind = .criterion(.passFail)
            case "chi tieu", "theo chi tieu", "target": kind = .criterion(.target)
            case "cong", "diem cong", "bonus": kind = .bonus
            case "tru", "diem tru", "penalty": kind = .penalty
            default:
                throw problem(row, "kind", "loại '\(m.value("kind", in: row)!)' không rõ (điểm, đạt/không đạt, chỉ tiêu, điểm cộng, điểm trừ)",
                              "unknown kind '\(m.value("kind", in: row)!)' (points, pass/fail, target, bonus, penalty)")
            }
            var step = maximum
            if let s = m.value("step", in: row) {
                guard let v = PointsFormat.parse(s, decimals: decimals), v > 0 else {
                    throw problem(row, "step", "bước điểm không hợp lệ: '\(s)'", "not a valid step: '\(s)'")
                }
                step = v
            } else if case .criterion(.points) = kind {
                step = 1   // one tick: the finest the table is written in
            }
            switch kind {
            case .bonus: bonus.append(BonusItem(id: code, name: name, maximum: maximum))
            case .penalty: penalty.append(PenaltyItem(id: code, name: name, maximum: maximum))
            case let .criterion(k):
                if k == .passFail { step = maximum }
                guard maximum % step == 0 else {
                    throw problem(row, "step", "bước điểm \(s(step, decimals)) không chia hết điểm tối đa \(s(maximum, decimals))",
                                  "step \(s(step, decimals)) does not divide the maximum \(s(maximum, decimals))")
                }
                let groupId = Self.groupId(groupText)
                let criterion = Criterion(id: code, name: name, maximum: maximum, step: step, kind: k)
                if let i = groups.firstIndex(where: { $0.id == groupId }) { groups[i].criteria.append(criterion) }
                else { groups.append(CriteriaGroup(id: groupId, name: groupText, criteria: [criterion])) }
                if let p = m.value("priority", in: row), ["x", "co", "yes", "1", "uu tien"].contains(SearchKey.fold(p)) { priority = groupId }
            }
        }
        guard !groups.isEmpty else { throw ImportProblem(file: file, line: header.line, reason: Localized(vi: "không có tiêu chí chấm điểm", en: "no scored criteria")) }
        let table = CriteriaTable(year: year, title: title, decimals: decimals, groups: groups, priorityGroupId: priority ?? groups.first?.id)
        do { try table.validate() } catch let e as ScoringError {
            throw ImportProblem(file: file, line: nil, reason: Localized(vi: e.message(language: "vi"), en: e.message(language: "en")))
        }
        return ImportedCriteriaTable(table: table, bonusItems: bonus, penaltyItems: penalty)
    }

    /// "I. Thực hiện nhiệm vụ" → "I"; otherwise a slug of the name.
    static func groupId(_ text: String) -> String {
        if let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) <= 5 {
            let head = text[..<dot].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, head.allSatisfy({ $0.isLetter || $0.isNumber }) { return head }
        }
        return ImportIds.slug(text, max: 32, fallback: "nhom")
    }

    static func s(_ ticks: Int, _ decimals: Int) -> String { PointsFormat.string(ticks: ticks, decimals: decimals) }

    /// The table as CSV in the same columns, for copying to a spreadsheet or another year.
    public static func csv(_ t: ImportedCriteriaTable) -> String {
        func q(_ s: String) -> String { s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s }
        func p(_ ticks: Int) -> String { PointsFormat.string(ticks: ticks, decimals: t.table.decimals, language: "en") }
        var lines = ["group,code,criterion,maximum,step,kind,priority"]
        for g in t.table.groups {
            for c in g.criteria {
                lines.append([q(g.name), q(c.id), q(c.name), p(c.maximum), p(c.step), (c.kind ?? .points).rawValue,
                              g.id == t.table.priorityGroupId ? "x" : ""].joined(separator: ","))
            }
        }
        for b in t.bonusItems { lines.append(["Điểm cộng", q(b.id), q(b.name), b.maximum.map(p) ?? "", "", "bonus", ""].joined(separator: ",")) }
        for x in t.penaltyItems { lines.append(["Điểm trừ", q(x.id), q(x.name), x.maximum.map(p) ?? "", "", "penalty", ""].joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
