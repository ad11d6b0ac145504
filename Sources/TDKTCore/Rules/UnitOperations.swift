import Foundation
import TDKTText

/// Units and people as clerks change them: every change checked for permission and validity,
/// saved against the revision it was read at.
extension Workspace {
    public func saveUnit(_ unit: Unit, basedOn revision: Int?) throws {
        try authorize(.editUnitsAndPeople)
        if let p = unit.parentId, units[p] == nil {
            throw ValidationError(field: "parentId", label: Localized(vi: "Đơn vị cấp trên", en: "Parent unit"), reason: Reason.unknownReference(p))
        }
        if let p = unit.parentId, ancestors(of: p).contains(unit.id) {
            throw ValidationError(field: "parentId", label: Localized(vi: "Đơn vị cấp trên", en: "Parent unit"),
                                  reason: Localized(vi: "tạo vòng lặp trong cây đơn vị", en: "would make a loop in the unit tree"))
        }
        try save(unit, basedOn: revision, action: revision == nil ? "unit.create" : "unit.edit")
    }

    /// The chain of parents of a unit, nearest first.
    public func ancestors(of id: String) -> [String] {
        var out: [String] = [], current = units[id]?.value.parentId
        while let c = current, !out.contains(c) { out.append(c); current = units[c]?.value.parentId }
        return out
    }


    /// Ends a unit's validity without a successor (dissolved).
    public func deactivateUnit(_ id: String, on date: CivilDate) throws {
        guard let stored = units[id] else { throw StoreError.notFound(path: "units/\(id).json") }
        var u = stored.value
        u.validity = DatePeriod(start: u.validity?.start ?? date, end: date)
        try authorize(.editUnitsAndPeople)
        try save(u, basedOn: stored.revision, action: "unit.deactivate")
    }

    /// Merges units into a successor (the 2025 reform): the merged units end on `date` and point to the
    /// successor; their people, cluster memberships and campaign targets move to it, all in one batch.
    /// Award history stays with the original records and is found through `historyUnitIds(of:)`.
    public func mergeUnits(_ ids: [String], into successorId: String, on date: CivilDate) throws {
        try authorize(.editUnitsAndPeople)
        guard let successor = units[successorId] else { throw StoreError.notFound(path: "units/\(successorId).json") }
        let label = Localized(vi: "Đơn vị sáp nhập", en: "Merged units")
        if ids.isEmpty || ids.contains(successorId) {
            throw ValidationError(field: "ids", label: label, reason: Localized(
                vi: "chọn ít nhất một đơn vị khác đơn vị kế thừa", en: "choose at least one unit other than the successor"))
        }
        if !successor.value.isActive {
            throw ValidationError(field: "successorId", label: Localized(vi: "Đơn vị kế thừa", en: "Successor"),
                                  reason: Localized(vi: "đã ngừng hoạt động", en: "is no longer active"))
        }
        var writes: [PendingWrite] = []
        let merged = Set(ids)
        for id in ids {
            guard let s = units[id] else { throw StoreError.notFound(path: "units/\(id).json") }
            var u = s.value
            u.validity = DatePeriod(start: u.validity?.start ?? date, end: date)
            u.successorId = successorId
            writes.append(PendingWrite(u, basedOn: s.revision, action: "unit.merge"))
        }
        for s in people.values where merged.contains(s.value.unitId) {
            var p = s.value; p.unitId = successorId
            writes.append(PendingWrite(p, basedOn: s.revision, action: "unit.merge"))
        }
        for s in units.values where s.value.parentId.map(merged.contains) == true {
            var u = s.value; u.parentId = successorId
            writes.append(PendingWrite(u, basedOn: s.revision, action: "unit.merge"))
        }
        func replaced(_ list: [String]) -> [String] {
            var out: [String] = []
            for id in list.map({ merged.contains($0) ? successorId : $0 }) where !out.contains(id) { out.append(id) }
            return out
        }
        for s in clusters.values where !merged.isDisjoint(with: s.value.memberIds) {
            var c = s.value
            c.formerMemberIds += c.memberIds.filter { merged.contains($0) && !c.formerMemberIds.contains($0) }
            c.memberIds = replaced(c.memberIds)
            writes.append(PendingWrite(c, basedOn: s.revision, action: "unit.merge"))
        }
        for s in campaigns.values where !merged.isDisjoint(with: s.value.targetUnitIds) {
            var c = s.value; c.targetUnitIds = replaced(c.targetUnitIds)
            writes.append(PendingWrite(c, basedOn: s.revision, action: "unit.merge"))
        }
        try store.commit(writes)
        reload()
    }

    /// A unit and every unit merged into it (directly or through earlier merges): its whole history.
    public func historyUnitIds(of id: String) -> Set<String> {
        var out: Set<String> = [id]
        var grew = true
        while grew {
            grew = false
            for u in units.values.map(\.value) where u.successorId.map(out.contains) == true && !out.contains(u.id) {
                out.insert(u.id); grew = true
            }
        }
        return out
    }

    public func savePerson(_ person: Person, basedOn revision: Int?) throws {
        try authorize(.editUnitsAndPeople)
        guard let unit = units[person.unitId] else {
            throw ValidationError(field: "unitId", label: Labels.unit, reason: Reason.unknownReference(person.unitId))
        }
        if revision == nil || people[person.id]?.value.unitId != person.unitId, !unit.value.isActive {
            throw ValidationError(field: "unitId", label: Labels.unit, reason: Localized(
                vi: "\(unit.value.name) đã ngừng hoạt động", en: "\(unit.value.name) is no longer active"))
        }
        try save(person, basedOn: revision, action: revision == nil ? "person.create" : "person.edit")
    }

    /// Moves a person to another unit; their ratings and history go with them.
    public func movePerson(_ id: String, to unitId: String) throws {
        guard let s = people[id] else { throw StoreError.notFound(path: "people/\(id).json") }
        var p = s.value; p.unitId = unitId
        try savePerson(p, basedOn: s.revision)
    }


    /// A new identifier for a record, from its name: "Sở Y tế" → "so-y-te", "so-y-te-2" when taken.
    public static func makeIdentifier(from name: String, taken: (String) -> Bool) -> String {
        let base = String(SearchKey.fold(name).map { $0.isLetter || $0.isNumber ? $0 : "-" })
            .split(separator: "-").joined(separator: "-").prefix(48)
        let stem = base.isEmpty ? "x" : String(base)
        if !taken(stem) { return stem }
        var n = 2
        while taken("\(stem)-\(n)") { n += 1 }
        return "\(stem)-\(n)"
    }
}
