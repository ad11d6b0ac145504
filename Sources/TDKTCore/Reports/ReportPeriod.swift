import Foundation
import TDKTText

/// The years a report covers: one year or a range of whole years, compared with the period of the
/// same length just before it (2025 with 2024; 2014–2018 with 2009–2013).
public struct ReportPeriod: Sendable, Hashable, CustomStringConvertible {
    public let from: Int
    public let to: Int

    public init(from: Int, to: Int) throws {
        let label = Localized(vi: "Kỳ báo cáo", en: "Report period")
        for y in [from, to] where !(1900...2200).contains(y) {
            throw ValidationError(field: "period", label: label, reason: Reason.outOfRange(1900, 2200))
        }
        if to < from {
            throw ValidationError(field: "period", label: label, reason: Localized(
                vi: "năm cuối \(to) trước năm đầu \(from)", en: "last year \(to) is before first year \(from)"))
        }
        self.from = from; self.to = to
    }

    public init(year: Int) throws { try self.init(from: year, to: year) }

    public var length: Int { to - from + 1 }
    public var years: ClosedRange<Int> { from...to }
    public var isSingleYear: Bool { from == to }
    public func contains(year: Int) -> Bool { years.contains(year) }

    /// The period of the same length just before this one.
    public var previous: ReportPeriod {
        // Cannot fail for periods that start after 1900 + length; clamp otherwise.
        (try? ReportPeriod(from: from - length, to: from - 1)) ?? self
    }

    /// "2025" or "2014–2018".
    public var description: String { isSingleYear ? String(from) : "\(from)–\(to)" }

    /// "năm 2025" / "giai đoạn 2014–2018".
    public func phrase(_ language: Language) -> String {
        switch (language, isSingleYear) {
        case (.vi, true): "năm \(from)"
        case (.vi, false): "giai đoạn \(from)–\(to)"
        case (.en, true): "in \(from)"
        case (.en, false): "in \(from)–\(to)"
        }
    }

    /// "Năm trước" / "Giai đoạn trước" for a comparison column.
    public func previousLabel(_ language: Language) -> String {
        switch (language, isSingleYear) {
        case (.vi, true): "Năm trước (\(previous))"
        case (.vi, false): "Giai đoạn trước (\(previous))"
        case (.en, true): "Previous year (\(previous))"
        case (.en, false): "Previous period (\(previous))"
        }
    }
}
