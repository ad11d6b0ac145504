import Foundation
import TDKTText

/// Pass rule of the confirming secret ballot (bỏ phiếu kín suy tôn).
public enum BallotThreshold: Codable, Sendable, Equatable {
    /// More than half of the members entitled to vote.
    case moreThanHalf
    /// At least numerator/denominator of the members entitled to vote.
    case atLeast(numerator: Int, denominator: Int)
}

/// The secret-ballot result for the leading unit.
public struct BallotResult: Codable, Sendable, Equatable {
    public var unitId: String
    public var votesFor: Int
    public var votesAgainst: Int
    /// Members entitled to vote.
    public var members: Int

    public init(unitId: String, votesFor: Int, votesAgainst: Int, members: Int) {
        self.unitId = nfc(unitId); self.votesFor = votesFor; self.votesAgainst = votesAgainst; self.members = members
    }

    public func validate() throws {
        guard members > 0 else { throw ScoringError.invalidNumber(field: "ballot.members", value: String(members)) }
        guard votesFor >= 0 else { throw ScoringError.invalidNumber(field: "ballot.votesFor", value: String(votesFor)) }
        guard votesAgainst >= 0 else { throw ScoringError.invalidNumber(field: "ballot.votesAgainst", value: String(votesAgainst)) }
        guard votesFor + votesAgainst <= members else {
            throw ScoringError.invalidNumber(field: "ballot.votesFor + ballot.votesAgainst", value: String(votesFor + votesAgainst))
        }
    }

    public func passed(_ threshold: BallotThreshold = .moreThanHalf) -> Bool {
        switch threshold {
        case .moreThanHalf: return votesFor * 2 > members
        case let .atLeast(n, d): return votesFor * d >= members * n
        }
    }
}

/// A ballot as recorded in its round: the result, the minutes (biên bản) it comes from, who entered it and when.
public struct BallotRecord: Codable, Sendable, Equatable {
    public var result: BallotResult
    public var documentReference: String
    public var recordedBy: String
    public var recordedAt: Date
}

/// How many units (after the leader) are proposed for the merit award.
public enum MeritQuota: Codable, Sendable, Equatable {
    /// ⌊members / 3⌋, at least 1.
    case thirdOfMembers
    case fixed(Int)

    public func count(members: Int) -> Int {
        switch self {
        case .thirdOfMembers: return max(1, members / 3)
        case let .fixed(k): return max(0, k)
        }
    }
}

public struct ProposalSettings: Codable, Sendable, Equatable {
    public var leaderAwardCode: String
    public var meritAwardCode: String
    public var meritQuota: MeritQuota
    /// A gap (ticks) smaller than this across an award boundary is a close call; nil = the measured
    /// spread of the two units (the larger standard error of their kept sheets), as eligibility uses.
    public var closeCallMargin: Int?
    public var ballotThreshold: BallotThreshold

    public init(leaderAwardCode: String = "CO_TINH", meritAwardCode: String = "BK_TINH", meritQuota: MeritQuota = .thirdOfMembers,
                closeCallMargin: Int? = nil, ballotThreshold: BallotThreshold = .moreThanHalf) {
        self.leaderAwardCode = leaderAwardCode; self.meritAwardCode = meritAwardCode; self.meritQuota = meritQuota
        self.closeCallMargin = closeCallMargin; self.ballotThreshold = ballotThreshold
    }
}

/// Why a proposal needs the council's review.
public enum ReviewReason: Codable, Sendable, Equatable {
    /// The gap to `otherUnitId` across an award boundary is below the margin.
    case closeCall(otherUnitId: String, gap: Rational)
    case provisional
    case flagged([FlagKind])
    /// Several units share the rank at this award boundary.
    case sharedRank([String])
    case ballotMissing
    case ballotFailed(votesFor: Int, members: Int)
    /// Removing rater offsets would change who is in this award set.
    case offsetMethodDisagrees(offsetCorrectedRank: Int?)

