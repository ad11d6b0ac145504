import Foundation
import TDKTCore
import TDKTText

/// `tdkt register list|add|drop|delete`: registrations (đăng ký thi đua), one per campaign, unit and year.
enum RegistrationsCommand {
    static let usage = "tdkt register list|add|drop|delete (tdkt register --help)"

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        guard let sub = words.first else { throw UsageError(vi: "thiếu lệnh con: list, add, drop, delete", en: "missing subcommand: list, add, drop, delete") }
        let args = try Arguments(Array(words.dropFirst()), spec, subcommand: sub)
        try args.expectPositional(max: 0, usage: usage)
        let ws = try ctx.workspace()
        let year = try AwardOptions.year(args, usage: usage)!
        let campaign = args.value("--campaign").flatMap { $0 == "-" ? nil : $0 }
        switch sub {
        case "list":
            let rows = ws.registrations(year: year).filter { r in args.value("--campaign") == nil || r.campaignId == campaign }
                .flatMap { r in
                    r.entries.map { e in [r.campaignId ?? "-", ws.units[r.unitId]?.value.name ?? r.unitId, ws.name(of: e.nominee),
                                          e.nominee.kind.label.text(ctx.language), e.awardCode] }
                }.sorted { ($0[0], $0[1], $0[2]) < ($1[0], $1[1], $1[2]) }
            ctx.output.write(TextTable(vi: ["phong trào", "đơn vị", "đăng ký cho", "loại", "danh hiệu"],
                                       en: ["campaign", "unit", "nominee", "kind", "title"], language: ctx.language, rows: rows)
                .render(try args.choice("--format", ["text", "csv", "json"], default: "text")))
        case "add", "drop":
            let unit = try AwardOptions.required(args, "--unit", usage: usage)
            let nominee = args.value("--person").map { NomineeRef(.person, $0) } ?? args.value("--household").map { NomineeRef(.household, $0) }
                ?? NomineeRef(.unit, unit)
            let code = try AwardOptions.required(args, "--award", usage: usage).uppercased()
            if sub == "add" {
                try ws.register(unitId: unit, campaignId: campaign, year: year, nominee: nominee, awardCode: code)
                ctx.say("Đã đăng ký \(code) cho \(ws.name(of: nominee)).", "Registered \(code) for \(ws.name(of: nominee)).")
            } else {
                try ws.unregister(unitId: unit, campaignId: campaign, year: year, nominee: nominee, awardCode: code)
                ctx.say("Đã bỏ đăng ký \(code) của \(ws.name(of: nominee)).", "Dropped \(code) for \(ws.name(of: nominee)).")
            }
        case "delete":
            let unit = try AwardOptions.required(args, "--unit", usage: usage)
            try ws.removeRegistration(year: year, campaignId: campaign, unitId: unit, reason: try AwardOptions.required(args, "--reason", usage: usage))
            ctx.say("Đã xóa đăng ký thi đua của \(ws.units[unit]?.value.name ?? unit).", "Deleted the registration of \(ws.units[unit]?.value.name ?? unit).")
        default:
            throw UsageError(vi: "lệnh con không có \'\(sub)\'; \(usage)", en: "unknown subcommand \'\(sub)\'; \(usage)")
        }
        return 0
    }
}

extension RegistrationsCommand {
    static let spec = CommandSpec(
        name: "register", summary: Localized(vi: "đăng ký thi đua", en: "title registrations"),
        usage: ["register list --year Y [--campaign ID|-] [--format text|csv|json]",
                "register add --year Y --unit U [--campaign ID] [--person P|--household H] --award CODE",
                "register drop --year Y --unit U [--campaign ID] [--person P|--household H] --award CODE",
                "register delete --year Y --unit U [--campaign ID] --reason TEXT"],
        about: [Localized(vi: "Mỗi đơn vị có một bản đăng ký cho mỗi phong trào và năm (không có --campaign: thi đua thường xuyên của năm). add thêm danh hiệu cho đơn vị hoặc một người của đơn vị; drop bỏ một danh hiệu; delete xóa cả bản đăng ký, có ghi lý do vào nhật ký.",
                          en: "A unit has one registration per campaign and year (without --campaign: the year's regular emulation). add registers a title for the unit or one of its people; drop removes one; delete removes the whole registration, the reason in the audit log."),
                Localized(vi: "Cán bộ TĐKT đơn vị chỉ đăng ký cho đơn vị mình và các đơn vị trực thuộc.",
                          en: "A unit's officer registers only for its unit and the units under it.")],
        options: [OptionSpec("--year", "Y", "năm", "the year"),
                  OptionSpec("--campaign", "ID", "phong trào (- : thường xuyên)", "the campaign (-: regular)"),
                  OptionSpec("--unit", "U", "đơn vị đăng ký", "the registering unit", only: ["add", "drop", "delete"]),
                  OptionSpec("--person", "P", "người của đơn vị", "a person of the unit", only: ["add", "drop"]),
                  OptionSpec("--household", "H", "hộ gia đình", "a household", only: ["add", "drop"]),
                  OptionSpec("--award", "CODE", "danh hiệu, hình thức", "the title or award", only: ["add", "drop"]),
                  OptionSpec("--reason", "TEXT", "lý do xóa", "why it is deleted", only: ["delete"]),
                  OptionSpec("--format", "text|csv|json", "dạng đầu ra", "output format", only: ["list"])],
        run: run)
}
