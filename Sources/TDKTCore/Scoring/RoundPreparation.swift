import Foundation
import TDKTText

/// Preparing a cluster's round before it opens: the criteria table (imported, or copied from last
/// year) is kept in a round in the "configuring" state, with the cluster's members of that year;
/// opening freezes it for scoring (`reopenScoringConfiguration` unfreezes it, with a logged reason).
extension Workspace {
    /// The round id of a cluster and year.
    public static func roundId(clusterId: String, year: Int) -> String { "\(clusterId)-\(year)" }

    /// Creates the round in the configuring state, or replaces the table of a round not frozen yet.
    @discardableResult
    public func prepareScoringRound(clusterId: String, year: Int, table: CriteriaTable, bonusItems: [BonusItem] = [],
                                    penaltyItems: [PenaltyItem] = [], raters: RaterPolicy = .allPeers) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: clusterId))
        guard let cluster = clusters[clusterId]?.value else {
            throw ValidationError(field: "clusterId", label: Localized(vi: "Cụm, khối thi đua", en: "Cluster"), reason: Reason.unknownReference(clusterId))
        }
        guard cluster.isActive(in: year) else {
            throw ValidationError(field: "clusterId", label: Localized(vi: "Cụm, khối thi đua", en: "Cluster"),
                                  reason: Localized(vi: "đã giải thể sau năm \(cluster.retiredAfter!)", en: "retired after \(cluster.retiredAfter!)"))
        }
        var t = table
        t.year = year
        if hasScoringRound(clusterId: clusterId, year: year) {
            let current = try loadScoringRound(clusterId: clusterId, year: year)
            var c = current.value.configuration
            c.table = t; c.bonusItems = bonusItems; c.penaltyItems = penaltyItems; c.raters = raters
            return try updateScoringConfiguration(c, basedOn: current.revision)
        }
        let config = RoundConfiguration(roundId: Self.roundId(clusterId: clusterId, year: year), clusterId: clusterId, year: year,
                                        members: cluster.members(in: year), table: t, raters: raters,
                                        bonusItems: bonusItems, penaltyItems: penaltyItems)
        try checkScoringReferences(config)
        let round = try ScoringRound(configuration: config)
        return try saveRound(round, previous: nil, basedOn: nil, action: "scoring.prepare")
    }

    /// Imports the criteria table of a cluster and year from CSV (see `CriteriaTableImport`). With
    /// `leaderScores`, the year's leader scores every other member and its deputy scores the leader
    /// (chấm theo cụm trưởng); otherwise every member scores every other (chấm chéo).
    @discardableResult
    public func importCriteriaTable(csv text: String, file: String, clusterId: String, year: Int,
                                    leaderScores: Bool = false) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: clusterId))
        let name = clusters[clusterId]?.value.name ?? clusterId
        let t = try CriteriaTableImport.parse(text, file: file, year: year, title: "Bảng chấm điểm \(name) năm \(year)")
        var raters = RaterPolicy.allPeers
        if leaderScores {
            guard let y = clusters[clusterId]?.value.year(year), let leader = y.leaderId else {
                throw ValidationError(field: "leaderId", label: Localized(vi: "Cụm trưởng", en: "Leader"),
                                      reason: Localized(vi: "chưa có cụm trưởng năm \(year)", en: "no leader for \(year)"))
            }
            raters = .leaderOnly(leaderId: leader, leaderCheckerId: y.deputyId)
        }
        return try prepareScoringRound(clusterId: clusterId, year: year, table: t.table, bonusItems: t.bonusItems,
                                       penaltyItems: t.penaltyItems, raters: raters)
    }

    /// Copies the criteria table, bonus and penalty items of `fromYear` to a new round of `year`.
    @discardableResult
    public func copyCriteriaTable(clusterId: String, from fromYear: Int, to year: Int) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: clusterId))
        let old = try loadScoringRound(clusterId: clusterId, year: fromYear).value.configuration
        return try prepareScoringRound(clusterId: clusterId, year: year, table: old.table.copied(forYear: year),
                                       bonusItems: old.bonusItems, penaltyItems: old.penaltyItems, raters: old.raters)
    }

    /// The criteria table of a round with its bonus and penalty items.
    public func criteriaTable(clusterId: String, year: Int) throws -> ImportedCriteriaTable {
        let c = try scoringView(clusterId: clusterId, year: year).configuration
        return ImportedCriteriaTable(table: c.table, bonusItems: c.bonusItems, penaltyItems: c.penaltyItems)
    }

    /// configuring → open: scoring starts and the table is frozen with the first sheet.
    @discardableResult
    public func openPreparedScoringRound(clusterId: String, year: Int, basedOn revision: Int) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: clusterId))
        let previous = try loadScoringRound(clusterId: clusterId, year: year).value
        var round = previous
        try round.openScoring()
        return try saveRound(round, previous: previous, basedOn: revision, action: "scoring.open")
    }
}
