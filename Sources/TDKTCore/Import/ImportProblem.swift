import Foundation
import TDKTText

/// A problem found in an imported file: names the file, the 1-based line and the column when known,
/// and says why in Vietnamese and English.
public struct ImportProblem: Error, Equatable, Sendable, LocalizedError {
    public var file: String
    public var line: Int?
    /// The column's header as written in the file (or the field's name when the header is missing).
    public var column: String?
    public var reason: Localized

    public init(file: String, line: Int?, column: String? = nil, reason: Localized) {
        self.file = file; self.line = line; self.column = column; self.reason = reason
    }

    /// "awards.csv dòng 7, cột Năm: ..." / "awards.csv line 7, column Năm: ..."
    public func message(_ language: Language = .vi) -> String {
        let vi = language == .vi
        var place = file
        if let line { place += vi ? " dòng \(line)" : " line \(line)" }
        if let column { place += vi ? ", cột \(column)" : ", column \(column)" }
        return "\(place): \(reason.text(language))"
    }

    public var errorDescription: String? { message(.vi) + " / " + message(.en) }
}
