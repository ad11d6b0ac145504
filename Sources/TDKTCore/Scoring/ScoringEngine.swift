import Foundation
import TDKTText

/// The scoring computation (research note §4.1). Pure: same inputs, same result, whatever the
/// order of sheets, raters or facts in the input arrays.
public enum ScoringEngine {

    /// Computes the result of a round from its inputs.
    ///
    /// Sheets that are incomplete, self-addressed, from raters the configuration does not allow,
    /// or for non-members are ignored (they are "missing"). The round never stores such sheets;
    /// this guard keeps the function total for callers that build inputs themselves.
    /// Each (rater, ratee) pair must appear at most once.
    public static func compute(configuration c: RoundConfiguration, crossSheets: [CrossScoreSheet],
                               selfSheets: [SelfScoreSheet], facts: [UnitFact], exclusions: [UnitExclusion]) -> ScoringResult {
        let table = c.table
        let criteria = table.criteria
        let members = c.members.sorted()
        let memberSet = Set(members)

        // 1. Complete sheets and their totals: totals[ratee][rater].
        var sheetsByUnit: [String: [String: CrossScoreSheet]] = [:]
        var totals: [String: [String: Int]] = Dictionary(uniqueKeysWithValues: members.map { ($0, [:]) })
        let ordered = crossSheets.sorted { ($0.rateeId, $0.raterId) < ($1.rateeId, $1.raterId) }
        for s in ordered where s.raterId != s.rateeId && memberSet.contains(s.rateeId)
            && c.expectedRaters(for: s.rateeId).contains(s.raterId) && totals[s.rateeId]![s.raterId] == nil {
            guard let t = s.total(in: table) else { continue }
            totals[s.rateeId]![s.raterId] = t
            sheetsByUnit[s.rateeId, default: [:]][s.raterId] = s
        }

        // 2. Offsets (always, as a diagnostic; used by `offsetRemovalThenTrim`).
        let offsets = OffsetModel.fit(totals: totals)
        let exactOffset: [String: Rational] = offsets.raterOffsets.mapValues(OffsetModel.exact)

        let selfByUnit = Dictionary(selfSheets.map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a })
        let exclusionByUnit = Dictionary(exclusions.map { ($0.unitId, $0) }, uniquingKeysWith: { _, b in b })
        let priorityCriteria: Set<String> = Set(table.groups.first { $0.id == table.priorityGroupId }?.criteria.map(\.id) ?? [])

