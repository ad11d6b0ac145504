import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// A fresh demo data directory for one test.
final class DemoDirectory {
    let root = TestDirectories.path("tdkt-awards")
    /// The proposals the demo comes with (its final economic block round's, 2024 drafts).
    private(set) var demoIds: Set<String> = []
    init() throws {
        try DemoFixture.make(root: root, user: "test")
        demoIds = Set(try book().list().map(\.value.id))
    }
    func workspace() throws -> Workspace { try Workspace(root: root, user: "test") }
    func book() throws -> ProposalBook { ProposalBook(workspace: try workspace()) }
    /// What a list holds besides the demo's own proposals.
    func added(_ list: [Stored<Proposal>]) -> [Stored<Proposal>] { list.filter { !demoIds.contains($0.value.id) } }
    deinit { try? FileManager.default.removeItem(atPath: root) }
}

let fullDossier: [AwardType.DossierItem: Bool] = Dictionary(uniqueKeysWithValues: AwardType.DossierItem.allCases.map { ($0, true) })

final class ProposalWorkflowTests: XCTestCase {
    var dir: DemoDirectory!
    override func setUpWithError() throws { dir = try DemoDirectory() }
    override func tearDown() { dir = nil }

    func draft(_ n: NomineeRef, _ code: String, year: Int = 2025, achievement: String = "Thành tích năm", dossier: [AwardType.DossierItem: Bool] = fullDossier,
               procedure: Proposal.Procedure = .normal) -> ProposalDraft {
        ProposalDraft(year: year, nominee: n, awardCode: code, procedure: procedure, achievement: achievement, dossier: dossier)
    }

    func testTheDemoComesWithItsFinalRoundsProposals() throws {
        XCTAssertTrue(Set(DemoData.finalRoundProposals(DemoData.finalScoringRound()).map(\.id)).isSubset(of: dir.demoIds))
        XCTAssertFalse(dir.demoIds.isEmpty)
        // Besides the final round's drafts, one 2025 proposal in every state, each with the history that led there.
        let book = try dir.book()
        let work = book.list(year: 2025).map(\.value)
        XCTAssertEqual(Set(work.map(\.state)), Set(Proposal.State.allCases))
        for p in work where p.state != .draft {
            XCTAssertEqual(p.history.last?.to, p.state, p.id)
            XCTAssertEqual(p.history.first?.from, .draft, p.id)
            for (a, b) in zip(p.history, p.history.dropFirst()) {
                XCTAssertEqual(a.to, b.from, p.id)
                XCTAssertTrue(ProposalWorkflow.allowedTargets(from: a.to).contains(b.to), "\(p.id): \(a.to) → \(b.to)")
            }
        }
        XCTAssertEqual(work.first { $0.state == .returned }?.returnReason?.isEmpty, false)
        // The decided ones: their decision and award records are there.
        let decided = work.filter { $0.state == .decided }
        XCTAssertFalse(decided.isEmpty)
        let ws = book.workspace
        for p in decided {
            XCTAssertTrue(ws.allAwards().contains { $0.value.proposalId == p.id && $0.value.source == .decided }, p.id)
        }
        XCTAssertEqual(AwardDocuments.decisions(year: 2026, in: ws).flatMap(\.decision.proposalIds).sorted(), decided.map(\.id).sorted())
        let flag = try XCTUnwrap(try dir.book().list().first { $0.value.awardCode == "CO_TINH" })
        XCTAssertEqual(flag.value.dossier[.ballotResult], true)
        XCTAssertTrue(flag.value.achievement.contains("Biên bản số 02/BB-KTKT"), flag.value.achievement)
    }

