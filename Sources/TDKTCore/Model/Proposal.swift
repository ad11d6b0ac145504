import Foundation
import TDKTText

/// An award proposal (đề nghị khen thưởng) and its dossier.
public struct Proposal: Sendable, Equatable, Codable, Identifiable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case draft, submitted, underAppraisal, toCouncil, approved, returned, notEligible, decided
        public var label: Localized {
            switch self {
            case .draft: Localized(vi: "Nháp", en: "Draft")
            case .submitted: Localized(vi: "Đã gửi", en: "Submitted")
            case .underAppraisal: Localized(vi: "Đang thẩm định", en: "Under appraisal")
            case .toCouncil: Localized(vi: "Trình hội đồng", en: "To council")
            case .approved: Localized(vi: "Đã duyệt", en: "Approved")
            case .returned: Localized(vi: "Trả lại", en: "Returned")
            case .notEligible: Localized(vi: "Không đủ điều kiện", en: "Not eligible")
            case .decided: Localized(vi: "Đã có quyết định", en: "Decided")
            }
        }
    }

    /// Why the award is given: regular (yearly), thematic, occasional (đột xuất), for long service...
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case regular, thematic, occasional, longService, foreign
        public var label: Localized {
            switch self {
            case .regular: Localized(vi: "Thường xuyên", en: "Regular")
            case .thematic: Localized(vi: "Chuyên đề", en: "Thematic")
            case .occasional: Localized(vi: "Đột xuất", en: "Occasional")
            case .longService: Localized(vi: "Quá trình cống hiến", en: "Long service")
            case .foreign: Localized(vi: "Đối ngoại", en: "Foreign relations")
            }
        }
        /// Thematic and occasional awards do not count toward the history rules.
        public var countsForHistory: Bool { self == .regular || self == .longService }
    }

    public enum Procedure: String, Sendable, Codable { case normal, simplified }

    /// A change of state: who, when, and why.
    public struct StateChange: Sendable, Equatable, Codable {
        public var from: State
        public var to: State
        public var by: String
        public var at: Date
        public var reason: String?
        public init(from: State, to: State, by: String, at: Date, reason: String? = nil) {
            self.from = from; self.to = to; self.by = by; self.at = at; self.reason = reason
        }
    }

    /// The council's vote.
    public struct Vote: Sendable, Equatable, Codable {
        public var forVotes: Int
        public var against: Int
        public var members: Int
        public init(forVotes: Int, against: Int, members: Int) {
            self.forVotes = forVotes; self.against = against; self.members = members
        }
    }

    public var id: String
    public var year: Int
    public var nominee: NomineeRef
    public var awardCode: String
    public var kind: Kind
    public var procedure: Procedure
    public var campaignId: String?
    public var clusterId: String?
    /// The achievement being rewarded; one achievement is not proposed for two awards.
    public var achievement: String
    public var dossier: [AwardType.DossierItem: Bool]
    public var state: State
    public var history: [StateChange]
    public var vote: Vote?
    public var decisionId: String?
    /// Set when the scoring of a cluster needs the council to look at a close call.
    public var needsCouncilReview: Bool
    /// Recorded when the proposal goes on although its eligibility check is not met or unknown.
    public var eligibilityOverride: EligibilityOverride? = nil

    public init(id: String, year: Int, nominee: NomineeRef, awardCode: String, kind: Kind = .regular,
                procedure: Procedure = .normal, campaignId: String? = nil, clusterId: String? = nil,
                achievement: String, dossier: [AwardType.DossierItem: Bool] = [:], state: State = .draft,
                history: [StateChange] = [], vote: Vote? = nil, decisionId: String? = nil, needsCouncilReview: Bool = false) {
        self.id = id; self.year = year; self.nominee = nominee; self.awardCode = awardCode; self.kind = kind
        self.procedure = procedure; self.campaignId = campaignId; self.clusterId = clusterId
        self.achievement = TextNormalization.clean(achievement, allowNewlines: true); self.dossier = dossier
        self.state = state; self.history = history; self.vote = vote; self.decisionId = decisionId
        self.needsCouncilReview = needsCouncilReview
    }

    /// The reason given when it was last returned.
    public var returnReason: String? { history.last { $0.to == .returned }?.reason }

    public func validate() throws {
        try Check.identifier(id)
        try Check.year(year)
        try Check.identifier(nominee.id, "nominee")
        try Check.notBlank(achievement, "achievement", Localized(vi: "Tóm tắt thành tích", en: "Achievement"), max: 4000)
        if let v = vote, v.forVotes < 0 || v.against < 0 || v.forVotes + v.against > v.members {
            throw ValidationError(field: "vote", label: Localized(vi: "Kết quả biểu quyết", en: "Council vote"),
                                  reason: Localized(vi: "số phiếu vượt số thành viên", en: "more votes than members"))
        }
    }
}