        var results: [String: UnitResult] = [:]
        var diagnosticFinal: [String: Rational] = [:]
        for u in members {
            let received = totals[u]!.sorted { $0.key < $1.key }
            let useOffsets = c.aggregation == .offsetRemovalThenTrim
            let sheets = received.map { r, t in
                SheetTotal(raterId: r, total: t, adjustedTotal: useOffsets ? Rational(t) - exactOffset[r]! : Rational(t), dropped: nil)
            }
            let fallback = c.aggregation.smallSampleFallback(sheets: sheets.count)
            // The median of n sheets is the mean of what is left after dropping (n − 1) / 2 each side.
            let k = fallback != nil ? (sheets.count - 1) / 2 : c.aggregation.trimCount(sheets: sheets.count)
            let (trimmed, aggregate) = trim(sheets, k: k)
            let basis: AggregateBasis = fallback ?? {
                switch c.aggregation {
                case .trimmedMean: return .trimmedMean
                case .plainMean: return .plainMean
                case .offsetRemovalThenTrim: return .offsetCorrectedTrimmedMean
                }
            }()
            let kept = trimmed.filter { $0.dropped == nil }.map(\.raterId)

            // Per-criterion mean/min/max over the same kept sheets.
            var summaries: [CriterionSummary] = []
            var fullMarks = 0
            for cr in criteria {
                let values = kept.map { sheetsByUnit[u]![$0]!.cells[cr.id]! }
                fullMarks += values.filter { $0 == cr.maximum }.count
                summaries.append(CriterionSummary(criterionId: cr.id,
                                                  mean: values.isEmpty ? .zero : Rational(values.reduce(0, +), values.count),
                                                  minimum: values.min() ?? 0, maximum: values.max() ?? 0,
                                                  selfValue: selfByUnit[u]?.cells[cr.id]?.value))
            }
            let criteriaSum = summaries.reduce(Rational.zero) { $0 + $1.mean }

            // Bonus (capped per item and in total) and penalty facts, after aggregation.
            let unitFacts = facts.filter { $0.unitId == u }
            var caps: [AppliedCap] = []
            var bonusClaimed = 0, bonusAfterItems = 0
            for item in c.bonusItems.sorted(by: { $0.id < $1.id }) {
                let sum = unitFacts.filter { $0.kind == .bonus && $0.itemId == item.id }.reduce(0) { $0 + $1.points }
                bonusClaimed += sum
                if let m = item.maximum, sum > m {
                    caps.append(AppliedCap(kind: .bonusItem, itemId: item.id, before: Rational(sum), after: Rational(m)))
                    bonusAfterItems += m
                } else { bonusAfterItems += sum }
            }
            var bonusApplied = bonusAfterItems
            if let cap = c.bonusCap, bonusAfterItems > cap {
                caps.append(AppliedCap(kind: .bonusTotal, itemId: nil, before: Rational(bonusAfterItems), after: Rational(cap)))
                bonusApplied = cap
            }
            var penalty = 0
            for item in c.penaltyItems.sorted(by: { $0.id < $1.id }) {
                let sum = unitFacts.filter { $0.kind == .penalty && $0.itemId == item.id }.reduce(0) { $0 + $1.points }
                penalty += item.maximum.map { min($0, sum) } ?? sum
            }
            var finalScore: Rational? = nil
            if let aggregate {
                var f = aggregate + Rational(bonusApplied - penalty)
                if c.floorFinalAtZero && f < .zero {
                    caps.append(AppliedCap(kind: .floorAtZero, itemId: nil, before: f, after: .zero))
                    f = .zero
                }
                finalScore = f
            }

            // Diagnostic: offsets removed, then trimmed, whatever the configured method.
            let corrected = received.map { r, t in SheetTotal(raterId: r, total: t, adjustedTotal: Rational(t) - exactOffset[r]!, dropped: nil) }
            let correctedK = AggregationMethod.offsetRemovalThenTrim.smallSampleFallback(sheets: corrected.count) != nil
                ? (corrected.count - 1) / 2 : AggregationMethod.offsetRemovalThenTrim.trimCount(sheets: corrected.count)
            let correctedAgg = trim(corrected, k: correctedK).1
            if let correctedAgg, exclusionByUnit[u] == nil {
                var f = correctedAgg + Rational(bonusApplied - penalty)
                if c.floorFinalAtZero && f < .zero { f = .zero }
                diagnosticFinal[u] = f
            }

            let expected = c.expectedRaters(for: u)
            let quorum = c.requiredQuorum(for: u)
            let rawSorted = received.map(\.value).sorted()
            var median: Rational? = nil
            if !rawSorted.isEmpty {
                let n = rawSorted.count
                median = n % 2 == 1 ? Rational(rawSorted[n / 2]) : Rational(rawSorted[n / 2 - 1] + rawSorted[n / 2], 2)
            }
            results[u] = UnitResult(
                unitId: u, sheets: trimmed, keptCount: kept.count, expectedRaters: expected,
                missingRaters: expected.filter { totals[u]![$0] == nil }, quorum: quorum,
                isProvisional: received.count < quorum, aggregate: aggregate, criteria: summaries,
                offsetAdjustment: aggregate.map { $0 - criteriaSum } ?? .zero,
                bonusClaimed: bonusClaimed, bonusApplied: bonusApplied, penalty: penalty, caps: caps,
                finalScore: finalScore, selfTotal: selfByUnit[u]?.total(in: table), exclusion: exclusionByUnit[u],
                rank: nil, offsetCorrectedAggregate: correctedAgg, offsetCorrectedRank: nil, medianSheet: median,
                priorityGroupMean: table.priorityGroupId == nil || kept.isEmpty ? nil
                    : summaries.filter { priorityCriteria.contains($0.criterionId) }.reduce(Rational.zero) { $0 + $1.mean },
                fullMarksPerSheet: kept.isEmpty ? nil : Rational(fullMarks, kept.count),
                aggregateBasis: aggregate == nil ? nil : basis)
        }

        // 3. Ranking of units neither excluded nor without sheets, then the tie-break chain.
        let candidates = members.compactMap { u -> RankingEngine.Candidate? in
            let r = results[u]!
            guard r.exclusion == nil, let f = r.finalScore else { return nil }
            return RankingEngine.Candidate(unitId: u, finalScore: f, priorityGroupMean: r.priorityGroupMean,
                                           fullMarksPerSheet: r.fullMarksPerSheet, penalty: r.penalty, medianSheet: r.medianSheet)
        }
        let outcome = RankingEngine.rank(candidates, chain: c.tieBreaks, decimals: table.decimals) { a, b in
            // Sheets from raters outside {a, b} that scored both and put a strictly above b.
            let ta = totals[a]!, tb = totals[b]!
            return ta.keys.filter { $0 != a && $0 != b }.filter { r in tb[r].map { ta[r]! > $0 } ?? false }.count
        }
        let diagnosticRanks = RankingEngine.competitionRanks(diagnosticFinal)
        for u in members {
            results[u]!.rank = outcome.ranks[u]
            results[u]!.offsetCorrectedRank = diagnosticRanks[u]
        }
        let unranked = members.filter { outcome.ranks[$0] == nil && results[$0]!.exclusion == nil }
        let excluded = members.filter { results[$0]!.exclusion != nil }
        let unitOrder = outcome.order + unranked + excluded

