/// A calendar date, with a time of day when the cell holds one, as a workbook stores it (no time zone).
public struct XlsxDate: Sendable, Equatable, Hashable {
    public var year: Int, month: Int, day: Int
    public var hour: Int, minute: Int, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
    }

    public var hasTime: Bool { hour != 0 || minute != 0 || second != 0 }
}

/// The value of one cell as read: the type the workbook gave it, dates recognised by their number format.
public enum XlsxValue: Sendable, Equatable, Hashable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    case date(XlsxDate)
    case error(String)

    /// The value as a clerk would type it into a CSV file: whole numbers without ".0", dates as
    /// dd/mm/yyyy, booleans as TRUE/FALSE. Importers that read text use this.
    public var text: String {
        switch self {
        case .text(let s): return s
        case .number(let d): return XlsxValue.format(d)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .date(let d):
            let day = pad(d.day) + "/" + pad(d.month) + "/" + String(d.year)
            return d.hasTime ? day + " " + pad(d.hour) + ":" + pad(d.minute) + ":" + pad(d.second) : day
        case .error(let e): return e
        }
    }

    /// Integral values print without a fraction; others with the shortest text that reads back the same.
    static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
