import Foundation
import TDKTCore
import TDKTText

/// `tdkt import awards FILE [--dry-run] [--encoding utf8|tcvn3|vni]` (dispatched by `ImportCommand`; `words` start after "awards").
enum ImportAwardsCommand {
    static let usage = "tdkt import awards FILE.csv|FILE.xlsx [--sheet NAME] [--dry-run] [--encoding utf8|tcvn3|vni]"
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, ImportCommand.spec, subcommand: "awards")
        try args.expectPositional(max: 1, usage: usage)
        guard let path = args.positional.first else { throw UsageError(vi: "thiếu tệp; \(usage)", en: "missing file; \(usage)") }
        var encoding: VietnameseEncoding?
        if let e = args.value("--encoding") {
            guard let v = VietnameseEncoding(rawValue: e.lowercased()) else { throw UsageError(vi: "--encoding: chọn utf8, tcvn3 hoặc vni", en: "--encoding: use utf8, tcvn3 or vni") }
            encoding = v
        }
        guard FileManager.default.isReadableFile(atPath: path) else { throw UsageError(vi: "không đọc được tệp \(path)", en: "cannot read \(path)") }
        let ws = try ctx.workspace()
        let report: AwardImportReport
        do {
            report = try AwardImport.run(path: path, into: ws, encoding: encoding, sheet: args.value("--sheet"),
                                         dryRun: args.has("--dry-run"), actor: ctx.user)
        } catch let p as ImportProblem {
            ctx.output.error("tdkt: \(p.message(ctx.language))")
            return 1
        }
        for p in report.problems { ctx.output.error(p.message(ctx.language)) }
        for w in report.warnings { ctx.output.line((ctx.language == .vi ? "lưu ý: " : "warning: ") + w.message(ctx.language)) }
        ImportPreview.print(report, ws, ctx)
        ctx.output.line(report.summary(ctx.language))
        if !report.problems.isEmpty {
            ctx.say("Không ghi gì vì còn dòng lỗi.", "Nothing written: some rows have errors.")
            return 1
        }
        if args.has("--dry-run") { ctx.say("Chạy thử: chưa ghi gì.", "Dry run: nothing written.") }
        else if report.written, let batch = report.batchId {
            ctx.say("Đã ghi \(report.records.count) khen thưởng (lô \(batch); hoàn tác: tdkt import undo \(batch)).",
                    "Wrote \(report.records.count) awards (batch \(batch); to undo: tdkt import undo \(batch)).")
        }
        return 0
    }
}
