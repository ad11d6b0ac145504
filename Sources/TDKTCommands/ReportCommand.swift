import Foundation
import TDKTCore
import TDKTText

/// `tdkt report summary|awards|form|records|list`: the year-end summary, award tables and the ministry's
/// statistics forms as text for a printer, CSV for Excel or HTML for A4; `--list` shows every figure with
/// its path, and `report records PATH` lists the records behind one figure.
enum ReportCommand {
    static let usage = "tdkt report summary|awards|form|records|list (tdkt report --help)"

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        guard let sub = args.positional.first else { throw UsageError("thiếu loại báo cáo / missing report: \(usage)") }
        switch sub {
        case "list":
            try args.expectPositional(max: 1, usage: "tdkt report list")
            let rows = Reports.available().map { [$0.id, $0.title.text(ctx.language), $0.singleYear ? "1" : "n"] }
            ctx.output.write(TextTable(headers: ctx.language == .en ? ["id", "report", "years"] : ["mã", "báo cáo", "số năm"], rows: rows).text())
            return 0
        case "summary":
            try args.expectPositional(max: 1, usage: "tdkt report summary --year Y | --from Y1 --to Y2")
            return try produce("summary", args, ctx)
        case "awards":
            try args.expectPositional(max: 1, usage: "tdkt report awards --from Y1 --to Y2 --by campaign|unit|award|category")
            let by = try args.choice("--by", AwardDimension.allCases.map(\.rawValue), default: "award")
            return try produce("awards-\(by)", args, ctx)
        case "form":
            try args.expectPositional(max: 2, usage: "tdkt report form 0601|0602|0603 --year Y")
            guard args.positional.count == 2, StatisticsForm.ids.contains(args.positional[1]) else {
                throw UsageError("chọn biểu / choose a form: \(StatisticsForm.ids.joined(separator: "|"))")
            }
            guard args.value("--year") != nil, args.value("--from") == nil, args.value("--to") == nil else {
                throw UsageError("biểu thống kê lập cho một năm: --year Y / a statistics form is for one year: --year Y")
            }
            return try produce("form-\(args.positional[1])", args, ctx)
        case "records":
            try args.expectPositional(max: 2, usage: "tdkt report records FIGURE --year Y | --from Y1 --to Y2")
            guard args.positional.count == 2 else {
                throw UsageError("thiếu đường dẫn số liệu / missing figure path (tdkt report summary --year Y --list)")
            }
            return try records(args.positional[1], args, ctx)
        default:
            throw UsageError("loại báo cáo không có / unknown report '\(sub)': \(usage)")
        }
    }

    /// --year Y, or --from Y1 --to Y2.
    static func period(_ args: Arguments) throws -> ReportPeriod {
        let year = try args.int("--year"), from = try args.int("--from"), to = try args.int("--to")
        do {
            switch (year, from, to) {
            case let (y?, nil, nil): return try ReportPeriod(year: y)
            case let (nil, f?, t?): return try ReportPeriod(from: f, to: t)
            case (nil, nil, nil): throw UsageError("thiếu kỳ báo cáo / missing period: --year Y | --from Y1 --to Y2")
            case (nil, _, _): throw UsageError("--from và --to đi cùng nhau / --from and --to go together")
            default: throw UsageError("dùng --year hoặc --from/--to, không cả hai / use --year or --from/--to, not both")
            }
        } catch let e as ValidationError {
            throw UsageError(vi: e.message(.vi), en: e.message(.en))
        }
    }

    static func usageError(_ e: ReportError) -> UsageError { UsageError(vi: e.message.vi, en: e.message.en) }

    static func produce(_ id: String, _ args: Arguments, _ ctx: CommandContext) throws -> Int32 {
        let period = try period(args)
        let format = ReportFormat(rawValue: try args.choice("--format", ReportFormat.allCases.map(\.rawValue), default: "text"))!
        let out = args.value("--out")
        let force = args.has("--force")
        let pageLength = try args.int("--page-length") ?? 64
        guard pageLength == 0 || pageLength >= 12 else { throw UsageError("--page-length: 0 hoặc ≥ 12 / 0 or at least 12") }
        var number: Int?
        if args.value("--number") != nil {
            guard let n = try args.int("--number"), n > 0 else { throw UsageError("--number: số dương / a positive number") }
            number = n
        }
        var date: CivilDate?
        if let d = args.value("--date") {
            do { date = try CivilDate.parse(d) } catch let e as ValidationError { throw UsageError(vi: "--date: " + e.message(.vi), en: "--date: " + e.message(.en)) }
        }
        if args.has("--print") && (out != nil || format != .text) {
            throw UsageError("--print in văn bản, không cùng --out hay --format / --print prints text; not with --out or --format")
        }
        // Check the destination before the work, so a wrong path fails at once.
        if let out { do { try ReportFile.checkDestination(out, force: force) } catch let e as ReportError { throw usageError(e) } }

        let ws = try ctx.workspace()
        let doc: ReportDocument
        do { doc = try Reports.document(id, period: period, workspace: ws, language: ctx.language) } catch let e as ReportError { throw usageError(e) }
        if args.has("--list") {
            let index = Reports.figureIndex(doc)
            ctx.output.write(format == .csv ? index.csv() : index.text(maxColumnWidth: 80))
            return 0
        }
        var frame = DocumentFrame.standard(config: ws.config, date: date, year: CivilDate.today().year)
        frame.number = number
        let text = Reports.render(doc, format: format, config: ws.config, frame: frame, period: period,
                                  pageLength: pageLength == 0 ? nil : pageLength)
        if args.has("--print") {
            do {
                let receipt = try ReportPrinter.print(text, command: ws.config.printCommand)
                ctx.say("Đã gửi đến máy in. \(receipt.output)", "Sent to the printer. \(receipt.output)")
                return 0
            } catch let e as ReportError {
                ctx.output.error("tdkt: \(e.message.vi) / \(e.message.en)")
                return 1
            }
        }
        if let out {
            do { try ReportFile.write(text, to: out, force: force) } catch let e as ReportError { throw usageError(e) }
            ctx.say("Đã ghi \(out)", "Wrote \(out)")
        } else {
            ctx.output.write(text)
        }
        return 0
    }

    static func records(_ path: String, _ args: Arguments, _ ctx: CommandContext) throws -> Int32 {
        let period = try period(args)
        let format = try args.choice("--format", ["text", "csv", "json"], default: "text")
        let ws = try ctx.workspace()
        let data = ReportData(workspace: ws, period: period)
        let parts = path.split(separator: ".")
        let id = parts.count > 1 && parts[0] == "form" ? "form-\(parts[1])" : "summary"
        let doc: ReportDocument
        do { doc = try Reports.document(id, period: period, data: data) } catch let e as ReportError { throw usageError(e) }
        guard let figure = doc.figure(path) else {
            throw UsageError("không có số liệu / no figure '\(path)' (tdkt report summary|form ... --list)")
        }
        let table = TextTable(headers: ctx.language == .en ? ["kind", "id", "year", "record"] : ["loại", "mã", "năm", "bản ghi"],
                              rows: figure.cell.refs.map { data.describe($0) })
        if format == "text" { ctx.output.line("\(figure.label): \(figure.cell.value)") }
        ctx.output.write(table.render(format))
        return 0
    }
}

