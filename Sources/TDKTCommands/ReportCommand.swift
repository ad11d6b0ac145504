import Foundation
import TDKTCore
import TDKTText

/// `tdkt report summary|awards|form|records|list`: the year-end summary, award tables and the ministry's
/// statistics forms as text for a printer, CSV for Excel or HTML for A4; `--list` shows every figure with
/// its path, and `report records PATH` lists the records behind one figure.
enum ReportCommand {
    static let usage = "tdkt report summary|awards|form|submission|council|decision|history|records|list (tdkt report --help)"

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: words.first { !$0.hasPrefix("-") })
        guard let sub = args.positional.first else { throw UsageError(vi: "thiếu loại báo cáo: \(usage)", en: "missing report: \(usage)") }
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
                throw UsageError(vi: "chọn biểu: \(StatisticsForm.ids.joined(separator: "|"))", en: "choose a form: \(StatisticsForm.ids.joined(separator: "|"))")
            }
            guard args.value("--year") != nil, args.value("--from") == nil, args.value("--to") == nil else {
                throw UsageError(vi: "biểu thống kê lập cho một năm: --year Y", en: "a statistics form is for one year: --year Y")
            }
            return try produce("form-\(args.positional[1])", args, ctx)
        case "submission", "council":
            try args.expectPositional(max: 99, usage: "tdkt report \(sub) [PROPOSAL...] [--year Y] [--award CODE]")
            let ws = try ctx.workspace()
            let book = ProposalBook(workspace: ws)
            let states: Set<Proposal.State> = sub == "council" ? [.toCouncil] : [.approved]
            let doc: ReportDocument
            do {
                let proposals = try AwardDocuments.select(book, ids: Array(args.positional.dropFirst()), year: try args.int("--year"),
                                                          award: args.value("--award"), states: states)
                doc = sub == "council" ? try AwardDocuments.councilList(proposals, book: book)
                    : AwardDocuments.submission(proposals, in: ws, to: args.value("--to-authority") ?? "Chủ tịch UBND tỉnh")
            } catch let e as ReportError { throw usageError(e) }
            return try emit(doc, frame: try frame(args, ws), args, ctx, ws)
        case "decision":
            try args.expectPositional(max: 2, usage: "tdkt report decision ID|NUMBER")
            guard args.positional.count == 2 else { throw UsageError("tdkt report decision ID|NUMBER (tdkt decide)") }
            let ws = try ctx.workspace()
            let doc: ReportDocument, frame: DocumentFrame
            do {
                let d = try AwardDocuments.findDecision(args.positional[1], in: ws)
                doc = try AwardDocuments.decision(d, in: ws)
                frame = AwardDocuments.decisionFrame(d, config: ws.config)
            } catch let e as ReportError { throw usageError(e) }
            return try emit(doc, frame: frame, args, ctx, ws)
        case "history":
            try args.expectPositional(max: 1, usage: "tdkt report history --person ID | --unit ID")
            let nominee: NomineeRef
            switch (args.value("--person"), args.value("--unit")) {
            case let (p?, nil): nominee = NomineeRef(.person, p)
            case let (nil, u?): nominee = NomineeRef(.unit, u)
            default: throw UsageError("tdkt report history --person ID | --unit ID")
            }
            let ws = try ctx.workspace()
            let doc: ReportDocument
            do { doc = try AwardDocuments.history(of: nominee, in: ws) } catch let e as ReportError { throw usageError(e) }
            return try emit(doc, frame: try frame(args, ws), args, ctx, ws)
        case "records":
            try args.expectPositional(max: 2, usage: "tdkt report records FIGURE --year Y | --from Y1 --to Y2")
            guard args.positional.count == 2 else {
                throw UsageError(vi: "thiếu đường dẫn số liệu (tdkt report summary --year Y --list)", en: "missing figure path (tdkt report summary --year Y --list)")
            }
            return try records(args.positional[1], args, ctx)
        default:
            throw UsageError(vi: "loại báo cáo không có \'\(sub)\': \(usage)", en: "unknown report \'\(sub)\': \(usage)")
        }
    }

    /// --year Y, or --from Y1 --to Y2.
    static func period(_ args: Arguments) throws -> ReportPeriod {
        let year = try args.int("--year"), from = try args.int("--from"), to = try args.int("--to")
        do {
            switch (year, from, to) {
            case let (y?, nil, nil): return try ReportPeriod(year: y)
            case let (nil, f?, t?): return try ReportPeriod(from: f, to: t)
            case (nil, nil, nil): throw UsageError(vi: "thiếu kỳ báo cáo: --year Y | --from Y1 --to Y2", en: "missing period: --year Y | --from Y1 --to Y2")
            case (nil, _, _): throw UsageError(vi: "--from và --to đi cùng nhau", en: "--from and --to go together")
            default: throw UsageError(vi: "dùng --year hoặc --from/--to, không cả hai", en: "use --year or --from/--to, not both")
            }
        } catch let e as ValidationError {
            throw UsageError(vi: e.message(.vi), en: e.message(.en))
        }
    }

    static func usageError(_ e: ReportError) -> UsageError { UsageError(vi: e.message.vi, en: e.message.en) }

    static func produce(_ id: String, _ args: Arguments, _ ctx: CommandContext) throws -> Int32 {
        let period = try period(args)
        let ws = try ctx.workspace()
        let doc: ReportDocument
        do { doc = try Reports.document(id, period: period, workspace: ws, language: ctx.language) } catch let e as ReportError { throw usageError(e) }
        if args.has("--list") {
            let format = try args.choice("--format", ReportFormat.allCases.map(\.rawValue), default: "text")
            let index = Reports.figureIndex(doc, language: ctx.language)
            if format == "xlsx" {
                guard let out = args.value("--out") else {
                    throw UsageError(vi: "--format xlsx cần --out TỆP.xlsx", en: "--format xlsx needs --out FILE.xlsx")
                }
                do {
                    try ReportFile.write(index.xlsx(sheetName: "figures"), to: out, force: args.has("--force"), dataDirectory: ctx.root)
                } catch let e as ReportError { throw usageError(e) }
                ctx.say("Đã ghi \(out)", "Wrote \(out)")
                return 0
            }
            ctx.output.write(format == "csv" ? index.csv() : index.text(maxColumnWidth: 80))
            return 0
        }
        return try emit(doc, frame: try frame(args, ws), period: period, args, ctx, ws)
    }

    /// The Decree 30 frame from the settings, with --number, --date and --signer.
    static func frame(_ args: Arguments, _ ws: Workspace) throws -> DocumentFrame {
        var number: Int?
        if args.value("--number") != nil {
            guard let n = try args.int("--number"), n > 0 else { throw UsageError(vi: "--number: số dương", en: "--number: a positive number") }
            number = n
        }
        var date: CivilDate?
        if let d = args.value("--date") {
            do { date = try CivilDate.parse(d) } catch let e as ValidationError { throw UsageError(vi: "--date: " + e.message(.vi), en: "--date: " + e.message(.en)) }
        }
        let signer = args.value("--signer")
        if let signer, ws.config.documentSettings.signer(signer) == nil {
            throw UsageError(vi: "không có người ký \'\(signer)\' (tdkt settings)", en: "no signer \'\(signer)\' (tdkt settings)")
        }
        var frame = DocumentFrame.standard(config: ws.config, date: date, year: CivilDate.today().year, signer: signer)
        frame.number = number
        return frame
    }

    /// Writes a document to --out, prints it (--print), or shows it: the one way out for every report.
    static func emit(_ doc: ReportDocument, frame: DocumentFrame, period: ReportPeriod? = nil, _ args: Arguments,
                     _ ctx: CommandContext, _ ws: Workspace) throws -> Int32 {
        let printing = args.has("--print")
        // Printing sends the PDF unless plain text is asked for.
        let format = ReportFormat(rawValue: try args.choice("--format", ReportFormat.allCases.map(\.rawValue),
                                                            default: printing ? "pdf" : "text"))!
        let out = args.value("--out")
        let force = args.has("--force")
        let pageLength = try args.int("--page-length") ?? 64
        guard pageLength == 0 || pageLength >= 12 else { throw UsageError(vi: "--page-length: 0 hoặc ≥ 12", en: "--page-length: 0 or at least 12") }
        if printing && format != .pdf && format != .text {
            throw UsageError(vi: "--print in PDF hoặc văn bản (--format pdf|text)", en: "--print prints PDF or plain text (--format pdf|text)")
        }
        let copies = try args.int("--copies")
        if let c = copies, !(1...99).contains(c) { throw UsageError("--copies: 1–99") }
        if format == .pdf && out == nil && !printing {
            throw UsageError(vi: "PDF cần --out TỆP hoặc --print", en: "PDF needs --out FILE or --print")
        }
        if format == .xlsx && (out == nil || printing) {
            throw UsageError(vi: "--format xlsx cần --out TỆP.xlsx, không in", en: "--format xlsx needs --out FILE.xlsx and is not printed")
        }
        if let out {
            do { try ReportFile.checkDestination(out, force: force, dataDirectory: ctx.root) } catch let e as ReportError { throw usageError(e) }
        }
        let bytes: Data
        do {
            let p = try period ?? ReportPeriod(year: frame.year)
            bytes = try Reports.output(doc, format: format, config: ws.config, frame: frame, period: p,
                                       pageLength: pageLength == 0 ? nil : pageLength)
        } catch let e as ReportError { throw usageError(e) }
        if let out {
            do { try ReportFile.write(bytes, to: out, force: force, dataDirectory: ctx.root) } catch let e as ReportError { throw usageError(e) }
            ctx.say("Đã ghi \(out)", "Wrote \(out)")
        }
        if printing {
            let settings = ws.config.documentSettings
            let options = ReportPrinter.Options(printer: args.value("--printer") ?? settings.printer,
                                                copies: copies ?? settings.copies ?? 1, title: doc.typeName + " " + doc.subject)
            do {
                let receipt = try ReportPrinter.print(bytes, fileName: "\(doc.id).\(format.fileExtension)", options: options)
                ctx.say("Đã gửi đến máy in. \(receipt.output)", "Sent to the printer. \(receipt.output)")
                return 0
            } catch let e as ReportError {
                ctx.output.error("tdkt: \(e.message.vi) / \(e.message.en)")
                return 1
            }
        }
        if out == nil { ctx.output.write(String(decoding: bytes, as: UTF8.self)) }
        return 0
    }

    static func records(_ path: String, _ args: Arguments, _ ctx: CommandContext) throws -> Int32 {
        let period = try period(args)
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let ws = try ctx.workspace()
        let data = ReportData(workspace: ws, period: period)
        let parts = path.split(separator: ".")
        let id = parts.count > 1 && parts[0] == "form" ? "form-\(parts[1])" : "summary"
        let doc: ReportDocument
        do { doc = try Reports.document(id, period: period, data: data) } catch let e as ReportError { throw usageError(e) }
        guard let figure = doc.figure(path) else {
            throw UsageError(vi: "không có số liệu \'\(path)\' (tdkt report summary|form ... --list)", en: "no figure \'\(path)\' (tdkt report summary|form ... --list)")
        }
        let table = TextTable(headers: ctx.language == .en ? ["kind", "id", "year", "record"] : ["loại", "mã", "năm", "bản ghi"],
                              rows: figure.cell.refs.map { data.describe($0) })
        if format == "text" { ctx.output.line("\(figure.label): \(figure.cell.value)") }
        try TableOutput.emit(table, format: format, args: args, ctx: ctx)
        return 0
    }
}

