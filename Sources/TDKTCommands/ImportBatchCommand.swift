import Foundation
import TDKTCore
import TDKTText

/// `tdkt import list` and `tdkt import undo BATCH`.
enum ImportBatchCommand {
    static func run(_ ctx: CommandContext, _ sub: String, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, ImportCommand.spec, subcommand: sub)
        let ws = try ctx.workspace()
        if sub == "list" {
            try args.expectPositional(max: 0, usage: "tdkt import list")
            let format = try args.choice("--format", TableOutput.formats, default: "text")
            let en = ctx.language == .en
            let rows = ImportBatches.list(ws).map { s -> [String] in
                let b = s.value
                return [b.id, b.kind.label.text(ctx.language), b.file, b.actor, String(b.at.prefix(16)).replacingOccurrences(of: "T", with: " "),
                        String(b.created.count), String(b.changedCount),
                        b.undoneAt.map { (en ? "undone " : "đã hoàn tác ") + String($0.prefix(10)) } ?? ""]
            }
            let table = TextTable(vi: ["lô", "loại", "tệp", "người nhập", "lúc", "tạo mới", "sửa", "trạng thái"],
                                  en: ["batch", "kind", "file", "by", "at", "created", "changed", "state"],
                                  language: ctx.language, rows: rows, numeric: [5, 6])
            try TableOutput.emit(table, format: format, args: args, ctx: ctx, sheetName: "imports")
            return 0
        }
        try args.expectPositional(max: 1, usage: "tdkt import undo BATCH")
        guard let id = args.positional.first else { throw UsageError(vi: "thiếu mã lô (tdkt import list)", en: "missing BATCH (tdkt import list)") }
        do {
            let b = try ImportBatches.undo(id, in: ws, actor: ctx.user)
            ctx.say("Đã hoàn tác lô \(b.id): xóa \(b.created.count) bản ghi đã tạo, khôi phục \(b.changedCount) bản ghi đã sửa.",
                    "Undid batch \(b.id): removed \(b.created.count) created records, restored \(b.changedCount) changed records.")
            return 0
        } catch let r as ImportBatches.Refusal {
            ctx.output.error("tdkt: " + r.message(ctx.language))
            return 1
        }
    }
}

/// What an award import creates, by name, and the people it matched under another spelling.
enum ImportPreview {
    static func print(_ report: AwardImportReport, _ ws: Workspace, _ ctx: CommandContext) {
        let vi = ctx.language == .vi
        for c in report.createdCampaigns {
            ctx.output.line((vi ? "tạo phong trào: " : "new campaign: ") + "\(c.name) (\(c.id), \(c.period.start.year)–\(c.period.end.map { String($0.year) } ?? ""))")
        }
        for u in report.createdUnits { ctx.output.line((vi ? "tạo đơn vị: " : "new unit: ") + "\(u.name) (\(u.id))") }
        for p in report.createdPeople {
            let unit = report.createdUnits.first { $0.id == p.unitId }?.name ?? ws.units[p.unitId]?.value.name ?? p.unitId
            ctx.output.line((vi ? "tạo cá nhân: " : "new person: ") + "\(p.name) (\(p.id)), \(unit)")
        }
        for d in report.likelyDuplicates { ctx.output.line((vi ? "có thể trùng: " : "likely duplicate: ") + d.message(ctx.language)) }
    }
}
