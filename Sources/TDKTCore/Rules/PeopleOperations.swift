import Foundation
import TDKTText

/// Removing a person and merging a person entered twice. Neither deletes a file: the record stays,
/// marked, so the award history and the audit log keep naming them.
extension Workspace {
    private static let personLabel = Localized(vi: "Cá nhân", en: "Person")

    private func current(_ id: String) throws -> Stored<Person> {
        guard let s = people[id] else { throw StoreError.notFound(path: "people/\(id).json") }
        guard s.value.isCurrent else {
            throw ValidationError(field: "id", label: Self.personLabel, reason: Localized(
                vi: "\(s.value.name) đã bị xóa hoặc gộp", en: "\(s.value.name) was already removed or merged"))
        }
        return s
    }

    /// Takes a person off the lists and pickers on a date; their awards and history stay.
    public func removePerson(_ id: String, on date: CivilDate) throws {
        try authorize(.editUnitsAndPeople)
        var p = try current(id)
        p.value.removedOn = date
        try store.commit([PendingWrite(p.value, basedOn: p.revision, action: "person.remove")])
        reload()
    }

    /// Merges a person entered twice into the record kept: ratings (the kept record's own win for a year
    /// both have), initiatives and discipline periods join it; every award, proposal, registration entry,
    /// model example and decision naming the duplicate is moved to it; the duplicate is kept on file, marked
    /// as merged, and the audit log names every record moved. One commit: all or nothing.
    public func mergePerson(_ duplicateId: String, into keepId: String, on date: CivilDate) throws {
        try authorize(.editUnitsAndPeople)
        if duplicateId == keepId {
            throw ValidationError(field: "keepId", label: Self.personLabel, reason: Localized(
                vi: "chọn một người khác để gộp vào", en: "choose another person to merge into"))
        }
        let dup = try current(duplicateId), keep = try current(keepId)
        var kept = keep.value
        for r in dup.value.ratings where kept.rating(in: r.year) == nil { kept.setRating(r.rating, year: r.year) }
        kept.initiatives += dup.value.initiatives.filter { !kept.initiatives.contains($0) }
        kept.disciplines += dup.value.disciplines.filter { !kept.disciplines.contains($0) }
        if kept.birthYear == nil { kept.birthYear = dup.value.birthYear }
        var gone = dup.value
        gone.removedOn = date
        gone.mergedInto = keepId
        var writes = [PendingWrite(kept, basedOn: keep.revision, action: "person.merge"),
                      PendingWrite(gone, basedOn: dup.revision, action: "person.merge")]
        writes += recordsNaming(duplicateId, movedTo: keepId)
        try store.commit(writes)
        reload()
    }

    /// Proposals a merge would leave twice for one award and year: pairs of the duplicate's and the kept
    /// person's open, undecided proposals. The merge goes ahead; their eligibility check then shows each
    /// as "already proposed", for the clerk to return one.
    public func proposalsClashingOnMerge(_ duplicateId: String, into keepId: String) -> [(duplicate: String, kept: String)] {
        let all = store.loadAll(Proposal.self).values.filter { $0.state.isOpen && $0.state != .decided }
        let kept = all.filter { $0.nominee == NomineeRef(.person, keepId) }
        return all.filter { $0.nominee == NomineeRef(.person, duplicateId) }.compactMap { d in
            kept.first { $0.awardCode == d.awardCode && $0.year == d.year }.map { (d.id, $0.id) }
        }
    }

    /// Every record that names the duplicate, rewritten to name the person kept: awards, proposals (their
    /// state and history unchanged), registrations (an entry both had is kept once), model examples, and the
    /// recipients of decisions. Each is a write based on the revision read, so a record another clerk changed
    /// meanwhile stops the whole merge.
    private func recordsNaming(_ duplicateId: String, movedTo keepId: String) -> [PendingWrite] {
        let from = NomineeRef(.person, duplicateId), to = NomineeRef(.person, keepId)
        let action = "person.merge"
        var writes: [PendingWrite] = []
        for s in awards(where: { $0 == from }) {
            var a = s.value
            a.nominee = to
            writes.append(PendingWrite(a, basedOn: s.revision, action: action))
        }
        for s in store.loadAll(Proposal.self).records where s.value.nominee == from {
            var p = s.value
            p.nominee = to
            writes.append(PendingWrite(p, basedOn: s.revision, action: action))
        }
        for s in store.loadAll(Registration.self).records where s.value.entries.contains(where: { $0.nominee == from }) {
            var r = s.value
            var seen = Set<String>()
            r.entries = r.entries.map { Registration.Entry(nominee: $0.nominee == from ? to : $0.nominee, awardCode: $0.awardCode) }
                .filter { seen.insert("\($0.nominee.id)/\($0.awardCode)").inserted }
            writes.append(PendingWrite(r, basedOn: s.revision, action: action))
        }
        for s in store.loadAll(ModelExample.self).records where s.value.nominee == from {
            var e = s.value
            e.nominee = to
            writes.append(PendingWrite(e, basedOn: s.revision, action: action))
        }
        for s in store.loadAll(Decision.self).records where s.value.recipients.contains(from) {
            var d = s.value
            var kept: [NomineeRef] = []
            for r in d.recipients.map({ $0 == from ? to : $0 }) where !kept.contains(r) { kept.append(r) }
            d.recipients = kept
            writes.append(PendingWrite(d, basedOn: s.revision, action: action))
        }
        return writes
    }
}