    func testFullPathToApprovedWithHistory() throws {
        let book = try dir.book()
        let (p, report) = try ProposalWorkflow.create(draft(nhung, "BK_TINH"), in: book, actor: "lan", on: checkDay)
        XCTAssertEqual(report.status, .met)
        XCTAssertEqual(p.value.state, .draft)
        XCTAssertEqual(p.value.id, "2025-bk_tinh-pham-thi-hong-nhung")
        for s in [Proposal.State.submitted, .underAppraisal, .toCouncil] {
            try ProposalWorkflow.move([p.value.id], to: s, actor: "lan", in: book)
        }
        XCTAssertThrowsError(try ProposalWorkflow.move([p.value.id], to: .approved, actor: "lan", in: book)) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "vote")
        }
        try ProposalWorkflow.move([p.value.id], to: .approved, vote: Proposal.Vote(forVotes: 7, against: 2, members: 9), actor: "chu-tich", in: book)
        let reread = try ProposalBook(workspace: try dir.workspace()).proposal(p.value.id).value
        XCTAssertEqual(reread.state, .approved)
        XCTAssertEqual(reread.history.map(\.to), [.submitted, .underAppraisal, .toCouncil, .approved])
        XCTAssertEqual(reread.history.last?.by, "chu-tich")
        XCTAssertEqual(reread.vote?.forVotes, 7)
    }

    /// A state's list is the year's list in its order, kept between questions, and follows every change
    /// the book makes or reads: a move, a new proposal, another clerk's save read again.
    func testAStatesListIsTheYearsInOrderAndFollowsEveryChange() throws {
        let book = try dir.book()
        func fresh(_ state: Proposal.State?) throws -> [String] { try dir.book().list(state: state, year: 2025).map(\.value.id) }
        for state in [nil] + Proposal.State.allCases.map(Optional.some) {
            let listed = book.list(state: state, year: 2025).map(\.value.id)
            XCTAssertEqual(listed, try fresh(state), "\(String(describing: state))")
            XCTAssertEqual(listed, book.list(state: nil, year: 2025).filter { state == nil || $0.value.state == state }.map(\.value.id))
        }
        let drafts = book.list(state: .draft, year: 2025).count
        let id = try ProposalWorkflow.create(draft(nhung, "BK_TINH"), in: book, actor: "lan", on: checkDay).proposal.value.id
        XCTAssertEqual(book.list(state: .draft, year: 2025).count, drafts + 1, "a new proposal")
        try ProposalWorkflow.move([id], to: .submitted, actor: "lan", in: book)
        XCTAssertFalse(book.list(state: .draft, year: 2025).contains { $0.value.id == id }, "moved")
        XCTAssertTrue(book.list(state: .submitted, year: 2025).contains { $0.value.id == id })
        // Another clerk moves it back to the clerk; this book reads it again.
        try ProposalWorkflow.move([id], to: .returned, reason: "Thiếu hồ sơ", actor: "tham-dinh", in: try dir.book())
        XCTAssertTrue(book.list(state: .submitted, year: 2025).contains { $0.value.id == id }, "not read again yet")
        book.reload()
        XCTAssertTrue(book.list(state: .returned, year: 2025).contains { $0.value.id == id })
        XCTAssertEqual(book.list(state: .submitted, year: 2025).map(\.value.id), try fresh(.submitted))
    }

    func testIllegalTransitionsAndReasons() throws {
        let book = try dir.book()
        let id = try ProposalWorkflow.create(draft(nhung, "BK_TINH"), in: book, actor: "lan", on: checkDay).proposal.value.id
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .toCouncil, actor: "lan", in: book)) { e in
            XCTAssertTrue((e as! ValidationError).message(.en).contains("cannot move from Draft to To council"))
        }
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .decided, actor: "lan", in: book))
        try ProposalWorkflow.move([id], to: .submitted, actor: "lan", in: book)
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .returned, reason: "  ", actor: "lan", in: book)) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "reason")
        }
        try ProposalWorkflow.move([id], to: .returned, reason: "Thiếu xác nhận sáng kiến", actor: "tham-dinh", in: book)
        XCTAssertEqual(try book.proposal(id).value.returnReason, "Thiếu xác nhận sáng kiến")
        try ProposalWorkflow.move([id], to: .submitted, actor: "lan", in: book)
        try ProposalWorkflow.move([id], to: .notEligible, reason: "Không đủ tiêu chuẩn", actor: "tham-dinh", in: book)
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .submitted, actor: "lan", in: book))
    }

    func testDossierBlocksSubmissionAndSimplifiedNeedsTwoItems() throws {
        let book = try dir.book()
        let id = try ProposalWorkflow.create(draft(nhung, "BK_TINH", dossier: [.submission: true]), in: book, actor: "lan", on: checkDay).proposal.value.id
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .submitted, actor: "lan", in: book)) { e in
            let v = e as! ValidationError
            XCTAssertEqual(v.field, "dossier")
            XCTAssertTrue(v.message(.vi).contains("Báo cáo thành tích, Biên bản họp xét"), v.message(.vi))
        }
        let simple = try ProposalWorkflow.create(draft(khoa, "GK", achievement: "Đột xuất", dossier: [.submission: true, .achievementReport: true],
                                                       procedure: .simplified), in: book, actor: "lan", on: checkDay).proposal.value.id
        XCTAssertNoThrow(try ProposalWorkflow.move([simple], to: .submitted, actor: "lan", in: book))
    }

    func testCreationRefusals() throws {
        let book = try dir.book()
        XCTAssertThrowsError(try ProposalWorkflow.create(draft(khoa, "CO_TINH"), in: book, actor: "lan", on: checkDay)) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "nominee")
        }
        XCTAssertThrowsError(try ProposalWorkflow.create(draft(anh, "LDTT"), in: book, actor: "lan", on: checkDay)) { e in
            XCTAssertTrue((e as! ValidationError).message(.vi).contains("đang bị xem xét"), (e as! ValidationError).message(.vi))
        }
        try ProposalWorkflow.create(draft(nhung, "GK", achievement: "Thư viện số"), in: book, actor: "lan", on: checkDay)
        XCTAssertThrowsError(try ProposalWorkflow.create(draft(nhung, "BK_TINH", achievement: "thu vien so"), in: book, actor: "lan", on: checkDay)) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "achievement")
        }
        XCTAssertThrowsError(try ProposalWorkflow.create(draft(nhung, "GK", achievement: "Khác"), in: book, actor: "lan", on: checkDay))
        XCTAssertThrowsError(try ProposalWorkflow.create(draft(NomineeRef(.unit, "tn-ldtbxh"), "GK"), in: book, actor: "lan", on: checkDay))
        XCTAssertEqual(dir.added(book.list()).count, 1)
        XCTAssertEqual(book.list().count, 1 + dir.demoIds.count)
    }

    /// An edit based on the revision the clerk's form was filled from is refused, naming the other clerk,
    /// when someone saved since, even after this book has read the newer revision.
    func testAnEditBasedOnAnOlderRevisionIsAConflict() throws {
        let book = try dir.book()
        let made = try ProposalWorkflow.create(draft(nhung, "BK_TINH"), in: book, actor: "lan", on: checkDay).proposal
        let lanBook = ProposalBook(workspace: try Workspace(root: dir.root, user: "lan"))
        var theirs = try lanBook.proposal(made.value.id).value
        theirs.achievement = "Lan sửa"
        try ProposalWorkflow.update(theirs, in: lanBook, actor: "lan")
        book.reload()
        var mine = try book.proposal(made.value.id).value
        mine.achievement = "Tôi sửa"
        XCTAssertThrowsError(try ProposalWorkflow.update(mine, in: book, actor: "test", basedOn: made.revision)) { e in
            guard case StoreError.conflict(_, let by, _, _, _) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(by, "lan")
        }
        XCTAssertEqual(try ProposalBook(workspace: try dir.workspace()).proposal(made.value.id).value.achievement, "Lan sửa")
        // Based on the revision now read, it goes through.
        try ProposalWorkflow.update(mine, in: book, actor: "test", basedOn: try book.proposal(made.value.id).revision)
    }

    func testBatchMoveIsAllOrNothing() throws {
        let book = try dir.book()
        let a = try ProposalWorkflow.create(draft(nhung, "BK_TINH"), in: book, actor: "lan", on: checkDay).proposal.value.id
        let b = try ProposalWorkflow.create(draft(lan, "LDTT", year: 2024), in: book, actor: "lan", on: checkDay).proposal.value.id
        let c = try ProposalWorkflow.create(draft(khoa, "GK", dossier: [:]), in: book, actor: "lan", on: checkDay).proposal.value.id
        XCTAssertThrowsError(try ProposalWorkflow.move([a, b, c], to: .submitted, actor: "lan", in: book))
        let fresh = try dir.book()
        XCTAssertEqual(dir.added(fresh.list(state: .draft)).count, 3)
        XCTAssertEqual(fresh.list(state: .draft).count, 3 + fresh.list(state: .draft).filter { dir.demoIds.contains($0.value.id) }.count)
        try ProposalWorkflow.move([a, b], to: .submitted, actor: "lan", in: book)
        XCTAssertEqual(dir.added(try dir.book().list(state: .submitted)).map(\.value.id).sorted(), [a, b].sorted())
    }

    func testViewerMayNotProposeDecideOrImport() throws {
        let admin = try dir.book()
        let id = try ProposalWorkflow.create(draft(nhung, "BK_TINH"), in: admin, actor: "test", on: checkDay).proposal.value.id
        let viewer = ProposalBook(workspace: try Workspace(root: dir.root, user: "xem"))
        XCTAssertThrowsError(try ProposalWorkflow.create(draft(khoa, "GK"), in: viewer, actor: "xem", on: checkDay)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .submitted, actor: "xem", in: viewer)) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertThrowsError(try Decisions.make(DecisionRequest(number: "1/QĐ-UBND", date: CivilDate(2025, 8, 1), signerTitle: "Chủ tịch",
                                                                signerName: "A", proposalIds: [id]), in: viewer, actor: "xem")) { XCTAssertTrue($0 is PermissionError) }
        let csv = Data("Năm,Tên,Đơn vị,Danh hiệu\n2024,Hà Thị Mai,Sở Y tế,LDTT\n".utf8)
        XCTAssertNoThrow(try AwardImport.run(data: csv, file: "a.csv", into: viewer.workspace, dryRun: true, actor: "xem"))
        XCTAssertThrowsError(try AwardImport.run(data: csv, file: "a.csv", into: viewer.workspace, dryRun: false, actor: "xem")) { XCTAssertTrue($0 is PermissionError) }
        XCTAssertEqual(ProposalWorkflow.permission(toMoveTo: .submitted), .editProposals)
        XCTAssertEqual(ProposalWorkflow.permission(toMoveTo: .approved), .appraiseProposals)
    }

    func testDraftsFromClusterScoringAreCreatedTogether() throws {
        let book = try dir.book()
        let leader = AwardProposalDraft(unitId: "tn-sxd", awardCode: "CO_TINH", rank: 1, finalScore: Rational(95), status: .proposed,
                                        reason: "Dẫn đầu cụm thi đua (hạng 1)", reviewReasons: [])
        let merit = AwardProposalDraft(unitId: "tn-skhcn", awardCode: "BK_TINH", rank: 2, finalScore: Rational(90), status: .proposed,
                                       reason: "Hạng 2 khối thi đua", reviewReasons: [.ballotMissing])
        let alternate = AwardProposalDraft(unitId: "tn-stc", awardCode: "BK_TINH", rank: 3, finalScore: Rational(89), status: .alternate,
                                           reason: "Dự khuyết", reviewReasons: [])
        let drafts = [leader, merit, alternate].compactMap { ProposalDraft(scoring: $0, clusterId: "tn-khoi-kinh-te", year: 2025) }
        XCTAssertEqual(drafts.count, 2)
        let made = try ProposalWorkflow.createAll(drafts, in: book, actor: "lan", on: checkDay)
        XCTAssertEqual(made.map(\.proposal.value.clusterId), ["tn-khoi-kinh-te", "tn-khoi-kinh-te"])
        XCTAssertEqual(made.map(\.proposal.value.needsCouncilReview), [false, true])
        // The block's round is still open: the flag waits for the closed round's ranking (not the chair).
        XCTAssertEqual(made[0].report.condition("cluster-leader")?.status, .unknown)
        // A second leader proposal for the same cluster and year is a duplicate; nothing of the batch is written.
        let again = ProposalDraft(year: 2025, nominee: NomineeRef(.unit, "tn-sxd"), awardCode: "CO_TINH", achievement: "Khác")
        let other = ProposalDraft(year: 2025, nominee: NomineeRef(.unit, "tn-sct"), awardCode: "GK", achievement: "Giấy khen")
        XCTAssertThrowsError(try ProposalWorkflow.createAll([other, again], in: book, actor: "lan", on: checkDay))
        XCTAssertEqual(dir.added(try dir.book().list()).count, 2)
        XCTAssertEqual(try dir.book().list().count, 2 + dir.demoIds.count)
    }

    func testCouncilThreshold() {
        let pass = ProposalWorkflow.councilPasses
        let half = Decimal(string: "0.5")!, ninety = Decimal(string: "0.9")!
        XCTAssertFalse(pass(Proposal.Vote(forVotes: 5, against: 5, members: 10), half))
        XCTAssertTrue(pass(Proposal.Vote(forVotes: 6, against: 4, members: 10), half))
        XCTAssertTrue(pass(Proposal.Vote(forVotes: 5, against: 0, members: 9), half))
        XCTAssertFalse(pass(Proposal.Vote(forVotes: 4, against: 0, members: 9), half))
        XCTAssertTrue(pass(Proposal.Vote(forVotes: 9, against: 1, members: 10), ninety))
        XCTAssertFalse(pass(Proposal.Vote(forVotes: 8, against: 0, members: 10), ninety))
        XCTAssertFalse(pass(Proposal.Vote(forVotes: 17, against: 0, members: 19), ninety))
        XCTAssertTrue(pass(Proposal.Vote(forVotes: 18, against: 0, members: 19), ninety))
        XCTAssertFalse(pass(Proposal.Vote(forVotes: 0, against: 0, members: 0), half))
    }

    func testVoteOnlyBeforeCouncilAndInsufficientVotesRefuseApproval() throws {
        let book = try dir.book()
        let id = try ProposalWorkflow.create(draft(khoa, "CSTD_TQ"), in: book, actor: "lan", on: checkDay).proposal.value.id
        XCTAssertThrowsError(try ProposalWorkflow.vote([id], Proposal.Vote(forVotes: 9, against: 0, members: 10), actor: "x", in: book))
        for s in [Proposal.State.submitted, .underAppraisal] { try ProposalWorkflow.move([id], to: s, actor: "lan", in: book) }
        // Not eligible: it reaches the council only with an override.
        try ProposalWorkflow.move([id], to: .toCouncil, overrideReason: "Hội đồng xem xét thành tích đặc biệt", actor: "lan", in: book)
        try ProposalWorkflow.vote([id], Proposal.Vote(forVotes: 8, against: 2, members: 10), actor: "thu-ky", in: book)
        XCTAssertThrowsError(try ProposalWorkflow.move([id], to: .approved, actor: "lan", in: book)) { e in
            XCTAssertTrue((e as! ValidationError).message(.en).contains("8/10 for, 90%"), (e as! ValidationError).message(.en))
        }
    }
}