extension ReportCommand {
    static let spec = CommandSpec(
        name: "report", summary: Localized(vi: "báo cáo tổng kết, biểu thống kê, văn bản khen thưởng", en: "summary report, statistics forms, award documents"),
        usage: ["report summary (--year Y | --from Y1 --to Y2) [--format text|csv|html|pdf|xlsx] [--out FILE [--force]] [--print]",
                "report awards (--year Y | --from Y1 --to Y2) --by campaign|unit|award|category [--format text|csv|html|pdf|xlsx] [--out FILE]",
                "report form 0601|0602|0603 --year Y [--format text|csv|html|pdf|xlsx] [--out FILE] [--print]",
                "report submission|council [PROPOSAL...] [--year Y] [--award CODE] [--format ...] [--out FILE] [--print]",
                "report decision ID|NUMBER [--format text|csv|html|pdf|xlsx] [--out FILE] [--print]",
                "report history --person ID | --unit ID [--format ...] [--out FILE] [--print]",
                "report records FIGURE (--year Y | --from Y1 --to Y2) [--format text|csv|json|xlsx --out FILE]",
                "report list"],
        about: [Localized(vi: "Báo cáo tổng kết công tác thi đua, khen thưởng (so với kỳ trước cùng độ dài), bảng khen thưởng theo phong trào, đơn vị, hình thức hoặc đối tượng, và biểu thống kê 0601.N, 0602.N, 0603.N của Bộ Nội vụ.",
                          en: "The year-end summary (compared with the previous period of the same length), award tables by campaign, unit, award type or statistics category, and the ministry's statistics forms 0601.N, 0602.N, 0603.N."),
                Localized(vi: "Tờ trình đề nghị khen thưởng (đề nghị đã duyệt), danh sách trình hội đồng (điều kiện từng mục, biểu quyết), quyết định kèm danh sách và số tiền (CSV, xlsx: một dòng mỗi người, tập thể, số tiền là số), quá trình khen thưởng của cá nhân, tập thể.",
                          en: "The tờ trình asking for awards (approved proposals), the council's list (each condition, the vote), a decision with its annex and amounts (CSV, xlsx: one line per recipient, amounts as numbers), the award history of a person or unit."),
                Localized(vi: "PDF khổ A4 theo Nghị định 30/2020 (phông Tinos hoặc Liberation Serif nhúng trong tệp); --print gửi PDF tới lp, không qua shell.",
                          en: "PDF is A4 in the Decree 30/2020 layout (Tinos or Liberation Serif embedded); --print sends the PDF to lp, without a shell."),
                Localized(vi: "Bản ghi đằng sau một số liệu: tdkt report summary --from 2014 --to 2018 --list, rồi tdkt report records ĐƯỜNG-DẪN --from 2014 --to 2018.",
                          en: "Records behind a figure: tdkt report summary --from 2014 --to 2018 --list, then tdkt report records PATH --from 2014 --to 2018."),
                Localized(vi: "Đường dẫn: campaigns.launched|reviewed|closed|active, clusters.ID.YEAR.flag|proposed, examples, awards.by-award|by-campaign|by-unit|by-category.GROUP.AWARD.unit|person|household|total, money.paid, money.missing, form.06NN.ROW.COLUMN; \".prev\" = kỳ trước.",
                          en: "Paths: campaigns.launched|reviewed|closed|active, clusters.ID.YEAR.flag|proposed, examples, awards.by-award|by-campaign|by-unit|by-category.GROUP.AWARD.unit|person|household|total, money.paid, money.missing, form.06NN.ROW.COLUMN; \".prev\" = the previous period.")],
        options: [OptionSpec("--year", "Y", "một năm", "one year"),
                  OptionSpec("--from", "Y1", "từ năm", "from the year"),
                  OptionSpec("--to", "Y2", "đến năm", "to the year"),
                  OptionSpec("--by", "campaign|unit|award|category", "nhóm theo", "grouped by"),
                  OptionSpec("--format", "text|csv|html|pdf|json|xlsx", "văn bản để in; CSV cho Excel (UTF-8 có BOM, số không dấu chấm); HTML hoặc PDF khổ A4 theo Nghị định 30/2020; xlsx: bảng tính, mỗi bảng một trang, số là số (cần --out)",
                             "plain text for a printer; CSV for Excel (UTF-8 with BOM, numbers plain); HTML or PDF, A4 in the Decree 30/2020 layout; xlsx: a workbook, one sheet per table, numbers as numbers (needs --out)"),
                  OptionSpec("--out", "FILE", "ghi vào tệp (tính từ thư mục hiện tại), không trong thư mục dữ liệu, không tên ẩn",
                             "write to a file (relative to the current folder), never inside the data directory nor a hidden name"),
                  OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file"),
                  OptionSpec("--number", "N", "số văn bản", "the document's number"),
                  OptionSpec("--date", "DD/MM/YYYY", "ngày văn bản", "the document's date"),
                  OptionSpec("--signer", "ID", "người ký (tdkt settings)", "who signs (tdkt settings)"),
                  OptionSpec("--page-length", "N", "số dòng mỗi trang (0: không ngắt); mặc định 64", "lines per page (0: no page breaks); default 64"),
                  OptionSpec("--print", nil, "in PDF bằng lp (--format text: in văn bản)", "print the PDF with lp (--format text: plain text)"),
                  OptionSpec("--printer", "QUEUE", "máy in (mặc định theo tdkt settings)", "the printer (default from tdkt settings)"),
                  OptionSpec("--copies", "N", "số bản in", "number of copies"),
                  OptionSpec("--award", "CODE", "chỉ một hình thức khen thưởng", "one award only", only: ["submission", "council"]),
                  OptionSpec("--to-authority", "TEXT", "người có thẩm quyền nhận tờ trình", "the authority the tờ trình is addressed to", only: ["submission"]),
                  OptionSpec("--person", "ID", "cá nhân", "a person", only: ["history"]),
                  OptionSpec("--unit", "ID", "tập thể", "a unit", only: ["history"]),
                  OptionSpec("--list", nil, "liệt kê mọi số liệu với đường dẫn của nó", "list every figure with its path")],
        run: run)
}
