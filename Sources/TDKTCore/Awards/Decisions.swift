import Foundation
import TDKTText

/// What the signed decision says.
public struct DecisionRequest: Sendable, Equatable {
    public var number: String
    public var date: CivilDate
    public var signerTitle: String
    public var signerName: String
    public var proposalIds: [String]
    public init(number: String, date: CivilDate, signerTitle: String, signerName: String, proposalIds: [String]) {
        self.number = number; self.date = date; self.signerTitle = signerTitle; self.signerName = signerName; self.proposalIds = proposalIds
    }
}

/// A decision with its money and the records it creates.
public struct DecisionResult: Sendable, Equatable {
    public var decision: Decision
    public var lines: [MoneyLine]
    public var total: Int
    public var records: [AwardRecord]
    public var proposals: [Proposal]
    /// Remarks that do not refuse the decision: a signer that does not look like the award's authority (rule 20),
    /// an award decided above the province, which the province only submits (rule 29).
    public var warnings: [Localized] = []
}

/// Award decisions: from approved proposals of one award to a Decision, money per recipient, award records in
/// each recipient's history and the proposals marked decided — all in one store batch.
public enum Decisions {
    static let label = Localized(vi: "Quyết định khen thưởng", en: "Award decision")

    /// A file-safe id from the number and year: "163/QĐ-UBND" in 2025 → "2025-163-qd-ubnd"; "05/QĐ-UBND" and
    /// "5/QĐ-UBND" give the same id.
    public static func id(number: String, date: CivilDate) -> String {
        var slug = ""
        let parsed = DecisionNumber.parse(number)
        let text = parsed.map { "\($0.number)" + ($0.year.map { "/\($0)" } ?? "") + "/" + $0.symbol } ?? number
        for ch in SearchKey.fold(text) {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { slug.append(ch) } else if slug.last != "-" { slug.append("-") }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String("\(date.year)-\(slug)".prefix(56))
    }

    /// Checks and computes a decision without writing anything.
    public static func prepare(_ request: DecisionRequest, in book: ProposalBook, actor: String, at time: Date = Date()) throws -> DecisionResult {
        let ws = book.workspace
        guard let catalogue = ws.catalogue?.value else { throw StoreError.notFound(path: "catalogue/awards.json") }
        let decisionId = id(number: request.number, date: request.date)
        if request.proposalIds.isEmpty {
            throw ValidationError(field: "proposals", label: label, reason: Reason.empty)
        }
        var proposals: [Proposal] = []
        for pid in request.proposalIds {
            let p = try book.proposal(pid).value
            try SeparationOfDuties.require(p, step: .decide, in: ws)
            guard p.state == .approved else {
                throw ValidationError(field: "proposals", label: label, reason: Localized(
                    vi: "đề nghị \(pid) chưa được duyệt (\(p.state.label.vi))", en: "proposal \(pid) is not approved (\(p.state.label.en))"))
            }
            proposals.append(p)
        }
        let codes = Set(proposals.map(\.awardCode))
        guard codes.count == 1, let code = codes.first, let award = catalogue.award(code) else {
            throw ValidationError(field: "proposals", label: label, reason: Localized(
                vi: "một quyết định chỉ cho một hình thức khen thưởng (có: \(codes.sorted().joined(separator: ", ")))",
                en: "one decision is for one award (found: \(codes.sorted().joined(separator: ", ")))"))
        }
        if Set(proposals.map(\.nominee)).count != proposals.count {
            throw ValidationError(field: "proposals", label: label, reason: Localized(vi: "một người, tập thể có hai đề nghị", en: "a recipient appears twice"))
        }
        let number = DecisionNumber.parse(request.number).map(\.description) ?? request.number
        let decision = Decision(id: decisionId, number: number, date: request.date, signerTitle: request.signerTitle,
                                signerName: request.signerName, awardCode: code, proposalIds: proposals.map(\.id),
                                recipients: proposals.map(\.nominee))
        try decision.validate()
        try DecisionNumbers.checkUnused(decision, in: ws)
        let history = try book.history()
        try EligibilityGate.require(proposals.map { ($0, EligibilityGate.report($0, history: history, on: request.date)) })
        var lines: [MoneyLine] = [], records: [AwardRecord] = [], decided: [Proposal] = []
        for (i, p) in proposals.enumerated() {
            let line = try Money.line(award: award, nominee: p.nominee, on: request.date, catalogue: catalogue)
            lines.append(line)
            records.append(AwardRecord(id: "\(decisionId)-\(i + 1)", year: p.year, nominee: p.nominee, awardCode: code, kind: p.kind,
                                       campaignId: p.campaignId, decisionNumber: decision.number, decisionDate: request.date,
                                       amount: line.amount, source: .decided, proposalId: p.id))
            var d = p
            d.history.append(Proposal.StateChange(from: .approved, to: .decided, by: actor, at: time, reason: decision.number))
            d.state = .decided
            d.decisionId = decisionId
            decided.append(d)
        }
        return DecisionResult(decision: decision, lines: lines, total: lines.reduce(0) { $0 + $1.amount }, records: records, proposals: decided,
                              warnings: authorityWarnings(award, signerTitle: decision.signerTitle)
                                + DecisionNumbers.levelWarnings(award, number: decision.parsedNumber))
    }

    /// Makes the decision: decision, award records and decided proposals written in one batch, or nothing.
    @discardableResult
    public static func make(_ request: DecisionRequest, in book: ProposalBook, actor: String, at time: Date = Date()) throws -> DecisionResult {
        try book.workspace.authorize(.makeDecisions)
        let result = try prepare(request, in: book, actor: actor, at: time)
        let action = "decision \(result.decision.number) by \(actor)"
        var writes = [PendingWrite(result.decision, basedOn: nil, action: action)]
        writes += result.records.map { PendingWrite($0, basedOn: nil, action: action) }
        writes += try result.proposals.map { PendingWrite($0, basedOn: try book.proposal($0.id).revision, action: action) }
        let written = try book.workspace.store.commit(writes)
        let offset = 1 + result.records.count
        book.remember(result.proposals.enumerated().map { i, p in
            Stored(value: p, revision: written[offset + i].revision, modifiedBy: book.workspace.login, modifiedAt: written[offset + i].at)
        })
        for y in Set(result.records.map(\.year)) { book.workspace.forget(awardYear: y) }
        return result
    }

    /// Rule 20 and 29, as remarks: who signs decisions of this award's level.
    public static func authorityWarnings(_ award: AwardType, signerTitle: String) -> [Localized] {
        let t = SearchKey.fold(signerTitle)
        switch award.level {
        case .primeMinister, .president:
            return [Localized(vi: "\(award.name) do \(award.level.label.vi) quyết định; tỉnh chỉ trình — đây là ghi nhận quyết định của cấp trên",
                              en: "\(award.nameEn) is decided by the \(award.level.label.en); the province only submits it — this records that decision")]
        case .province where !t.isEmpty && !t.contains("chu tich"):
            return [Localized(vi: "\(award.name) do Chủ tịch UBND tỉnh quyết định; người ký '\(signerTitle)'",
                              en: "\(award.nameEn) is decided by the province chairman; signer '\(signerTitle)'")]
        default:
            return []
        }
    }

    /// The money of a decision already made, recomputed from the catalogue (for reports).
    public static func money(of decision: Decision, catalogue: AwardCatalogue) throws -> (lines: [MoneyLine], total: Int) {
        guard let award = catalogue.award(decision.awardCode) else {
            throw ValidationError(field: "awardCode", label: Labels.award, reason: Reason.unknownReference(decision.awardCode))
        }
        let lines = try decision.recipients.map { try Money.line(award: award, nominee: $0, on: decision.date, catalogue: catalogue) }
        return (lines, lines.reduce(0) { $0 + $1.amount })
    }
}
