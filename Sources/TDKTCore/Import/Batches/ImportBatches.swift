import Foundation
import TDKTText

/// Imports as recorded batches: written with their batch record in one store commit, listed, and
/// undone (created records removed, replaced ones restored) unless later work depends on them.
public enum ImportBatches {
    /// Writes an import's records and its batch record together; returns the batch id.
    static func commit(_ writes: [PendingWrite], in ws: Workspace, kind: ImportBatch.Kind, file: String, actor: String,
                       created: ImportBatch.Created, replacedUnits: [Stored<Unit>] = [], replacedPeople: [Stored<Person>] = []) throws -> String {
        let stamp = Store.timestamp()
        let taken = Set(ws.store.files(in: ImportBatch.collection).map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension })
        let day = stamp.prefix(19).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "T", with: "-")
        let id = ImportIds.unique(ImportIds.slug("\(day) \(kind.rawValue)", fallback: "nhap")) { taken.contains($0) }
        var batch = ImportBatch(id: id, kind: kind, file: file, actor: actor, at: stamp, created: created,
                                replacedUnits: replacedUnits.map(\.value), replacedPeople: replacedPeople.map(\.value))
        // The revision each replaced record will have once this commit has written it.
        for u in replacedUnits { batch.revisionsAfter[u.value.relativePath] = u.revision + 1 }
        for p in replacedPeople { batch.revisionsAfter[p.value.relativePath] = p.revision + 1 }
        try ws.store.commit(writes + [PendingWrite(batch, basedOn: nil, action: "import \(kind.rawValue) \(file) as batch \(id)")])
        ws.reload()
        return id
    }

    /// Every batch, newest first.
    public static func list(_ ws: Workspace) -> [Stored<ImportBatch>] {
        ws.store.loadAll(ImportBatch.self).records.sorted { $0.value.at > $1.value.at }
    }

    /// Why a batch cannot be undone: each reason names the record and what depends on it.
    public struct Refusal: Error, Sendable, LocalizedError {
        public var batchId: String
        public var reasons: [Localized]
        public var errorDescription: String? { reasons.map { $0.vi + " / " + $0.en }.joined(separator: "; ") }
        public func message(_ language: Language) -> String {
            (language == .vi ? "Không hoàn tác được lô \(batchId): " : "Cannot undo batch \(batchId): ")
                + reasons.map { $0.text(language) }.joined(separator: "; ")
        }
    }

    /// The writes that undo a batch, or the reasons it cannot be undone.
    static func undoWrites(_ stored: Stored<ImportBatch>, in ws: Workspace, actor: String) throws -> [PendingWrite] {
        let b = stored.value
        var reasons: [Localized] = []
        func refuse(_ vi: String, _ en: String) { reasons.append(Localized(vi: vi, en: en)) }
        if let at = b.undoneAt { throw Refusal(batchId: b.id, reasons: [Localized(vi: "đã hoàn tác lúc \(at)", en: "already undone at \(at)")]) }
        let action = "undo import batch \(b.id) by \(actor)"
        var writes: [PendingWrite] = []

        let awards = ws.allAwards()
        let awardsById = Dictionary(awards.map { ("\($0.value.year)/\($0.value.id)", $0) }, uniquingKeysWith: { a, _ in a })
        let batchAwards = Set(b.created.awards)
        let createdUnits = Set(b.created.units), createdPeople = Set(b.created.people)
        let replacedUnits = Dictionary(b.replacedUnits.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let replacedPeople = Dictionary(b.replacedPeople.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let proposals = ws.store.loadAll(Proposal.self).values
        let registrations = ws.store.loadAll(Registration.self).values
        let examples = ws.store.loadAll(ModelExample.self).values

        // A created record edited since the import is not removed behind the editor's back.
        func unchanged<T>(_ s: Stored<T>, _ what: String) -> Bool {
            if s.revision != 1 {
                refuse("\(what) đã được \(s.modifiedBy) sửa lúc \(s.modifiedAt)", "\(what) was edited by \(s.modifiedBy) at \(s.modifiedAt)")
                return false
            }
            return true
        }
        // Later work that names a record the batch created.
        func dependents(of nominee: NomineeRef, _ what: String) {
            for p in proposals where p.nominee == nominee {
                refuse("\(what) có đề nghị khen thưởng \(p.id)", "\(what) is named in proposal \(p.id)")
            }
            for a in awards.map(\.value) where a.nominee == nominee && !batchAwards.contains("\(a.year)/\(a.id)") {
                refuse("\(what) có khen thưởng \(a.id) không thuộc lô này", "\(what) has award \(a.id), not from this batch")
            }
            for r in registrations where r.entries.contains(where: { $0.nominee == nominee }) {
                refuse("\(what) có trong đăng ký thi đua \(r.id)", "\(what) is in registration \(r.id)")
            }
            for e in examples where e.nominee == nominee {
                refuse("\(what) là điển hình tiên tiến \(e.id)", "\(what) is model example \(e.id)")
            }
        }

        for key in b.created.awards {
            guard let a = awardsById[key] else { continue }  // already gone: nothing to remove
            if unchanged(a, "khen thưởng \(a.value.id)") {
                writes.append(PendingWrite(removing: a.value, basedOn: a.revision, action: action))
            }
        }
        for id in b.created.people {
            guard let p = ws.people[id] else { continue }
            let what = "cá nhân \(p.value.name) (\(id))"
            if unchanged(p, what) { dependents(of: NomineeRef(.person, id), what) }
            writes.append(PendingWrite(removing: p.value, basedOn: p.revision, action: action))
        }
        for id in b.created.units {
            guard let u = ws.units[id] else { continue }
            let what = "đơn vị \(u.value.name) (\(id))"
            if unchanged(u, what) { dependents(of: NomineeRef(.unit, id), what) }
            // Records the batch itself moved under the new unit go back with the undo; others depend on it.
            for p in ws.people.values.map(\.value) where p.unitId == id && !createdPeople.contains(p.id)
                && replacedPeople[p.id].map({ $0.unitId == id }) ?? true {
                refuse("\(what) có cá nhân \(p.name) (\(p.id))", "\(what) has member \(p.name) (\(p.id))")
            }
            for child in ws.units.values.map(\.value) where child.parentId == id && !createdUnits.contains(child.id)
                && replacedUnits[child.id].map({ $0.parentId == id }) ?? true {
                refuse("\(what) là cấp trên của \(child.name) (\(child.id))", "\(what) is the parent of \(child.name) (\(child.id))")
            }
            for c in ws.clusters.values.map(\.value) where c.memberIds.contains(id) {
                refuse("\(what) là thành viên cụm \(c.id)", "\(what) is a member of cluster \(c.id)")
            }
            writes.append(PendingWrite(removing: u.value, basedOn: u.revision, action: action))
        }
        for id in b.created.campaigns {
            guard let c = ws.campaigns[id] else { continue }
            let what = "phong trào \(c.value.name) (\(id))"
            if !unchanged(c, what) { continue }
            for p in proposals where p.campaignId == id { refuse("\(what) có đề nghị \(p.id)", "\(what) is named in proposal \(p.id)") }
            for a in awards.map(\.value) where a.campaignId == id && !batchAwards.contains("\(a.year)/\(a.id)") {
                refuse("\(what) có khen thưởng \(a.id) không thuộc lô này", "\(what) has award \(a.id), not from this batch")
            }
            for r in registrations where r.campaignId == id { refuse("\(what) có đăng ký \(r.id)", "\(what) is named in registration \(r.id)") }
            for e in examples where e.campaignId == id { refuse("\(what) có điển hình \(e.id)", "\(what) has model example \(e.id)") }
            writes.append(PendingWrite(removing: c.value, basedOn: c.revision, action: action))
        }
        // Replaced records go back to their earlier values, if nobody has saved them since the import.
        func restore<T: StoredRecord & Identifiable>(_ before: T, current: Stored<T>?, _ what: String) where T.ID == String {
            guard let current else {
                refuse("\(what) không còn trong dữ liệu", "\(what) is no longer in the data"); return
            }
            if current.revision != b.revisionsAfter[before.relativePath] {
                refuse("\(what) đã được \(current.modifiedBy) sửa lúc \(current.modifiedAt), sau lần nhập",
                       "\(what) was edited by \(current.modifiedBy) at \(current.modifiedAt), after the import")
                return
            }
            writes.append(PendingWrite(before, basedOn: current.revision, action: action))
        }
        for u in b.replacedUnits { restore(u, current: ws.units[u.id], "đơn vị \(u.name) (\(u.id))") }
        for p in b.replacedPeople { restore(p, current: ws.people[p.id], "cá nhân \(p.name) (\(p.id))") }
        if !reasons.isEmpty { throw Refusal(batchId: b.id, reasons: reasons) }
        var done = b
        done.undoneAt = Store.timestamp()
        done.undoneBy = actor
        writes.append(PendingWrite(done, basedOn: stored.revision, action: action))
        return writes
    }

    /// Undoes a batch in one store commit; refused, with every reason, when later work depends on it.
    public static func undo(_ batchId: String, in ws: Workspace, actor: String) throws -> ImportBatch {
        try ws.authorize(.importData)
        guard let stored = try ws.store.read(ImportBatch.self, at: "\(ImportBatch.collection)/\(batchId).json") else {
            throw Refusal(batchId: batchId, reasons: [Localized(vi: "không có lô nhập này", en: "no such import batch")])
        }
        let writes = try undoWrites(stored, in: ws, actor: actor)
        try ws.store.commit(writes)
        // The year indexes still list the removed awards; rewrite those years now rather than at the next check.
        for year in Set(stored.value.created.awards.compactMap { $0.split(separator: "/").first.flatMap { Int($0) } }) {
            try ws.store.rebuildIndex(AwardRecord.self, year: year)
        }
        ws.reload()
        return stored.value
    }
}

extension ImportBatches.Refusal: UserFacingError {
    public var text: Localized {
        Localized(vi: "Không hoàn tác được lô \(batchId): " + reasons.map(\.vi).joined(separator: "; "),
                  en: "Cannot undo batch \(batchId): " + reasons.map(\.en).joined(separator: "; "))
    }
}
