import Foundation
import TDKTText

/// Who cross-scores whom.
public enum RaterPolicy: Codable, Sendable, Equatable {
    /// Every member scores every other member (chấm chéo toàn cụm).
    case allPeers
    /// The cluster leader (cụm trưởng) scores every other member; `leaderCheckerId` (e.g. the
    /// deputy, cụm phó), when given, scores the leader's own unit so that it too gets a sheet.
    case leaderOnly(leaderId: String, leaderCheckerId: String?)
    /// A panel (unit ids or member logins) scores every member; a panel member never scores
    /// its own unit.
    case panel([String])

    /// Raters expected to score `ratee`, sorted.
    public func raters(for ratee: String, members: [String]) -> [String] {
        switch self {
        case .allPeers: return members.filter { $0 != ratee }.sorted()
        case let .leaderOnly(leader, checker):
            if ratee == leader { return checker.map { $0 == ratee ? [] : [$0] } ?? [] }
            return [leader]
        case let .panel(ids): return Array(Set(ids)).filter { $0 != ratee }.sorted()
        }
    }

    /// Every identity that may cross-score in this round, sorted.
    public func allRaters(members: [String]) -> [String] {
        switch self {
        case .allPeers: return members.sorted()
        case let .leaderOnly(leader, checker): return Array(Set([leader] + (checker.map { [$0] } ?? []))).sorted()
        case let .panel(ids): return Array(Set(ids)).sorted()
        }
    }
}

/// How the official aggregate of a unit is formed from its sheets.
public enum AggregationMethod: String, Codable, Sendable, Equatable {
    /// Drop whole sheets: none with ≤ 4 sheets, 1 highest + 1 lowest with 5–9, 2 + 2 with ≥ 10.
    case trimmedMean
    /// Mean of all complete sheets ("trung bình cộng").
    case plainMean
    /// Remove each rater's constant offset (alternating means), then trim as `trimmedMean`.
    case offsetRemovalThenTrim

    /// Number of sheets dropped on each side for `count` sheets.
    public func trimCount(sheets count: Int) -> Int {
        switch self {
        case .plainMean: return 0
        case .trimmedMean, .offsetRemovalThenTrim: return count <= 4 ? 0 : (count <= 9 ? 1 : 2)
        }
    }

    /// What is used instead when trimming cannot apply (3 or 4 sheets): the median sheet (the
    /// middle sheet, or the mean of the two middle ones), after offset removal with
    /// `offsetRemovalThenTrim`. A lone rater who gives everyone else the minimum then moves no one.
    /// Nil when the configured method applies as it is (plain mean, ≤ 2 or ≥ 5 sheets).
    public func smallSampleFallback(sheets count: Int) -> AggregateBasis? {
        guard self != .plainMean, (3...4).contains(count) else { return nil }
        return self == .offsetRemovalThenTrim ? .offsetCorrectedMedian : .median
    }
}

/// How a unit's aggregate was actually formed, said on the result.
public enum AggregateBasis: String, Codable, Sendable, Equatable {
    case trimmedMean, plainMean, offsetCorrectedTrimmedMean
    /// Small-sample fallback of `trimmedMean`.
    case median
    /// Small-sample fallback of `offsetRemovalThenTrim`.
    case offsetCorrectedMedian

    public var isFallback: Bool { self == .median || self == .offsetCorrectedMedian }

    public func label(language: String = "vi") -> String {
        let en = language == "en"
        switch self {
        case .trimmedMean: return en ? "trimmed mean" : "trung bình sau khi bỏ phiếu cao nhất, thấp nhất"
        case .plainMean: return en ? "mean of all sheets" : "trung bình cộng các phiếu"
        case .offsetCorrectedTrimmedMean: return en ? "trimmed mean after removing rater offsets" : "trung bình sau khi loại độ lệch người chấm và bỏ phiếu cao, thấp"
        case .median: return en ? "median sheet (too few sheets to trim)" : "trung vị các phiếu (quá ít phiếu để bỏ cao, thấp)"
        case .offsetCorrectedMedian:
            return en ? "median sheet after removing rater offsets (too few sheets to trim)"
                      : "trung vị các phiếu sau khi loại độ lệch người chấm (quá ít phiếu để bỏ cao, thấp)"
        }
    }
}

/// Minimum number of complete sheets before a unit's result stops being provisional.
public enum QuorumRule: Codable, Sendable, Equatable {
    /// max(3, ⌈2(n − 1)/3⌉) with n = members; never more than the raters the policy gives the unit
    /// (so a leader-only round is not provisional for ever).
    case standard
    case fixed(Int)

