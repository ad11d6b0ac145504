import Foundation
import TDKTCore
import TDKTText

/// `tdkt import units|people FILE.csv`: the file read as a stream of records, each row's line printed as
/// it is planned. A dry run keeps only counts and the first problems, so a file of any size is read in
/// bounded memory; an import keeps the plan it writes (one batch), but never the file's text or table.
enum ImportStreamedCommand {
    static func run(_ ctx: CommandContext, kind: String, path: String, encoding: VietnameseEncoding?,
                    args: Arguments, in ws: Workspace) throws -> Int32 {
        let file = (path as NSString).lastPathComponent
        var stream = try ImportFile.stream(path: path, encoding: encoding)
        let decoded = stream.encoding
        // Said once the header is matched (a file without the columns is refused first, as before).
        var said = false
        func sayEncoding() {
            if said { return }
            said = true
            ctx.say("Mã hóa: \(decoded.encoding.rawValue)\(decoded.detected ? " (tự nhận)" : "")",
                    "Encoding: \(decoded.encoding.rawValue)\(decoded.detected ? " (detected)" : "")")
        }
        let dryRun = args.has("--dry-run")
        let en = ctx.language == .en
        func show(_ r: ImportPlan.Row) {
            sayEncoding()
            let verb = r.created ? (en ? "create" : "tạo mới") : (en ? "match " : "khớp   ")
            ctx.output.line(en ? "line \(r.line): \(verb) \(r.id)  \(r.name)" : "dòng \(r.line): \(verb) \(r.id)  \(r.name)")
        }
        let result = kind == "units"
            ? try StreamedImport.run(UnitRowPlanner.self, &stream, file: file, in: ws, keepPlan: !dryRun, onRow: show)
            : try StreamedImport.run(PersonRowPlanner.self, &stream, file: file, in: ws, keepPlan: !dryRun, onRow: show)
        sayEncoding()
        for w in result.warnings { ctx.output.line((en ? "warning: " : "lưu ý: ") + w.message(ctx.language)) }
        if result.warningCount > result.warnings.count {
            let more = result.warningCount - result.warnings.count
            ctx.output.line(en ? "warning: … and \(more) more" : "lưu ý: … và \(more) lưu ý khác")
        }
        for p in result.problems { ctx.output.error(p.message(ctx.language)) }
        if result.problemCount > result.problems.count {
            let more = result.problemCount - result.problems.count
            ctx.output.error(en ? "… and \(more) more bad rows" : "… và \(more) dòng lỗi khác")
        }
        ctx.say("\(result.created) tạo mới, \(result.matched) khớp, \(result.problemCount) dòng lỗi",
                "\(result.created) to create, \(result.matched) matched, \(result.problemCount) bad rows")
        if dryRun {
            ctx.say("Chạy thử: chưa ghi gì.", "Dry run: nothing written.")
            return result.problemCount == 0 ? 0 : 1
        }
        if result.problemCount > 0 && !args.has("--accept-good") {
            ctx.say("Không ghi gì vì có dòng lỗi; sửa tệp hoặc dùng --accept-good để chỉ nhập các dòng đúng.",
                    "Nothing written because of bad rows; fix the file or use --accept-good to import only the good rows.")
            return 1
        }
        let plan = result.plan!
        let batch = try ws.apply(plan, acceptGoodRows: true)
        ctx.say("Đã nhập \(plan.rows.count) dòng (lô \(batch ?? "-"); hoàn tác: tdkt import undo \(batch ?? "-")).",
                "Imported \(plan.rows.count) rows (batch \(batch ?? "-"); to undo: tdkt import undo \(batch ?? "-")).")
        return 0
    }
}
