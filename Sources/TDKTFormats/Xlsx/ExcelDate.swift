/// Spreadsheet date serials: days since the epoch, the fraction being the time of day.
///
/// The 1900 system counts 1900-01-01 as day 1 and keeps Lotus's phantom 29 February 1900 (day 60),
/// so serials from 61 on are one day ahead of a plain count from 1899-12-31. The 1904 system
/// (old Mac workbooks, `date1904="1"`) counts from 1904-01-01 as day 0.
public enum ExcelDate {
    public static func date(fromSerial serial: Double, date1904: Bool = false) -> XlsxDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        let epochDay: Int
        if date1904 {
            epochDay = daysFromCivil(1904, 1, 1)
        } else {
            if days == 60 { return XlsxDate(year: 1900, month: 2, day: 29) }  // the phantom day, kept as written
            epochDay = days < 60 ? daysFromCivil(1899, 12, 31) : daysFromCivil(1899, 12, 30)
        }
        let (y, m, d) = civil(fromDays: epochDay + days)
        return XlsxDate(year: y, month: m, day: d, hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60)
    }

    public static func serial(of date: XlsxDate) -> Double {
        let n = daysFromCivil(date.year, date.month, date.day)
        var days = n - daysFromCivil(1899, 12, 30)
        if days < 61 { days = n - daysFromCivil(1899, 12, 31) }
        return Double(days) + Double(date.hour * 3600 + date.minute * 60 + date.second) / 86_400
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
