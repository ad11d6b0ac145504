import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

/// A demo data directory without its 2025 workflow samples (made by DataInitializer, the login "root" its administrator; "lan" a clerk,
/// "xem" a viewer) and an application showing one award screen on the memory backend.
final class AwardScreenHarness {
    let root = TestDirectories.path("tdkt-award-screens")
    private(set) var app: Application!
    private(set) var workspace: Workspace!

    /// The proposals the demo comes with (those its final economic block round made, all 2024 drafts).
    private(set) var demoProposals: [Proposal] = []

    init() throws {
        // The demo without its 2025 samples in every state: each list holds the final round's drafts and what the test makes.
        try DemoFixture.make(root: root, user: "root", workSamples: false)
        let book = ProposalBook(workspace: try reread())
        book.loadAll()
        demoProposals = book.proposals.values.map(\.value)
    }

    /// How many of the demo's own proposals a list of `year` (nil: every year) shows.
    func demoCount(year: Int? = nil, state: Proposal.State? = nil) -> Int {
        demoProposals.filter { p in year.map { p.year == $0 } ?? true && state.map { p.state == $0 } ?? true }.count
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Opens a view made for `login` as the application's root.
    @discardableResult
    func open(as login: String, _ make: (Workspace) -> View) throws -> View {
        workspace = try Workspace(root: root, user: login)
        let view = make(workspace)
        app = Application(root: view, language: .vi, commands: AppCommands.table, appTitle: "TĐKT", statusInfo: login)
        return view
    }

    /// A fresh workspace, to check what was written.
    func reread(as login: String = "root") throws -> Workspace { try Workspace(root: root, user: login) }

    var frame: Frame { app.render(size: .standard) }
    var text: String { frame.text }
    var bar: String { frame.row(23) }
    /// The labels of the F9 menu of the screen on top (its own actions the user may take).
    var actions: [String] {
        guard let top = app.top else { return [] }
        return app.commands.actions(for: top.allContexts, hiding: app.hiddenCommands(of: top)).map { $0.label.vi }
    }

    func press(_ keys: Key...) { app.handle(keys) }
    func type(_ s: String) { for c in s { app.handle(.char(c)) } }

    /// Opens proposals through the domain (full dossier) and moves them on to `state`.
    func proposals(_ specs: [(NomineeRef, String, Int)], to state: Proposal.State = .draft, vote: Proposal.Vote? = nil) throws -> [String] {
        let book = ProposalBook(workspace: try reread())
        let dossier = Dictionary(uniqueKeysWithValues: AwardType.DossierItem.allCases.map { ($0, true) })
        let ids = try specs.map { n, code, year in
            try ProposalWorkflow.create(ProposalDraft(year: year, nominee: n, awardCode: code, achievement: "Thành tích \(n.id) \(code)",
                                                      dossier: dossier), in: book, actor: "root").proposal.value.id
        }
        let path: [Proposal.State] = [.submitted, .underAppraisal, .toCouncil, .approved]
        for s in path.prefix(through: path.firstIndex(of: state) ?? -1) {
            // Those whose eligibility is not met reach the council with an override, as the office would record it.
            try ProposalWorkflow.move(ids, to: s, vote: s == .approved ? (vote ?? Proposal.Vote(forVotes: 9, against: 0, members: 9)) : nil,
                                      overrideReason: s == .toCouncil ? "Hồ sơ giấy đã thẩm định" : nil, actor: "root", in: book)
        }
        return ids
    }
}

let khoa = NomineeRef(.person, "nguyen-van-khoa")
let nhung = NomineeRef(.person, "pham-thi-hong-nhung")
let lan = NomineeRef(.person, "tran-thi-lan")