final class MoneyAndDecisionTests: XCTestCase {
    let catalogue = DefaultCatalogue.catalogue

    func amount(_ code: String, _ kind: NomineeRef.Kind, _ date: CivilDate) throws -> Int {
        try Money.line(award: catalogue.award(code)!, nominee: NomineeRef(kind, "x"), on: date, catalogue: catalogue).amount
    }

    func testRequiredFigures() throws {
        XCTAssertEqual(try amount("BK_TINH", .person, CivilDate(2025, 8, 1)), 3_510_000)
        XCTAssertEqual(try amount("BK_TINH", .unit, CivilDate(2025, 3, 1)), 4_680_000)
        XCTAssertEqual(try amount("LDTT", .person, CivilDate(2024, 8, 1)), 710_000)
        XCTAssertEqual(try amount("CO_TINH", .unit, CivilDate(2025, 1, 15)), 18_720_000)
    }

    /// An award received shows its money: what was paid, else what the rules give on its decision date.
    func testTheMoneyOfAnAwardReceived() {
        var r = AwardRecord(id: "a", year: 2025, nominee: NomineeRef(.person, "x"), awardCode: "BK_TINH",
                            decisionNumber: "1/QĐ", decisionDate: CivilDate(2025, 8, 1), source: .imported)
        XCTAssertEqual(Money.amount(of: r, catalogue: catalogue), 3_510_000)
        r.amount = 3_000_000
        XCTAssertEqual(Money.amount(of: r, catalogue: catalogue), 3_000_000)
        r.amount = nil
        r.decisionDate = nil
        XCTAssertNil(Money.amount(of: r, catalogue: catalogue))
    }

