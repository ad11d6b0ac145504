import Foundation
import TDKTText

/// The state of one (rater, unit) cell of the progress grid. Says who has scored whom, never the values.
public enum ProgressCell: Sendable, Equatable {
    /// The rater is not expected to score this unit (itself, or not allowed by the configuration).
    case notExpected
    /// Expected, no sheet saved.
    case missing
    /// A sheet saved with `filled` of `of` criteria.
    case partial(filled: Int, of: Int)
    case complete

    /// One-character mark for grids: "✓" complete, "…" partial, "·" missing, " " not expected.
    public var mark: String {
        switch self {
        case .notExpected: return "—"
        case .missing: return "·"
        case .partial: return "…"
        case .complete: return "✓"
        }
    }
}

/// Who has scored whom in a round (for the cluster leader and the office).
public struct ScoringProgress: Sendable, Equatable {
    /// Every identity that may cross-score, sorted.
    public var raters: [String]
    /// Member units, in configuration order.
    public var units: [String]
    /// cells[rater][unit]
    public var cells: [String: [String: ProgressCell]]

    public func cell(rater: String, unit: String) -> ProgressCell { cells[rater]?[unit] ?? .notExpected }
    public var expectedCount: Int { cells.values.reduce(0) { $0 + $1.values.filter { $0 != .notExpected }.count } }
    public var completeCount: Int { cells.values.reduce(0) { $0 + $1.values.filter { $0 == .complete }.count } }
    /// Complete sheets this rater has saved, and how many it owes.
    public func count(rater: String) -> (complete: Int, expected: Int) {
        let row = cells[rater]?.values.filter { $0 != .notExpected } ?? []
        return (row.filter { $0 == .complete }.count, row.count)
    }

    public init(round: ScoringRound) {
        let c = round.configuration
        units = c.members
        raters = c.raters.allRaters(members: c.members)
        var grid: [String: [String: ProgressCell]] = [:]
        let n = c.table.criteria.count
        for r in raters {
            var row: [String: ProgressCell] = [:]
            for u in units {
                guard c.expectedRaters(for: u).contains(r) else { row[u] = .notExpected; continue }
                guard let s = round.crossSheet(rater: r, ratee: u) else { row[u] = .missing; continue }
                let filled = c.table.criteria.filter { s.cells[$0.id] != nil }.count
                row[u] = filled == n ? .complete : .partial(filled: filled, of: n)
            }
            grid[r] = row
        }
        cells = grid
    }
}

/// What one user may see of a round: the configuration, the progress grid, and the sheets
/// `ScoringEngine.visibleSheets` lets the user's unit see (its own until the round is closed).
/// The screens and the command line show rounds only through this.
public struct ScoringView: Sendable {
    /// The round's revision, to pass back when saving.
    public let revision: Int
    public let state: RoundState
    public let configuration: RoundConfiguration
    /// The identity the user scores as: the reviewer's unit (RoleAssignment.unitId), else the login.
    public let viewerId: String
    /// Units the viewer must cross-score, sorted; empty when the viewer is not a rater of this round.
    public let ratees: [String]
    /// Visible cross-score sheets (own until close, all from close on), sorted by ratee then rater.
    public let crossSheets: [CrossScoreSheet]
    /// Visible self-score sheets.
    public let selfSheets: [SelfScoreSheet]
    public let progress: ScoringProgress
    public let explanations: [Explanation]
    public let explanationDeadline: Date?
    public let facts: [UnitFact]
    public let exclusions: [UnitExclusion]
    /// The confirming ballot, once recorded.
    public let ballot: BallotRecord?

    public var table: CriteriaTable { configuration.table }
    public var clusterId: String { configuration.clusterId }
    public var year: Int { configuration.year }
    /// True while the viewer may still save its cross sheets.
    public var isOpenForScoring: Bool { state == .open }

    /// The viewer's own sheet for `ratee`, or a blank one to fill.
    public func ownSheet(for ratee: String) -> CrossScoreSheet {
        crossSheets.first { $0.raterId == viewerId && $0.rateeId == ratee } ?? CrossScoreSheet(raterId: viewerId, rateeId: ratee)
    }

    /// The viewer's own self-score sheet, or a blank one.
    public var ownSelfSheet: SelfScoreSheet {
        selfSheets.first { $0.unitId == viewerId } ?? SelfScoreSheet(unitId: viewerId)
    }

