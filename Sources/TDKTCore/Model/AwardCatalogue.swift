import Foundation
import TDKTText

/// A coefficient × base salary with the legal text and the dates it holds for.
public struct DatedCoefficient: Sendable, Equatable, Codable {
    public var validFrom: CivilDate
    public var validTo: CivilDate?
    /// Coefficient for an individual or household (nil when the award is not for them).
    public var individual: Decimal?
    /// Coefficient for a collective.
    public var collective: Decimal?
    public var legalBasis: String
    public init(validFrom: CivilDate, validTo: CivilDate? = nil, individual: Decimal?, collective: Decimal?, legalBasis: String) {
        self.validFrom = validFrom; self.validTo = validTo; self.individual = individual
        self.collective = collective; self.legalBasis = legalBasis
    }
    public func holds(on date: CivilDate) -> Bool {
        date >= validFrom && (validTo.map { date <= $0 } ?? true)
    }
}

/// An award type of the catalogue: a title (danh hiệu) or a form (hình thức).
public struct AwardType: Sendable, Equatable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable { case title, form }
    public enum Recipients: String, Sendable, Codable {
        case individual, collective, both
        public var label: Localized {
            switch self {
            case .individual: Localized(vi: "cá nhân", en: "individuals")
            case .collective: Localized(vi: "tập thể", en: "collectives")
            case .both: Localized(vi: "cá nhân và tập thể", en: "individuals and collectives")
            }
        }
        public func accepts(_ kind: NomineeRef.Kind) -> Bool {
            switch self {
            case .both: true
            case .individual: kind == .person || kind == .household
            case .collective: kind == .unit
            }
        }
    }
    /// Who decides it.
    public enum Level: String, Sendable, Codable {
        case unitHead, province, primeMinister, president
        public var label: Localized {
            switch self {
            case .unitHead: Localized(vi: "Thủ trưởng đơn vị", en: "Unit head")
            case .province: Localized(vi: "Chủ tịch UBND tỉnh", en: "Province chairman")
            case .primeMinister: Localized(vi: "Thủ tướng Chính phủ", en: "Prime Minister")
            case .president: Localized(vi: "Chủ tịch nước", en: "President")
            }
        }
        /// Lower to higher: a unit head, the province, the Prime Minister, the President.
        public var rank: Int {
            switch self {
            case .unitHead: 0
            case .province: 1
            case .primeMinister: 2
            case .president: 3
            }
        }
    }
    /// The documents a dossier for this award needs.
    public enum DossierItem: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
        case submission, achievementReport, minutes, initiativeCertificate, ballotResult
        public var label: Localized {
            switch self {
            case .submission: Localized(vi: "Tờ trình", en: "Submission")
            case .achievementReport: Localized(vi: "Báo cáo thành tích", en: "Achievement report")
            case .minutes: Localized(vi: "Biên bản họp xét", en: "Minutes")
            case .initiativeCertificate: Localized(vi: "Giấy chứng nhận sáng kiến", en: "Initiative certificate")
            case .ballotResult: Localized(vi: "Kết quả bỏ phiếu kín", en: "Ballot result")
            }
        }
    }

    public var code: String
    public var id: String { code }
    public var name: String
    public var nameEn: String
    public var kind: Kind
    public var recipients: Recipients
    public var level: Level
    public var coefficients: [DatedCoefficient]
    public var dossier: [DossierItem]
    /// Share of council votes needed to approve (0.5 = more than half).
    public var councilThreshold: Decimal

    public init(code: String, name: String, nameEn: String, kind: Kind, recipients: Recipients, level: Level,
                coefficients: [DatedCoefficient], dossier: [DossierItem], councilThreshold: Decimal = Decimal(string: "0.5")!) {
        self.code = code; self.name = name; self.nameEn = nameEn; self.kind = kind; self.recipients = recipients
        self.level = level; self.coefficients = coefficients; self.dossier = dossier; self.councilThreshold = councilThreshold
    }

    public func coefficient(on date: CivilDate) -> DatedCoefficient? {
        coefficients.last { $0.holds(on: date) }
    }

    public func validate() throws {
        let label = Localized(vi: "Mã khen thưởng", en: "Award code")
        if code.isEmpty || !code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) {
            throw ValidationError(field: "code", label: label, reason: Localized(
                vi: "chỉ gồm chữ in hoa không dấu, số và '_'", en: "only uppercase ASCII letters, digits and '_'"))
        }
        try Check.notBlank(name, "name", Labels.name)
        let coefLabel = Localized(vi: "Hệ số", en: "Coefficient")
        for c in coefficients {
            if let to = c.validTo, to < c.validFrom {
                throw ValidationError(field: "coefficients.validTo", label: coefLabel,
                                      reason: Localized(vi: "hết hiệu lực trước khi có hiệu lực", en: "ends before it starts"))
            }
            for v in [c.individual, c.collective].compactMap({ $0 }) where v < 0 || v > 100 {
                throw ValidationError(field: "coefficients", label: coefLabel, reason: Reason.outOfRange(0, 100))
            }
        }
    }
}

/// The base salary (mức lương cơ sở) from a date.
public struct BaseSalary: Sendable, Equatable, Codable {
    public var validFrom: CivilDate
    /// đồng per month
    public var amount: Int
    public var legalBasis: String
    public init(validFrom: CivilDate, amount: Int, legalBasis: String) {
        self.validFrom = validFrom; self.amount = amount; self.legalBasis = legalBasis
    }
}

/// The whole catalogue as stored in one file: award types and the base salary history.
public struct AwardCatalogue: Sendable, Equatable, Codable {
    public var awards: [AwardType]
    public var baseSalaries: [BaseSalary]
    public init(awards: [AwardType], baseSalaries: [BaseSalary]) { self.awards = awards; self.baseSalaries = baseSalaries }

    public func award(_ code: String) -> AwardType? { awards.first { $0.code == code } }

    /// The base salary in force on a date (the latest that started on or before it).
    public func baseSalary(on date: CivilDate) -> BaseSalary? {
        baseSalaries.filter { $0.validFrom <= date }.max { $0.validFrom < $1.validFrom }
    }

    public func validate() throws {
        var codes = Set<String>()
        for a in awards {
            try a.validate()
            if !codes.insert(a.code).inserted {
                throw ValidationError(field: "awards.code", label: Labels.award,
                                      reason: Localized(vi: "mã \(a.code) trùng", en: "code \(a.code) appears twice"))
            }
        }
        for s in baseSalaries where s.amount <= 0 {
            throw ValidationError(field: "baseSalaries.amount", label: Localized(vi: "Mức lương cơ sở", en: "Base salary"),
                                  reason: Localized(vi: "phải lớn hơn 0", en: "must be above 0"))
        }
    }
}