    func testMoreFiguresAndRounding() throws {
        XCTAssertEqual(try amount("LDTT", .person, CivilDate(2024, 6, 30)), 540_000)  // 0.3 × 1,800,000 exactly
        XCTAssertEqual(try amount("TTLDTT", .unit, CivilDate(2025, 1, 1)), 1_880_000) // 0.8 × 2,340,000 = 1,872,000
        XCTAssertEqual(try amount("BK_TTG", .unit, CivilDate(2026, 7, 1)), 17_710_000)
        XCTAssertEqual(try amount("GK", .household, CivilDate(2025, 1, 1)), 710_000)
        XCTAssertEqual(Money.roundedAmount(coefficient: Decimal(string: "0.3")!, baseSalary: 1_490_000), 450_000)
        XCTAssertEqual(Money.roundedAmount(coefficient: Decimal(string: "1.0")!, baseSalary: 2_340_000), 2_340_000)
        XCTAssertEqual(Money.format(18_720_000), "18.720.000 đ")
        XCTAssertThrowsError(try amount("CO_TINH", .person, CivilDate(2025, 1, 15)))
        XCTAssertThrowsError(try amount("LDTT", .person, CivilDate(2019, 1, 1)))
    }

    func approved(_ book: ProposalBook, _ n: NomineeRef, _ code: String, year: Int = 2025) throws -> String {
        let made = try ProposalWorkflow.create(ProposalDraft(year: year, nominee: n, awardCode: code, achievement: "Thành tích \(n.id)", dossier: fullDossier),
                                               in: book, actor: "lan", on: checkDay)
        let id = made.proposal.value.id
        if made.report.status != .met {
            try ProposalWorkflow.overrideEligibility([id], reason: "Hồ sơ giấy đã đủ", actor: "test", in: book)
        }
        for s in [Proposal.State.submitted, .underAppraisal, .toCouncil] { try ProposalWorkflow.move([id], to: s, actor: "lan", in: book) }
        try ProposalWorkflow.move([id], to: .approved, vote: Proposal.Vote(forVotes: 10, against: 0, members: 10), actor: "lan", in: book)
        return id
    }