    /// What the user typed in a cell ("7,5", "7.5"; empty = "chưa chấm", nil) as ticks, checked
    /// against the criterion's maximum and step; the error names the criterion.
    public func parseCell(_ text: String, criterionId: String) throws -> Int? {
        guard let c = table.criterion(id: criterionId) else { throw ScoringError.unknownCriterion(criterionId: criterionId) }
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        guard let v = PointsFormat.parse(text, decimals: table.decimals) else {
            throw ScoringError.invalidNumber(field: c.name, value: text)
        }
        try table.validate(value: v, criterionId: criterionId)
        return v
    }

    init(stored: Stored<ScoringRound>, viewerId: String) {
        let r = stored.value
        revision = stored.revision; state = r.state; configuration = r.configuration; self.viewerId = viewerId
        ratees = r.configuration.members.filter { r.configuration.expectedRaters(for: $0).contains(viewerId) }.sorted()
        crossSheets = ScoringEngine.visibleSheets(for: viewerId, round: r)
        selfSheets = ScoringEngine.visibleSelfSheets(for: viewerId, round: r)
        progress = ScoringProgress(round: r)
        explanations = r.explanations; explanationDeadline = r.explanationDeadline
        facts = r.facts; exclusions = r.exclusions; ballot = r.ballot
    }
}

/// One round listed for a menu.
public struct ScoringRoundSummary: Sendable, Equatable {
    public var clusterId: String
    public var year: Int
    public var state: RoundState
    public var members: Int
    public var completeSheets: Int
    public var expectedSheets: Int
}

/// Draft proposals created from a round's result.
public struct ScoringProposalOutcome: Sendable {
    /// Saved as drafts, in one batch.
    public var proposals: [Stored<Proposal>]
    /// Listed for the council (close calls just outside the quota), not saved.
    public var alternates: [AwardProposalDraft]
    /// Everything the proposal engine suggested, in its order.
    public var drafts: [AwardProposalDraft]
}

/// Scoring rounds as users work on them: every operation checks the user's permission first, then
/// validates, then saves the round file against the revision it was read at (a stale revision is a
/// `StoreError.conflict`; nothing is overwritten).
extension Workspace {
    // MARK: Reading

    /// The identity the user scores as: the unit of its role, else the login.
    public var scoringIdentity: String { role?.unitId ?? login }

    /// The raw round (every sheet). Internal: outside TDKTCore rounds are seen through `scoringView`.
    func loadScoringRound(clusterId: String, year: Int) throws -> Stored<ScoringRound> {
        let path = ScoringRound.relativePath(clusterId: clusterId, year: year)
        guard let s = try store.read(ScoringRound.self, at: path) else { throw StoreError.notFound(path: path) }
        return s
    }

    /// Whether a round exists for the cluster and year.
    public func hasScoringRound(clusterId: String, year: Int) -> Bool {
        FileManager.default.fileExists(atPath: store.path(ScoringRound.relativePath(clusterId: clusterId, year: year)))
    }

    /// Refuses a login without a role, and a reviewer not assigned to the cluster.
    func authorizeScoringRead(clusterId: String) throws {
        guard let a = role else {
            throw PermissionError(login: login, reason: Localized(vi: "tài khoản chưa được cấp quyền", en: "this login has no role"))
        }
        if a.role == .reviewer && !a.clusterIds.contains(clusterId) {
            throw PermissionError(login: login, reason: Localized(vi: "không được phân công chấm cụm \(clusterId)",
                                                                  en: "not assigned to score cluster \(clusterId)"))
        }
    }

    /// Rounds the user may open (reviewers: their clusters), newest year first, then by cluster.
    public func scoringRounds(year: Int? = nil) -> [ScoringRoundSummary] {
        let loaded = store.loadAll(ScoringRound.self, year: year)
        return loaded.values.filter { (try? authorizeScoringRead(clusterId: $0.configuration.clusterId)) != nil }
            .map { r in
                let p = ScoringProgress(round: r)
                return ScoringRoundSummary(clusterId: r.configuration.clusterId, year: r.configuration.year, state: r.state,
                                           members: r.configuration.members.count, completeSheets: p.completeCount,
                                           expectedSheets: p.expectedCount)
            }
            .sorted { ($1.year, $0.clusterId) < ($0.year, $1.clusterId) }
    }

