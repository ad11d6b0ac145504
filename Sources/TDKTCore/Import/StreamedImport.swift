import Foundation
import TDKTText

/// A CSV import planned as it is read. Each planned row is handed to `onRow` and then dropped, unless the
/// whole plan is kept (to be written); problems and remarks are kept up to a cap, the rest only counted.
public struct StreamedImport: Sendable {
    public static let keptProblems = 1_000
    public var created = 0, matched = 0
    public var problems: [ImportProblem] = [], problemCount = 0
    public var warnings: [ImportProblem] = [], warningCount = 0
    /// Every row, write and problem, when asked for.
    public var plan: ImportPlan?

    public var rows: Int { created + matched }

    /// Reads the stream to its end with a planner of the kind; the header is the first row that is not blank.
    public static func run<P: ImportRowPlanner, S>(_ type: P.Type, _ stream: inout CSVRowStream<S>, file: String, in ws: Workspace,
                                                  keepPlan: Bool, onRow: (ImportPlan.Row) -> Void) throws -> StreamedImport {
        var header: CSVRow?
        while let row = try stream.next() { if !row.isBlank { header = row; break } }
        guard let header else { throw DirectoryImport.emptyFile(file) }
        var planner = try P(header: header, file: file, in: ws)
        var result = StreamedImport()
        var whole = ImportPlan(file: file, kind: P.kind)
        var step = ImportPlan(file: file, kind: P.kind)
        func take(_ step: inout ImportPlan) {
            for r in step.rows { onRow(r); if r.created { result.created += 1 } else { result.matched += 1 } }
            result.problemCount += step.problems.count
            result.warningCount += step.warnings.count
            if keepPlan {
                whole.rows += step.rows; whole.writes += step.writes
                whole.createdUnits += step.createdUnits; whole.createdPeople += step.createdPeople
                whole.replacedUnits += step.replacedUnits; whole.replacedPeople += step.replacedPeople
                whole.problems += step.problems; whole.warnings += step.warnings
            }
            result.problems += step.problems.prefix(keptProblems - result.problems.count)
            result.warnings += step.warnings.prefix(keptProblems - result.warnings.count)
            step = ImportPlan(file: file, kind: P.kind)
        }
        while let row = try stream.next() {
            guard row.line > header.line, !row.isBlank else { continue }
            try planner.plan(row, into: &step)
            take(&step)
        }
        try planner.finish(into: &step)
        take(&step)
        if keepPlan { result.plan = whole }
        return result
    }
}
