import Foundation
import TDKTText

/// What a clerk fills in to open a proposal.
public struct ProposalDraft: Sendable, Equatable {
    public var year: Int
    public var nominee: NomineeRef
    public var awardCode: String
    public var kind: Proposal.Kind
    public var procedure: Proposal.Procedure
    public var campaignId: String?
    public var clusterId: String?
    public var achievement: String
    public var dossier: [AwardType.DossierItem: Bool]
    /// Chosen by the program when nil.
    public var id: String?
    public var needsCouncilReview: Bool
    public init(year: Int, nominee: NomineeRef, awardCode: String, kind: Proposal.Kind = .regular, procedure: Proposal.Procedure = .normal,
                campaignId: String? = nil, clusterId: String? = nil, achievement: String,
                dossier: [AwardType.DossierItem: Bool] = [:], id: String? = nil, needsCouncilReview: Bool = false) {
        self.year = year; self.nominee = nominee; self.awardCode = awardCode; self.kind = kind; self.procedure = procedure
        self.campaignId = campaignId; self.clusterId = clusterId; self.achievement = achievement; self.dossier = dossier; self.id = id
        self.needsCouncilReview = needsCouncilReview
    }

    /// A draft from a cluster's scoring result (the leader for the flag, the next units for Bằng khen);
    /// nil for an alternate, which is listed for the council but not proposed.
    public init?(scoring d: AwardProposalDraft, clusterId: String, year: Int) {
        guard d.status == .proposed else { return nil }
        self.init(year: year, nominee: NomineeRef(.unit, d.unitId), awardCode: d.awardCode, clusterId: clusterId,
                  achievement: d.reason, needsCouncilReview: d.needsCouncilReview)
    }
}

/// The proposals of a data directory, read by year as they are asked for and kept current as the workflow
/// writes them: a list of one year reads that year only, so it costs the same in a province's tenth year
/// as in its first. What needs every year (eligibility, a new proposal's id) reads the rest first.
public final class ProposalBook: @unchecked Sendable {
    public let workspace: Workspace
    /// The proposals of the years read so far (`loadedYears`).
    public private(set) var proposals: [String: Stored<Proposal>] = [:] { didSet { inOrder = [:] } }
    /// Files of the years read so far that could not be read.
    public private(set) var problems: [LoadProblem] = []
    public private(set) var loadedYears: Set<Int> = []
    private var problemsByYear: [Int: [LoadProblem]] = [:]

    /// Reads nothing yet: each question reads the years it needs.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The years that have proposals (their folders), newest first; nothing is read.
    public var years: [Int] { workspace.store.years(in: Proposal.collection).sorted(by: >) }

    /// The year a screen opens on: the newest year with proposals, else this calendar year.
    public var currentYear: Int { years.first ?? CivilDate.today().year }

    /// Reads a year if it is not read yet.
    public func load(year: Int) {
        if loadedYears.contains(year) { return }
        read(year)
    }

    /// Reads every year not read yet.
    public func loadAll() { for y in years where !loadedYears.contains(y) { read(y) } }

    public var allYearsLoaded: Bool { years.allSatisfy(loadedYears.contains) }

    /// When each read year's folder last changed (a save renames a file into it), to notice another clerk's save.
    private var folderStamps: [Int: Date] = [:]