    func testDecisionWritesRecordsMoneyAndDecidedProposalsInOneBatch() throws {
        let dir = try DemoDirectory()
        let book = try dir.book()
        let a = try approved(book, nhung, "BK_TINH"), b = try approved(book, NomineeRef(.unit, "tn-sgddt"), "BK_TINH")
        let req = DecisionRequest(number: "163/QĐ-UBND", date: CivilDate(2025, 8, 1), signerTitle: "Chủ tịch UBND tỉnh",
                                  signerName: "Nguyễn Văn A", proposalIds: [a, b])
        let result = try Decisions.make(req, in: book, actor: "lan")
        XCTAssertEqual(result.lines.map(\.amount), [3_510_000, 7_020_000])
        XCTAssertEqual(result.total, 10_530_000)
        XCTAssertTrue(result.warnings.isEmpty)
        XCTAssertEqual(Decisions.authorityWarnings(DefaultCatalogue.catalogue.award("BK_TINH")!, signerTitle: "Giám đốc Sở").count, 1)
        XCTAssertEqual(Decisions.authorityWarnings(DefaultCatalogue.catalogue.award("HCLD3")!, signerTitle: "Chủ tịch nước").count, 1)
        XCTAssertTrue(Decisions.authorityWarnings(DefaultCatalogue.catalogue.award("LDTT")!, signerTitle: "Giám đốc Sở").isEmpty)
        let ws = try dir.workspace()
        let recs = ws.awards(year: 2025).map(\.value).filter { $0.decisionNumber == "163/QĐ-UBND" }
        XCTAssertEqual(recs.count, 2)
        XCTAssertEqual(recs.first { $0.nominee == nhung }?.amount, 3_510_000)
        let fresh = ProposalBook(workspace: ws)
        XCTAssertEqual(try fresh.proposal(a).value.state, .decided)
        XCTAssertEqual(try fresh.proposal(a).value.decisionId, "2025-163-qd-ubnd")
        XCTAssertEqual(ws.store.loadAll(Decision.self).values.first?.recipients.count, 2)
        // The new record now counts as history: a second BK_TINH for 2025 is a duplicate.
        XCTAssertEqual(Eligibility.check(nominee: nhung, award: "BK_TINH", year: 2025, in: try fresh.history(), on: checkDay)
            .condition("duplicate")?.status, .notMet)
        // The same number again is refused.
        XCTAssertThrowsError(try Decisions.make(req, in: fresh, actor: "lan"))
    }

