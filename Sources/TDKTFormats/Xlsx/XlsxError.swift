/// Why a workbook could not be read.
public enum XlsxError: Error, Equatable, CustomStringConvertible {
    case notAWorkbook(String)
    case malformedPart(String, line: Int, reason: String)
    case noSuchSheet(String, available: [String])
    case noSheets

    public var description: String {
        switch self {
        case .notAWorkbook(let why): return "not an Excel workbook (.xlsx): \(why)"
        case .malformedPart(let part, let line, let reason): return "\(part), line \(line): \(reason)"
        case .noSuchSheet(let name, let available): return "no sheet named \"\(name)\"; sheets: \(available.joined(separator: ", "))"
        case .noSheets: return "the workbook has no sheets"
        }
    }
}
