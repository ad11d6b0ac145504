import Foundation
import TDKTText

/// What a save of a round changed, as the audit log says it: every changed cell by rater, unit and
/// criterion with old → new in points, and every change of state, fact, exclusion, explanation,
/// ballot or configuration. The audit line adds who and when.
extension ScoringRound {
    func auditChanges(from old: ScoringRound?) -> [String: String] {
        var out: [String: String] = [:]
        let table = configuration.table
        func pts(_ t: Int?) -> String { t.map { table.format($0) } ?? "∅" }

        // Cross-score cells: "cell RATER→RATEE CRITERION": "old → new".
        let oldCross = Dictionary((old?.crossSheets ?? []).map { ("\($0.raterId)→\($0.rateeId)", $0) }, uniquingKeysWith: { a, _ in a })
        let newCross = Dictionary(crossSheets.map { ("\($0.raterId)→\($0.rateeId)", $0) }, uniquingKeysWith: { a, _ in a })
        let criterionIds = table.criteria.map(\.id)
        for pair in Set(oldCross.keys).union(newCross.keys) {
            let a = oldCross[pair], b = newCross[pair]
            let ids = criterionIds + Set((a?.cells.keys.map { $0 } ?? []) + (b?.cells.keys.map { $0 } ?? [])).subtracting(criterionIds).sorted()
            for c in ids where a?.cells[c] != b?.cells[c] {
                out["cell \(pair) \(c)"] = "\(pts(a?.cells[c])) → \(pts(b?.cells[c]))"
            }
        }
        // Self-score cells: "self UNIT CRITERION".
        let oldSelf = Dictionary((old?.selfSheets ?? []).map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a })
        let newSelf = Dictionary(selfSheets.map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a })
        for unit in Set(oldSelf.keys).union(newSelf.keys) {
            for c in criterionIds where oldSelf[unit]?.cells[c] != newSelf[unit]?.cells[c] {
                out["self \(unit) \(c)"] = "\(pts(oldSelf[unit]?.cells[c]?.value)) → \(pts(newSelf[unit]?.cells[c]?.value))"
            }
        }
        if old?.state != state { out["state"] = "\(old?.state.rawValue ?? "∅") → \(state.rawValue)" }
        if old?.configuration != configuration {
            out["configuration"] = old == nil ? "∅ → \(configuration.roundId)" : "changed (\(CriteriaTableHash.of(old!.configuration.table).prefix(12)) → \(CriteriaTableHash.of(table).prefix(12)))"
        }
        if let o = old, o.configurationChanges.count < configurationChanges.count, let last = configurationChanges.last {
            out["configuration reopened"] = last.reason
        }
        let oldFacts = Set((old?.facts ?? []).map(\.id)), newFacts = Set(facts.map(\.id))
        for f in facts where !oldFacts.contains(f.id) {
            out["fact \(f.id)"] = "∅ → \(f.kind.rawValue) \(f.unitId) \(f.itemId) \(pts(f.points)) (\(f.documentReference))"
        }
        for id in oldFacts.subtracting(newFacts) { out["fact \(id)"] = "removed" }
        let oldEx = Dictionary((old?.exclusions ?? []).map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a })
        for x in exclusions where oldEx[x.unitId] != x {
            out["exclusion \(x.unitId)"] = "∅ → \(x.reason.rawValue) (\(x.documentReference))"
        }
        for (u, _) in oldEx where !exclusions.contains(where: { $0.unitId == u }) { out["exclusion \(u)"] = "removed" }
        for e in explanations where !(old?.explanations ?? []).contains(where: { $0.id == e.id }) {
            out["explanation \(e.id)"] = "∅ → \(e.unitId) \(e.criterionId)"
        }
        if old?.ballot != ballot, let b = ballot {
            out["ballot"] = "\(b.result.unitId): \(b.result.votesFor)/\(b.result.members) (\(b.documentReference))"
        }
        return out
    }
}

extension Workspace {
    /// Saves a round with an audit line naming what changed since `previous` (every cell).
    func saveRound(_ round: ScoringRound, previous: ScoringRound?, basedOn revision: Int?, action: String) throws -> Stored<ScoringRound> {
        var write = PendingWrite(round, basedOn: revision, action: action)
        write.auditChanges = round.auditChanges(from: previous)
        let written = try store.commit([write])
        return Stored(value: round, revision: written[0].revision, modifiedBy: login, modifiedAt: written[0].at)
    }
}
