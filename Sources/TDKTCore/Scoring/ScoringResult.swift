import Foundation
import TDKTText

/// Which side a trimmed sheet was dropped from.
public enum DropSide: String, Codable, Sendable, Equatable { case highest, lowest }

/// One complete sheet a unit received, as used by the aggregate.
public struct SheetTotal: Codable, Sendable, Equatable {
    public var raterId: String
    /// Raw total in ticks.
    public var total: Int
    /// The value trimmed and averaged: `total`, or `total − offset(rater)` with offset removal.
    public var adjustedTotal: Rational
    /// Set when the sheet was dropped by trimming (named, with its rater).
    public var dropped: DropSide?
}

/// A criterion's published value over the kept sheets, next to the unit's own claim.
public struct CriterionSummary: Codable, Sendable, Equatable {
    public var criterionId: String
    public var mean: Rational
    public var minimum: Int
    public var maximum: Int
    /// The unit's self-score (claim) for this criterion, if any.
    public var selfValue: Int?
}

/// A cap that changed a unit's score.
public struct AppliedCap: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, Equatable { case bonusItem, bonusTotal, floorAtZero }
    public var kind: Kind
    /// The bonus item for `.bonusItem`.
    public var itemId: String?
    public var before: Rational
    public var after: Rational
}

/// Everything computed for one member unit.
public struct UnitResult: Codable, Sendable, Equatable {
    public var unitId: String
    /// Complete sheets received, sorted by rater id, dropped ones marked.
    public var sheets: [SheetTotal]
    public var keptCount: Int
    public var expectedRaters: [String]
    /// Expected raters without a complete sheet for this unit (missing, never zero).
    public var missingRaters: [String]
    public var quorum: Int
    /// True while fewer than `quorum` complete sheets exist.
    public var isProvisional: Bool
    /// Trimmed (or plain, or offset-corrected) mean of the kept sheets; nil without sheets.
    public var aggregate: Rational?
    /// Per-criterion mean/min/max over the kept sheets, in table order.
    public var criteria: [CriterionSummary]
    /// aggregate − Σ criteria means: 0 except with offset removal (then −mean offset of kept raters).
    public var offsetAdjustment: Rational
    public var bonusClaimed: Int
    public var bonusApplied: Int
    public var penalty: Int
    public var caps: [AppliedCap]
    /// aggregate + min(bonus, caps) − penalty, floored at 0 when configured.
    public var finalScore: Rational?
    /// Self-score total (the claim), when the self sheet is complete.
    public var selfTotal: Int?
    public var exclusion: UnitExclusion?
    /// Standard competition rank after the tie-break chain; nil when excluded or without sheets.
    public var rank: Int?
    /// Diagnostic: the trimmed mean after removing rater offsets, whatever the method.
    public var offsetCorrectedAggregate: Rational?
    /// Diagnostic: rank if `offsetCorrectedAggregate` were used (shared on equality, no tie-breaks).
    public var offsetCorrectedRank: Int?
    public var medianSheet: Rational?
    public var priorityGroupMean: Rational?
    /// Mean number of criteria at full marks per kept sheet.
    public var fullMarksPerSheet: Rational?
    /// How `aggregate` was formed; a small-sample fallback is said on the result. Nil without sheets
    /// (and in results frozen before this was recorded).
    public var aggregateBasis: AggregateBasis? = nil
}

/// "Rule R put A above B" (A and B had exactly equal final scores).
public struct TieBreakRecord: Codable, Sendable, Equatable {
    public var higherUnitId: String
    public var lowerUnitId: String
    public var rule: TieBreakRule
    public var higherValue: String
    public var lowerValue: String
}

/// Units still tied after the whole chain: they share `rank` (left to the council's ballot).
public struct SharedRank: Codable, Sendable, Equatable {
    public var rank: Int
    public var unitIds: [String]
}

/// Rater offsets by alternating means (T = f_u + b_r, Σ b_r = 0), always computed.
public struct OffsetDiagnostic: Codable, Sendable, Equatable {
    /// b_r in ticks.
    public var raterOffsets: [String: Double]
    /// f_u in ticks.
    public var unitEffects: [String: Double]
    public var iterations: Int
}

public enum FlagKind: String, Codable, Sendable, Equatable, CaseIterable {
    /// A rater's leave-one-out offset is far from the others' (leniency or severity).
    case raterOffset
    /// A rater's order disagrees with the leave-one-out consensus (Spearman below the threshold).
    case raterDisagreement
    /// A rater gave every unit the same total (straight-lining): no order to compare.
    case raterConstant
    /// A sheet far from the unit's other sheets (modified z).
    case sheetOutlier
    /// A unit's self-score far above its peers' verdict.
    case selfInflation
}

