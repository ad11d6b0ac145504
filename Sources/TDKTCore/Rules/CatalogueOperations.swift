import Foundation
import TDKTText

/// The award catalogue as an administrator changes it. History is kept: a new coefficient or base salary is
/// added with the date it starts, and the value in force before it ends the day before; nothing is overwritten.
extension AwardCatalogue {
    static let coefficientLabel = Localized(vi: "Hệ số", en: "Coefficient")
    static let salaryLabel = Localized(vi: "Mức lương cơ sở", en: "Base salary")

    /// The catalogue with a new dated coefficient for an award. It must start after every coefficient the
    /// award has; the one open-ended before it is closed the day before.
    public func addingCoefficient(_ c: DatedCoefficient, to code: String) throws -> AwardCatalogue {
        guard let i = awards.firstIndex(where: { $0.code == code }) else {
            throw ValidationError(field: "awardCode", label: Labels.award, reason: Reason.unknownReference(code))
        }
        if c.individual == nil && c.collective == nil {
            throw ValidationError(field: "coefficients", label: Self.coefficientLabel,
                                  reason: Localized(vi: "cần hệ số cá nhân hoặc tập thể", en: "an individual or collective coefficient is needed"))
        }
        if let last = awards[i].coefficients.map(\.validFrom).max(), c.validFrom <= last {
            throw ValidationError(field: "coefficients.validFrom", label: Self.coefficientLabel, reason: Localized(
                vi: "ngày hiệu lực phải sau \(last.display) (mức đang có); không sửa đè lịch sử",
                en: "must start after \(last.display) (the latest value); history is not overwritten"))
        }
        if c.legalBasis.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(field: "coefficients.legalBasis", label: Localized(vi: "Căn cứ pháp lý", en: "Legal basis"), reason: Reason.empty)
        }
        var next = self
        let dayBefore = c.validFrom.previousDay
        for j in next.awards[i].coefficients.indices {
            let old = next.awards[i].coefficients[j]
            if old.validTo == nil || old.validTo! >= c.validFrom { next.awards[i].coefficients[j].validTo = dayBefore }
        }
        next.awards[i].coefficients.append(c)
        try next.validate()
        return next
    }

    /// The catalogue with a new base salary from a date after every one it has.
    public func addingBaseSalary(_ s: BaseSalary) throws -> AwardCatalogue {
        if let last = baseSalaries.map(\.validFrom).max(), s.validFrom <= last {
            throw ValidationError(field: "baseSalaries.validFrom", label: Self.salaryLabel, reason: Localized(
                vi: "ngày áp dụng phải sau \(last.display) (mức đang có); không sửa đè lịch sử",
                en: "must start after \(last.display) (the latest value); history is not overwritten"))
        }
        if s.legalBasis.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(field: "baseSalaries.legalBasis", label: Localized(vi: "Căn cứ pháp lý", en: "Legal basis"), reason: Reason.empty)
        }
        var next = self
        next.baseSalaries.append(s)
        try next.validate()
        return next
    }
}

extension CivilDate {
    /// The day before (31/12 of the year before for 1 January).
    public var previousDay: CivilDate {
        if day > 1 { return CivilDate(year, month, day - 1) }
        if month > 1 { return CivilDate(year, month - 1, CivilDate.daysIn(month: month - 1, year: year)) }
        return CivilDate(year - 1, 12, 31)
    }
}

extension Workspace {
    /// Saves the award catalogue (administrators only), validated, against the revision it was read at:
    /// another administrator's change in between is refused with who and when.
    @discardableResult
    public func saveCatalogue(_ catalogue: AwardCatalogue, basedOn revision: Int?) throws -> Stored<AwardCatalogue> {
        try authorize(.editCatalogue)
        try catalogue.validate()
        return try save(catalogue, basedOn: revision, action: "catalogue.edit")
    }
}
