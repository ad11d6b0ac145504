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

    func testCloseCallsAcrossBoundariesNeedCouncilReview() {
        // U00 only 0,5 point above U01 (leader boundary); U04 (last merit) 0,5 above U05.
        let totals: [String: Int] = ["U00": 305, "U01": 300, "U02": 280, "U03": 260, "U04": 245, "U05": 240,
                                     "U06": 200, "U07": 180, "U08": 160, "U09": 140, "U10": 120, "U11": 100]
        let r = result(totals: { totals[$0]! })
        let p = ProposalEngine.propose(result: r, ballot: BallotResult(unitId: "U00", votesFor: 10, votesAgainst: 2, members: 12))
        let byUnit = Dictionary(uniqueKeysWithValues: p.map { ($0.unitId, $0) })
        XCTAssertEqual(byUnit["U00"]!.reviewReasons, [.closeCall(otherUnitId: "U01", gap: Rational(5))])
        XCTAssertEqual(byUnit["U01"]!.reviewReasons, [.closeCall(otherUnitId: "U00", gap: Rational(5))])
        XCTAssertFalse(byUnit["U02"]!.needsCouncilReview)
        XCTAssertEqual(byUnit["U04"]!.reviewReasons, [.closeCall(otherUnitId: "U05", gap: Rational(5))])
        XCTAssertEqual(byUnit["U05"]!.status, .alternate)
        XCTAssertTrue(byUnit["U05"]!.needsCouncilReview)
        XCTAssertNil(byUnit["U06"])
        XCTAssertEqual(ReviewReason.closeCall(otherUnitId: "U01", gap: Rational(5)).message(), "sát ranh giới: chỉ cách 'U01' 0,5 điểm")
        // A wider margin setting (none) makes no close calls.
        let none = ProposalEngine.propose(result: r, ballot: BallotResult(unitId: "U00", votesFor: 10, votesAgainst: 2, members: 12),
                                          settings: ProposalSettings(closeCallMargin: 1))
        XCTAssertTrue(none.allSatisfy { !$0.needsCouncilReview })
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
