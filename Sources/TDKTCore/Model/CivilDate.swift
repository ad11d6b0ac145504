import Foundation
import TDKTText

/// A calendar date without time or zone, as written on Vietnamese documents.
/// Stored as "yyyy-mm-dd"; typed and shown as dd/mm/yyyy.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) throws {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else {
            throw ValidationError(field: "date", label: Labels.date, reason: Localized(
                vi: "ngày \(day)/\(month)/\(year) không có thật", en: "\(day)/\(month)/\(year) is not a real date"))
        }
        self.year = year; self.month = month; self.day = day
    }

    /// For dates known to be valid (literals in code and tests).
    public init(_ year: Int, _ month: Int, _ day: Int) {
        // A literal that is not a real date is a programming error.
        try! self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses "dd/mm/yyyy" (also d/m/yyyy and with '-' or '.') or ISO "yyyy-mm-dd".
    public static func parse(_ text: String, field: String = "date", label: Localized = Labels.date) throws -> CivilDate {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
        let numbers = parts.compactMap(Int.init)
        guard parts.count == 3, numbers.count == 3 else {
            throw ValidationError(field: field, label: label, reason: Localized(
                vi: "'\(t)' không đúng dạng ngày/tháng/năm", en: "'\(t)' is not a date (dd/mm/yyyy)"))
        }
        do {
            if parts[0].count == 4 { return try CivilDate(year: numbers[0], month: numbers[1], day: numbers[2]) }
            return try CivilDate(year: numbers[2], month: numbers[1], day: numbers[0])
        } catch var e as ValidationError {
            e.field = field; e.fieldLabel = label
            throw e
        }
    }

    public static func today() -> CivilDate {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CivilDate(c.year!, c.month!, c.day!)
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// dd/mm/yyyy
    public var display: String { String(format: "%02d/%02d/%04d", day, month, year) }
    public var description: String { display }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try CivilDate.parse(text)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// A period with an optional end (still running).
public struct DatePeriod: Sendable, Hashable, Codable {
    public var start: CivilDate
    public var end: CivilDate?
    public init(start: CivilDate, end: CivilDate?) { self.start = start; self.end = end }

    public func contains(_ date: CivilDate) -> Bool {
        date >= start && (end.map { date <= $0 } ?? true)
    }

    public func overlaps(year: Int) -> Bool {
        start.year <= year && (end?.year ?? Int.max) >= year
    }

    public func validate(field: String, label: Localized) throws {
        if let end, end < start {
            throw ValidationError(field: field + ".end", label: label, reason: Localized(
                vi: "ngày kết thúc \(end) trước ngày bắt đầu \(start)",
                en: "end \(end) is before start \(start)"))
        }
    }
}
