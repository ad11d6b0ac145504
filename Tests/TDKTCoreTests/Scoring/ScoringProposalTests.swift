import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class ScoringProposalTests: XCTestCase {
    let table = Fixture.table()

    /// 12 members, unit k gets 380 − 20k from everyone (well separated: 2 points apart).
    func result(members n: Int = 12, totals: ((String) -> Int)? = nil, drop: (CrossScoreSheet) -> Bool = { _ in false }) -> ScoringResult {
        let ids = Fixture.unitIds(n)
        let t = totals ?? { u in 380 - 20 * Int(u.dropFirst())! }
        var sheets = Fixture.roundRobin(members: ids, table: table) { _, u in t(u) }
        sheets.removeAll(where: drop)
        return Fixture.compute(Fixture.config(members: ids, table: table), sheets)
    }

    func testLeaderFlagAndMeritQuota() {
        let r = result()
        let ballot = BallotResult(unitId: "U00", votesFor: 7, votesAgainst: 5, members: 12)
        let p = ProposalEngine.propose(result: r, ballot: ballot)
        XCTAssertEqual(p.map(\.unitId), ["U00", "U01", "U02", "U03", "U04"]) // 1 flag + ⌊12/3⌋ = 4 merit
        XCTAssertEqual(p.map(\.awardCode), ["CO_TINH", "BK_TINH", "BK_TINH", "BK_TINH", "BK_TINH"])
        XCTAssertEqual(p.map(\.rank), [1, 2, 3, 4, 5])
        XCTAssertTrue(p.allSatisfy { !$0.needsCouncilReview && $0.status == .proposed }, "\(p.map(\.reviewReasons))")
        XCTAssertEqual(p[0].reason, "Dẫn đầu cụm, khối thi đua (hạng 1)")
        XCTAssertEqual(MeritQuota.thirdOfMembers.count(members: 5), 1)
        XCTAssertEqual(MeritQuota.thirdOfMembers.count(members: 2), 1)
        XCTAssertEqual(MeritQuota.thirdOfMembers.count(members: 17), 5)
        let fixed = ProposalEngine.propose(result: r, ballot: ballot, settings: ProposalSettings(meritQuota: .fixed(2)))
        XCTAssertEqual(fixed.map(\.unitId), ["U00", "U01", "U02"])
    }

    func testBallot() throws {
        XCTAssertTrue(BallotResult(unitId: "U00", votesFor: 7, votesAgainst: 5, members: 12).passed())
        XCTAssertFalse(BallotResult(unitId: "U00", votesFor: 6, votesAgainst: 6, members: 12).passed(), "exactly half is not more than half")
        XCTAssertTrue(BallotResult(unitId: "U00", votesFor: 8, votesAgainst: 0, members: 12).passed(.atLeast(numerator: 2, denominator: 3)))
        XCTAssertFalse(BallotResult(unitId: "U00", votesFor: 7, votesAgainst: 0, members: 12).passed(.atLeast(numerator: 2, denominator: 3)))
        XCTAssertThrowsError(try BallotResult(unitId: "U00", votesFor: 8, votesAgainst: 5, members: 12).validate())
        let r = result()
        let failed = ProposalEngine.propose(result: r, ballot: BallotResult(unitId: "U00", votesFor: 6, votesAgainst: 6, members: 12))
        XCTAssertEqual(failed[0].reviewReasons, [.ballotFailed(votesFor: 6, members: 12)])
        XCTAssertEqual(ProposalEngine.propose(result: r, ballot: nil)[0].reviewReasons, [.ballotMissing])
    }

    /// 12 members with sheets that disagree: unit u gets totals[u] ± `noise` ticks by the rater's place
    /// after it (the same mix for every unit, so the gaps stay), so each aggregate has a measured spread.
    func noisyResult(noise: Int, totals: [String: Int]) -> ScoringResult {
        let ids = Fixture.unitIds(12)
        let sheets = Fixture.roundRobin(members: ids, table: table) { r, u in
            let ri = Int(r.dropFirst())!, ui = Int(u.dropFirst())!
            return totals[u]! + ((ri - ui + 12) % 12 % 2 == 1 ? noise : -noise)
        }
        return Fixture.compute(Fixture.config(members: ids, table: table), sheets)
    }

    let closeTotals: [String: Int] = ["U00": 300, "U01": 292, "U02": 260, "U03": 240, "U04": 224, "U05": 212,
                                      "U06": 180, "U07": 170, "U08": 160, "U09": 150, "U10": 140, "U11": 130]

    /// The close-call gaps the engine reported, by unit.
    func closeCalls(_ p: [AwardProposalDraft]) -> [String: (String, Rational)] {
        var out: [String: (String, Rational)] = [:]
        for d in p { for case let .closeCall(o, gap) in d.reviewReasons { out[d.unitId] = (o, gap) } }
        return out
    }

    func testCloseCallsAreGapsSmallerThanTheMeasuredSpread() throws {
        let ballot = BallotResult(unitId: "U00", votesFor: 10, votesAgainst: 2, members: 12)
        for noise in [4, 40] {
            let r = noisyResult(noise: noise, totals: closeTotals)
            let p = ProposalEngine.propose(result: r, ballot: ballot)
            let calls = closeCalls(p)
            // At each award boundary (flag | merit, last merit | runner-up) a close call exactly when the gap
            // is smaller than the larger of the two units' measured spreads.
            let ranked = r.units.filter { $0.rank != nil }.sorted { $0.rank! < $1.rank! }
            XCTAssertEqual(ranked.count, 12)
            let quota = MeritQuota.thirdOfMembers.count(members: 12)
            for (a, b) in [(ranked[0], ranked[1]), (ranked[quota], ranked[quota + 1])] {
                let gap = a.finalScore! - b.finalScore!
                let spread = max(try XCTUnwrap(a.measuredSpread), try XCTUnwrap(b.measuredSpread))
                XCTAssertGreaterThan(spread, 0)
                let close = gap.doubleValue < spread
                XCTAssertEqual(calls[a.unitId] != nil, close, "noise \(noise): \(a.unitId)–\(b.unitId) gap \(gap.doubleValue), spread \(spread)")
                XCTAssertEqual(calls[b.unitId] != nil, close, "noise \(noise): \(b.unitId)")
                if close {
                    XCTAssertEqual(calls[a.unitId]?.0, b.unitId)
                    XCTAssertEqual(calls[a.unitId]?.1, gap)
                }
            }
            if noise == 4 {
                // Sheets that agree: 0,8 point between the first two is more than the spread (no longer a
                // close call under the old fixed one-point margin's reasoning).
                let gap = (ranked[0].finalScore! - ranked[1].finalScore!).doubleValue
                XCTAssertLessThan(gap, 10)
                XCTAssertNil(calls[ranked[0].unitId], "gap \(gap), spread \(ranked[0].measuredSpread!)")
            } else {
                // Sheets that disagree: more than one point between the last merit unit and the runner-up is
                // still a close call; the runner-up is listed as an alternate.
                let gap = (ranked[quota].finalScore! - ranked[quota + 1].finalScore!).doubleValue
                XCTAssertGreaterThan(gap, 10)
                XCTAssertNotNil(calls[ranked[quota].unitId], "gap \(gap), spread \(ranked[quota].measuredSpread!)")
                XCTAssertEqual(p.first { $0.unitId == ranked[quota + 1].unitId }?.status, .alternate)
            }
        }
        XCTAssertEqual(ReviewReason.closeCall(otherUnitId: "U01", gap: Rational(5)).message(), "sát ranh giới: chỉ cách 'U01' 0,5 điểm")
    }

    func testAnOfficeMarginReplacesTheMeasuredSpread() {
        let r = noisyResult(noise: 40, totals: closeTotals)
        let ballot = BallotResult(unitId: "U00", votesFor: 10, votesAgainst: 2, members: 12)
        XCTAssertFalse(closeCalls(ProposalEngine.propose(result: r, ballot: ballot)).isEmpty)
        XCTAssertTrue(closeCalls(ProposalEngine.propose(result: r, ballot: ballot, settings: ProposalSettings(closeCallMargin: 1))).isEmpty)
        XCTAssertEqual(Set(closeCalls(ProposalEngine.propose(result: r, ballot: ballot, settings: ProposalSettings(closeCallMargin: 1000))).keys),
                       ["U00", "U01", "U04", "U05"])
        // Sheets in full agreement measure no spread: a 0,5 point gap is not a close call unless the office sets a margin.
        let flat = result(totals: { ["U00": 305, "U01": 300][$0] ?? 200 - Int($0.dropFirst())! * 10 })
        XCTAssertTrue(closeCalls(ProposalEngine.propose(result: flat, ballot: ballot)).isEmpty)
        XCTAssertEqual(closeCalls(ProposalEngine.propose(result: flat, ballot: ballot, settings: ProposalSettings(closeCallMargin: 10)))["U00"]?.1,
                       Rational(5))
    }

    func testProvisionalAndFlaggedUnitsNeedReview() {
        // U02 receives only 2 sheets (quorum 8 for 12 members): provisional.
        var r = result(drop: { $0.rateeId == "U02" && $0.raterId != "U00" && $0.raterId != "U01" })
        var p = ProposalEngine.propose(result: r, ballot: BallotResult(unitId: "U00", votesFor: 12, votesAgainst: 0, members: 12))
        XCTAssertEqual(p.first { $0.unitId == "U02" }?.reviewReasons.contains(.provisional), true)
        XCTAssertFalse(p.first { $0.unitId == "U01" }!.needsCouncilReview)
        // U03 scores every other unit 0 (a rater flag on U03 → U03's own proposal needs review).
        let ids = Fixture.unitIds(12)
        var sheets = Fixture.roundRobin(members: ids, table: table) { r, u in r == "U03" ? 0 : 380 - 20 * Int(u.dropFirst())! }
        sheets.sort { ($0.rateeId, $0.raterId) < ($1.rateeId, $1.raterId) }
        r = Fixture.compute(Fixture.config(members: ids, table: table), sheets)
        XCTAssertFalse(r.flags(involving: "U03").isEmpty)
        p = ProposalEngine.propose(result: r, ballot: BallotResult(unitId: "U00", votesFor: 12, votesAgainst: 0, members: 12))
        guard case .flagged(let kinds)? = p.first(where: { $0.unitId == "U03" })?.reviewReasons.first(where: {
            if case .flagged = $0 { return true } else { return false }
        }) else { return XCTFail("U03 must be flagged: \(p)") }
        XCTAssertTrue(kinds.contains(.raterOffset))
    }

    func testTiedLeadersBothMarked() {
        let r = result(totals: { ["U00": 380, "U01": 380][$0] ?? 200 })
        // Chain cannot separate identical sheets: U00 and U01 share rank 1.
        let p = ProposalEngine.propose(result: r, ballot: nil)
        let leaders = p.filter { $0.awardCode == "CO_TINH" }
        XCTAssertEqual(leaders.map(\.unitId), ["U00", "U01"])
        XCTAssertTrue(leaders.allSatisfy { $0.needsCouncilReview && $0.reviewReasons.contains { if case .sharedRank = $0 { return true } else { return false } } })
    }
}