    private func folderStamp(_ year: Int) -> Date? {
        let path = workspace.store.path("\(Proposal.collection)/\(year)")
        return (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// True when a year read here has changed on disk since (a proposal saved, by anyone): one stat per year.
    public var changedOnDisk: Bool {
        loadedYears.contains { folderStamp($0) != folderStamps[$0] }
    }

    private func read(_ year: Int) {
        folderStamps[year] = folderStamp(year)
        // The list names the nominees: their names are read on the other core meanwhile, if not read yet.
        let store = workspace.store
        let loaded = workspace.alongsidePersonLabels { store.loadAll(Proposal.self, year: year) }
        proposals = proposals.filter { $0.value.value.year != year }
        for r in loaded.records { proposals[r.value.id] = r }
        loadedYears.insert(year)
        problemsByYear[year] = loaded.problems
        workspace.noteLoadProblems("proposals/\(year)", loaded.problems)
        problems = problemsByYear.keys.sorted().flatMap { problemsByYear[$0]! }
    }

    /// Reads again the years read so far (records whose files did not change are not decoded again).
    public func reload() {
        nameKeys = [:]
        let years = loadedYears
        loadedYears = []
        for y in years.sorted() { read(y) }
    }

    /// Proposals filtered by state and year (nil: every year, all read), by year then award then nominee
    /// name (Vietnamese order); for a unit's officer, only those of its unit and the units under it.
    public func list(state: Proposal.State? = nil, year: Int? = nil) -> [Stored<Proposal>] {
        if let year { load(year: year) } else { loadAll() }
        let scope = workspace.scopeUnitIds
        // A state's proposals are taken from the year's in order: a state tab sorts nothing. (Not kept for a
        // unit's officer, whose scope follows the units and people as they change.)
        let all: [Stored<Proposal>]
        if scope == nil, let kept = inOrder[year] {
            all = kept
        } else {
            all = proposals.values.filter { p in
                (year.map { p.value.year == $0 } ?? true)
                    && (scope == nil || workspace.unitId(of: p.value.nominee).map { scope!.contains($0) } == true)
            }
                .sorted(byKey: { p in ProposalOrder(year: p.value.year, awardCode: p.value.awardCode, name: nameKey(p.value.nominee), id: p.value.id) })
            if scope == nil { inOrder[year] = all }
        }
        return state.map { state in all.filter { $0.value.state == state } } ?? all
    }

    /// A year's proposals (nil: every year) in the list's order, made again after any change of the proposals read.
    private var inOrder: [Int?: [Stored<Proposal>]] = [:]

    /// Each nominee's name collated once for the life of the book (names change rarely; `reload` forgets them).
    private var nameKeys: [NomineeRef: CollationKey] = [:]
    private func nameKey(_ n: NomineeRef) -> CollationKey {
        if let k = nameKeys[n] { return k }
        let k = CollationKey(workspace.name(of: n))
        nameKeys[n] = k
        return k
    }

    public func proposal(_ id: String) throws -> Stored<Proposal> {
        if proposals[id] == nil { loadAll() }
        guard let p = proposals[id], workspace.inScope(p.value.nominee) else {
            throw ValidationError(field: "proposal", label: ProposalWorkflow.label, reason: Reason.unknownReference(id))
        }
        return p
    }

    /// The award history with these proposals, for eligibility checks.
    public func history(policy: EligibilityPolicy = EligibilityPolicy()) throws -> AwardHistory {
        loadAll()
        return try AwardHistory(workspace: workspace, proposals: proposals.values.map(\.value), policy: policy)
    }

    func remember(_ stored: [Stored<Proposal>]) { for s in stored { proposals[s.value.id] = s } }
}

/// Newest year first, then award code, then nominee name in Vietnamese order (then id, for a stable list).
struct ProposalOrder: OrderedKey {
    var year: Int, awardCode: String, name: CollationKey, id: String
    static func < (a: Self, b: Self) -> Bool { order(a, b) < 0 }
    static func order(_ a: Self, _ b: Self) -> Int {
        if a.year != b.year { return a.year > b.year ? -1 : 1 }
        if a.awardCode != b.awardCode { return a.awardCode < b.awardCode ? -1 : 1 }
        let name = CollationKey.order(a.name, b.name)
        return name != 0 ? name : String.order(a.id, b.id)
    }
}

/// The proposal workflow: draft → submitted → underAppraisal → toCouncil → approved | returned | notEligible;
/// returned → submitted; approved → decided only through a decision (`Decisions.make`).
/// Every change appends a StateChange naming the actor (the login recorded in the history). Each write first
/// checks the workspace user's permission (editProposals, appraiseProposals; see `permission(toMoveTo:)`).
public enum ProposalWorkflow {
    static let label = Localized(vi: "Đề nghị khen thưởng", en: "Proposal")

    public static let transitions: [Proposal.State: [Proposal.State]] = [
        .draft: [.submitted],
        .submitted: [.underAppraisal, .returned, .notEligible],
        .underAppraisal: [.toCouncil, .returned, .notEligible],
        .toCouncil: [.approved, .returned, .notEligible],
        .returned: [.submitted],
        .approved: [.decided],
        .notEligible: [],
        .decided: [],
    ]

    public static func allowedTargets(from state: Proposal.State) -> [Proposal.State] { transitions[state] ?? [] }

    /// The documents a proposal needs before it is submitted: the award's list, or for the simplified
    /// procedure only the submission and a short report.
    public static func requiredDossier(_ award: AwardType, procedure: Proposal.Procedure) -> [AwardType.DossierItem] {
        procedure == .simplified ? [.submission, .achievementReport] : award.dossier
    }

    public static func missingDossier(_ p: Proposal, award: AwardType) -> [AwardType.DossierItem] {
        requiredDossier(award, procedure: p.procedure).filter { p.dossier[$0] != true }
    }

    /// The council approves when the votes for reach the award's threshold of **all** council members
    /// (absent members vote in writing) and are more than half of them: for × 1 ≥ threshold × members and
    /// for × 2 > members. With 0.5 that is "more than half"; with 0.9, "at least 90%".
    public static func councilPasses(_ vote: Proposal.Vote, threshold: Decimal) -> Bool {
        guard vote.members > 0 else { return false }
        return Decimal(vote.forVotes) >= threshold * Decimal(vote.members) && vote.forVotes * 2 > vote.members
    }

    static func refuse(_ p: Proposal, _ vi: String, _ en: String, field: String = "state") -> ValidationError {
        ValidationError(field: field, label: Localized(vi: "Đề nghị \(p.id)", en: "Proposal \(p.id)"), reason: Localized(vi: vi, en: en))
    }

    /// One change of state, checked; the result carries the new StateChange. `decided` is refused here.
    public static func transition(_ p: Proposal, to target: Proposal.State, actor: String, reason: String? = nil,
                                  at time: Date = Date(), catalogue: AwardCatalogue) throws -> Proposal {
        guard allowedTargets(from: p.state).contains(target) else {
            let allowed = allowedTargets(from: p.state)
            throw refuse(p, "không chuyển được từ \(p.state.label.vi) sang \(target.label.vi)"
                            + (allowed.isEmpty ? "" : " (được: \(allowed.map(\.label.vi).joined(separator: ", ")))"),
                         "cannot move from \(p.state.label.en) to \(target.label.en)"
                            + (allowed.isEmpty ? "" : " (allowed: \(allowed.map(\.label.en).joined(separator: ", ")))"))
        }
        if target == .decided {
            throw refuse(p, "chỉ chuyển sang Đã có quyết định khi ra quyết định", "only a decision moves a proposal to decided")
        }
        let why = reason.map { TextNormalization.clean($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        if (target == .returned || target == .notEligible) && why == nil {
            throw refuse(p, "cần ghi lý do khi \(target == .returned ? "trả lại" : "kết luận không đủ điều kiện")",
                         "a reason is required to mark it \(target.label.en.lowercased())", field: "reason")
        }
        guard let award = catalogue.award(p.awardCode) else {
            throw refuse(p, "hình thức \(p.awardCode) không có trong danh mục", "award \(p.awardCode) is not in the catalogue", field: "awardCode")
        }
        if target == .submitted {
            let missing = missingDossier(p, award: award)
            if !missing.isEmpty {
                throw refuse(p, "hồ sơ còn thiếu: " + missing.map(\.label.vi).joined(separator: ", "),
                             "dossier incomplete, missing: " + missing.map(\.label.en).joined(separator: ", "), field: "dossier")
            }
        }
        if target == .approved {
            guard let vote = p.vote else {
                throw refuse(p, "chưa có kết quả biểu quyết của Hội đồng", "the council's vote is not recorded", field: "vote")
            }
            if !councilPasses(vote, threshold: award.councilThreshold) {
                throw refuse(p, "Hội đồng chưa đủ phiếu: \(vote.forVotes)/\(vote.members) đồng ý, cần \(percent(award.councilThreshold)) và quá nửa",
                             "not enough council votes: \(vote.forVotes)/\(vote.members) for, \(percent(award.councilThreshold)) and a majority needed",
                             field: "vote")
            }
        }
        var next = p
        next.history.append(Proposal.StateChange(from: p.state, to: target, by: actor, at: time, reason: why))
        next.state = target
        return next
    }

    static func percent(_ d: Decimal) -> String { "\(NSDecimalNumber(decimal: d * 100).stringValue)%" }

    /// The permission a move needs: submitting is the proposing clerk's; appraisal, council and outcome are the office's.
    public static func permission(toMoveTo target: Proposal.State) -> Permission {
        target == .submitted || target == .draft ? .editProposals : (target == .decided ? .makeDecisions : .appraiseProposals)
    }

    /// Records the council's vote on a proposal that is before the council.
    public static func recordVote(_ p: Proposal, _ vote: Proposal.Vote) throws -> Proposal {
        guard p.state == .toCouncil else {
            throw refuse(p, "chỉ ghi phiếu khi đề nghị đang trình Hội đồng", "a vote is recorded only while the proposal is before the council", field: "vote")
        }
        var next = p
        next.vote = vote
        try next.validate()
        return next
    }

    static func makeId(_ d: ProposalDraft, taken: (String) -> Bool) -> String {
        let base = String("\(d.year)-\(d.awardCode.lowercased())-\(d.nominee.id)".prefix(58))
        var id = base, n = 2
        while taken(id) { id = "\(base)-\(n)"; n += 1 }
        return id
    }

    /// Opens a draft proposal. Refused: an award not for this kind of nominee, a pending discipline or
    /// investigation, a ceased unit, a duplicate (same award and year, or the same achievement proposed for another award).
    /// The other conditions do not block a draft; the report returned shows them.
    @discardableResult
    public static func create(_ draft: ProposalDraft, in book: ProposalBook, actor: String, at time: Date = Date(),
                              on date: CivilDate = CivilDate.today()) throws -> (proposal: Stored<Proposal>, report: EligibilityReport) {
        try createAll([draft], in: book, actor: actor, at: time, on: date)[0]
    }

    /// Opens several drafts at once (e.g. from a cluster's scoring), all or none, with the same refusals as `create`.
    @discardableResult
    public static func createAll(_ drafts: [ProposalDraft], in book: ProposalBook, actor: String, at time: Date = Date(),
                                 on date: CivilDate = CivilDate.today()) throws -> [(proposal: Stored<Proposal>, report: EligibilityReport)] {
        try book.workspace.authorize(.editProposals)
        var history = try book.history()
        var made: [(Proposal, EligibilityReport)] = []
        for draft in drafts {
            let (p, report) = try prepare(draft, book: book, history: history, taken: Set(made.map(\.0.id)), on: date)
            history.add(p)
            made.append((p, report))
        }
        let written = try book.workspace.store.commit(made.map { PendingWrite($0.0, basedOn: nil, action: "proposal new by \(actor)") })
        let stored = zip(made, written).map { m, w in Stored(value: m.0, revision: w.revision, modifiedBy: book.workspace.login, modifiedAt: w.at) }
        book.remember(stored)
        return zip(stored, made).map { ($0, $1.1) }
    }

    static func prepare(_ draft: ProposalDraft, book: ProposalBook, history: AwardHistory, taken: Set<String>,
                        on date: CivilDate) throws -> (Proposal, EligibilityReport) {
        try book.workspace.authorizeScope(of: draft.nominee)
        book.loadAll()  // an id is new only if no year has it
        let id = draft.id ?? makeId(draft) { book.proposals[$0] != nil || taken.contains($0) }
        if book.proposals[id] != nil || taken.contains(id) {
            throw ValidationError(field: "id", label: label, reason: Localized(vi: "mã \(id) đã có", en: "\(id) already exists"))
        }
        if let c = draft.campaignId, book.workspace.campaigns[c] == nil {
            throw ValidationError(field: "campaignId", label: Localized(vi: "Phong trào", en: "Campaign"), reason: Reason.unknownReference(c))
        }
        let proposal = Proposal(id: id, year: draft.year, nominee: draft.nominee, awardCode: draft.awardCode, kind: draft.kind,
                                procedure: draft.procedure, campaignId: draft.campaignId, clusterId: draft.clusterId,
                                achievement: draft.achievement, dossier: draft.dossier, needsCouncilReview: draft.needsCouncilReview)
        try proposal.validate()
        let report = Eligibility.check(nominee: draft.nominee, award: draft.awardCode, year: draft.year, in: history, on: date,
                                       achievement: proposal.achievement, excludingProposal: id)
        let blocking = ["award": "awardCode", "nominee": "nominee", "recipients": "nominee", "discipline": "nominee",
                        "unit-active": "nominee", "duplicate": "achievement"]
        if let c = report.conditions.first(where: { $0.status == .notMet && blocking[$0.id] != nil }) {
            let why = Localized(vi: c.line(.vi), en: c.line(.en))
            throw ValidationError(field: blocking[c.id]!, label: Localized(vi: "Đề nghị \(id)", en: "Proposal \(id)"), reason: why)
        }
        return (proposal, report)
    }

    /// Saves edits to a draft or returned proposal (dossier items, achievement). `basedOn` is the revision the
    /// clerk's form was filled from: when another clerk saved since, the save is refused as a conflict (naming
    /// them) even if this book has read their revision meanwhile. Nil: the revision this book holds.
    @discardableResult
    public static func update(_ p: Proposal, in book: ProposalBook, actor: String, basedOn revision: Int? = nil) throws -> Stored<Proposal> {
        try book.workspace.authorize(.editProposals)
        let current = try book.proposal(p.id)
        try book.workspace.authorizeScope(of: current.value)
        guard current.value.isEditable, p.state == current.value.state else {
            throw refuse(p, "chỉ sửa được đề nghị nháp hoặc bị trả lại", "only a draft or returned proposal can be edited")
        }
        let was = current.value
        for (field, changed) in [("nominee", p.nominee != was.nominee), ("awardCode", p.awardCode != was.awardCode), ("year", p.year != was.year)]
        where changed {
            throw refuse(p, "không đổi được đối tượng, hình thức hay năm của đề nghị đã lập; hãy lập đề nghị mới",
                         "the nominee, award and year of a proposal cannot change once it exists; make a new proposal", field: field)
        }
        if let revision, revision != current.revision {
            throw StoreError.conflict(path: p.relativePath, changedBy: current.modifiedBy, changedAt: current.modifiedAt,
                                      expected: revision, found: current.revision)
        }
        let stored = try book.workspace.store.save(p, basedOn: current.revision, action: "proposal edit by \(actor)")
        book.remember([stored])
        return stored
    }

    /// Moves many proposals at once: all of them or none (one store batch). A vote, when given, is recorded
    /// on each before moving (for `approved`). Past appraisal (to the council, approval) each proposal must be
    /// eligible or overridden (`EligibilityGate`); `overrideReason`, from a role allowed to, records the override
    /// on those that are not.
    @discardableResult
    public static func move(_ ids: [String], to target: Proposal.State, reason: String? = nil, vote: Proposal.Vote? = nil,
                            overrideReason: String? = nil, actor: String, in book: ProposalBook, at time: Date = Date(),
                            on date: CivilDate = CivilDate.today()) throws -> [Stored<Proposal>] {
        try book.workspace.authorize(permission(toMoveTo: target))
        if overrideReason != nil { try book.workspace.authorize(.overrideEligibility) }
        guard let catalogue = book.workspace.catalogue?.value else { throw StoreError.notFound(path: "catalogue/awards.json") }
        if ids.isEmpty { throw ValidationError(field: "proposals", label: label, reason: Reason.empty) }
        if Set(ids).count != ids.count {
            throw ValidationError(field: "proposals", label: label, reason: Localized(vi: "một đề nghị được nêu hai lần", en: "a proposal is listed twice"))
        }
        let gated = EligibilityGate.gatedStates.contains(target)
        let history = gated || overrideReason != nil ? try book.history() : nil
        var writes: [PendingWrite] = []
        var moved: [Proposal] = []
        var checked: [(Proposal, EligibilityReport)] = []
        for id in ids {
            let current = try book.proposal(id)
            try book.workspace.authorizeScope(of: current.value)
            try SeparationOfDuties.require(current.value, step: .move(target), in: book.workspace)
            if vote != nil { try SeparationOfDuties.require(current.value, step: .vote, in: book.workspace) }
            var p = current.value
            var action = "proposal \(target.rawValue) by \(actor)"
            if let vote { p = try recordVote(p, vote) }
            p = try transition(p, to: target, actor: actor, reason: reason, at: time, catalogue: catalogue)
            if let history {
                let report = EligibilityGate.report(p, history: history, on: date)
                if let overrideReason, report.status != .met, p.eligibilityOverride == nil {
                    p = try EligibilityGate.overriding(p, report: report, reason: overrideReason, actor: actor, at: time)
                    action += "; eligibility overridden (\(report.status.rawValue)): \(p.eligibilityOverride!.reason)"
                }
                if gated { checked.append((p, report)) }
            }
            moved.append(p)
            writes.append(PendingWrite(p, basedOn: current.revision, action: action))
        }
        try EligibilityGate.require(checked)
        let written = try book.workspace.store.commit(writes)
        let stored = zip(moved, written).map { Stored(value: $0, revision: $1.revision, modifiedBy: book.workspace.login, modifiedAt: $1.at) }
        book.remember(stored)
        return stored
    }

    /// Records an override of the eligibility check on proposals not yet decided, all or none: each whose
    /// check is not met or unknown gets the reason, the actor and what the check said. An eligible one is refused.
    @discardableResult
    public static func overrideEligibility(_ ids: [String], reason: String, actor: String, in book: ProposalBook,
                                           at time: Date = Date(), on date: CivilDate = CivilDate.today()) throws -> [Stored<Proposal>] {
        try book.workspace.authorize(.overrideEligibility)
        if ids.isEmpty { throw ValidationError(field: "proposals", label: label, reason: Reason.empty) }
        let history = try book.history()
        var writes: [PendingWrite] = [], changed: [Proposal] = []
        for id in ids {
            let current = try book.proposal(id)
            let p = current.value
            if p.state == .decided || p.state == .notEligible {
                throw refuse(p, "đề nghị đã \(p.state.label.vi.lowercased())", "the proposal is already \(p.state.label.en.lowercased())")
            }
            let report = EligibilityGate.report(p, history: history, on: date)
            if report.status == .met {
                throw refuse(p, "đủ điều kiện, không cần vượt", "eligible; nothing to override", field: "override")
            }
            let next = try EligibilityGate.overriding(p, report: report, reason: reason, actor: actor, at: time)
            changed.append(next)
            writes.append(PendingWrite(next, basedOn: current.revision,
                                       action: "proposal eligibility overridden (\(report.status.rawValue)) by \(actor): \(next.eligibilityOverride!.reason)"))
        }
        let written = try book.workspace.store.commit(writes)
        let stored = zip(changed, written).map { Stored(value: $0, revision: $1.revision, modifiedBy: book.workspace.login, modifiedAt: $1.at) }
        book.remember(stored)
        return stored
    }

    /// Records the council's vote on proposals before the council, all or none.
    @discardableResult
    public static func vote(_ ids: [String], _ vote: Proposal.Vote, actor: String, in book: ProposalBook) throws -> [Stored<Proposal>] {
        try book.workspace.authorize(.appraiseProposals)
        var writes: [PendingWrite] = [], voted: [Proposal] = []
        for id in ids {
            let current = try book.proposal(id)
            try SeparationOfDuties.require(current.value, step: .vote, in: book.workspace)
            let p = try recordVote(current.value, vote)
            voted.append(p)
            writes.append(PendingWrite(p, basedOn: current.revision, action: "proposal vote by \(actor)"))
        }
        let written = try book.workspace.store.commit(writes)
        let stored = zip(voted, written).map { Stored(value: $0, revision: $1.revision, modifiedBy: book.workspace.login, modifiedAt: $1.at) }
        book.remember(stored)
        return stored
    }
}
