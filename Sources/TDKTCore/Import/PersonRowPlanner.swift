import Foundation
import TDKTText

/// People matched by normalised name within their unit, a row at a time. It keeps, besides the workspace's
/// indexes, only the keys of the rows seen (to refuse a person listed twice) and the identifiers it made.
public struct PersonRowPlanner: ImportRowPlanner {
    public static var kind: ImportBatch.Kind { .people }
    let m: HeaderMatch
    let file: String
    let ws: Workspace
    var unitsByName: [String: String] = [:]
    var peopleByKey: [String: Stored<Person>] = [:]
    var seen = KeyDigestSet(), newIds = KeyDigestSet()

    public init(header: CSVRow, file: String, in ws: Workspace) throws {
        m = try DirectoryImport.personFields.match(header.fields, file: file, line: header.line)
        self.file = file; self.ws = ws
        for u in ws.units.values.map(\.value) where u.isActive { unitsByName[SearchKey.fold(u.name)] = u.id }
        for p in ws.people.values { peopleByKey[p.value.unitId + "|" + SearchKey.fold(p.value.name)] = p }
    }

    public mutating func finish(into plan: inout ImportPlan) throws {}

    public mutating func plan(_ row: CSVRow, into plan: inout ImportPlan) throws {
        let m = m, file = file, ws = ws
        func problem(_ field: String, _ vi: String, _ en: String) {
            plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header(field), reason: Localized(vi: vi, en: en)))
        }
        guard let name = m.value("name", in: row) else { problem("name", "thiếu họ tên", "name missing"); return }
        guard let unitText = m.value("unit", in: row) else { problem("unit", "thiếu đơn vị", "unit missing"); return }
        guard let unitId = ws.units[unitText].map({ $0.value.id }) ?? unitsByName[SearchKey.fold(unitText)] else {
            problem("unit", "không tìm thấy đơn vị '\(unitText)'", "unit '\(unitText)' not found"); return
        }
        let key = unitId + "|" + SearchKey.fold(name)
        if !seen.insert(key) { problem("name", "'\(name)' lặp lại trong tệp", "'\(name)' appears twice in the file"); return }
        let existing = m.value("id", in: row).flatMap { ws.people[$0] } ?? peopleByKey[key]
        let id = existing?.value.id ?? m.value("id", in: row)
            ?? Workspace.makeIdentifier(from: name) { ws.people[$0] != nil || self.newIds.contains($0) }
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
            guard let cat = DirectoryImport.category(c) else { problem("category", "không rõ nhóm '\(c)'", "unknown category '\(c)'"); return }
            person.category = cat
        }
        if let b = m.value("birthYear", in: row) {
            guard let y = Int(b) else { problem("birthYear", "'\(b)' không phải năm", "'\(b)' is not a year"); return }
            person.birthYear = y
        }
        if let r = m.value("rating", in: row) {
            guard let rating = DirectoryImport.rating(r) else { problem("rating", "không rõ xếp loại '\(r)'", "unknown rating '\(r)'"); return }
            guard let ys = m.value("ratingYear", in: row), let y = Int(ys) else {
                problem("ratingYear", "thiếu năm xếp loại", "rating year missing"); return
            }
            person.setRating(rating, year: y)
        }
        do { try person.validate() } catch let e as ValidationError { problem(e.field, e.reason.vi, e.reason.en); return }
        if existing == nil { self.newIds.insert(id) }
        plan.rows.append(.init(line: row.line, id: id, name: name, created: existing == nil))
        plan.writes.append(PendingWrite(person, basedOn: existing?.revision, action: "import people"))
        if let e = existing { plan.replacedPeople.append(e) } else { plan.createdPeople.append(id) }
    }
}
