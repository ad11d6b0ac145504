import Foundation
import TDKTText

/// The money of one recipient: coefficient × base salary on the decision date, rounded up to 10,000 đ.
public struct MoneyLine: Sendable, Equatable {
    public var nominee: NomineeRef
    public var awardCode: String
    public var coefficient: Decimal
    public var baseSalary: Int
    /// coefficient × base salary before rounding, in đồng.
    public var exact: Decimal
    /// Rounded up to the next 10,000 đ.
    public var amount: Int
    public var legalBasis: String
}

/// Award money (research §1.5, rules 17–19): the coefficient in force on the decision date (collective or
/// individual), times the base salary in force on that date, rounded UP to the ten-thousand đồng, in exact
/// integer arithmetic.
public enum Money {
    /// ceil(coefficient × salary / 10,000) × 10,000, computed on integers.
    public static func roundedAmount(coefficient: Decimal, baseSalary: Int) -> Int {
        let (mantissa, scale) = digits(coefficient)
        var unit = 10_000
        for _ in 0..<scale { unit *= 10 }
        let total = mantissa * baseSalary
        return (total + unit - 1) / unit * 10_000
    }

    /// A non-negative decimal as an integer and its number of decimal places ("1.5" → (15, 1)).
    static func digits(_ d: Decimal) -> (Int, Int) {
        let text = NSDecimalNumber(decimal: d).stringValue
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        let fraction = parts.count > 1 ? parts[1] : ""
        return (Int(parts[0] + fraction) ?? 0, fraction.count)
    }

    public static func line(award: AwardType, nominee: NomineeRef, on date: CivilDate, catalogue: AwardCatalogue) throws -> MoneyLine {
        guard let c = award.coefficient(on: date) else {
            throw ValidationError(field: "coefficients", label: Localized(vi: "Hệ số \(award.code)", en: "Coefficient of \(award.code)"),
                                  reason: Localized(vi: "không có hệ số hiệu lực ngày \(date)", en: "none in force on \(date)"))
        }
        let value = nominee.kind == .unit ? c.collective : c.individual
        guard let coefficient = value else {
            throw ValidationError(field: "coefficients", label: Localized(vi: "Hệ số \(award.code)", en: "Coefficient of \(award.code)"),
                                  reason: Localized(vi: "không có hệ số cho \(nominee.kind.label.vi.lowercased())",
                                                    en: "none for a \(nominee.kind.label.en.lowercased())"))
        }
        guard let salary = catalogue.baseSalary(on: date) else {
            throw ValidationError(field: "baseSalaries", label: Localized(vi: "Mức lương cơ sở", en: "Base salary"),
                                  reason: Localized(vi: "không có mức hiệu lực ngày \(date)", en: "none in force on \(date)"))
        }
        return MoneyLine(nominee: nominee, awardCode: award.code, coefficient: coefficient, baseSalary: salary.amount,
                         exact: coefficient * Decimal(salary.amount),
                         amount: roundedAmount(coefficient: coefficient, baseSalary: salary.amount),
                         legalBasis: "\(c.legalBasis); \(salary.legalBasis)")
    }

    /// The money of an award received: what was recorded as paid, else what the rules give on its decision
    /// date (coefficient × base salary, rounded up); nil when there is no date or no coefficient for it.
    public static func amount(of record: AwardRecord, catalogue: AwardCatalogue?) -> Int? {
        if let paid = record.amount { return paid }
        guard let catalogue, let date = record.decisionDate, let award = catalogue.award(record.awardCode) else { return nil }
        return (try? line(award: award, nominee: record.nominee, on: date, catalogue: catalogue))?.amount
    }

    /// "3.510.000 đ", with Vietnamese thousands separators.
    public static func format(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return (amount < 0 ? "-" : "") + out + " đ"
    }
}
