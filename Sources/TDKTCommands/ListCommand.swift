import Foundation
import TDKTCore
import TDKTText

/// `tdkt list KIND`: records as a table, sorted in Vietnamese order, filtered by a diacritic-free search.
enum ListCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 1, usage: "tdkt list units|people|campaigns|clusters|awards|registrations|examples")
        guard let kind = args.positional.first else {
            throw UsageError(vi: "thiếu loại: units|people|campaigns|clusters|awards|registrations|examples", en: "missing kind: units|people|campaigns|clusters|awards|registrations|examples")
        }
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let year = try args.int("--year")
        let ws = try ctx.workspace()
        let en = ctx.language == .en
        let table: TextTable
        switch kind {
        case "units":
            let rows = ws.units.values.map(\.value).sorted(byKey: { SortPair(CollationKey($0.name), $0.id) })
            table = TextTable(vi: ["mã", "tên", "loại", "cấp trên", "hoạt động"], en: ["id", "name", "kind", "parent", "active"], language: ctx.language,
                              rows: rows.map { [$0.id, $0.name, $0.kind == .other ? $0.kindText ?? $0.kind.label.text(ctx.language) : $0.kind.label.text(ctx.language), $0.parentId ?? "",
                                                $0.isActive ? (en ? "yes" : "có") : (en ? "no → \($0.successorId ?? "")" : "không → \($0.successorId ?? "")")] })
        case "people":
            func row(_ p: PersonLabel) -> [String] {
                [p.id, p.name, ws.units[p.unitId]?.value.name ?? p.unitId, p.position, p.category.label.text(ctx.language)]
            }
            // The people's list reads names, positions and units only (not whole records); with a search,
            // each word must be in one of the row's cells, and a unit's name, a position and a category
            // are folded once, not once per person.
            var chosen: (PersonLabel) -> Bool = { _ in true }
            if let search = args.value("--search") {
                let words = SearchKey.fold(search).split(separator: " ").map(String.init)
                var folded: [String: String] = [:]
                func fold(_ text: String) -> String {
                    if let f = folded[text] { return f }
                    let f = SearchKey.fold(text)
                    folded[text] = f
                    return f
                }
                chosen = { p in
                    let cells = [SearchKey.fold(p.id + " " + p.name), fold(ws.units[p.unitId]?.value.name ?? p.unitId), fold(p.position),
                                 fold(p.category.label.text(ctx.language))]
                    return words.allSatisfy { w in cells.contains { SearchKey.contains(w, in: $0) } }
                }
            }
            let rows = ws.peopleListed(where: chosen).map(row)
            table = TextTable(vi: ["mã", "họ và tên", "đơn vị", "chức vụ", "nhóm thống kê"], en: ["id", "name", "unit", "position", "category"], language: ctx.language,
                              rows: rows)
        case "campaigns":
            let rows = ws.campaigns.values.map(\.value).filter { c in year.map { c.period.overlaps(year: $0) } ?? true }
                .sorted(byKey: { CollationKey($0.name) })
            table = TextTable(vi: ["mã", "tên phong trào", "loại", "thời gian", "trạng thái"], en: ["id", "name", "kind", "period", "status"], language: ctx.language,
                              rows: rows.map { [$0.id, $0.name, $0.kind.label.text(ctx.language),
                                                "\($0.period.start.year)–\($0.period.end.map { String($0.year) } ?? "")",
                                                $0.status.label.text(ctx.language)] })
        case "clusters":
            let rows = ws.clusters.values.map(\.value).sorted(byKey: { CollationKey($0.name) })
            table = TextTable(vi: ["mã", "tên", "loại", "số thành viên", "cụm trưởng gần nhất"], en: ["id", "name", "kind", "members", "latest leader"], language: ctx.language,
                              rows: rows.map { c in
                                  let latest = c.years.max { $0.year < $1.year }
                                  return [c.id, c.name, c.kind.label.text(ctx.language), String(c.memberIds.count),
                                          latest.map { "\($0.year): " + ($0.leaderId.map { ws.units[$0]?.value.name ?? $0 } ?? "") } ?? ""]
                              }, numeric: [3])
        case "registrations", "examples":
            guard let year else { throw UsageError(vi: "tdkt list \(kind): cần --year", en: "tdkt list \(kind): needs --year") }
            if kind == "registrations" {
                let rows = ws.registrations(year: year).flatMap { r in
                    r.entries.map { e in [ws.units[r.unitId]?.value.name ?? r.unitId, ws.name(of: e.nominee),
                                          e.nominee.kind.label.text(ctx.language), e.awardCode,
                                          r.campaignId.flatMap { ws.campaigns[$0]?.value.name } ?? ""] }
                }.sorted(byKey: { CollationKey($0[0] + " " + $0[1]) })
                table = TextTable(vi: ["đơn vị", "đăng ký cho", "loại", "danh hiệu", "phong trào"],
                                  en: ["unit", "nominee", "kind", "title", "campaign"], language: ctx.language, rows: rows)
            } else {
                let rows = ws.modelExamples(year: year).sorted(byKey: { CollationKey($0.name) })
                table = TextTable(vi: ["mã", "điển hình", "loại", "phong trào", "mô tả"], en: ["id", "name", "kind", "campaign", "description"],
                                  language: ctx.language,
                                  rows: rows.map { [$0.id, $0.name, $0.kind.rawValue, ws.campaigns[$0.campaignId]?.value.name ?? $0.campaignId, $0.description] })
            }
        case "awards":
            let records = (year.map { ws.awards(year: $0) } ?? ws.allAwards()).map(\.value)
                .sorted { ($0.year, $0.awardCode, $0.id) < ($1.year, $1.awardCode, $1.id) }
            table = TextTable(vi: ["năm", "khen thưởng", "người/tập thể nhận", "loại", "quyết định", "phong trào", "mã"],
                              en: ["year", "award", "recipient", "kind", "decision", "campaign", "id"], language: ctx.language,
                              rows: records.map { [String($0.year), $0.awardCode, ws.name(of: $0.nominee), $0.nominee.kind.label.text(ctx.language),
                                                   $0.decisionNumber ?? "", $0.campaignId.flatMap { ws.campaigns[$0]?.value.name } ?? "", $0.id] },
                              numeric: [0])
        default:
            throw UsageError(vi: "loại không có \'\(kind)\': units|people|campaigns|clusters|awards|registrations|examples", en: "unknown kind \'\(kind)\': units|people|campaigns|clusters|awards|registrations|examples")
        }
        var filtered = table
        if let search = args.value("--search") {
            let q = SearchKey.fold(search)
            filtered.rows = table.rows.filter { row in SearchKey.matches(foldedQuery: q, inFolded: SearchKey.fold(row.joined(separator: " "))) }
        }
        try TableOutput.emit(filtered, format: format, args: args, ctx: ctx, sheetName: kind)
        return reportUnreadable(ws.problems, ctx)
    }

    /// Records whose files cannot be read are missing from the list: say which, never drop them silently.
    static func reportUnreadable(_ problems: [LoadProblem], _ ctx: CommandContext) -> Int32 {
        guard !problems.isEmpty else { return 0 }
        ctx.output.error(ctx.language == .en ? "tdkt: \(problems.count) file(s) could not be read and are not listed:"
                                             : "tdkt: \(problems.count) tệp không đọc được, không có trong danh sách:")
        for p in problems { ctx.output.error("  " + ErrorText.message(p.error, ctx.language)) }
        return 1
    }
}

extension ListCommand {
    static let spec = CommandSpec(
        name: "list", summary: Localized(vi: "liệt kê bản ghi", en: "list records"),
        usage: ["list units|people|campaigns|clusters|awards|registrations|examples [--search TEXT] [--year Y] [--format text|csv|json|xlsx --out FILE]"],
        about: [Localized(vi: "Liệt kê, sắp theo thứ tự tiếng Việt; --search không phân biệt dấu, hoa thường (\"nong thon moi\").",
                          en: "Lists records in Vietnamese order; --search ignores case and diacritics."),
                Localized(vi: "registrations, examples: đăng ký thi đua, điển hình tiên tiến của một năm (cần --year).",
                          en: "registrations, examples: a year's registrations and model examples (need --year).")],
        options: [OptionSpec("--search", "TEXT", "chỉ những bản ghi khớp", "only the matching records"),
                  OptionSpec("--year", "Y", "năm", "the year"),
                  OptionSpec("--format", "text|csv|json|xlsx", "dạng đầu ra", "output format"),
                  OptionSpec("--out", "FILE", "tệp ghi ra (cần cho xlsx)", "the file to write (needed for xlsx)"), OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file")],
        run: run)
}
