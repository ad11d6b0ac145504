import Foundation
import TDKTCore
import TDKTText

/// How list commands write their table: text, CSV or JSON to standard output, or an Excel workbook,
/// which is binary and so goes to a file named with `--out` (never to a terminal).
enum TableOutput {
    static let formats = ["text", "csv", "json", "xlsx"]

    static func emit(_ table: TextTable, format: String, args: Arguments, ctx: CommandContext, sheetName: String = "tdkt") throws {
        guard format == "xlsx" else {
            ctx.output.write(table.render(format))
            return
        }
        let path = try xlsxDestination(args, ctx: ctx)
        do { try ReportFile.write(table.xlsx(sheetName: sheetName), to: path, force: args.has("--force"), dataDirectory: ctx.root) } catch let e as ReportError {
            throw ReportCommand.usageError(e)
        }
        ctx.say("Đã ghi \(path)", "Wrote \(path)")
    }

    /// The --out file of an xlsx output, checked before any work.
    static func xlsxDestination(_ args: Arguments, ctx: CommandContext) throws -> String {
        guard let path = args.value("--out"), !path.isEmpty else {
            throw UsageError(vi: "--format xlsx cần --out TỆP.xlsx", en: "--format xlsx needs --out FILE.xlsx")
        }
        do { try ReportFile.checkDestination(path, force: args.has("--force"), dataDirectory: ctx.root) } catch let e as ReportError {
            throw ReportCommand.usageError(e)
        }
        return path
    }
}
