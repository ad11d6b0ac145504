import Foundation
import TDKTText

/// Units in any order, a row at a time: each row's name and identifier are settled as it comes (so that a
/// child may come before its parent); kinds, parents, counts and loops once every row is in. Unlike people,
/// it keeps the rows until `finish`: a unit file lists a province's units, not millions of rows.
public struct UnitRowPlanner: ImportRowPlanner {
    public static var kind: ImportBatch.Kind { .units }
    struct Planned { var row: CSVRow; var name: String; var id: String; var existing: Stored<Unit>? }
    let m: HeaderMatch
    let file: String
    let ws: Workspace
    var byName: [String: String] = [:]
    var planned: [Planned] = []
    var newIds = Set<String>(), fileNames: [String: Int] = [:]

    public init(header: CSVRow, file: String, in ws: Workspace) throws {
        m = try DirectoryImport.unitFields.match(header.fields, file: file, line: header.line)
        self.file = file; self.ws = ws
        for u in ws.units.values.map(\.value) where u.isActive { byName[SearchKey.fold(u.name)] = u.id }
    }

    /// Pass 1: the row's name and identifier, existing or new.
    public mutating func plan(_ row: CSVRow, into plan: inout ImportPlan) throws {
        let m = m, ws = ws
        guard let name = m.value("name", in: row) else {
            plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header("name"), reason: Localized(vi: "thiếu tên", en: "name missing")))
            return
        }
        let folded = SearchKey.fold(name)
        if let first = fileNames[folded] {
            plan.problems.append(ImportProblem(file: file, line: row.line, column: m.header("name"), reason: Localized(
                vi: "đơn vị '\(name)' lặp lại trong tệp (dòng \(first))", en: "unit '\(name)' appears twice (line \(first))")))
            return
        }
        fileNames[folded] = row.line
        let existing = m.value("id", in: row).flatMap { ws.units[$0] } ?? byName[folded].flatMap { ws.units[$0] }
        let id = existing?.value.id ?? m.value("id", in: row)
            ?? Workspace.makeIdentifier(from: name) { ws.units[$0] != nil || self.newIds.contains($0) }
        if existing == nil { self.newIds.insert(id); byName[folded] = id }
        planned.append(Planned(row: row, name: name, id: id, existing: existing))
    }

    /// Pass 2: kinds, parents (in the data or anywhere in the file), counts; then loops.
    public mutating func finish(into plan: inout ImportPlan) throws {
        let m = m, file = file
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
                if let kind = DirectoryImport.unitKind(k) {
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
        planned = []
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
    }
}
