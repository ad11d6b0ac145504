import Foundation
import TDKTCore
import TDKTText

/// `tdkt history --search TEXT`: everything the people and units whose name matches received (ignoring diacritics).
enum HistoryCommand {
    static let usage = "tdkt history --search TEXT [--format text|csv|json|xlsx --out FILE]"
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 0, usage: usage)
        let query = try AwardOptions.required(args, "--search", usage: usage)
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let ws = try ctx.workspace()
        let rows = try AwardQueries.history(search: query, in: ws).map { r in
            [ws.name(of: r.nominee), unitName(of: r.nominee, ws), String(r.year), ws.catalogue?.value.award(r.awardCode)?.name ?? r.awardCode,
             r.kind.label.text(ctx.language), r.decisionNumber ?? "", r.decisionDate?.display ?? "", r.amount.map(Money.format) ?? ""]
        }
        let en = ctx.language == .en
        let table = TextTable(headers: en ? ["recipient", "unit", "year", "award", "kind", "decision", "date", "amount"]
                                          : ["người/tập thể nhận", "đơn vị", "năm", "khen thưởng", "loại", "số QĐ", "ngày QĐ", "số tiền"],
                              rows: rows, numeric: [2, 7])
        try TableOutput.emit(table, format: format, args: args, ctx: ctx)
        return 0
    }

    static func unitName(of n: NomineeRef, _ ws: Workspace) -> String {
        switch n.kind {
        case .person: ws.personLabel(n.id).map { ws.units[$0.unitId]?.value.name ?? $0.unitId } ?? ""
        case .household: ws.households[n.id].map { ws.units[$0.value.unitId]?.value.name ?? $0.value.unitId } ?? ""
        case .unit: ws.units[n.id]?.value.parentId.flatMap { ws.units[$0]?.value.name } ?? ""
        }
    }
}

/// `tdkt honour-roll --year Y [--award CODE]`: who received what in a year, by award then name.
enum HonourRollCommand {
    static let usage = "tdkt honour-roll --year Y [--award CODE] [--format text|csv|json|xlsx --out FILE]"
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 0, usage: usage)
        let year = try AwardOptions.year(args, usage: usage)!
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let ws = try ctx.workspace()
        let code = args.value("--award")?.uppercased()
        if let code, ws.catalogue?.value.award(code) == nil { throw UsageError(vi: "--award: không có mã \(code)", en: "--award: unknown code \(code)") }
        let rows = AwardQueries.honourRoll(year: year, award: code, in: ws).map { r in
            [ws.catalogue?.value.award(r.awardCode)?.name ?? r.awardCode, ws.name(of: r.nominee), r.nominee.kind.label.text(ctx.language),
             HistoryCommand.unitName(of: r.nominee, ws), r.decisionNumber ?? ""]
        }
        let en = ctx.language == .en
        let table = TextTable(headers: en ? ["award", "recipient", "kind", "unit", "decision"]
                                          : ["khen thưởng", "người/tập thể nhận", "loại", "đơn vị", "số QĐ"], rows: rows)
        try TableOutput.emit(table, format: format, args: args, ctx: ctx)
        return 0
    }
}

extension HistoryCommand {
    static let spec = CommandSpec(
        name: "history", summary: Localized(vi: "khen thưởng đã nhận", en: "awards received"),
        usage: ["history --search TEXT [--format text|csv|json|xlsx --out FILE]"],
        about: [Localized(vi: "Mọi khen thưởng của người, tập thể có tên khớp (không phân biệt dấu).",
                          en: "Everything received by the people and units whose names match (diacritics ignored).")],
        options: [OptionSpec("--search", "TEXT", "tên cần tìm", "the name to look for"), OptionSpec("--format", "text|csv|json|xlsx", "dạng đầu ra", "output format"),
                  OptionSpec("--out", "FILE", "tệp ghi ra (cần cho xlsx)", "the file to write (needed for xlsx)"), OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file")],
        run: run)
}

extension HonourRollCommand {
    static let spec = CommandSpec(
        name: "honour-roll", summary: Localized(vi: "danh sách khen thưởng năm", en: "honour roll of a year"),
        usage: ["honour-roll --year Y [--award CODE] [--format text|csv|json|xlsx --out FILE]"],
        about: [Localized(vi: "Danh sách được khen thưởng trong năm, theo hình thức rồi tên.", en: "The year's awards by award then name.")],
        options: [OptionSpec("--year", "Y", "năm", "the year"), OptionSpec("--award", "CODE", "một hình thức", "one award"), OptionSpec("--format", "text|csv|json|xlsx", "dạng đầu ra", "output format"),
                  OptionSpec("--out", "FILE", "tệp ghi ra (cần cho xlsx)", "the file to write (needed for xlsx)"), OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file")],
        run: run)
}