    /// The round as the user may see it.
    public func scoringView(clusterId: String, year: Int) throws -> ScoringView {
        try authorizeScoringRead(clusterId: clusterId)
        return ScoringView(stored: try loadScoringRound(clusterId: clusterId, year: year), viewerId: scoringIdentity)
    }

    /// The ballot recorded in a round (nil when none).
    public func scoringBallot(clusterId: String, year: Int) throws -> BallotRecord? {
        try scoringView(clusterId: clusterId, year: year).ballot
    }

    /// Who has scored whom (no values): anyone who may read the round.
    public func scoringProgress(clusterId: String, year: Int) throws -> ScoringProgress {
        try authorizeScoringRead(clusterId: clusterId)
        return ScoringProgress(round: try loadScoringRound(clusterId: clusterId, year: year).value)
    }

    /// The result: the frozen one once final, else computed (provisional). Before close only the
    /// office (clerks, administrators) may see it, since it reveals other raters' sheets.
    public func scoringResult(clusterId: String, year: Int) throws -> ScoringResult {
        try authorizeScoringRead(clusterId: clusterId)
        let r = try loadScoringRound(clusterId: clusterId, year: year).value
        if r.state == .configuring || r.state == .open, !may(.manageScoring(clusterId: clusterId)) {
            throw PermissionError(login: login, reason: Localized(vi: "kết quả chỉ công bố sau khi khóa chấm chéo",
                                                                  en: "the result is shown only after cross-scoring is closed"))
        }
        return r.finalResult ?? r.computeResult()
    }

    // MARK: Configuration and life cycle (clerks and administrators)

