import Foundation
import TDKTText

/// Where the units of a cluster stood in a year's round once cross-scoring was closed: what the
/// provincial flag (Cờ thi đua tỉnh) looks at — the unit ranked first, not the cluster's chair.
public struct ClusterStanding: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var unitId: String
        public var rank: Int
        public var finalScore: Rational
        /// Standard error of the unit's aggregate (SD of its kept sheets / √kept), in ticks; nil with one sheet.
        public var spread: Double?
    }
    public var clusterId: String
    public var year: Int
    public var state: RoundState
    public var decimals: Int
    /// Ranked units in rank order.
    public var entries: [Entry]
    /// Units the round excluded from ranking.
    public var excluded: [String]

    /// Nil unless the round is closed, in its explanation period or final.
    public init?(round: ScoringRound) {
        guard [.closed, .explanation, .final].contains(round.state) else { return nil }
        let result = round.finalResult ?? round.computeResult()
        clusterId = round.configuration.clusterId; year = round.configuration.year; state = round.state
        decimals = round.configuration.table.decimals
        entries = result.units.compactMap { u in
            guard let rank = u.rank, let score = u.finalScore else { return nil }
            return Entry(unitId: u.unitId, rank: rank, finalScore: score, spread: u.measuredSpread)
        }
        excluded = result.units.filter { $0.exclusion != nil }.map(\.unitId)
    }

    public func entry(_ unitId: String) -> Entry? { entries.first { $0.unitId == unitId } }
    public var leaders: [Entry] { entries.filter { $0.rank == entries.first?.rank } }

    /// The lead of `unitId` over the next unit, and whether it is a close call: smaller than the
    /// larger of the two units' measured spreads. Nil when the unit is not first or nobody follows.
    public func lead(of unitId: String) -> (margin: Rational, next: Entry, spread: Double, isClose: Bool)? {
        guard let me = entry(unitId), me.rank == 1, let next = entries.first(where: { $0.rank > 1 }) else { return nil }
        let margin = me.finalScore - next.finalScore
        let spread = max(me.spread ?? 0, next.spread ?? 0)
        return (margin, next, spread, margin.doubleValue < spread)
    }

    /// Points in words ("93,38").
    public func points(_ r: Rational, language: String = "vi") -> String {
        PointsFormat.string(r, decimals: decimals, places: 2, language: language)
    }
    public func points(ticks d: Double, language: String = "vi") -> String {
        points(Rational(Int((d * 100).rounded()), 100), language: language)
    }
}

extension UnitResult {
    /// The measured spread of the unit's aggregate: standard error of its kept sheets (SD / √kept), in
    /// ticks; nil with fewer than two kept sheets. A gap between two units smaller than the larger of
    /// their spreads is a close call (eligibility and the proposal engine both use it).
    public var measuredSpread: Double? {
        let kept = sheets.filter { $0.dropped == nil }.map { $0.adjustedTotal.doubleValue }
        guard kept.count >= 2 else { return nil }
        let m = kept.reduce(0, +) / Double(kept.count)
        let variance = kept.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(kept.count - 1)
        return variance.squareRoot() / Double(kept.count).squareRoot()
    }
}
