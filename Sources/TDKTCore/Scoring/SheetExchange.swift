import Foundation
import TDKTText

/// The JSON blob exchanged with a rater on another host: the rater's sheets for the units it must score.
public struct SheetExchangeFile: Codable, Sendable, Equatable {
    public struct CriterionInfo: Codable, Sendable, Equatable {
        public var id: String
        public var group: String
        public var name: String
        public var maximum: Int
        public var step: Int
    }
    public struct Sheet: Codable, Sendable, Equatable {
        public var rateeId: String
        /// Criterion id → value in ticks, or null for "chưa chấm".
        public var cells: [String: Int?]
    }
    public static let currentFormat = "tdkt-score-sheets/1"
    public var format: String
    public var roundId: String
    public var clusterId: String
    public var year: Int
    public var raterId: String
    /// Values are in ticks of 10^-decimals points.
    public var decimals: Int
    public var criteria: [CriterionInfo]
    public var sheets: [Sheet]
}

/// A saved sheet that differs from the imported one: reported, never overwritten.
public struct SheetConflict: Codable, Sendable, Equatable {
    public var rateeId: String
    public var saved: CrossScoreSheet
    public var imported: CrossScoreSheet
    /// Criterion ids whose values differ, in table order.
    public var differingCriteria: [String]
}

public struct ImportReport: Codable, Sendable, Equatable {
    /// Sheets saved by the import.
    public var saved: [String]
    /// Identical to what was already saved: nothing to do.
    public var unchanged: [String]
    /// Left entirely blank in the file: ignored.
    public var blank: [String]
    public var conflicts: [SheetConflict]
}

public enum SheetExchange {
    /// Exports blank sheets for every unit `raterId` must score (pretty-printed, sorted keys, NFC).
    public static func exportBlankSheets(round: ScoringRound, raterId: String) throws -> Data {
        let c = round.configuration
        let ratees = c.members.filter { c.expectedRaters(for: $0).contains(raterId) }.sorted()
        guard !ratees.isEmpty else { throw ScoringError.raterNotAllowed(raterId: raterId, rateeId: "*") }
        var criteria: [SheetExchangeFile.CriterionInfo] = []
        for g in c.table.groups {
            for cr in g.criteria {
                criteria.append(.init(id: cr.id, group: g.id, name: cr.name, maximum: cr.maximum, step: cr.step))
            }
        }
        let blank = Dictionary(uniqueKeysWithValues: c.table.criteria.map { ($0.id, Int?.none) })
        let file = SheetExchangeFile(format: SheetExchangeFile.currentFormat, roundId: c.roundId, clusterId: c.clusterId,
                                     year: c.year, raterId: raterId, decimals: c.table.decimals, criteria: criteria,
                                     sheets: ratees.map { .init(rateeId: $0, cells: blank) })
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try enc.encode(file)
    }

    public static func decode(_ data: Data) throws -> SheetExchangeFile {
        do {
            let f = try JSONDecoder().decode(SheetExchangeFile.self, from: data)
            guard f.format == SheetExchangeFile.currentFormat else {
                throw ScoringError.malformedExchange(detail: "format '\(f.format)'")
            }
            return f
        } catch let e as ScoringError {
            throw e
        } catch {
            throw ScoringError.malformedExchange(detail: String(describing: error))
        }
    }

    /// Imports a filled blob for `expectedRaterId`: the rater and round must match; every value is
    /// validated before anything is saved (the first invalid value refuses the whole file, with the
    /// criterion named); sheets already saved with different values are reported as conflicts and
    /// left as they are; new sheets are saved (which freezes the configuration).
    public static func importFilledSheets(_ data: Data, expectedRaterId: String, into round: inout ScoringRound,
                                          by: String, at: Date) throws -> ImportReport {
        let file = try decode(data)
        guard file.roundId == round.roundId else {
            throw ScoringError.exchangeRoundMismatch(expected: round.roundId, found: file.roundId)
        }
        guard nfc(file.raterId) == nfc(expectedRaterId) else {
            throw ScoringError.exchangeRaterMismatch(expected: expectedRaterId, found: file.raterId)
        }
        guard round.state == .open else { throw ScoringError.invalidState(action: .importSheets, state: round.state) }
        let c = round.configuration
        guard file.decimals == c.table.decimals else {
            throw ScoringError.malformedExchange(detail: "decimals \(file.decimals) ≠ \(c.table.decimals)")
        }
        // Validate everything first: nothing is saved from a file with an invalid value.
        var incoming: [CrossScoreSheet] = []
        var seen = Set<String>()
        for s in file.sheets.sorted(by: { $0.rateeId < $1.rateeId }) {
            guard seen.insert(s.rateeId).inserted else { throw ScoringError.duplicateIdentifier(field: "sheets.rateeId", id: s.rateeId) }
            let sheet = CrossScoreSheet(raterId: file.raterId, rateeId: s.rateeId, cells: s.cells.compactMapValues { $0 })
            try SheetValidation.validate(sheet, configuration: c)
            incoming.append(sheet)
        }
        var report = ImportReport(saved: [], unchanged: [], blank: [], conflicts: [])
        for sheet in incoming {
            if sheet.cells.isEmpty { report.blank.append(sheet.rateeId); continue }
            if let existing = round.crossSheet(rater: sheet.raterId, ratee: sheet.rateeId) {
                if existing.cells == sheet.cells { report.unchanged.append(sheet.rateeId); continue }
                let diff = c.table.criteria.map(\.id).filter { existing.cells[$0] != sheet.cells[$0] }
                report.conflicts.append(SheetConflict(rateeId: sheet.rateeId, saved: existing, imported: sheet, differingCriteria: diff))
                continue
            }
            try round.insertImported(sheet, by: by, at: at)
            report.saved.append(sheet.rateeId)
        }
        return report
    }
}
