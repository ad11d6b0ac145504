import Foundation
import TDKTText

extension DataCheck {
    /// Scoring rounds checked against the rest of the data: the file where the round says it lives,
    /// a known cluster, known member units (an ended unit is fine: rounds are history).
    static func scoringProblems(_ ws: Workspace) -> [String] {
        var problems: [String] = []
        for path in ws.store.files(in: ScoringRound.collection) {
            guard let stored = try? ws.store.read(ScoringRound.self, at: path) else { continue } // reported by the loader
            let c = stored.value.configuration
            if stored.value.relativePath != path {
                problems.append("\(path): đợt chấm \(c.clusterId) năm \(c.year) phải nằm ở / must be kept at \(stored.value.relativePath)")
            }
            if ws.clusters[c.clusterId] == nil {
                problems.append("\(path): clusterId '\(c.clusterId)' không tồn tại / does not exist")
            }
            for m in c.members where ws.units[m] == nil {
                problems.append("\(path): members '\(m)' không tồn tại / does not exist")
            }
            if case let .leaderOnly(leader, checker) = c.raters, let checker, ws.units[checker] == nil, !c.members.contains(checker) {
                problems.append("\(path): raters.leaderCheckerId '\(checker)' không tồn tại / does not exist (leader \(leader))")
            }
        }
        return problems
    }
}
