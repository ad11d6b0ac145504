import Foundation
import TDKTText

/// A criterion scored against a target relative to the cluster's best performer, as provincial
/// instructions often require: the office enters each unit's measured result (e.g. the share of
/// the target reached); the best gets the maximum, the others maximum × result / best, rounded down
/// to the step. The points so computed are the same on every sheet that scores the unit.
public enum TargetScoring {
    /// Ticks for each unit. Results must be ≥ 0; with a best of 0 everyone gets 0.
    public static func points(results: [String: Decimal], criterion c: Criterion) -> [String: Int] {
        let best = results.values.max() ?? 0
        var out: [String: Int] = [:]
        for (unit, r) in results {
            guard best > 0 else { out[unit] = 0; continue }
            let raw = NSDecimalNumber(decimal: r * Decimal(c.maximum) / best).doubleValue
            out[unit] = min(c.maximum, max(0, Int(raw / Double(c.step) + 1e-9) * c.step))
        }
        return out
    }
}

extension ScoringRound {
    /// Writes a target criterion's points, computed from the units' results, into every expected
    /// rater's sheet for each unit (creating the sheet when none was saved). Open rounds only; the
    /// criterion must be of kind `target`; every member needs a result. Changed cells are logged.
    public mutating func applyTargetResults(criterionId: String, results: [String: Decimal], by: String, at: Date) throws {
        guard state == .open else { throw ScoringError.invalidState(action: .saveSheet, state: state) }
        guard let c = configuration.table.criterion(id: criterionId) else { throw ScoringError.unknownCriterion(criterionId: criterionId) }
        guard c.kind == .target else { throw ScoringError.invalidNumber(field: "\(c.name).kind", value: (c.kind ?? .points).rawValue) }
        for m in configuration.members where results[m] == nil { throw ScoringError.emptyField(field: "results.\(m)") }
        for (u, r) in results {
            guard configuration.members.contains(u) else { throw ScoringError.unknownUnit(field: "results", unitId: u) }
            guard r >= 0 else { throw ScoringError.invalidNumber(field: "results.\(u)", value: "\(r)") }
        }
        let points = TargetScoring.points(results: results, criterion: c)
        for u in configuration.members.sorted() {
            for r in configuration.expectedRaters(for: u) {
                var sheet = crossSheet(rater: r, ratee: u) ?? CrossScoreSheet(raterId: r, rateeId: u)
                sheet.cells[criterionId] = points[u]
                try saveCrossSheet(sheet, by: by, at: at, reason: "target \(criterionId)")
            }
        }
    }
}

extension Workspace {
    /// The office enters a target criterion's results (CSV: unit, result); the points go into every sheet.
    @discardableResult
    public func applyTargetResults(csv text: String, file: String, clusterId: String, year: Int, criterionId: String,
                                   at: Date = Date()) throws -> Stored<ScoringRound> {
        try authorize(.manageScoring(clusterId: clusterId))
        let current = try loadScoringRound(clusterId: clusterId, year: year)
        let csv = try CSVReader.parse(text, file: file)
        guard let header = csv.rows.first else { throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "the file is empty")) }
        let m = try HeaderMatcher(fields: [
            .init("unit", Localized(vi: "Đơn vị", en: "Unit"), synonyms: ["đơn vị", "mã đơn vị", "unit id"], required: true),
            .init("result", Localized(vi: "Kết quả", en: "Result"), synonyms: ["kết quả", "kết quả thực hiện", "tỷ lệ", "result", "value"], required: true),
        ]).match(header.fields, file: file, line: header.line)
        var results: [String: Decimal] = [:]
        for row in csv.rows.dropFirst() where !row.isBlank {
            let unitText = m.value("unit", in: row) ?? ""
            guard let u = resolveUnit(unitText) else {
                throw ImportProblem(file: file, line: row.line, column: m.header("unit"),
                                    reason: Localized(vi: "không tìm thấy đơn vị '\(unitText)'", en: "unit '\(unitText)' not found"))
            }
            let v = (m.value("result", in: row) ?? "").replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ",", with: ".")
            guard let d = Decimal(string: v, locale: Locale(identifier: "en_US_POSIX")), d >= 0 else {
                throw ImportProblem(file: file, line: row.line, column: m.header("result"),
                                    reason: Localized(vi: "kết quả không hợp lệ: '\(v)'", en: "not a valid result: '\(v)'"))
            }
            results[u] = d
        }
        var round = current.value
        try round.applyTargetResults(criterionId: criterionId, results: results, by: login, at: Workspace.wholeSecond(at))
        return try saveRound(round, previous: current.value, basedOn: current.revision, action: "scoring.target")
    }
}
