/// Whether a cell's number format shows a date or time, so that its serial is read as a date.
enum NumberFormat {
    /// Built-in format ids that are dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in
    /// East Asian locales (the ids have no formatCode in the file).
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// A custom format is a date when, outside quoted text, escapes and [colour]/[$-locale] brackets,
    /// it has a d, m, y, h or s code. "[h]:mm" (elapsed time) counts as a time.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        var bracket = ""
        // Only the first section (positive numbers) matters.
        for ch in code {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    let b = bracket.lowercased()
                    if !b.isEmpty, b.allSatisfy({ "hms".contains($0) }) { return true }
                } else { bracket.append(ch) }
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true; bracket = ""
            case ";": return false
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S": return true
            default: continue
            }
        }
        return false
    }
}
