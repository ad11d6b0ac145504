import Foundation
import TDKTText

/// What "the year Y" means when awards and money are counted by the decision's date: the calendar year, or
/// the period of the administrative reporting regime, 15/12 of the year before to 14/12 (a setting of the office).
public enum ReportingPeriodKind: String, Sendable, Codable, CaseIterable {
    case calendarYear, administrative

    public var label: Localized {
        switch self {
        case .calendarYear: Localized(vi: "Năm dương lịch (01/01–31/12)", en: "Calendar year (1 Jan–31 Dec)")
        case .administrative: Localized(vi: "Kỳ báo cáo hành chính (15/12 năm trước–14/12)", en: "Administrative reporting period (15 Dec–14 Dec)")
        }
    }

    /// The days counted as year `year`.
    public func days(of year: Int) -> ClosedRange<CivilDate> {
        switch self {
        case .calendarYear: CivilDate(year, 1, 1)...CivilDate(year, 12, 31)
        case .administrative: CivilDate(year - 1, 12, 15)...CivilDate(year, 12, 14)
        }
    }
}

extension ReportPeriod {
    /// The days of the period under a reporting-period kind: from the first day of its first year to the last of its last.
    public func days(_ kind: ReportingPeriodKind) -> ClosedRange<CivilDate> {
        kind.days(of: from).lowerBound...kind.days(of: to).upperBound
    }

    /// Whether an award counts in the period: by its decision's date; an award recorded without a date, by its year.
    public func counts(_ r: AwardRecord, _ kind: ReportingPeriodKind) -> Bool {
        guard let d = r.decisionDate else { return contains(year: r.year) }
        return days(kind).contains(d)
    }
}

extension OfficeConfig {
    /// The office's reporting period; the calendar year unless set.
    public var reportingPeriodKind: ReportingPeriodKind { reportingPeriod ?? .calendarYear }
}

extension Workspace {
    /// Sets the office's reporting period (config.json), as an administrator.
    public func setReportingPeriod(_ kind: ReportingPeriodKind) throws {
        try authorize(.editRoles)
        try updateConfig(action: "settings.set reporting-period \(kind.rawValue)") { $0.reportingPeriod = kind }
    }
}

/// Who pays an award's money: whoever signs the decision pays from that level's fund (research §1.5).
public enum MoneyPayer: String, Sendable, CaseIterable {
    /// The province's chairman's decisions.
    case province
    /// Decisions of the heads of departments, communes and units of the province.
    case units
    /// The Prime Minister's and the President's decisions: listed, not paid by the province.
    case central

    public init(_ level: AwardType.Level) {
        switch level {
        case .province: self = .province
        case .unitHead: self = .units
        case .primeMinister, .president: self = .central
        }
    }

    /// Paid within the province (its own decisions and those of its units).
    public var paidByProvince: Bool { self != .central }

    public var label: String { labels.vi }

    public var labels: Localized {
        switch self {
        case .province: Localized(vi: "QĐ Chủ tịch UBND tỉnh", en: "Decisions of the provincial chairman")
        case .units: Localized(vi: "QĐ thủ trưởng đơn vị, UBND cấp xã", en: "Decisions of unit heads and communes")
        case .central: Localized(vi: "QĐ cấp Nhà nước (Trung ương chi)", en: "State-level decisions (paid centrally)")
        }
    }
}
