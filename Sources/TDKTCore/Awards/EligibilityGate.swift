import Foundation
import TDKTText

/// A decision to let a proposal go on although its eligibility check is not met or unknown: who, when,
/// why, and what the check said at that moment. Stored on the proposal; shown with it, in the council's
/// list and in the audit log.
public struct EligibilityOverride: Sendable, Equatable, Codable {
    public var by: String
    public var at: Date
    public var reason: String
    /// What the check gave when it was overridden: `notMet` or `unknown`.
    public var status: EligibilityReport.Status
    /// The conditions that were not met or unknown, as the check worded them (Vietnamese).
    public var conditions: [String]
    public init(by: String, at: Date, reason: String, status: EligibilityReport.Status, conditions: [String]) {
        self.by = by; self.at = at; self.reason = reason; self.status = status; self.conditions = conditions
    }

    /// "Vượt điều kiện (không đạt) — nguyen.van.a, 05/01/2026: lý do"
    public func line(_ language: Language) -> String {
        let f = DateFormatter()
        f.dateFormat = "dd/MM/yyyy"
        f.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        let head = language == .vi ? "Vượt điều kiện (\(status.label.vi))" : "Eligibility overridden (\(status.label.en))"
        return "\(head) — \(by), \(f.string(from: at)): \(reason)"
    }
}

/// Refused because the eligibility check is not met (or unknown) and no override is recorded.
public struct EligibilityGateError: Error, Equatable, Sendable, UserFacingError {
    public var proposalIds: [String]
    public var details: [Localized]
    public var text: Localized {
        Localized(vi: "Điều kiện khen thưởng chưa đạt — " + details.map(\.vi).joined(separator: "; ")
                    + ". Bổ sung dữ liệu, hoặc người có quyền ghi lý do vượt điều kiện (--override).",
                  en: "Eligibility not met — " + details.map(\.en).joined(separator: "; ")
                    + ". Add the missing data, or someone allowed to records a reason to override (--override).")
    }
    public var fieldID: String? { "eligibility" }
}

/// The gate: a proposal whose conditions are not met — or unknown, for missing data — does not go past
/// appraisal (to the council, approval, a decision) unless an override with a written reason is recorded.
public enum EligibilityGate {
    /// The states a proposal reaches only when eligible or overridden.
    public static let gatedStates: Set<Proposal.State> = [.toCouncil, .approved, .decided]

    /// The conditions that stop a proposal: not met or unknown.
    public static func blocking(_ report: EligibilityReport) -> [EligibilityReport.Condition] {
        report.conditions.filter { $0.status != .met }
    }

    /// Whether the proposal may pass: eligible, or overridden.
    public static func passes(_ p: Proposal, report: EligibilityReport) -> Bool {
        report.status == .met || p.eligibilityOverride != nil
    }

    /// The report of a proposal, itself excluded from the duplicates.
    public static func report(_ p: Proposal, history: AwardHistory, on date: CivilDate = CivilDate.today()) -> EligibilityReport {
        Eligibility.check(nominee: p.nominee, award: p.awardCode, year: p.year, in: history, on: date,
                          achievement: p.achievement, excludingProposal: p.id)
    }

    /// Throws `EligibilityGateError` naming every proposal that may not pass and why.
    public static func require(_ items: [(Proposal, EligibilityReport)]) throws {
        let stopped = items.filter { !passes($0.0, report: $0.1) }
        if stopped.isEmpty { return }
        let details = stopped.map { p, r in
            Localized(vi: "\(p.id) (\(r.status.label.vi)): " + blocking(r).map { $0.line(.vi, withEvidence: false) }.joined(separator: ", "),
                      en: "\(p.id) (\(r.status.label.en)): " + blocking(r).map { $0.line(.en, withEvidence: false) }.joined(separator: ", "))
        }
        throw EligibilityGateError(proposalIds: stopped.map(\.0.id), details: details)
    }

    /// Records an override on a proposal whose check is not met or unknown; an eligible one is left as it is.
    static func overriding(_ p: Proposal, report: EligibilityReport, reason: String, actor: String, at time: Date) throws -> Proposal {
        let why = TextNormalization.clean(reason).trimmingCharacters(in: .whitespaces)
        if why.isEmpty {
            throw ValidationError(field: "override", label: Localized(vi: "Lý do vượt điều kiện", en: "Reason for the override"),
                                  reason: Reason.empty)
        }
        if why.count > 1000 {
            throw ValidationError(field: "override", label: Localized(vi: "Lý do vượt điều kiện", en: "Reason for the override"),
                                  reason: Reason.tooLong(1000))
        }
        guard report.status != .met else { return p }
        var next = p
        next.eligibilityOverride = EligibilityOverride(by: actor, at: time, reason: why, status: report.status,
                                                       conditions: blocking(report).map { $0.line(.vi, withEvidence: false) })
        return next
    }
}
