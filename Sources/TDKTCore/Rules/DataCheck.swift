import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TDKTText

/// The whole data directory read and cross-checked: parse errors, values out of range, broken references,
/// temporary files left by an interrupted save.
public enum DataCheck {
    public struct Report: Sendable {
        public var filesRead: Int
        public var problems: [String]
        /// Repairs made while checking (temporary files of interrupted saves removed).
        public var notes: [String] = []
        /// Year indexes (YearIndex) found stale or missing and rewritten.
        public var rebuiltIndexes: [String] = []
    }

    public static func run(_ ws: Workspace) -> Report {
        var problems: [String] = []
        ws.reload()
        // Every file is read itself, not through the indexes; the indexes are checked and renewed at the end.
        ws.store.useIndexes = false
        defer { ws.store.useIndexes = true; ws.reload() }
        let awards = ws.allAwards()
        let loadedFiles = ws.units.count + ws.people.count + ws.campaigns.count + ws.clusters.count + ws.households.count
            + awards.count + (ws.catalogue == nil ? 0 : 1) + 1
        // Kinds not kept in the workspace are read here so that every file is looked at.
        let others: [(String, (Store) -> [LoadProblem], (Store) -> Int)] = [
            ("proposals", { $0.loadAll(Proposal.self).problems }, { $0.files(in: Proposal.collection).count }),
            ("decisions", { $0.loadAll(Decision.self).problems }, { $0.files(in: Decision.collection).count }),
            ("registrations", { $0.loadAll(Registration.self).problems }, { $0.files(in: Registration.collection).count }),
            ("examples", { $0.loadAll(ModelExample.self).problems }, { $0.files(in: ModelExample.collection).count }),
            ("scoring", { $0.loadAll(ScoringRound.self).problems }, { $0.files(in: ScoringRound.collection).count }),
            ("imports", { $0.loadAll(ImportBatch.self).problems }, { $0.files(in: ImportBatch.collection).count }),
        ]
        var filesRead = loadedFiles + ws.problems.count
        var all = ws.problems
        for (_, load, count) in others { all += load(ws.store); filesRead += count(ws.store) }
        problems += all.map { $0.error.message(.vi) }
        if ws.catalogue == nil && !all.contains(where: { $0.path.hasPrefix("catalogue") }) {
            problems.append("catalogue/awards.json: thiếu danh mục khen thưởng / award catalogue missing")
        }

        func missing(_ file: String, _ what: String, _ id: String) {
            problems.append("\(file): \(what) '\(id)' không tồn tại / does not exist")
        }
        for u in ws.units.values.map(\.value) {
            if let p = u.parentId, ws.units[p] == nil { missing("units/\(u.id).json", "parentId", p) }
            if let s = u.successorId, ws.units[s] == nil { missing("units/\(u.id).json", "successorId", s) }
        }
        for p in ws.people.values.map(\.value) where ws.units[p.unitId] == nil {
            missing("people/\(p.id).json", "unitId", p.unitId)
        }
        for c in ws.clusters.values.map(\.value) {
            for m in c.memberIds where ws.units[m] == nil { missing("clusters/\(c.id).json", "memberIds", m) }
        }
        for c in ws.campaigns.values.map(\.value) {
            for t in c.targetUnitIds where ws.units[t] == nil { missing("campaigns/\(c.id).json", "targetUnitIds", t) }
            for t in c.targetClusterIds where ws.clusters[t] == nil { missing("campaigns/\(c.id).json", "targetClusterIds", t) }
        }
        for a in awards.map(\.value) {
            if !exists(a.nominee, ws) { missing(a.relativePath, "nominee", a.nominee.description) }
            if let cat = ws.catalogue?.value, cat.award(a.awardCode) == nil { missing(a.relativePath, "awardCode", a.awardCode) }
            if let c = a.campaignId, ws.campaigns[c] == nil { missing(a.relativePath, "campaignId", c) }
        }
        problems += scoringProblems(ws)
        problems += AuditLog(store: ws.store).verify()
        let removed = removeInterruptedSaves(ws.store)
        // The rows screens keep for their next opening: those that cannot be read whole go (made again when next opened).
        let damagedSnapshots = ws.store.removeDamagedRowSnapshots()
        // The indexes' digests the same way (made again at the next read).
        let damagedDigests = ws.store.removeDamagedIndexDigests()
        var rebuilt: [String] = []
        do { rebuilt = try IndexedCollections.refresh(ws.store) } catch let e as StoreError {
            problems.append(e.message(.vi))
        } catch {
            problems.append("index: \(error)")
        }
        let undated = (ws.catalogue?.value).map(undatedLegalBases) ?? []
        return Report(filesRead: filesRead, problems: problems,
                      notes: removed.map { "\($0): đã xóa tệp tạm của lần lưu bị ngắt / removed a temporary file of an interrupted save" }
                        + damagedSnapshots.map { "\($0): đã xóa dòng màn hình giữ lại bị hỏng / removed damaged kept rows of a screen" }
                        + damagedDigests.map { "\($0): đã xóa bản tóm tắt chỉ mục bị hỏng / removed a damaged digest of an index" }
                        + undated.map { "catalogue/awards.json: \($0) — hệ số dùng cho quyết định từ 01/07/2025 không ghi Nghị định 152/2025/NĐ-CP; "
                            + "thêm dòng hệ số có thời hạn / the coefficient for decisions from 1 July 2025 does not cite Decree 152/2025; add a dated row" },
                      rebuiltIndexes: rebuilt)
    }

    /// Awards of the default catalogue whose coefficient in force from 01/7/2025 cites an older decree: a catalogue
    /// written before the coefficient rows were dated per decree.
    static func undatedLegalBases(_ catalogue: AwardCatalogue) -> [String] {
        let from = CivilDate(2025, 7, 1)
        return catalogue.awards.filter { a in
            DefaultCatalogue.catalogue.award(a.code) != nil && a.coefficient(on: from).map { !$0.legalBasis.contains("152/2025") } == true
        }.map(\.code)
    }

    static func exists(_ n: NomineeRef, _ ws: Workspace) -> Bool {
        switch n.kind {
        case .unit: ws.units[n.id] != nil
        case .person: ws.people[n.id] != nil
        case .household: ws.households[n.id] != nil
        }
    }

    /// Temporary files left by a writer that died mid-save. Under the store's lock no save is under way,
    /// so every such file is stale (the journal, already replayed when the store opened, names none).
    static func removeInterruptedSaves(_ store: Store) -> [String] {
        guard !temporaryFiles(store.root).isEmpty else { return [] }
        return (try? store.withLock {
            let stale = temporaryFiles(store.root)
            for rel in stale { unlink(store.path(rel)) }
            return stale
        }) ?? []
    }

    /// Temporaries of interrupted saves anywhere below the data directory (symbolic links not followed).
    /// Walked with `readdir` and the entries' types: Foundation's enumerator was a sixth of `tdkt check`.
    static func temporaryFiles(_ root: String) -> [String] {
        var out: [String] = []
        func walk(_ relative: String) {
            guard let dir = opendir(relative.isEmpty ? root : root + "/" + relative) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = directoryEntryName(entry)
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    var st = stat()
                    isDirectory = lstat(root + "/" + path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
                }
                if isDirectory { walk(path) } else if name.contains(".json.tmp-") { out.append(path) }
            }
        }
        walk("")
        return out.sorted()
    }
}
