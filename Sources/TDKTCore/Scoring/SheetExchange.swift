import Foundation
import TDKTText

/// A value in points as written in an exchange file: a JSON number (7.5) or text ("7,5").
public struct PointsValue: Codable, Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { text = value }
    /// Ticks written as points of a table with `decimals` tick digits (75, 1 → "7.5").
    public init(ticks: Int, decimals: Int) { text = PointsFormat.string(ticks: ticks, decimals: decimals, language: "en") }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { text = s; return }
        if let i = try? c.decode(Int.self) { text = String(i); return }
        text = String(try c.decode(Double.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let d = Double(text.replacingOccurrences(of: ",", with: ".")), d.isFinite { try c.encode(d) } else { try c.encode(text) }
    }
}

/// The file exchanged with a rater on another host (the inter-provincial cluster): the rater's
/// sheets for the units it must score, in points, with the rater's and units' names and the hash of
/// the round's criteria table, so that a file filled against another table, by an outsider, or in
/// tenths instead of points is refused.
public struct SheetExchangeFile: Codable, Sendable, Equatable {
    public struct CriterionInfo: Codable, Sendable, Equatable {
        public var id: String
        public var group: String
        public var name: String
        /// In points.
        public var maximum: PointsValue
        public var step: PointsValue
    }
    public struct Sheet: Codable, Sendable, Equatable {
        public var rateeId: String
        public var rateeName: String
        /// Criterion id → points, or null for "chưa chấm".
        public var cells: [String: PointsValue?]
    }
    public static let currentFormat = "tdkt-score-sheets/2"
    public var format: String
    public var roundId: String
    public var clusterId: String
    public var year: Int
    /// The rater's unit (or panel login) and its name.
    public var raterId: String
    public var raterName: String
    /// `CriteriaTableHash.of(table)` of the round the file was exported from.
    public var tableHash: String
    /// Always "points": values are points of the table, never ticks.
    public var valueUnit: String
    public var criteria: [CriterionInfo]
    public var sheets: [Sheet]
}

/// A saved sheet that differs from the imported one: reported and left alone unless `--replace`.
public struct SheetConflict: Codable, Sendable, Equatable {
    public var rateeId: String
    public var saved: CrossScoreSheet
    public var imported: CrossScoreSheet
    /// Criterion ids whose values differ, in table order.
    public var differingCriteria: [String]
}

public struct ImportReport: Codable, Sendable, Equatable {
    /// Sheets saved by the import (new ones).
    public var saved: [String]
    /// Identical to what was already saved: nothing to do.
    public var unchanged: [String]
    /// Left entirely blank in the file: ignored.
    public var blank: [String]
    /// Saved sheets that differ, left as they are (import without replace).
    public var conflicts: [SheetConflict]
    /// Saved sheets replaced by the file (import with replace); the old values stay in the round's revision log.
    public var replaced: [String] = []
}

public enum SheetExchange {
    /// Exports blank sheets for every unit `raterId` must score (pretty-printed, sorted keys, NFC).
    /// `names` maps unit ids to names (the rater's and the ratees'); an id stands for a missing name.
    public static func exportBlankSheets(round: ScoringRound, raterId: String, names: [String: String] = [:]) throws -> Data {
        let c = round.configuration
        let ratees = c.members.filter { c.expectedRaters(for: $0).contains(raterId) }.sorted()
        guard !ratees.isEmpty else { throw ScoringError.raterNotAllowed(raterId: raterId, rateeId: "*") }
        let d = c.table.decimals
        var criteria: [SheetExchangeFile.CriterionInfo] = []
        for g in c.table.groups {
            for cr in g.criteria {
                criteria.append(.init(id: cr.id, group: g.id, name: cr.name, maximum: PointsValue(ticks: cr.maximum, decimals: d),
                                      step: PointsValue(ticks: cr.step, decimals: d)))
            }
        }
        let blank = Dictionary(uniqueKeysWithValues: c.table.criteria.map { ($0.id, PointsValue?.none) })
        let file = SheetExchangeFile(format: SheetExchangeFile.currentFormat, roundId: c.roundId, clusterId: c.clusterId,
                                     year: c.year, raterId: raterId, raterName: names[raterId] ?? raterId,
                                     tableHash: CriteriaTableHash.of(c.table), valueUnit: "points", criteria: criteria,
                                     sheets: ratees.map { .init(rateeId: $0, rateeName: names[$0] ?? $0, cells: blank) })
        return try encode(file)
    }

