import Foundation
import TDKTText

/// Plans an import a row at a time, so that a file can be planned as it is read: each row's outcome
/// (a planned row and its write, a problem, a remark) is appended to the plan it is given.
public protocol ImportRowPlanner {
    static var kind: ImportBatch.Kind { get }
    /// Matches the header's columns; throws when a required one is missing.
    init(header: CSVRow, file: String, in ws: Workspace) throws
    /// One data row (after the header, not blank).
    mutating func plan(_ row: CSVRow, into plan: inout ImportPlan) throws
    /// What can be settled only once every row is in.
    mutating func finish(into plan: inout ImportPlan) throws
}