    public func required(members n: Int, expectedRaters: Int) -> Int {
        switch self {
        case .standard:
            let q = max(3, (2 * (n - 1) + 2) / 3)
            return min(q, expectedRaters)
        case let .fixed(k): return k
        }
    }
}

/// Rules that separate units with exactly equal final scores, applied in the configured order.
public enum TieBreakRule: String, Codable, Sendable, Equatable, CaseIterable {
    /// Higher mean (over kept sheets) in the table's priority group.
    case priorityGroup
    /// More criteria at full marks: the mean number of full-mark cells per kept sheet.
    case moreFullMarks
    /// Fewer penalty points (facts).
    case fewerPenalties
    /// Two-way ties only: more sheets, from raters outside the tie, putting the unit above the other.
    case headToHead
    /// Higher median of all complete sheet totals.
    case higherMedianSheet

    public func label(language: String = "vi") -> String {
        let en = language == "en"
        switch self {
        case .priorityGroup: return en ? "priority criteria group" : "nhóm tiêu chí ưu tiên"
        case .moreFullMarks: return en ? "more criteria at full marks" : "nhiều tiêu chí đạt điểm tối đa hơn"
        case .fewerPenalties: return en ? "fewer penalty points" : "ít điểm trừ hơn"
        case .headToHead: return en ? "head-to-head" : "so sánh trực tiếp"
        case .higherMedianSheet: return en ? "higher median sheet" : "trung vị phiếu chấm cao hơn"
        }
    }

    public static let defaultChain: [TieBreakRule] = [.priorityGroup, .moreFullMarks, .fewerPenalties, .headToHead, .higherMedianSheet]
}

/// A bonus item (điểm cộng) that is a fact about a unit (e.g. an award received), entered once by
/// the verifier with a document reference. `maximum` (ticks) caps the item per unit.
public struct BonusItem: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var maximum: Int?
    public init(id: String, name: String, maximum: Int? = nil) { self.id = nfc(id); self.name = nfc(name); self.maximum = maximum }
}

/// A penalty item (điểm trừ), e.g. a late report or a violation.
public struct PenaltyItem: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// Cap (ticks) on the item per unit; nil = no cap.
    public var maximum: Int?
    public init(id: String, name: String, maximum: Int? = nil) { self.id = nfc(id); self.name = nfc(name); self.maximum = maximum }
}

/// Thresholds of the flags for humans (never applied to scores).
public struct FlagThresholds: Codable, Sendable, Equatable {
    /// A rater's offset from the robust consensus (median of the other sheets) is flagged beyond this many robust SDs (1.4826·MAD) of all offsets…
    public var offsetRobustSDs: Double
    /// …and never when the deviation is below this share of the maximum total (guards MAD = 0).
    public var offsetMinimumShare: Double
    /// Spearman of a rater vs the robust consensus (median of the other sheets) below this value is flagged.
    public var minimumConsistency: Double
    /// |modified z| of a sheet above this value is flagged (Iglewicz–Hoaglin).
    public var outlierModifiedZ: Double
    /// Self total − official aggregate ≥ this share of the maximum total is flagged.
    public var selfInflationShare: Double

    public init(offsetRobustSDs: Double = 3, offsetMinimumShare: Double = 0.02, minimumConsistency: Double = 0.3,
                outlierModifiedZ: Double = 3.5, selfInflationShare: Double = 0.1) {
        self.offsetRobustSDs = offsetRobustSDs; self.offsetMinimumShare = offsetMinimumShare
        self.minimumConsistency = minimumConsistency; self.outlierModifiedZ = outlierModifiedZ
        self.selfInflationShare = selfInflationShare
    }
    public static let standard = FlagThresholds()
}

/// The configuration of one scoring round (one cluster, one year). Frozen once the first sheet is saved.
public struct RoundConfiguration: Codable, Sendable, Equatable {
    public var roundId: String
    public var clusterId: String
    public var year: Int
    /// Member unit ids (5–30 in practice).
    public var members: [String]
    public var table: CriteriaTable
    public var raters: RaterPolicy
    public var aggregation: AggregationMethod
    public var quorum: QuorumRule
    public var tieBreaks: [TieBreakRule]
    public var bonusItems: [BonusItem]
    /// Cap (ticks) on the sum of a unit's bonus points; nil = no overall cap.
    public var bonusCap: Int?
    public var penaltyItems: [PenaltyItem]
    /// Floor the final score at 0 (the default; a regulation may say otherwise).
    public var floorFinalAtZero: Bool
    public var flags: FlagThresholds