/// A signed award decision (quyết định khen thưởng).
public struct Decision: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    /// In the official form, e.g. "163/QĐ-UBND".
    public var number: String
    public var date: CivilDate
    public var signerTitle: String
    public var signerName: String
    public var awardCode: String
    public var proposalIds: [String]
    public var recipients: [NomineeRef]

    public init(id: String, number: String, date: CivilDate, signerTitle: String, signerName: String,
                awardCode: String, proposalIds: [String], recipients: [NomineeRef]) {
        self.id = id; self.number = number.trimmingCharacters(in: .whitespaces); self.date = date
        self.signerTitle = TextNormalization.clean(signerTitle); self.signerName = TextNormalization.clean(signerName)
        self.awardCode = awardCode; self.proposalIds = proposalIds; self.recipients = recipients
    }

    /// "163/QĐ-UBND", "789/QĐ-TTg": a number, a slash, then QĐ and the issuer's symbol (`DecisionNumber`).
    public static func isOfficialNumber(_ text: String) -> Bool { DecisionNumber.parse(text) != nil }

    /// The number parsed; nil for a number that is not of the official form.
    public var parsedNumber: DecisionNumber? { DecisionNumber.parse(number) }

    public func validate() throws {
        try Check.identifier(id)
        if !Decision.isOfficialNumber(number) {
            throw ValidationError(field: "number", label: Localized(vi: "Số quyết định", en: "Decision number"),
                                  reason: Localized(vi: "'\(number)' không đúng dạng số/QĐ-cơ quan (vd. 163/QĐ-UBND, 789/QĐ-TTg)",
                                                    en: "'\(number)' is not of the form number/QĐ-issuer (e.g. 163/QĐ-UBND, 789/QĐ-TTg)"))
        }
        try Check.notBlank(signerName, "signerName", Localized(vi: "Người ký", en: "Signer"), max: 120)
        if recipients.isEmpty {
            throw ValidationError(field: "recipients", label: Localized(vi: "Người, tập thể được khen", en: "Recipients"),
                                  reason: Reason.empty)
        }
    }
}

/// An award received: from a decision made here, or imported from an office's history.
public struct AwardRecord: Sendable, Equatable, Codable, Identifiable {
    public enum Source: String, Sendable, Codable { case decided, imported, demo }
    public var id: String
    public var year: Int
    public var nominee: NomineeRef
    public var awardCode: String
    public var kind: Proposal.Kind
    public var campaignId: String?
    public var decisionNumber: String?
    public var decisionDate: CivilDate?
    /// Money paid, in đồng.
    public var amount: Int?
    public var source: Source
    /// The proposal it was decided on, for a record made from a decision here.
    public var proposalId: String? = nil

    public init(id: String, year: Int, nominee: NomineeRef, awardCode: String, kind: Proposal.Kind = .regular,
                campaignId: String? = nil, decisionNumber: String? = nil, decisionDate: CivilDate? = nil,
                amount: Int? = nil, source: Source, proposalId: String? = nil) {
        self.id = id; self.year = year; self.nominee = nominee; self.awardCode = awardCode; self.kind = kind
        self.campaignId = campaignId; self.decisionNumber = decisionNumber; self.decisionDate = decisionDate
        self.amount = amount; self.source = source; self.proposalId = proposalId
    }

    public func validate() throws {
        try Check.identifier(id)
        try Check.year(year)
        try Check.identifier(nominee.id, "nominee")
        if awardCode.isEmpty { throw ValidationError(field: "awardCode", label: Labels.award, reason: Reason.empty) }
    }
}