    func testDecisionRefusals() throws {
        let dir = try DemoDirectory()
        let book = try dir.book()
        let decisionsBefore = try dir.workspace().store.loadAll(Decision.self).values.count
        let a = try approved(book, nhung, "BK_TINH"), l = try approved(book, lan, "LDTT", year: 2024)
        func req(_ number: String, _ ids: [String]) -> DecisionRequest {
            DecisionRequest(number: number, date: CivilDate(2025, 8, 1), signerTitle: "Chủ tịch", signerName: "Nguyễn Văn A", proposalIds: ids)
        }
        XCTAssertThrowsError(try Decisions.make(req("163/UBND", [a]), in: book, actor: "lan")) { e in
            XCTAssertEqual((e as? ValidationError)?.field, "number")
        }
        XCTAssertThrowsError(try Decisions.make(req("12/QĐ-UBND", [a, l]), in: book, actor: "lan"))
        let draftOnly = try ProposalWorkflow.create(ProposalDraft(year: 2025, nominee: khoa, awardCode: "GK", achievement: "x"), in: book, actor: "lan", on: checkDay)
        XCTAssertThrowsError(try Decisions.make(req("13/QĐ-UBND", [draftOnly.proposal.value.id]), in: book, actor: "lan"))
        XCTAssertEqual(try dir.workspace().store.loadAll(Decision.self).values.count, decisionsBefore, "no decision made")
        XCTAssertEqual(try dir.book().proposal(a).value.state, .approved)
    }
}