    public init(roundId: String, clusterId: String, year: Int, members: [String], table: CriteriaTable,
                raters: RaterPolicy = .allPeers, aggregation: AggregationMethod = .trimmedMean,
                quorum: QuorumRule = .standard, tieBreaks: [TieBreakRule] = TieBreakRule.defaultChain,
                bonusItems: [BonusItem] = [], bonusCap: Int? = nil, penaltyItems: [PenaltyItem] = [],
                floorFinalAtZero: Bool = true, flags: FlagThresholds = .standard) {
        self.roundId = nfc(roundId); self.clusterId = nfc(clusterId); self.year = year
        self.members = members.map(nfc); self.table = table; self.raters = raters
        self.aggregation = aggregation; self.quorum = quorum; self.tieBreaks = tieBreaks
        self.bonusItems = bonusItems; self.bonusCap = bonusCap; self.penaltyItems = penaltyItems
        self.floorFinalAtZero = floorFinalAtZero; self.flags = flags
    }

    public func expectedRaters(for ratee: String) -> [String] { raters.raters(for: ratee, members: members) }
    public func requiredQuorum(for ratee: String) -> Int {
        quorum.required(members: members.count, expectedRaters: expectedRaters(for: ratee).count)
    }

    /// Template copy for next year: same table, rules and members, new ids; no sheets or facts.
    public func copied(forYear newYear: Int, roundId newRoundId: String) -> RoundConfiguration {
        var c = self
        c.year = newYear
        c.roundId = nfc(newRoundId)
        c.table = table.copied(forYear: newYear)
        return c
    }

    public func validate() throws {
        guard !roundId.isEmpty else { throw ScoringError.emptyField(field: "roundId") }
        guard !clusterId.isEmpty else { throw ScoringError.emptyField(field: "clusterId") }
        guard members.count >= 2 else { throw ScoringError.tooFewMembers(field: "members", count: members.count) }
        var seen = Set<String>()
        for m in members {
            guard !m.isEmpty else { throw ScoringError.emptyField(field: "members") }
            guard seen.insert(m).inserted else { throw ScoringError.duplicateIdentifier(field: "members", id: m) }
        }
        try table.validate()
        switch raters {
        case .allPeers: break
        case let .leaderOnly(leader, checker):
            guard seen.contains(leader) else { throw ScoringError.unknownUnit(field: "raters.leaderId", unitId: leader) }
            if let checker, checker.isEmpty { throw ScoringError.emptyField(field: "raters.leaderCheckerId") }
        case let .panel(ids):
            guard !ids.isEmpty else { throw ScoringError.emptyField(field: "raters.panel") }
            var p = Set<String>()
            for id in ids {
                guard !id.isEmpty else { throw ScoringError.emptyField(field: "raters.panel") }
                guard p.insert(id).inserted else { throw ScoringError.duplicateIdentifier(field: "raters.panel", id: id) }
            }
        }
        if case let .fixed(k) = quorum, k < 1 { throw ScoringError.invalidNumber(field: "quorum", value: String(k)) }
        var rules = Set<TieBreakRule>()
        for r in tieBreaks where !rules.insert(r).inserted {
            throw ScoringError.duplicateIdentifier(field: "tieBreaks", id: r.rawValue)
        }
        if tieBreaks.contains(.priorityGroup), table.priorityGroupId == nil {
            throw ScoringError.emptyField(field: "table.priorityGroupId")
        }
        var items = Set<String>()
        for b in bonusItems {
            guard !b.id.isEmpty else { throw ScoringError.emptyField(field: "bonusItems.id") }
            guard items.insert(b.id).inserted else { throw ScoringError.duplicateIdentifier(field: "bonusItems.id", id: b.id) }
            if let m = b.maximum, m < 0 { throw ScoringError.invalidNumber(field: "bonusItems.maximum", value: String(m)) }
        }
        for p in penaltyItems {
            guard !p.id.isEmpty else { throw ScoringError.emptyField(field: "penaltyItems.id") }
            guard items.insert(p.id).inserted else { throw ScoringError.duplicateIdentifier(field: "penaltyItems.id", id: p.id) }
            if let m = p.maximum, m < 0 { throw ScoringError.invalidNumber(field: "penaltyItems.maximum", value: String(m)) }
        }
        if let cap = bonusCap, cap < 0 { throw ScoringError.invalidNumber(field: "bonusCap", value: String(cap)) }
    }
}
