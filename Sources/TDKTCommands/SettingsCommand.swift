import Foundation
import TDKTCore
import TDKTText

/// `tdkt settings`: the office's names and the settings of printed documents (config.json), shown and changed
/// here or on the settings screen, never by editing the file.
enum SettingsCommand {
    static let keys = ["office", "parent", "place", "abbreviation", "printer", "copies", "reports-folder", "recipients", "default-signer",
                       "reporting-period", "separate-duties"]
    static let usage = """
    tdkt settings [show]
    tdkt settings set \(keys.joined(separator: "|")) VALUE
    tdkt settings signer ID --title T --name N [--authority none|kt|q|tl|tuq] [--head H] [--collective C]
    tdkt settings signer-remove ID
    """

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: words.first { !$0.hasPrefix("-") })
        let ws = try ctx.workspace()
        switch args.positional.first {
        case nil, "show":
            show(ws.config, ctx)
            return 0
        case "set":
            guard args.positional.count == 3, keys.contains(args.positional[1]) else { throw UsageError(usage) }
            let key = args.positional[1], value = args.positional[2]
            let v: String? = value.isEmpty ? nil : value
            switch key {
            case "office": try ws.setOffice(officeName: value, action: "settings.set office")
            case "parent": try ws.setOffice(parentBody: value, action: "settings.set parent")
            case "place": try ws.setOffice(place: value, action: "settings.set place")
            case "reporting-period":
                guard let kind = ReportingPeriodKind(rawValue: value) else {
                    throw UsageError("reporting-period: " + ReportingPeriodKind.allCases.map(\.rawValue).joined(separator: "|"))
                }
                try ws.setReportingPeriod(kind)
            case "separate-duties":
                guard ["on", "off"].contains(value) else { throw UsageError(vi: "separate-duties: on|off", en: "separate-duties: on|off") }
                try ws.setSeparateDuties(value == "on")
            case "copies":
                guard v == nil || Int(value) != nil else { throw UsageError("copies: 1–99") }
                try ws.setOffice(documents: { $0.copies = v.flatMap(Int.init) }, action: "settings.set copies")
            case "recipients":
                let list = v.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
                try ws.setOffice(documents: { $0.recipients = list }, action: "settings.set recipients")
            default:
                let path: WritableKeyPath<DocumentSettings, String?> = switch key {
                case "abbreviation": \.issuerAbbreviation
                case "printer": \.printer
                case "reports-folder": \.reportsFolder
                default: \.defaultSigner
                }
                try ws.setOffice(documents: { $0[keyPath: path] = v }, action: "settings.set \(key)")
            }
        case "signer":
            guard args.positional.count == 2 else { throw UsageError(usage) }
            let id = args.positional[1]
            let old = ws.config.documentSettings.signers.first { $0.id == id }
            guard let title = args.value("--title") ?? old?.title, let name = args.value("--name") ?? old?.name else { throw UsageError(usage) }
            guard let authority = DocumentSigner.Authority(rawValue: args.value("--authority") ?? old?.authority.rawValue ?? "none") else {
                throw UsageError("--authority none|kt|q|tl|tuq")
            }
            let signer = DocumentSigner(id: id, authority: authority, collective: args.value("--collective") ?? old?.collective,
                                        head: args.value("--head") ?? old?.head ?? "", title: title, name: name)
            try ws.setOffice(documents: { d in
                if let i = d.signers.firstIndex(where: { $0.id == id }) { d.signers[i] = signer } else { d.signers.append(signer) }
            }, action: "settings.signer \(id)")
        case "signer-remove":
            guard args.positional.count == 2, ws.config.documentSettings.signers.contains(where: { $0.id == args.positional[1] }) else {
                throw UsageError(usage)
            }
            let id = args.positional[1]
            try ws.setOffice(documents: { d in
                d.signers.removeAll { $0.id == id }
                if d.defaultSigner == id { d.defaultSigner = nil }
            }, action: "settings.signer-remove \(id)")
        case let other?:
            throw UsageError(vi: "tdkt settings: \'\(other)\' không hợp lệ\n\(usage)", en: "tdkt settings: unknown \'\(other)\'\n\(usage)")
        }
        show(ws.config, ctx)
        return 0
    }

    static func show(_ config: OfficeConfig, _ ctx: CommandContext) {
        let d = config.documentSettings
        let frame = DocumentFrame.standard(config: config, date: nil, year: CivilDate.today().year)
        let none = ctx.language == .en ? "(none)" : "(chưa đặt)"
        let c = { (s: String) in TextNormalization.clean(s) }
        let rows: [[String]] = [
            ["office", c(config.officeName)], ["parent", c(config.parentBody)], ["place", c(config.place)],
            ["abbreviation", c(d.issuerAbbreviation ?? frame.issuerAbbreviation)],
            ["printer", c(d.printer ?? none)], ["copies", String(d.copies ?? 1)], ["reports-folder", c(d.reportsFolder ?? "~")],
            ["recipients", c(frame.recipients.joined(separator: " | "))],
            ["default-signer", c(d.signer()?.id ?? none)],
            ["reporting-period", "\(config.reportingPeriodKind.rawValue) — \(config.reportingPeriodKind.label.text(ctx.language))"],
            ["separate-duties", config.separateDuties == true ? "on" : "off"],
        ] + d.signers.map { ["signer \(c($0.id))", c(($0.lines + [$0.name]).joined(separator: " / "))] }
        ctx.output.write(TextTable(vi: ["khóa", "giá trị"], en: ["key", "value"], language: ctx.language, rows: rows).text())
    }
}