/// A flag for humans (council); never applied to the scores.
public struct ScoringFlag: Codable, Sendable, Equatable {
    public var kind: FlagKind
    public var raterId: String?
    public var unitId: String?
    /// The measured statistic (offset in ticks, ρ, modified z, gap in ticks).
    public var value: Double
    public var threshold: Double

    /// The flag in words. Offsets and gaps are in points of a table with `decimals` tick digits;
    /// every number is written with a decimal comma in Vietnamese ("chênh 10,50 điểm").
    public func message(language: String = "vi", decimals: Int = 0) -> String {
        let en = language == "en"
        func number(_ d: Double) -> String {
            let s = String(format: "%.2f", d)
            return en ? s : s.replacingOccurrences(of: ".", with: ",")
        }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let pointsValue = number(value / scale), pointsThreshold = number(threshold / scale)
        let v = number(value), t = number(threshold)
        let r = raterId ?? "", u = unitId ?? ""
        switch kind {
        case .raterOffset:
            return en ? "Rater '\(r)' scores systematically \(value < 0 ? "lower" : "higher") than the others (offset \(pointsValue) points from the median of the other sheets, threshold \(pointsThreshold))"
                      : "Người chấm '\(r)' chấm \(value < 0 ? "thấp" : "cao") hơn hẳn các đơn vị khác (lệch \(pointsValue) điểm so với trung vị các phiếu khác, ngưỡng \(pointsThreshold))"
        case .raterDisagreement:
            return en ? "Rater '\(r)' orders units unlike the others (Spearman \(v) against the median of the other sheets < \(t))"
                      : "Thứ tự chấm của '\(r)' khác với các đơn vị khác (Spearman \(v) so với trung vị các phiếu khác < \(t))"
        case .raterConstant:
            return en ? "Rater '\(r)' gave every unit the same total (\(pointsValue) points)"
                      : "Người chấm '\(r)' cho mọi đơn vị cùng một tổng điểm (\(pointsValue) điểm)"
        case .sheetOutlier:
            return en ? "Sheet from '\(r)' for '\(u)' is far from the other sheets (modified z \(v), threshold \(t))"
                      : "Phiếu của '\(r)' cho '\(u)' lệch xa các phiếu khác (z hiệu chỉnh \(v), ngưỡng \(t))"
        case .selfInflation:
            return en ? "Unit '\(u)' scored itself well above its peers (gap \(pointsValue) points, threshold \(pointsThreshold))"
                      : "Đơn vị '\(u)' tự chấm cao hơn nhiều so với điểm chấm chéo (chênh \(pointsValue) điểm, ngưỡng \(pointsThreshold))"
        }
    }
}

/// Krippendorff's α per criterion group.
public struct GroupAlpha: Codable, Sendable, Equatable {
    public var groupId: String
    public var alpha: Double?
}

public struct AgreementReport: Codable, Sendable, Equatable {
    /// Krippendorff's α (interval) on sheet totals, missing cells allowed.
    public var alphaTotal: Double?
    public var alphaByGroup: [GroupAlpha]
    /// Spearman–Brown reliability of the mean of `meanSheetsPerUnit` sheets from `alphaTotal`.
    public var reliabilityOfMean: Double?
    /// Kendall's W, Brueckl's form (pairwise Spearman), valid with the missing diagonal.
    public var kendallW: Double?
    public var meanSheetsPerUnit: Double
    /// True when the cluster has fewer than 10 members: figures are indicative only.
    public var caution: Bool
}

/// The computed result of a round.
public struct ScoringResult: Codable, Sendable, Equatable {
    public static let methodVersion = "tdkt-scoring/1"
    public var roundId: String
    public var methodVersion: String
    public var aggregation: AggregationMethod
    public var tieBreakChain: [TieBreakRule]
    /// Ranked units first (by rank, then id), then unranked (no sheets), then excluded.
    public var units: [UnitResult]
    public var tieBreaks: [TieBreakRecord]
    public var sharedRanks: [SharedRank]
    public var offsets: OffsetDiagnostic
    public var flags: [ScoringFlag]
    public var agreement: AgreementReport
    /// Raters with missing sheets → the ratees they have not completed.
    public var incompleteRaters: [String: [String]]

    public func unit(_ id: String) -> UnitResult? { units.first { $0.unitId == id } }
    /// Unit ids in rank order (ranked units only).
    public var ranking: [String] { units.filter { $0.rank != nil }.map(\.unitId) }
    public func flags(involving unitId: String) -> [ScoringFlag] {
        flags.filter { $0.unitId == unitId || $0.raterId == unitId }
    }
}
