import Foundation
import TDKTText

/// The answer of an eligibility check: each condition with its status and the records it looked at.
public struct EligibilityReport: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, Equatable {
        case met, notMet, unknown
        public var label: Localized {
            switch self {
            case .met: Localized(vi: "đạt", en: "met")
            case .notMet: Localized(vi: "không đạt", en: "not met")
            case .unknown: Localized(vi: "chưa rõ (thiếu dữ liệu)", en: "unknown (data missing)")
            }
        }
    }

    /// A record a condition used: an award with its decision, a rating, an initiative, a cluster leadership.
    public struct Evidence: Sendable, Equatable {
        public var text: Localized
        public var year: Int?
        public var decisionNumber: String?
        public init(_ text: Localized, year: Int? = nil, decisionNumber: String? = nil) {
            self.text = text; self.year = year; self.decisionNumber = decisionNumber
        }
    }

    public struct Condition: Sendable, Equatable {
        /// Stable name for code and tests ("cstdcs-3-years", "discipline").
        public var id: String
        public var label: Localized
        public var status: Status
        /// Why, when the evidence alone does not say it ("không tìm thấy năm 2023").
        public var detail: Localized?
        public var evidence: [Evidence]
        public init(id: String, label: Localized, status: Status, detail: Localized? = nil, evidence: [Evidence] = []) {
            self.id = id; self.label = label; self.status = status; self.detail = detail; self.evidence = evidence
        }

        /// "CSTĐ cơ sở 2022, 2023, 2024: đạt (QĐ 45/QĐ-SNV; QĐ 51/QĐ-SNV; QĐ 39/QĐ-SNV)"
        public func line(_ language: Language, withEvidence: Bool = true) -> String {
            var s = "\(label.text(language)): \(status.label.text(language))"
            if withEvidence && !evidence.isEmpty { s += " (" + evidence.map { $0.text.text(language) }.joined(separator: "; ") + ")" }
            if let detail { s += " — " + detail.text(language) }
            return s
        }
    }

    public var nominee: NomineeRef
    public var nomineeName: String
    public var awardCode: String
    public var awardName: String
    /// The award's English name (the catalogue's), for English messages.
    public var awardNameEn: String = ""
    public var year: Int
    public var conditions: [Condition]

    /// Not met when any condition fails; unknown when none fails but some lack data; met otherwise.
    public var status: Status {
        if conditions.contains(where: { $0.status == .notMet }) { return .notMet }
        if conditions.contains(where: { $0.status == .unknown }) { return .unknown }
        return .met
    }
    public var isEligible: Bool { status == .met }
    public func condition(_ id: String) -> Condition? { conditions.first { $0.id == id } }
    public var failed: [Condition] { conditions.filter { $0.status == .notMet } }

    public func text(_ language: Language) -> String {
        let head = language == .vi
            ? "\(nomineeName) — \(awardName) năm \(year): \(status.label.vi)"
            : "\(nomineeName) — \(awardNameEn.isEmpty ? awardName : awardNameEn) (\(awardCode)) for \(year): \(status.label.en)"
        return ([head] + conditions.map { "  - " + $0.line(language) }).joined(separator: "\n") + "\n"
    }
}