    public func message(language: String = "vi", decimals: Int = 1) -> String {
        let en = language == "en"
        switch self {
        case let .closeCall(o, gap):
            let g = PointsFormat.string(gap, decimals: decimals, language: language)
            return en ? "close call: \(g) points from '\(o)' across the award boundary"
                      : "sát ranh giới: chỉ cách '\(o)' \(g) điểm"
        case .provisional: return en ? "result provisional (quorum not reached)" : "kết quả tạm thời (chưa đủ số phiếu tối thiểu)"
        case let .flagged(kinds):
            let k = kinds.map(\.rawValue).joined(separator: ", ")
            return en ? "open flags: \(k)" : "có cảnh báo: \(k)"
        case let .sharedRank(ids):
            return en ? "shares its rank with \(ids.joined(separator: ", "))" : "đồng hạng với \(ids.joined(separator: ", "))"
        case .ballotMissing: return en ? "no confirming ballot recorded" : "chưa có kết quả bỏ phiếu suy tôn"
        case let .ballotFailed(f, m):
            return en ? "confirming ballot not passed (\(f)/\(m) for)" : "bỏ phiếu suy tôn không đạt (\(f)/\(m) phiếu đồng ý)"
        case let .offsetMethodDisagrees(r):
            return en ? "offset-corrected scores would rank it \(r.map(String.init) ?? "-")"
                      : "nếu loại độ lệch người chấm thì xếp hạng \(r.map(String.init) ?? "-")"
        }
    }
}

/// A proposal a cluster result suggests; the award workflow turns `.proposed` ones into drafts.
public struct AwardProposalDraft: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable, Equatable {
        case proposed
        /// Just outside the quota on a close call: listed for the council, not proposed.
        case alternate
    }
    public var unitId: String
    public var awardCode: String
    public var rank: Int
    public var finalScore: Rational
    public var status: Status
    /// Plain reason in Vietnamese, e.g. "Dẫn đầu cụm thi đua (hạng 1)".
    public var reason: String
    public var reviewReasons: [ReviewReason]
    public var needsCouncilReview: Bool { !reviewReasons.isEmpty }
}

