import Foundation
import TDKTText

/// The yearly rating of a person or unit (xếp loại).
public enum Rating: String, Sendable, Codable, CaseIterable, Comparable {
    case failed, done, good, excellent
    public var label: Localized {
        switch self {
        case .excellent: Localized(vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent")
        case .good: Localized(vi: "Hoàn thành tốt nhiệm vụ", en: "Good")
        case .done: Localized(vi: "Hoàn thành nhiệm vụ", en: "Completed")
        case .failed: Localized(vi: "Không hoàn thành nhiệm vụ", en: "Not completed")
        }
    }
    private var order: Int { Rating.allCases.firstIndex(of: self)! }
    public static func < (a: Rating, b: Rating) -> Bool { a.order < b.order }
}

/// The statistics category of the ministry's forms.
public enum StatisticsCategory: String, Sendable, Codable, CaseIterable {
    case provincialLeader, departmentLeader, entrepreneur, otherLeader, directWorker
    public var label: Localized {
        switch self {
        case .provincialLeader: Localized(vi: "Lãnh đạo cấp tỉnh", en: "Provincial leader")
        case .departmentLeader: Localized(vi: "Lãnh đạo sở, ngành, huyện", en: "Department leader")
        case .entrepreneur: Localized(vi: "Doanh nhân", en: "Entrepreneur")
        case .otherLeader: Localized(vi: "Cán bộ lãnh đạo khác", en: "Other leader")
        case .directWorker: Localized(vi: "Người trực tiếp lao động, công tác", en: "Direct worker")
        }
    }
}

public struct YearRating: Sendable, Equatable, Codable {
    public var year: Int
    public var rating: Rating
    public init(year: Int, rating: Rating) { self.year = year; self.rating = rating }
}

/// An improvement (sáng kiến) recognised at a scope.
public struct Initiative: Sendable, Equatable, Codable {
    public enum Scope: String, Sendable, Codable, CaseIterable, Comparable {
        case base, province, national
        public var label: Localized {
            switch self {
            case .base: Localized(vi: "cấp cơ sở", en: "unit level")
            case .province: Localized(vi: "cấp tỉnh", en: "provincial")
            case .national: Localized(vi: "toàn quốc", en: "national")
            }
        }
        public static func < (a: Scope, b: Scope) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }
    public var year: Int
    public var title: String
    public var scope: Scope
    /// The document that recognised it.
    public var reference: String?
    public init(year: Int, title: String, scope: Scope, reference: String? = nil) {
        self.year = year; self.title = TextNormalization.clean(title); self.scope = scope; self.reference = reference
    }
}

/// A discipline or an investigation; while pending (no end) it blocks every proposal.
public struct DisciplinePeriod: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case discipline, investigation }
    public var kind: Kind
    public var period: DatePeriod
    public var note: String
    public init(kind: Kind, period: DatePeriod, note: String) {
        self.kind = kind; self.period = period; self.note = TextNormalization.clean(note)
    }
}

/// An individual (cá nhân), member of a unit.
public struct Person: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var unitId: String
    public var position: String
    public var category: StatisticsCategory
    public var birthYear: Int?
    public var ratings: [YearRating]
    public var initiatives: [Initiative]
    public var disciplines: [DisciplinePeriod]
    /// Set when the person was removed from the lists (deleted, or merged into another record): the file
    /// stays, so the award history and the audit log still name them.
    public var removedOn: CivilDate?
    /// The person this record was merged into (a duplicate entered twice).
    public var mergedInto: String?

    /// Still listed and offered in pickers.
    public var isCurrent: Bool { removedOn == nil }

    public init(id: String, name: String, unitId: String, position: String = "",
                category: StatisticsCategory = .directWorker, birthYear: Int? = nil,
                ratings: [YearRating] = [], initiatives: [Initiative] = [], disciplines: [DisciplinePeriod] = []) {
        self.id = id; self.name = TextNormalization.clean(name); self.unitId = unitId
        self.position = TextNormalization.clean(position); self.category = category; self.birthYear = birthYear
        self.ratings = ratings; self.initiatives = initiatives; self.disciplines = disciplines
    }

    public func rating(in year: Int) -> Rating? { ratings.last { $0.year == year }?.rating }

    /// Sets the rating of a year, replacing an earlier one.
    public mutating func setRating(_ rating: Rating, year: Int) {
        ratings.removeAll { $0.year == year }
        ratings.append(YearRating(year: year, rating: rating))
        ratings.sort { $0.year < $1.year }
    }

    public func pendingDiscipline(on date: CivilDate) -> DisciplinePeriod? {
        disciplines.first { $0.period.contains(date) }
    }

    public func validate() throws {
        try Check.identifier(id)
        try Check.notBlank(name, "name", Localized(vi: "Họ và tên", en: "Full name"), max: 120)
        try Check.identifier(unitId, "unitId")
        if let b = birthYear, !(1900...2100).contains(b) {
            throw ValidationError(field: "birthYear", label: Localized(vi: "Năm sinh", en: "Year of birth"),
                                  reason: Reason.outOfRange(1900, 2100))
        }
        var seen = Set<Int>()
        for r in ratings {
            try Check.year(r.year, "ratings.year")
            if !seen.insert(r.year).inserted {
                throw ValidationError(field: "ratings", label: Localized(vi: "Xếp loại", en: "Rating"),
                                      reason: Localized(vi: "năm \(r.year) có hai xếp loại", en: "two ratings for \(r.year)"))
            }
        }
        for i in initiatives {
            try Check.year(i.year, "initiatives.year")
            try Check.notBlank(i.title, "initiatives.title", Localized(vi: "Tên sáng kiến", en: "Initiative title"))
        }
        for d in disciplines {
            try d.period.validate(field: "disciplines.period", label: Localized(vi: "Thời gian kỷ luật", en: "Discipline period"))
        }
    }
}