        // 4. Flags and agreement.
        let selfTotals = results.compactMapValues(\.selfTotal)
        let aggregates = results.compactMapValues(\.aggregate)
        let flags = FlagDetector.detect(totals: totals, selfTotals: selfTotals, aggregates: aggregates,
                                        maximumTotal: table.maximumTotal, thresholds: c.flags)
        let agreement = agreementReport(configuration: c, members: members, totals: totals, sheetsByUnit: sheetsByUnit)

        var incomplete: [String: [String]] = [:]
        for u in members { for r in results[u]!.missingRaters { incomplete[r, default: []].append(u) } }

        return ScoringResult(roundId: c.roundId, methodVersion: ScoringResult.methodVersion, aggregation: c.aggregation,
                             tieBreakChain: c.tieBreaks, units: unitOrder.map { results[$0]! }, tieBreaks: outcome.records,
                             sharedRanks: outcome.shared, offsets: offsets, flags: flags, agreement: agreement,
                             incompleteRaters: incomplete)
    }

    /// Drops the k lowest and k highest sheets by adjusted total (equal values: the lower rater id
    /// is dropped as lowest, the higher as highest — the value is the same) and averages the rest.
    static func trim(_ sheets: [SheetTotal], k: Int) -> ([SheetTotal], Rational?) {
        guard !sheets.isEmpty else { return ([], nil) }
        let order = sheets.indices.sorted {
            sheets[$0].adjustedTotal != sheets[$1].adjustedTotal ? sheets[$0].adjustedTotal < sheets[$1].adjustedTotal
                                                                 : sheets[$0].raterId < sheets[$1].raterId
        }
        var out = sheets
        if k > 0 && sheets.count > 2 * k {
            for i in order.prefix(k) { out[i].dropped = .lowest }
            for i in order.suffix(k) { out[i].dropped = .highest }
        }
        let kept = out.filter { $0.dropped == nil }
        let sum = kept.reduce(Rational.zero) { $0 + $1.adjustedTotal }
        return (out, sum / Rational(kept.count))
    }

    static func agreementReport(configuration c: RoundConfiguration, members: [String], totals: [String: [String: Int]],
                                sheetsByUnit: [String: [String: CrossScoreSheet]]) -> AgreementReport {
        let unitValues = members.map { u in totals[u]!.sorted { $0.key < $1.key }.map { Double($0.value) } }
        let alpha = Agreement.krippendorffAlphaInterval(units: unitValues)
        var groups: [GroupAlpha] = []
        for g in c.table.groups {
            let values = members.map { u in
                (sheetsByUnit[u] ?? [:]).sorted { $0.key < $1.key }.map { _, s in Double(g.criteria.reduce(0) { $0 + s.cells[$1.id]! }) }
            }
            groups.append(GroupAlpha(groupId: g.id, alpha: Agreement.krippendorffAlphaInterval(units: values)))
        }
        var byRater: [String: [String: Double]] = [:]
        for u in members { for (r, t) in totals[u]! { byRater[r, default: [:]][u] = Double(t) } }
        let withSheets = members.filter { !(totals[$0]!.isEmpty) }
        let meanSheets = withSheets.isEmpty ? 0 : Double(withSheets.reduce(0) { $0 + totals[$1]!.count }) / Double(withSheets.count)
        return AgreementReport(alphaTotal: alpha, alphaByGroup: groups,
                               reliabilityOfMean: alpha.map { Agreement.spearmanBrown($0, k: meanSheets) },
                               kendallW: Agreement.kendallWBrueckl(scores: byRater), meanSheetsPerUnit: meanSheets,
                               caution: c.members.count < 10)
    }

    // MARK: Visibility

    /// Who sees which cross-score sheets. Until the round is closed a rater sees only the sheets it
    /// filled itself (raters score independently); from `closed` on, every sheet is visible.
    public static func visibleSheets(for viewer: String, round: ScoringRound) -> [CrossScoreSheet] {
        let sheets = round.crossSheets.sorted { ($0.rateeId, $0.raterId) < ($1.rateeId, $1.raterId) }
        switch round.state {
        case .configuring, .open: return sheets.filter { $0.raterId == viewer }
        case .closed, .explanation, .final: return sheets
        }
    }

    /// Self-score sheets visible to `viewer`: its own always, all of them once the round is closed.
    public static func visibleSelfSheets(for viewer: String, round: ScoringRound) -> [SelfScoreSheet] {
        let sheets = round.selfSheets.sorted { $0.unitId < $1.unitId }
        switch round.state {
        case .configuring, .open: return sheets.filter { $0.unitId == viewer }
        case .closed, .explanation, .final: return sheets
        }
    }

    /// Completeness grid rater × unit: true when the rater's sheet for the unit is complete.
    public static func completeness(round: ScoringRound) -> [String: [String: Bool]] {
        let c = round.configuration
        var grid: [String: [String: Bool]] = [:]
        for u in c.members {
            for r in c.expectedRaters(for: u) {
                grid[r, default: [:]][u] = round.crossSheet(rater: r, ratee: u)?.isComplete(in: c.table) ?? false
            }
        }
        return grid
    }
}
