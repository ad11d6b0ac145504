import Foundation
import TDKTText

/// An emulation campaign (phong trào thi đua).
public struct Campaign: Sendable, Equatable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case regular, thematic, periodic
        public var label: Localized {
            switch self {
            case .regular: Localized(vi: "Thường xuyên", en: "Regular")
            case .thematic: Localized(vi: "Chuyên đề", en: "Thematic")
            case .periodic: Localized(vi: "Theo đợt", en: "Periodic")
            }
        }
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        case launched, running, finalReviewed, closed
        public var label: Localized {
            switch self {
            case .launched: Localized(vi: "Đã phát động", en: "Launched")
            case .running: Localized(vi: "Đang thực hiện", en: "Running")
            case .finalReviewed: Localized(vi: "Đã tổng kết", en: "Final review held")
            case .closed: Localized(vi: "Đã kết thúc", en: "Closed")
            }
        }
    }

    /// A review of the campaign: interim (sơ kết) or final (tổng kết).
    public struct Review: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Codable { case interim, final }
        public var kind: Kind
        public var date: CivilDate
        public var summary: String
        /// Named figures reported at the review ("đơn vị tham gia": 137).
        public var figures: [String: Int]
        public init(kind: Kind, date: CivilDate, summary: String, figures: [String: Int] = [:]) {
            self.kind = kind; self.date = date; self.summary = TextNormalization.clean(summary, allowNewlines: true)
            self.figures = figures
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    /// The level that launched it: "Thủ tướng Chính phủ", "Chủ tịch UBND tỉnh", a department...
    public var launchLevel: String
    public var launchingBody: String
    public var period: DatePeriod
    public var targetUnitIds: [String]
    public var targetClusterIds: [String]
    public var goals: String
    /// The directive or plan it serves (e.g. "Chỉ thị 11-CT/TU").
    public var directive: String
    public var status: Status
    public var reviews: [Review]

    public init(id: String, name: String, kind: Kind, launchLevel: String, launchingBody: String,
                period: DatePeriod, targetUnitIds: [String] = [], targetClusterIds: [String] = [],
                goals: String = "", directive: String = "", status: Status = .launched, reviews: [Review] = []) {
        self.id = id; self.name = TextNormalization.clean(name); self.kind = kind
        self.launchLevel = TextNormalization.clean(launchLevel); self.launchingBody = TextNormalization.clean(launchingBody)
        self.period = period; self.targetUnitIds = targetUnitIds; self.targetClusterIds = targetClusterIds
        self.goals = TextNormalization.clean(goals, allowNewlines: true); self.directive = TextNormalization.clean(directive)
        self.status = status; self.reviews = reviews
    }

    public static let periodLabel = Localized(vi: "Thời gian thực hiện", en: "Period")

    public func validate() throws {
        try Check.identifier(id)
        if let first = problems().first { throw first }
    }

    /// Every problem of the campaign at once, in the order of its fields, so a form shows them all
    /// on one save instead of one per try.
    public func problems() -> [ValidationError] {
        ValidationError.collect([
            { try Check.notBlank(name, "name", Localized(vi: "Tên phong trào", en: "Campaign name"), max: 300) },
            { try Check.notBlank(launchingBody, "launchingBody", Localized(vi: "Cơ quan phát động", en: "Launching body"), max: 200) },
            { try period.validate(field: "period", label: Campaign.periodLabel) },
        ] + reviews.map { review in {
            if review.date < period.start {
                throw ValidationError(field: "reviews.date", label: Localized(vi: "Ngày sơ kết, tổng kết", en: "Review date"),
                                      reason: Localized(vi: "\(review.date) trước khi phát động (\(period.start))",
                                                        en: "\(review.date) is before the launch (\(period.start))"))
            }
        } })
    }
}

/// A unit's registration of the titles it and its people aim for in a year (đăng ký thi đua).
public struct Registration: Sendable, Equatable, Codable, Identifiable {
    public struct Entry: Sendable, Equatable, Codable {
        public var nominee: NomineeRef
        public var awardCode: String
        public init(nominee: NomineeRef, awardCode: String) { self.nominee = nominee; self.awardCode = awardCode }
    }
    public var id: String { "\(year)-\(campaignId ?? "-")-\(unitId)" }
    public var year: Int
    public var unitId: String
    public var campaignId: String?
    public var entries: [Entry]
    public init(year: Int, unitId: String, campaignId: String? = nil, entries: [Entry]) {
        self.year = year; self.unitId = unitId; self.campaignId = campaignId; self.entries = entries
    }
    public func validate() throws {
        try Check.year(year)
        try Check.identifier(unitId, "unitId")
        if let c = campaignId { try Check.identifier(c, "campaignId") }
        var seen = Set<String>()
        for e in entries where !seen.insert("\(e.nominee)/\(e.awardCode)").inserted {
            throw ValidationError(field: "entries", label: Localized(vi: "Đăng ký thi đua", en: "Registration"), reason: Localized(
                vi: "\(e.nominee.id) đăng ký \(e.awardCode) hai lần", en: "\(e.nominee.id) registers \(e.awardCode) twice"))
        }
    }
}

/// An advanced model (điển hình tiên tiến) found in a campaign.
public struct ModelExample: Sendable, Equatable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case person, collective, practice }
    public var id: String
    public var campaignId: String
    public var year: Int
    public var kind: Kind
    public var name: String
    public var nominee: NomineeRef?
    public var description: String
    public init(id: String, campaignId: String, year: Int, kind: Kind, name: String,
                nominee: NomineeRef? = nil, description: String) {
        self.id = id; self.campaignId = campaignId; self.year = year; self.kind = kind
        self.name = TextNormalization.clean(name); self.nominee = nominee
        self.description = TextNormalization.clean(description, allowNewlines: true)
    }
    public func validate() throws {
        try Check.identifier(id)
        try Check.identifier(campaignId, "campaignId")
        try Check.year(year)
        try Check.notBlank(name, "name", Labels.name, max: 200)
    }
}