extension ReportCommand {
    static let spec = CommandSpec(
        name: "report", summary: Localized(vi: "báo cáo tổng kết, biểu thống kê", en: "summary report, statistics forms"),
        usage: ["report summary (--year Y | --from Y1 --to Y2) [--format text|csv|html] [--out FILE [--force]] [--print]",
                "report awards (--year Y | --from Y1 --to Y2) --by campaign|unit|award|category [--format text|csv|html] [--out FILE]",
                "report form 0601|0602|0603 --year Y [--format text|csv|html] [--out FILE]",
                "report records FIGURE (--year Y | --from Y1 --to Y2) [--format text|csv|json]",
                "report list"],
        about: [Localized(vi: "Báo cáo tổng kết công tác thi đua, khen thưởng (so với kỳ trước cùng độ dài), bảng khen thưởng theo phong trào, đơn vị, hình thức hoặc đối tượng, và biểu thống kê 0601.N, 0602.N, 0603.N của Bộ Nội vụ.",
                          en: "The year-end summary (compared with the previous period of the same length), award tables by campaign, unit, award type or statistics category, and the ministry's statistics forms 0601.N, 0602.N, 0603.N."),
                Localized(vi: "Bản ghi đằng sau một số liệu: tdkt report summary --from 2014 --to 2018 --list, rồi tdkt report records ĐƯỜNG-DẪN --from 2014 --to 2018.",
                          en: "Records behind a figure: tdkt report summary --from 2014 --to 2018 --list, then tdkt report records PATH --from 2014 --to 2018."),
                Localized(vi: "Đường dẫn: campaigns.launched|reviewed|closed|active, clusters.ID.YEAR.flag|proposed, examples, awards.by-award|by-campaign|by-unit|by-category.GROUP.AWARD.unit|person|household|total, money.paid, money.missing, form.06NN.ROW.COLUMN; \".prev\" = kỳ trước.",
                          en: "Paths: campaigns.launched|reviewed|closed|active, clusters.ID.YEAR.flag|proposed, examples, awards.by-award|by-campaign|by-unit|by-category.GROUP.AWARD.unit|person|household|total, money.paid, money.missing, form.06NN.ROW.COLUMN; \".prev\" = the previous period.")],
        options: [OptionSpec("--year", "Y", "một năm", "one year"),
                  OptionSpec("--from", "Y1", "từ năm", "from the year"),
                  OptionSpec("--to", "Y2", "đến năm", "to the year"),
                  OptionSpec("--by", "campaign|unit|award|category", "nhóm theo", "grouped by"),
                  OptionSpec("--format", "text|csv|html|json", "văn bản để in; CSV cho Excel (UTF-8 có BOM); HTML khổ A4 theo Nghị định 30/2020",
                             "plain text for a printer; CSV for Excel (UTF-8 with BOM); HTML, A4 in the Decree 30/2020 layout"),
                  OptionSpec("--out", "FILE", "ghi vào tệp trong thư mục đã có", "write to a file in an existing folder"),
                  OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file"),
                  OptionSpec("--number", "N", "số văn bản", "the document's number"),
                  OptionSpec("--date", "DD/MM/YYYY", "ngày văn bản", "the document's date"),
                  OptionSpec("--page-length", "N", "số dòng mỗi trang (0: không ngắt); mặc định 64", "lines per page (0: no page breaks); default 64"),
                  OptionSpec("--print", nil, "in ra máy in", "print it"),
                  OptionSpec("--list", nil, "liệt kê mọi số liệu với đường dẫn của nó", "list every figure with its path")],
        run: run)
}