extension SettingsCommand {
    static let spec = CommandSpec(
        name: "settings", summary: Localized(vi: "cơ quan, người ký, máy in", en: "office, signers, printer"),
        usage: ["settings [show]",
                "settings set office|parent|place|abbreviation|printer|copies|reports-folder|recipients|default-signer VALUE",
                "settings set reporting-period calendarYear|administrative",
                "settings set separate-duties on|off",
                "settings signer ID --title T --name N [--authority none|kt|q|tl|tuq] [--head H] [--collective C]",
                "settings signer-remove ID"],
        about: [Localized(vi: "separate-duties on: người gửi đề nghị không tự thẩm định, người trình Hội đồng không tự ghi phiếu hay kết luận, người duyệt không tự ra quyết định.",
                          en: "separate-duties on: whoever submitted a proposal does not appraise it, whoever took it to the council does not record the vote or conclude, whoever approved it does not make the decision."),
                Localized(vi: "Tên cơ quan ban hành, cơ quan chủ quản, địa danh, ký hiệu sau số văn bản, người ký (KT., TM., Q., TL., TUQ.), nơi nhận (ngăn bằng |), máy in, số bản, thư mục lưu báo cáo. Chỉ quản trị viên thay đổi.",
                          en: "The issuing body, its parent, the place, the symbol after the number, signers (KT., TM., Q., TL., TUQ.), recipients (separated by |), printer, copies and the reports folder. Only an administrator changes them."),
                Localized(vi: "Kỳ báo cáo: báo cáo và biểu thống kê đếm khen thưởng, tiền thưởng theo ngày ký quyết định, trong năm dương lịch (calendarYear, mặc định) hoặc từ 15/12 năm trước đến 14/12 (administrative).",
                          en: "Reporting period: reports and statistics forms count awards and money by the decision's date, over the calendar year (calendarYear, the default) or from 15 Dec of the year before to 14 Dec (administrative)."),
                Localized(vi: "Ví dụ: tdkt settings signer pgd --authority kt --head \"Giám đốc\" --title \"Phó Giám đốc\" --name \"Trần Thị Hạnh\"",
                          en: "Example: tdkt settings signer pgd --authority kt --head \"Giám đốc\" --title \"Phó Giám đốc\" --name \"Trần Thị Hạnh\"")],
        options: [OptionSpec("--title", "T", "chức vụ người ký", "the signer's title", only: ["signer"]),
                  OptionSpec("--name", "N", "họ tên người ký", "the signer's name", only: ["signer"]),
                  OptionSpec("--authority", "none|kt|q|tl|tuq", "thẩm quyền ký", "signing authority", only: ["signer"]),
                  OptionSpec("--head", "H", "chức danh thủ trưởng (GIÁM ĐỐC)", "the head's title (GIÁM ĐỐC)", only: ["signer"]),
                  OptionSpec("--collective", "C", "tập thể ký thay mặt (TM.)", "the collective signed for (TM.)", only: ["signer"])],
        run: run)
}