    /// Creates the round of a cluster and year and opens it for scoring. The cluster and every
    /// member must exist; a round already there is a conflict.
    @discardableResult
    public func openScoringRound(_ configuration: RoundConfiguration) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: configuration.clusterId))
        try checkScoringReferences(configuration)
        var round = try ScoringRound(configuration: configuration)
        try round.openScoring()
        return try saveRound(round, previous: nil, basedOn: nil, action: "scoring.open")
    }

    /// Replaces the configuration (before the first sheet, or after `reopenScoringConfiguration`).
    @discardableResult
    public func updateScoringConfiguration(_ configuration: RoundConfiguration, basedOn revision: Int) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: configuration.clusterId))
        try checkScoringReferences(configuration)
        return try changeRound(configuration.clusterId, configuration.year, basedOn: revision, action: "scoring.configure") {
            try $0.updateConfiguration(configuration)
        }
    }

    /// Unfreezes the configuration of an open round, with the reason recorded.
    @discardableResult
    public func reopenScoringConfiguration(clusterId: String, year: Int, reason: String, basedOn revision: Int,
                                           at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: clusterId))
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.reopen-configuration") {
            try $0.reopenConfiguration(reason: reason, by: login, at: Workspace.wholeSecond(at))
        }
    }

    /// Adds a bonus or penalty fact (until final).
    @discardableResult
    public func addScoringFact(_ fact: UnitFact, clusterId: String, year: Int, basedOn revision: Int) throws -> Stored<ScoringRound> {
        try authorizeRunRound(clusterId: clusterId, year: year)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.fact") { try $0.addFact(fact) }
    }

    /// Excludes a unit from ranking (until final), with its reason.
    @discardableResult
    public func excludeFromScoring(_ exclusion: UnitExclusion, clusterId: String, year: Int, basedOn revision: Int) throws -> Stored<ScoringRound> {
        try authorizeRunRound(clusterId: clusterId, year: year)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.exclude") { try $0.exclude(exclusion) }
    }

    /// open → closed: cross-scoring ends and every sheet becomes visible.
    @discardableResult
    public func closeScoring(clusterId: String, year: Int, basedOn revision: Int, at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorizeRunRound(clusterId: clusterId, year: year)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.close") {
            try $0.closeScoring(at: Workspace.wholeSecond(at))
        }
    }

    /// closed → explanation, with the deadline for explanations.
    @discardableResult
    public func openExplanationPeriod(clusterId: String, year: Int, deadline: Date, basedOn revision: Int) throws -> Stored<ScoringRound> {
        try authorizeRunRound(clusterId: clusterId, year: year)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.explanation-period") {
            try $0.openExplanationPeriod(deadline: Workspace.wholeSecond(deadline))
        }
    }

    /// closed or explanation → final; the result is frozen in the round file.
    @discardableResult
    public func finalizeScoring(clusterId: String, year: Int, basedOn revision: Int, at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorizeRunRound(clusterId: clusterId, year: year)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.finalize") {
            try $0.finalize(at: Workspace.wholeSecond(at))
        }
    }

    // MARK: Sheets (reviewers for their unit; administrators for anyone)

    /// Saves (or replaces) the user's cross-score sheet for `sheet.rateeId`. The rater must be the
    /// user's unit (RoleAssignment.unitId) unless the user is an administrator; a unit never
    /// cross-scores itself.
    @discardableResult
    public func saveCrossSheet(_ sheet: CrossScoreSheet, clusterId: String, year: Int, basedOn revision: Int,
                               reason: String = "", at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorize(.score(clusterId: clusterId, rateeUnitId: sheet.rateeId, selfScore: false))
        try checkRaterIdentity(sheet.raterId)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.sheet") {
            try $0.saveCrossSheet(sheet, by: login, at: Workspace.wholeSecond(at), reason: reason)
        }
    }

    /// Saves the user's cross sheet even when other raters saved the round file meanwhile: the round
    /// is read again and the save goes through only if this rater's sheet for the ratee is still the
    /// one the user started editing (`startedFrom`, nil when there was none). Otherwise it is a
    /// `StoreError.conflict` and nothing is overwritten. For screens where several reviewers save at once.
    @discardableResult
    public func saveOwnCrossSheet(_ sheet: CrossScoreSheet, clusterId: String, year: Int, startedFrom: CrossScoreSheet?,
                                  reason: String = "", at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorize(.score(clusterId: clusterId, rateeUnitId: sheet.rateeId, selfScore: false))
        try checkRaterIdentity(sheet.raterId)
        let current = try loadScoringRound(clusterId: clusterId, year: year)
        guard current.value.crossSheet(rater: sheet.raterId, ratee: sheet.rateeId) == startedFrom else {
            throw StoreError.conflict(path: current.value.relativePath, changedBy: current.modifiedBy, changedAt: current.modifiedAt,
                                      expected: nil, found: current.revision)
        }
        var round = current.value
        try round.saveCrossSheet(sheet, by: login, at: Workspace.wholeSecond(at), reason: reason)
        return try saveRound(round, previous: current.value, basedOn: current.revision, action: "scoring.sheet")
    }

    /// Saves a unit's self-score sheet (a reviewer only for its own unit).
    @discardableResult
    public func saveSelfSheet(_ sheet: SelfScoreSheet, clusterId: String, year: Int, basedOn revision: Int) throws -> Stored<ScoringRound> {
        try authorize(.score(clusterId: clusterId, rateeUnitId: sheet.unitId, selfScore: true))
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.self-sheet") { try $0.saveSelfSheet(sheet) }
    }

    /// Files a unit's explanation about one criterion (the unit speaks for itself).
    @discardableResult
    public func fileScoringExplanation(clusterId: String, year: Int, unitId: String, criterionId: String, text: String,
                                       basedOn revision: Int, at: Date = Date()) throws -> (Stored<ScoringRound>, Explanation) {
        try authorize(.score(clusterId: clusterId, rateeUnitId: unitId, selfScore: true))
        var filed: Explanation?
        let s = try changeRound(clusterId, year, basedOn: revision, action: "scoring.explanation") {
            filed = try $0.fileExplanation(unitId: unitId, criterionId: criterionId, text: text, by: login, at: Workspace.wholeSecond(at))
        }
        return (s, filed!)
    }

    /// Changes one cell of the user's saved sheet in answer to an explanation (explanation period).
    @discardableResult
    public func reviseScoreCell(clusterId: String, year: Int, raterId: String, rateeId: String, criterionId: String,
                                newValue: Int?, explanationId: String, reason: String, basedOn revision: Int,
                                at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorize(.score(clusterId: clusterId, rateeUnitId: rateeId, selfScore: false))
        try checkRaterIdentity(raterId)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.revise") {
            try $0.reviseCell(raterId: raterId, rateeId: rateeId, criterionId: criterionId, newValue: newValue,
                              explanationId: explanationId, reason: reason, by: login, at: Workspace.wholeSecond(at))
        }
    }

    // MARK: Exchange files

    /// Blank sheets for `raterId` to fill offline (the user's own unit unless administrator).
    public func exportScoreSheets(clusterId: String, year: Int, raterId: String) throws -> Data {
        try authorizeScoringRead(clusterId: clusterId)
        let round = try loadScoringRound(clusterId: clusterId, year: year).value
        let ratees = round.configuration.members.filter { round.configuration.expectedRaters(for: $0).contains(raterId) }.sorted()
        guard let first = ratees.first else { throw ScoringError.raterNotAllowed(raterId: raterId, rateeId: "*") }
        try authorize(.score(clusterId: clusterId, rateeUnitId: first, selfScore: false))
        try checkRaterIdentity(raterId)
        return try SheetExchange.exportBlankSheets(round: round, raterId: raterId, names: unitNames(round.configuration))
    }

    /// Imports a filled exchange file into its round. The file's rater must be the user's unit unless
    /// administrator, and a member of the cluster for everyone (SheetExchange refuses outsiders, other
    /// tables, wrong names, tenths for points). Sheets already saved with other values are reported as
    /// conflicts and left alone, unless `replace` (the old values stay in the revision log and the audit log).
    /// Returns the report and the round as saved (nil when nothing was saved).
    public func importScoreSheets(_ data: Data, replace: Bool = false, at: Date = Date()) throws -> (report: ImportReport, saved: Stored<ScoringRound>?) {
        let file = try SheetExchange.decode(data)
        for s in file.sheets { try authorize(.score(clusterId: file.clusterId, rateeUnitId: s.rateeId, selfScore: false)) }
        if file.sheets.isEmpty { try authorizeScoringRead(clusterId: file.clusterId) }
        try checkRaterIdentity(file.raterId)
        let current = try loadScoringRound(clusterId: file.clusterId, year: file.year)
        var round = current.value
        let report = try SheetExchange.importFilledSheets(data, expectedRaterId: file.raterId, into: &round,
                                                         names: unitNames(round.configuration), replace: replace,
                                                         by: login, at: Workspace.wholeSecond(at))
        guard !report.saved.isEmpty || !report.replaced.isEmpty else { return (report, nil) }
        return (report, try saveRound(round, previous: current.value, basedOn: current.revision,
                                      action: replace ? "scoring.import-replace" : "scoring.import"))
    }

    /// Names of the round's members as the records have them.
    func unitNames(_ c: RoundConfiguration) -> [String: String] {
        var out: [String: String] = [:]
        for m in c.members { if let u = units[m] { out[m] = u.value.name } }
        return out
    }

    // MARK: Proposals

    /// Turns the result of a closed (or final) round into draft `Proposal` records, saved in one batch:
    /// state draft, kind regular, the cluster set, the council-review mark, an achievement naming the
    /// rank and the score. Alternates are returned, not saved. A proposal already there for the same
    /// unit, award and year refuses the whole batch. Without `ballot` the ballot recorded in the round
    /// is used; the leader's proposal then names its minutes and counts the ballot result in its dossier.
    public func proposeFromScoring(clusterId: String, year: Int, ballot given: BallotResult?,
                                   settings: ProposalSettings = ProposalSettings(), at: Date = Date()) throws -> ScoringProposalOutcome {
        try authorize(.editProposals)
        try authorizeScoringRead(clusterId: clusterId)
        let round = try loadScoringRound(clusterId: clusterId, year: year).value
        guard round.state != .configuring && round.state != .open else {
            throw ValidationError(field: "state", label: Localized(vi: "Đợt chấm điểm", en: "Scoring round"),
                                  reason: Localized(vi: "chưa khóa chấm chéo (\(round.state.label("vi")))",
                                                    en: "cross-scoring is not closed yet (\(round.state.label("en")))"))
        }
        let recorded = given == nil || given == round.ballot?.result ? round.ballot : nil
        let ballot = given ?? round.ballot?.result
        if let ballot { try ballot.validate() }
        let existing = store.loadAll(Proposal.self, year: year).values
        let (drafts, proposals) = ScoringProposals.build(round: round, ballot: ballot, recorded: recorded,
                                                         clusterName: clusters[clusterId]?.value.name ?? clusterId, settings: settings)
        for p in proposals {
            if let dup = existing.first(where: { $0.nominee == p.nominee && $0.awardCode == p.awardCode }) {
                throw ValidationError(field: "proposals", label: Localized(vi: "Đề nghị khen thưởng", en: "Award proposal"),
                                      reason: Localized(vi: "đã có đề nghị \(dup.id) cho \(p.nominee.id), \(p.awardCode) năm \(year)",
                                                        en: "proposal \(dup.id) already exists for \(p.nominee.id), \(p.awardCode), \(year)"))
            }
        }
        let written = try store.commit(proposals.map { PendingWrite($0, basedOn: nil, action: "scoring.propose") })
        let stored = zip(proposals, written).map { Stored(value: $0, revision: $1.revision, modifiedBy: login, modifiedAt: $1.at) }
        return ScoringProposalOutcome(proposals: stored, alternates: drafts.filter { $0.status == .alternate }, drafts: drafts)
    }

    /// Records the confirming secret ballot in the round, with the minutes it comes from; proposals
    /// drafted from the round carry it and their dossiers count the ballot result as present.
    @discardableResult
    public func recordScoringBallot(_ ballot: BallotResult, documentReference: String, clusterId: String, year: Int,
                                    basedOn revision: Int, at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorizeRunRound(clusterId: clusterId, year: year)
        return try changeRound(clusterId, year, basedOn: revision, action: "scoring.ballot") {
            try $0.recordBallot(ballot, documentReference: documentReference, by: login, at: Workspace.wholeSecond(at))
        }
    }

    /// Whether the user may run the round of a cluster and year (facts, close, explanations, finalize, ballot).
    public func mayRunRound(clusterId: String, year: Int) -> Bool { (try? authorizeRunRound(clusterId: clusterId, year: year)) != nil }

    /// The office may run every round; the cluster's leader of that year may run its own cluster's
    /// round where the office's settings allow it (`OfficeConfig.clusterLeaderRunsRound`).
    func authorizeRunRound(clusterId: String, year: Int) throws {
        if may(.manageScoring(clusterId: clusterId)) { return }
        if config.clusterLeaderRunsRound == true, let a = role, a.role == .reviewer, a.clusterIds.contains(clusterId),
           let unit = a.unitId, clusters[clusterId]?.value.year(year)?.leaderId == unit {
            return
        }
        try authorize(.manageScoring(clusterId: clusterId))
    }

    // MARK: Helpers

    /// Reads the round, applies a validated change and saves it against `revision`.
    private func changeRound(_ clusterId: String, _ year: Int, basedOn revision: Int, action: String,
                             _ change: (inout ScoringRound) throws -> Void) throws -> Stored<ScoringRound> {
        let previous = try loadScoringRound(clusterId: clusterId, year: year).value
        var round = previous
        try change(&round)
        return try saveRound(round, previous: previous, basedOn: revision, action: action)
    }

    /// Non-administrators score only as their own unit.
    func checkRaterIdentity(_ raterId: String) throws {
        guard let a = role else {
            throw PermissionError(login: login, reason: Localized(vi: "tài khoản chưa được cấp quyền", en: "this login has no role"))
        }
        if a.role == .administrator || a.unitId == raterId { return }
        let own = a.unitId ?? "—"
        throw PermissionError(login: login, reason: Localized(
            vi: "chỉ chấm với tư cách đơn vị của mình (\(own)), không thay '\(raterId)'",
            en: "scores only as its own unit (\(own)), not as '\(raterId)'"))
    }

    /// The cluster and the members must be known records.
    func checkScoringReferences(_ c: RoundConfiguration) throws {
        guard clusters[c.clusterId] != nil else {
            throw ValidationError(field: "clusterId", label: Localized(vi: "Cụm, khối thi đua", en: "Cluster"),
                                  reason: Reason.unknownReference(c.clusterId))
        }
        for m in c.members where units[m] == nil {
            throw ValidationError(field: "members", label: Localized(vi: "Đơn vị thành viên", en: "Member units"),
                                  reason: Reason.unknownReference(m))
        }
    }

    /// Times are stored to the second (ISO 8601), so they are taken to the second before saving.
    static func wholeSecond(_ d: Date) -> Date { Date(timeIntervalSince1970: d.timeIntervalSince1970.rounded(.down)) }
}
