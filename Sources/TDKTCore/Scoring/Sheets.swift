import Foundation
import TDKTText

/// A cross-score sheet (phiếu chấm chéo): what one rater gave one ratee.
/// `cells` maps criterion id → value in ticks; a criterion absent from `cells` is
/// "chưa chấm" (not scored), which is never the same as 0.
public struct CrossScoreSheet: Codable, Sendable, Equatable {
    public var raterId: String
    public var rateeId: String
    public var cells: [String: Int]

    public init(raterId: String, rateeId: String, cells: [String: Int] = [:]) {
        self.raterId = nfc(raterId); self.rateeId = nfc(rateeId)
        self.cells = Dictionary(uniqueKeysWithValues: cells.map { (nfc($0.key), $0.value) })
    }

    /// The value of a criterion, nil when not scored yet.
    public subscript(criterionId: String) -> Int? {
        get { cells[criterionId] }
        set { cells[criterionId] = newValue }
    }

    /// Complete when every criterion of the table has a value.
    public func isComplete(in table: CriteriaTable) -> Bool { table.criteria.allSatisfy { cells[$0.id] != nil } }
    /// Criteria still "chưa chấm", in table order.
    public func missingCriteria(in table: CriteriaTable) -> [String] { table.criteria.map(\.id).filter { cells[$0] == nil } }
    /// Total in ticks of a complete sheet; nil when incomplete (an incomplete sheet is missing, never partial).
    public func total(in table: CriteriaTable) -> Int? {
        isComplete(in: table) ? table.criteria.reduce(0) { $0 + cells[$1.id]! } : nil
    }
}

/// One self-score cell: the claimed value and the evidence for it.
public struct SelfScoreCell: Codable, Sendable, Equatable {
    public var value: Int?
    public var evidence: String
    public init(value: Int?, evidence: String = "") { self.value = value; self.evidence = nfc(evidence) }
}

/// A unit's self-score sheet (phiếu tự chấm): kept and printed as the unit's claim, never counted.
public struct SelfScoreSheet: Codable, Sendable, Equatable {
    public var unitId: String
    public var cells: [String: SelfScoreCell]
    public init(unitId: String, cells: [String: SelfScoreCell] = [:]) {
        self.unitId = nfc(unitId)
        self.cells = Dictionary(uniqueKeysWithValues: cells.map { (nfc($0.key), $0.value) })
    }
    public func isComplete(in table: CriteriaTable) -> Bool { table.criteria.allSatisfy { cells[$0.id]?.value != nil } }
    public func total(in table: CriteriaTable) -> Int? {
        isComplete(in: table) ? table.criteria.reduce(0) { $0 + cells[$1.id]!.value! } : nil
    }
}

/// Validation of sheets against a configuration (used by the round and by import).
public enum SheetValidation {
    /// Refuses self-scoring, raters the configuration does not allow, unknown criteria,
    /// and values that are negative, above the maximum or off the step (criterion named).
    public static func validate(_ sheet: CrossScoreSheet, configuration: RoundConfiguration) throws {
        if sheet.raterId == sheet.rateeId { throw ScoringError.selfScoring(raterId: sheet.raterId) }
        guard configuration.members.contains(sheet.rateeId) else {
            throw ScoringError.unknownUnit(field: "rateeId", unitId: sheet.rateeId)
        }
        guard configuration.expectedRaters(for: sheet.rateeId).contains(sheet.raterId) else {
            throw ScoringError.raterNotAllowed(raterId: sheet.raterId, rateeId: sheet.rateeId)
        }
        try validateCells(sheet.cells, table: configuration.table)
    }

    public static func validate(_ sheet: SelfScoreSheet, configuration: RoundConfiguration) throws {
        guard configuration.members.contains(sheet.unitId) else {
            throw ScoringError.unknownUnit(field: "unitId", unitId: sheet.unitId)
        }
        for key in sheet.cells.keys.sorted() {
            guard let v = sheet.cells[key]?.value else {
                guard configuration.table.criterion(id: key) != nil else { throw ScoringError.unknownCriterion(criterionId: key) }
                continue
            }
            try configuration.table.validate(value: v, criterionId: key)
        }
    }

    /// Cells are checked in table order (then unknown ids, sorted), so the first error is stable.
    public static func validateCells(_ cells: [String: Int], table: CriteriaTable) throws {
        for c in table.criteria { if let v = cells[c.id] { try table.validate(value: v, criterionId: c.id) } }
        let known = Set(table.criteria.map(\.id))
        if let unknown = cells.keys.filter({ !known.contains($0) }).sorted().first {
            throw ScoringError.unknownCriterion(criterionId: unknown)
        }
    }
}