public enum ProposalEngine {
    /// Proposals from a result: the leader → leader award (one per cluster, unless tied), the next
    /// units → merit award within the quota; close calls, provisional or flagged units, a missing
    /// or failed ballot, and ties at a boundary are marked for council review.
    public static func propose(result: ScoringResult, ballot: BallotResult?, settings: ProposalSettings = ProposalSettings(),
                               decimals: Int = 1) -> [AwardProposalDraft] {
        let ranked = result.units.filter { $0.rank != nil && $0.finalScore != nil }
        guard let first = ranked.first else { return [] }
        /// Whether the gap between two units is a close call: smaller than the office's margin when one is
        /// set, else than the larger of their measured spreads (none measured: no close call, as eligibility).
        func isClose(_ a: UnitResult, _ b: UnitResult) -> Bool {
            let gap = a.finalScore! - b.finalScore!
            if let m = settings.closeCallMargin { return gap < Rational(m) }
            return gap.doubleValue < max(a.measuredSpread ?? 0, b.measuredSpread ?? 0)
        }

        let leaders = ranked.filter { $0.rank == first.rank }
        let rest = ranked.filter { $0.rank != first.rank }
        let quota = settings.meritQuota.count(members: result.units.count)
        var merit = Array(rest.prefix(quota))
        var boundaryTie: [String] = []
        if let last = merit.last, rest.count > merit.count, rest[merit.count].rank == last.rank {
            let tied = rest.filter { $0.rank == last.rank }
            boundaryTie = tied.map(\.unitId)
            merit = rest.filter { $0.rank! <= last.rank! }
        }
        let runnerUp = rest.count > merit.count ? rest[merit.count] : nil

        // Offset-corrected diagnostic sets.
        let byCorrected = ranked.filter { $0.offsetCorrectedRank != nil }.sorted {
            ($0.offsetCorrectedRank!, $0.unitId) < ($1.offsetCorrectedRank!, $1.unitId)
        }
        let altLeaders = Set(byCorrected.filter { $0.offsetCorrectedRank == byCorrected.first?.offsetCorrectedRank }.map(\.unitId))
        let altMerit = Set(byCorrected.filter { !altLeaders.contains($0.unitId) }.prefix(quota).map(\.unitId))
        let compareOffsets = result.aggregation != .offsetRemovalThenTrim

        func common(_ u: UnitResult, inAltSet: Bool) -> [ReviewReason] {
            var reasons: [ReviewReason] = []
            if u.isProvisional { reasons.append(.provisional) }
            // Flags on the unit or on the unit as a rater; an outlier sheet the unit received that
            // trimming already dropped does not count.
            let kinds = result.flags(involving: u.unitId).filter { f in
                !(f.kind == .sheetOutlier && f.unitId == u.unitId
                  && u.sheets.first { $0.raterId == f.raterId }?.dropped != nil)
            }.map(\.kind)
            if !kinds.isEmpty {
                var seen = Set<FlagKind>()
                reasons.append(.flagged(kinds.filter { seen.insert($0).inserted }))
            }
            if compareOffsets && !inAltSet { reasons.append(.offsetMethodDisagrees(offsetCorrectedRank: u.offsetCorrectedRank)) }
            return reasons
        }

        var out: [AwardProposalDraft] = []
        for l in leaders {
            var reasons = common(l, inAltSet: altLeaders.contains(l.unitId))
            if leaders.count > 1 { reasons.insert(.sharedRank(leaders.map(\.unitId).filter { $0 != l.unitId }), at: 0) }
            if let next = rest.first, isClose(l, next) {
                reasons.insert(.closeCall(otherUnitId: next.unitId, gap: l.finalScore! - next.finalScore!), at: 0)
            }
            if let ballot, ballot.unitId == l.unitId {
                if !ballot.passed(settings.ballotThreshold) { reasons.append(.ballotFailed(votesFor: ballot.votesFor, members: ballot.members)) }
            } else {
                reasons.append(.ballotMissing)
            }
            out.append(AwardProposalDraft(unitId: l.unitId, awardCode: settings.leaderAwardCode, rank: l.rank!, finalScore: l.finalScore!,
                                          status: .proposed, reason: "Dẫn đầu cụm, khối thi đua (hạng \(l.rank!))", reviewReasons: reasons))
        }
        let lastLeader = leaders.last!
        for (i, m) in merit.enumerated() {
            var reasons = common(m, inAltSet: altMerit.contains(m.unitId))
            if boundaryTie.contains(m.unitId) { reasons.insert(.sharedRank(boundaryTie.filter { $0 != m.unitId }), at: 0) }
            if i == 0, isClose(lastLeader, m) {
                reasons.insert(.closeCall(otherUnitId: lastLeader.unitId, gap: lastLeader.finalScore! - m.finalScore!), at: 0)
            }
            if m.unitId == merit.last?.unitId || m.rank == merit.last?.rank, let r = runnerUp, isClose(m, r) {
                reasons.insert(.closeCall(otherUnitId: r.unitId, gap: m.finalScore! - r.finalScore!), at: 0)
            }
            out.append(AwardProposalDraft(unitId: m.unitId, awardCode: settings.meritAwardCode, rank: m.rank!, finalScore: m.finalScore!,
                                          status: .proposed, reason: "Xếp hạng \(m.rank!) trong cụm, khối thi đua", reviewReasons: reasons))
        }
        if let r = runnerUp, let last = merit.last, isClose(last, r) {
            var reasons: [ReviewReason] = [.closeCall(otherUnitId: last.unitId, gap: last.finalScore! - r.finalScore!)]
            reasons += common(r, inAltSet: true)
            out.append(AwardProposalDraft(unitId: r.unitId, awardCode: settings.meritAwardCode, rank: r.rank!, finalScore: r.finalScore!,
                                          status: .alternate, reason: "Dự bị: xếp hạng \(r.rank!), sát ranh giới hạn mức", reviewReasons: reasons))
        }
        return out
    }
}