    public static func encode(_ file: SheetExchangeFile) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try enc.encode(file)
    }

    public static func decode(_ data: Data) throws -> SheetExchangeFile {
        struct Head: Decodable { var format: String? }
        if let head = try? JSONDecoder().decode(Head.self, from: data), let f = head.format, f != SheetExchangeFile.currentFormat {
            let hint = f == "tdkt-score-sheets/1" ? "format '\(f)' (values in ticks) is no longer accepted; export the sheets again"
                                                  : "format '\(f)'"
            throw ScoringError.malformedExchange(detail: hint)
        }
        do {
            let f = try JSONDecoder().decode(SheetExchangeFile.self, from: data)
            guard f.valueUnit == "points" else {
                throw ScoringError.malformedExchange(detail: "valueUnit '\(f.valueUnit)': values must be in points")
            }
            return f
        } catch let e as ScoringError {
            throw e
        } catch {
            throw ScoringError.malformedExchange(detail: String(describing: error))
        }
    }

    /// Imports a filled file for `expectedRaterId`. Refused as a whole, before anything is saved,
    /// when: the round or rater differ; the rater is not a member (or panel rater) of the round — even
    /// for an administrator; the criteria table's hash differs; a name differs from `names`; a value is
    /// not in points (tenths written as points are named as such), off the step or above the maximum.
    /// Sheets already saved with different values are conflicts, left alone unless `replace`, which
    /// saves the file's values and logs the old ones in the round's revision log.
    public static func importFilledSheets(_ data: Data, expectedRaterId: String, into round: inout ScoringRound,
                                          names: [String: String] = [:], replace: Bool = false,
                                          by: String, at: Date) throws -> ImportReport {
        let file = try decode(data)
        guard file.roundId == round.roundId else {
            throw ScoringError.exchangeRoundMismatch(expected: round.roundId, found: file.roundId)
        }
        guard nfc(file.raterId) == nfc(expectedRaterId) else {
            throw ScoringError.exchangeRaterMismatch(expected: expectedRaterId, found: file.raterId)
        }
        let c = round.configuration
        guard c.raters.allRaters(members: c.members).contains(nfc(file.raterId)) else {
            throw ScoringError.exchangeRaterNotMember(raterId: file.raterId)
        }
        let hash = CriteriaTableHash.of(c.table)
        guard file.tableHash == hash else { throw ScoringError.exchangeTableMismatch(expected: hash, found: file.tableHash) }
        guard round.state == .open else { throw ScoringError.invalidState(action: .importSheets, state: round.state) }
        func same(_ a: String, _ b: String) -> Bool {
            nfc(a).trimmingCharacters(in: .whitespaces).lowercased() == nfc(b).trimmingCharacters(in: .whitespaces).lowercased()
        }
        if let n = names[file.raterId], !same(n, file.raterName) {
            throw ScoringError.exchangeNameMismatch(field: "raterName", unitId: file.raterId, expected: n, found: file.raterName)
        }
        try refuseTicks(file, table: c.table)
        // Validate everything first: nothing is saved from a file with an invalid value.
        var incoming: [CrossScoreSheet] = []
        var seen = Set<String>()
        for s in file.sheets.sorted(by: { $0.rateeId < $1.rateeId }) {
            guard seen.insert(s.rateeId).inserted else { throw ScoringError.duplicateIdentifier(field: "sheets.rateeId", id: s.rateeId) }
            if let n = names[s.rateeId], !same(n, s.rateeName) {
                throw ScoringError.exchangeNameMismatch(field: "sheets.rateeName", unitId: s.rateeId, expected: n, found: s.rateeName)
            }
            var cells: [String: Int] = [:]
            for key in s.cells.keys.sorted() {
                guard let value = s.cells[key] ?? nil else { continue }
                cells[key] = try ticks(value, criterionId: key, table: c.table)
            }
            let sheet = CrossScoreSheet(raterId: file.raterId, rateeId: s.rateeId, cells: cells)
            try SheetValidation.validate(sheet, configuration: c)
            incoming.append(sheet)
        }
        var report = ImportReport(saved: [], unchanged: [], blank: [], conflicts: [])
        for sheet in incoming {
            if sheet.cells.isEmpty { report.blank.append(sheet.rateeId); continue }
            if let existing = round.crossSheet(rater: sheet.raterId, ratee: sheet.rateeId) {
                if existing.cells == sheet.cells { report.unchanged.append(sheet.rateeId); continue }
                if replace {
                    try round.insertImported(sheet, by: by, at: at, reason: "import --replace")
                    report.replaced.append(sheet.rateeId)
                    continue
                }
                let diff = c.table.criteria.map(\.id).filter { existing.cells[$0] != sheet.cells[$0] }
                report.conflicts.append(SheetConflict(rateeId: sheet.rateeId, saved: existing, imported: sheet, differingCriteria: diff))
                continue
            }
            try round.insertImported(sheet, by: by, at: at)
            report.saved.append(sheet.rateeId)
        }
        return report
    }

    /// A file in tenths (ticks) instead of points: at least half of its values are whole numbers above
    /// their criterion's maximum in points that would fit as ticks. Refused, naming the first such value.
    static func refuseTicks(_ file: SheetExchangeFile, table: CriteriaTable) throws {
        var cells: [(criterionId: String, text: String)] = []
        for s in file.sheets.sorted(by: { $0.rateeId < $1.rateeId }) {
            for cr in table.criteria { if let v = s.cells[cr.id] ?? nil { cells.append((cr.id, v.text)) } }
        }
        try refuseTicks(cells, table: table)
    }

    /// The same test over (criterion, value as written) pairs, in file order.
    public static func refuseTicks(_ cells: [(criterionId: String, text: String)], table: CriteriaTable) throws {
        guard table.decimals > 0 else { return }
        var suspicious: [(Criterion, String)] = []
        for (id, text) in cells {
            guard let cr = table.criterion(id: id) else { continue }
            if let whole = Int(text), whole <= cr.maximum, let t = PointsFormat.parse(text, decimals: table.decimals), t > cr.maximum {
                suspicious.append((cr, text))
            }
        }
        if let (cr, text) = suspicious.first, suspicious.count * 2 >= cells.count {
            throw ScoringError.exchangeValuesLookLikeTicks(criterion: cr.name, value: text, maximum: table.format(cr.maximum))
        }
    }

    /// Points of a file cell as ticks of the table.
    static func ticks(_ value: PointsValue, criterionId: String, table: CriteriaTable) throws -> Int {
        guard let cr = table.criterion(id: criterionId) else { throw ScoringError.unknownCriterion(criterionId: criterionId) }
        guard let t = PointsFormat.parse(value.text, decimals: table.decimals) else {
            throw ScoringError.invalidNumber(field: cr.name, value: value.text)
        }
        try table.validate(value: t, criterionId: criterionId)
        return t
    }
}
