import Foundation

/// `tdkt import units|people|ratings|initiatives|discipline FILE [--sheet NAME] [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]`.
enum ImportDirectoryCommand {
    static func run(_ ctx: CommandContext, kind: String, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: ["--encoding", "--sheet"], flags: ["--dry-run", "--accept-good"])
        try args.expectPositional(max: 1, usage: "tdkt import \(kind) FILE.csv|FILE.xlsx [--sheet NAME] [--dry-run]")
        guard let path = args.positional.first else { throw UsageError("tdkt import \(kind): thiếu tệp / missing FILE.csv") }
        let encoding = try args.value("--encoding").map { v -> VietnameseEncoding in
            guard let e = VietnameseEncoding(rawValue: v) else { throw UsageError("--encoding: utf8|tcvn3|vni") }
            return e
        }
        let ws = try ctx.workspace()
        try ws.authorize(.importData)
        let (table, decoded) = try ImportFile.read(path: path, encoding: encoding, sheet: args.value("--sheet"))
        let file = (path as NSString).lastPathComponent
        let plan: ImportPlan
        switch kind {
        case "units": plan = try DirectoryImport.planUnits(table, file: file, in: ws)
        case "people": plan = try DirectoryImport.planPeople(table, file: file, in: ws)
        default: plan = try HistoryImport.plan(ImportBatch.Kind(rawValue: kind)!, table, file: file, in: ws)
        }
        if SpreadsheetImport.isWorkbookPath(path) {
            ctx.say("Bảng tính Excel", "Excel workbook")
        } else {
            ctx.say("Mã hóa: \(decoded.encoding.rawValue)\(decoded.detected ? " (tự nhận)" : "")",
                    "Encoding: \(decoded.encoding.rawValue)\(decoded.detected ? " (detected)" : "")")
        }
        let history = !["units", "people"].contains(kind)
        for r in plan.rows {
            let verb = history ? (ctx.language == .en ? "update" : "bổ sung") : r.created ? (ctx.language == .en ? "create" : "tạo mới")
                : (ctx.language == .en ? "match " : "khớp   ")
            ctx.output.line(ctx.language == .en ? "line \(r.line): \(verb) \(r.id)  \(r.name)" : "dòng \(r.line): \(verb) \(r.id)  \(r.name)")
        }
        for w in plan.warnings { ctx.output.line((ctx.language == .vi ? "lưu ý: " : "warning: ") + w.message(ctx.language)) }
        for p in plan.problems { ctx.output.error(p.message(ctx.language)) }
        if history {
            let people = Set(plan.rows.map(\.id)).count
            ctx.say("\(plan.rows.count) dòng bổ sung cho \(people) người, \(plan.problems.count) dòng lỗi",
                    "\(plan.rows.count) rows adding to \(people) people, \(plan.problems.count) bad rows")
        } else {
            ctx.say("\(plan.created) tạo mới, \(plan.matched) khớp, \(plan.problems.count) dòng lỗi",
                    "\(plan.created) to create, \(plan.matched) matched, \(plan.problems.count) bad rows")
        }
        if args.has("--dry-run") {
            ctx.say("Chạy thử: chưa ghi gì.", "Dry run: nothing written.")
            return plan.problems.isEmpty ? 0 : 1
        }
        if !plan.problems.isEmpty && !args.has("--accept-good") {
            ctx.say("Không ghi gì vì có dòng lỗi; sửa tệp hoặc dùng --accept-good để chỉ nhập các dòng đúng.",
                    "Nothing written because of bad rows; fix the file or use --accept-good to import only the good rows.")
            return 1
        }
        let batch = try ws.apply(plan, acceptGoodRows: true)
        ctx.say("Đã nhập \(plan.rows.count) dòng (lô \(batch ?? "-"); hoàn tác: tdkt import undo \(batch ?? "-")).",
                "Imported \(plan.rows.count) rows (batch \(batch ?? "-"); to undo: tdkt import undo \(batch ?? "-")).")
        return 0
    }
}

/// `tdkt import KIND ...`: dispatches to the importer of each kind.
enum ImportCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        guard let kind = words.first else { throw UsageError("tdkt import units|people|awards|ratings|initiatives|discipline FILE | list | undo BATCH") }
        let rest = Array(words.dropFirst())
        switch kind {
        case "units", "people", "ratings", "initiatives", "discipline": return try ImportDirectoryCommand.run(ctx, kind: kind, rest)
        case "awards": return try ImportAwardsCommand.run(ctx, rest)
        case "list", "undo": return try ImportBatchCommand.run(ctx, kind, rest)
        default: throw UsageError("tdkt import: '\(kind)' không hợp lệ / unknown; units|people|awards|ratings|initiatives|discipline|list|undo")
        }
    }
}
