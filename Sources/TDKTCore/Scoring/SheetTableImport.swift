import Foundation
import TDKTText

/// Score sheets from the table offices keep in Excel, one row per cell: rater unit, rated unit,
/// criterion code, points. Units by id or name. Every row is checked before anything is saved (an
/// error names the file, line and column); a file in tenths instead of points is refused; sheets
/// already saved with other values are conflicts, replaced only with `replace` (old values logged).
extension Workspace {
    static let sheetTableFields = HeaderMatcher(fields: [
        .init("rater", Localized(vi: "Đơn vị chấm", en: "Rater unit"), synonyms: ["đơn vị chấm", "người chấm", "rater unit", "rater"], required: true),
        .init("rated", Localized(vi: "Đơn vị được chấm", en: "Rated unit"), synonyms: ["đơn vị được chấm", "được chấm", "rated unit", "ratee"], required: true),
        .init("criterion", Localized(vi: "Mã tiêu chí", en: "Criterion code"), synonyms: ["mã tiêu chí", "tiêu chí", "criterion code", "code"], required: true),
        .init("points", Localized(vi: "Điểm", en: "Points"), synonyms: ["điểm", "điểm chấm", "points", "score"], required: true),
    ])

    public func importScoreSheetTable(csv text: String, file: String, clusterId: String, year: Int, replace: Bool = false,
                                      at: Date = Date()) throws -> (report: ImportReport, saved: Stored<ScoringRound>?) {
        try authorizeScoringRead(clusterId: clusterId)
        let current = try loadScoringRound(clusterId: clusterId, year: year)
        var round = current.value
        let table = round.configuration.table
        let csv = try CSVReader.parse(text, file: file)
        guard let header = csv.rows.first else { throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "the file is empty")) }
        let m = try Self.sheetTableFields.match(header.fields, file: file, line: header.line)
        let rows = csv.rows.dropFirst().filter { !$0.isBlank }
        func problem(_ row: CSVRow, _ field: String?, _ vi: String, _ en: String) -> ImportProblem {
            ImportProblem(file: file, line: row.line, column: field.map { m.header($0) }, reason: Localized(vi: vi, en: en))
        }
        var cellTexts: [(criterionId: String, text: String)] = []
        var sheets: [String: CrossScoreSheet] = [:]
        var firstLine: [String: CSVRow] = [:]
        var order: [String] = []
        var values: [(CSVRow, String, Int)] = []
        for row in rows {
            var ids: [String] = []
            for f in ["rater", "rated"] {
                guard let t = m.value(f, in: row) else { throw problem(row, f, "thiếu đơn vị", "unit missing") }
                guard let id = resolveUnit(t) else {
                    throw problem(row, f, "không tìm thấy đơn vị '\(t)' (hoặc trùng tên)", "unit '\(t)' not found (or its name is ambiguous)")
                }
                ids.append(id)
            }
            guard let code = m.value("criterion", in: row) else { throw problem(row, "criterion", "thiếu mã tiêu chí", "criterion code missing") }
            guard let cr = table.criterion(id: code) else {
                throw problem(row, "criterion", "tiêu chí '\(code)' không có trong bảng chấm điểm", "criterion '\(code)' is not in the criteria table")
            }
            guard let pts = m.value("points", in: row) else { continue }   // blank: "chưa chấm"
            guard let v = PointsFormat.parse(pts, decimals: table.decimals) else {
                throw problem(row, "points", "'\(pts)' không phải số điểm hợp lệ cho \(cr.name)", "'\(pts)' is not valid points for \(cr.name)")
            }
            cellTexts.append((cr.id, pts))
            let key = "\(ids[0])→\(ids[1])"
            if sheets[key] == nil { sheets[key] = CrossScoreSheet(raterId: ids[0], rateeId: ids[1]); firstLine[key] = row; order.append(key) }
            guard sheets[key]!.cells[cr.id] == nil else {
                throw problem(row, "criterion", "\(ids[0]) chấm \(ids[1]) tiêu chí \(code) hai lần", "\(ids[0]) scores \(ids[1]) on \(code) twice")
            }
            sheets[key]!.cells[cr.id] = v
            values.append((row, cr.id, v))
        }
        // A file in tenths is named as such before any single value is refused.
        do { try SheetExchange.refuseTicks(cellTexts, table: table) } catch let e as ScoringError {
            throw ImportProblem(file: file, line: nil, column: m.header("points"), reason: Localized(vi: e.message(language: "vi"), en: e.message(language: "en")))
        }
        for (row, id, v) in values {
            do { try table.validate(value: v, criterionId: id) } catch let e as ScoringError {
                throw problem(row, "points", e.message(language: "vi"), e.message(language: "en"))
            }
        }
        // Who may import which sheets: the office any member's; a reviewer only its own unit's.
        let office = may(.manageScoring(clusterId: clusterId))
        for key in order {
            let s = sheets[key]!
            do {
                if !office {
                    try authorize(.score(clusterId: clusterId, rateeUnitId: s.rateeId, selfScore: false))
                    try checkRaterIdentity(s.raterId)
                }
                try SheetValidation.validate(s, configuration: round.configuration)
            } catch let e as ScoringError {
                throw problem(firstLine[key]!, nil, e.message(language: "vi"), e.message(language: "en"))
            }
        }
        var report = ImportReport(saved: [], unchanged: [], blank: [], conflicts: [])
        let by = login, when = Workspace.wholeSecond(at)
        for key in order {
            let s = sheets[key]!
            if let existing = round.crossSheet(rater: s.raterId, ratee: s.rateeId) {
                if existing.cells == s.cells { report.unchanged.append(key); continue }
                if !replace {
                    report.conflicts.append(SheetConflict(rateeId: s.rateeId, saved: existing, imported: s,
                                                          differingCriteria: table.criteria.map(\.id).filter { existing.cells[$0] != s.cells[$0] }))
                    continue
                }
                try round.insertImported(s, by: by, at: when, reason: "import --replace \(file)")
                report.replaced.append(key)
            } else {
                try round.insertImported(s, by: by, at: when, reason: "import \(file)")
                report.saved.append(key)
            }
        }
        guard !report.saved.isEmpty || !report.replaced.isEmpty else { return (report, nil) }
        return (report, try saveRound(round, previous: current.value, basedOn: current.revision,
                                      action: replace ? "scoring.sheets-import-replace" : "scoring.sheets-import"))
    }
}
