import Foundation
import TDKTCore
import TDKTText

/// `tdkt proposals list|show|new|move|vote`: the proposal workflow from the command line.
enum ProposalsCommand {
    static let usage = "tdkt proposals list|show|new|move|vote|override (tdkt proposals --help)"

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        guard let sub = words.first else { throw UsageError(vi: "thiếu lệnh con: list, show, new, move, vote, override", en: "missing subcommand: list, show, new, move, vote, override") }
        let rest = Array(words.dropFirst())
        switch sub {
        case "list": return try list(ctx, rest)
        case "show": return try show(ctx, rest)
        case "new": return try new(ctx, rest)
        case "move": return try move(ctx, rest)
        case "vote": return try vote(ctx, rest)
        case "override": return try overrideEligibility(ctx, rest)
        default: throw UsageError(vi: "lệnh con không có \'\(sub)\'; \(usage)", en: "unknown subcommand \'\(sub)\'; \(usage)")
        }
    }

    static func list(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: "list")
        try args.expectPositional(max: 0, usage: "tdkt proposals list [--state S] [--year Y]")
        let state = try args.value("--state").map(AwardOptions.state)
        let year = try AwardOptions.year(args, usage: "", required: false)
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let book = ProposalBook(workspace: try ctx.workspace())
        let en = ctx.language == .en
        let rows = book.list(state: state, year: year).map { s -> [String] in
            let p = s.value
            return [p.id, String(p.year), p.awardCode, book.workspace.name(of: p.nominee), p.state.label.text(ctx.language),
                    p.returnReason ?? "", p.eligibilityOverride?.reason ?? ""]
        }
        let table = TextTable(headers: en ? ["id", "year", "award", "nominee", "state", "returned because", "eligibility overridden"]
                                          : ["mã", "năm", "khen thưởng", "đề nghị cho", "trạng thái", "lý do trả lại", "vượt điều kiện"], rows: rows)
        try TableOutput.emit(table, format: format, args: args, ctx: ctx)
        return 0
    }

    static func show(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: "show")
        guard args.positional.count == 1 else { throw UsageError("tdkt proposals show ID") }
        let book = ProposalBook(workspace: try ctx.workspace())
        let p = try book.proposal(args.positional[0]).value
        let vi = ctx.language == .vi
        ctx.output.line("\(p.id): \(p.awardCode) \(p.year) — \(book.workspace.name(of: p.nominee)) — \(p.state.label.text(ctx.language))")
        ctx.output.line((vi ? "Thành tích: " : "Achievement: ") + p.achievement)
        if let award = book.workspace.catalogue?.value.award(p.awardCode) {
            let missing = ProposalWorkflow.missingDossier(p, award: award)
            ctx.output.line((vi ? "Hồ sơ thiếu: " : "Dossier missing: ") + (missing.isEmpty ? "—" : missing.map { $0.label.text(ctx.language) }.joined(separator: ", ")))
        }
        if let o = p.eligibilityOverride {
            ctx.output.line(o.line(ctx.language))
            for c in o.conditions { ctx.output.line("  - " + c) }
        }
        if let v = p.vote { ctx.output.line((vi ? "Biểu quyết: " : "Vote: ") + "\(v.forVotes)/\(v.members) (\(v.against) \(vi ? "không đồng ý" : "against"))") }
        let actions = ProposalWorkflow.actions(for: p, in: book.workspace)
        var allowed = actions.moves.map { "→ " + $0.label.text(ctx.language) }
        if actions.edit { allowed.insert(vi ? "sửa" : "edit", at: 0) }
        if actions.vote { allowed.append(vi ? "ghi biểu quyết" : "record the vote") }
        ctx.output.line((vi ? "Bạn có thể: " : "You may: ") + (allowed.isEmpty ? "—" : allowed.joined(separator: ", ")))
        for h in p.history {
            ctx.output.line("  \(h.from.rawValue) → \(h.to.rawValue)  \(h.by)  \(ISO8601DateFormatter().string(from: h.at))\(h.reason.map { "  \($0)" } ?? "")")
        }
        let report = Eligibility.check(nominee: p.nominee, award: p.awardCode, year: p.year, in: try book.history(), excludingProposal: p.id)
        ctx.output.write(TextNormalization.visible(report.text(ctx.language)))
        return 0
    }

    static let newUsage = "tdkt proposals new --person ID|--unit ID --award CODE --year Y --achievement TEXT [--kind regular|thematic|occasional|longService|foreign] [--campaign ID] [--simplified] [--dossier all|item,item] [--id ID]"

    static func new(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: "new")
        try args.expectPositional(max: 0, usage: newUsage)
        let nominee = try AwardOptions.nominee(args, usage: newUsage)
        let code = try AwardOptions.required(args, "--award", usage: newUsage).uppercased()
        let year = try AwardOptions.year(args, usage: newUsage)!
        let achievement = try AwardOptions.required(args, "--achievement", usage: newUsage)
        let kindText = try args.choice("--kind", Proposal.Kind.allCases.map(\.rawValue), default: "regular")
        var dossier: [AwardType.DossierItem: Bool] = [:]
        if let d = args.value("--dossier") {
            if d == "all" { for i in AwardType.DossierItem.allCases { dossier[i] = true } } else {
                for part in d.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    guard let item = AwardType.DossierItem(rawValue: part) else {
                        throw UsageError(vi: "--dossier: \'\(part)\' không có; " + AwardType.DossierItem.allCases.map(\.rawValue).joined(separator: ", "), en: "--dossier: unknown \'\(part)\'; " + AwardType.DossierItem.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    dossier[item] = true
                }
            }
        }
        let ws = try ctx.workspace()
        guard ws.catalogue?.value.award(code) != nil else { throw UsageError(vi: "--award: không có mã \(code)", en: "--award: unknown code \(code)") }
        let book = ProposalBook(workspace: ws)
        let draft = ProposalDraft(year: year, nominee: nominee, awardCode: code, kind: Proposal.Kind(rawValue: kindText)!,
                                  procedure: args.has("--simplified") ? .simplified : .normal, campaignId: args.value("--campaign"),
                                  achievement: achievement, dossier: dossier, id: args.value("--id"))
        let (stored, report) = try ProposalWorkflow.create(draft, in: book, actor: ctx.user, on: try AwardOptions.date(args, "--date") ?? CivilDate.today())
        ctx.say("Đã tạo đề nghị \(stored.value.id) (nháp).", "Created proposal \(stored.value.id) (draft).")
        ctx.output.write(TextNormalization.visible(report.text(ctx.language)))
        return 0
    }

    static let moveUsage = "tdkt proposals move ID... --to STATE [--reason TEXT] [--for N --against N --members N]"

    static func move(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: "move")
        guard !args.positional.isEmpty else { throw UsageError(vi: "thiếu mã đề nghị; \(moveUsage)", en: "missing proposal id; \(moveUsage)") }
        let target = try AwardOptions.state(try AwardOptions.required(args, "--to", usage: moveUsage))
        let vote = try AwardOptions.vote(args)
        let book = ProposalBook(workspace: try ctx.workspace())
        let moved = try ProposalWorkflow.move(args.positional, to: target, reason: args.value("--reason"), vote: vote,
                                              overrideReason: args.value("--override"), actor: ctx.user, in: book)
        ctx.say("Đã chuyển \(moved.count) đề nghị sang \(target.label.vi).", "Moved \(moved.count) proposals to \(target.label.en).")
        return 0
    }

    static func overrideEligibility(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let usage = "tdkt proposals override ID... --reason TEXT"
        let args = try Arguments(words, spec, subcommand: "override")
        guard !args.positional.isEmpty else { throw UsageError(vi: "thiếu mã đề nghị; \(usage)", en: "missing proposal id; \(usage)") }
        let reason = try AwardOptions.required(args, "--reason", usage: usage)
        let book = ProposalBook(workspace: try ctx.workspace())
        let done = try ProposalWorkflow.overrideEligibility(args.positional, reason: reason, actor: ctx.user, in: book)
        ctx.say("Đã ghi vượt điều kiện cho \(done.count) đề nghị.", "Recorded the eligibility override on \(done.count) proposals.")
        return 0
    }

    static func vote(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let usage = "tdkt proposals vote ID... --for N [--against N] --members N"
        let args = try Arguments(words, spec, subcommand: "vote")
        guard !args.positional.isEmpty else { throw UsageError(vi: "thiếu mã đề nghị; \(usage)", en: "missing proposal id; \(usage)") }
        guard let vote = try AwardOptions.vote(args) else { throw UsageError(usage) }
        let book = ProposalBook(workspace: try ctx.workspace())
        let done = try ProposalWorkflow.vote(args.positional, vote, actor: ctx.user, in: book)
        ctx.say("Đã ghi phiếu cho \(done.count) đề nghị.", "Recorded the vote on \(done.count) proposals.")
        return 0
    }
}

extension ProposalsCommand {
    static let spec = CommandSpec(
        name: "proposals", summary: Localized(vi: "đề nghị khen thưởng", en: "award proposals"),
        usage: ["proposals list [--state S] [--year Y] [--format text|csv|json|xlsx --out FILE]",
                "proposals show ID",
                "proposals new --person ID|--unit ID --award CODE --year Y --achievement TEXT [--kind K] [--campaign ID] [--simplified] [--dossier all|ITEM,ITEM] [--id ID]",
                "proposals move ID... --to STATE [--reason TEXT] [--for N --against N --members N]",
                "proposals vote ID... --for N [--against N] --members N",
                "proposals override ID... --reason TEXT"],
        about: [Localized(vi: "Trạng thái: draft → submitted → underAppraisal → toCouncil → approved | returned | notEligible; returned → submitted.",
                          en: "States: draft → submitted → underAppraisal → toCouncil → approved | returned | notEligible; returned → submitted."),
                Localized(vi: "Trả lại, không đủ điều kiện cần --reason. Duyệt cần phiếu Hội đồng đạt ngưỡng của hình thức (tính trên tổng số thành viên, và quá nửa).",
                          en: "Returned and not eligible need --reason; approval needs the council vote to reach the award's threshold of all members (and a majority)."),
                Localized(vi: "Nhiều đề nghị chuyển cùng lúc: tất cả hoặc không gì. show cho biết bạn được làm gì với đề nghị.",
                          en: "Several proposals move together, all or none. show says what you may do with the proposal."),
                Localized(vi: "Đề nghị chưa đủ điều kiện (không đạt, hoặc chưa rõ vì thiếu dữ liệu) không qua thẩm định (trình Hội đồng, duyệt, quyết định) nếu người có quyền chưa ghi lý do vượt điều kiện: move --override TEXT hoặc override --reason TEXT.",
                          en: "A proposal whose eligibility is not met (or unknown, for missing data) does not go past appraisal (council, approval, decision) until someone allowed to records a reason to override it: move --override TEXT or override --reason TEXT.")],
        options: [OptionSpec("--state", "S", "chỉ một trạng thái", "one state only", only: ["list"]),
                  OptionSpec("--year", "Y", "năm", "the year", only: ["list", "new"]),
                  OptionSpec("--format", "text|csv|json|xlsx", "dạng đầu ra", "output format", only: ["list"]),
                  OptionSpec("--out", "FILE", "tệp ghi ra (cần cho xlsx)", "the file to write (needed for xlsx)", only: ["list"]),
                  OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file", only: ["list"]),
                  OptionSpec("--person", "ID", "cá nhân được đề nghị", "the person proposed", only: ["new"]),
                  OptionSpec("--unit", "ID", "tập thể được đề nghị", "the unit proposed", only: ["new"]),
                  OptionSpec("--household", "ID", "hộ gia đình được đề nghị", "the household proposed", only: ["new"]),
                  OptionSpec("--award", "CODE", "hình thức khen thưởng", "the award", only: ["new"]),
                  OptionSpec("--achievement", "TEXT", "thành tích", "the achievement", only: ["new"]),
                  OptionSpec("--kind", "regular|thematic|occasional|longService|foreign", "loại khen thưởng", "kind of award", only: ["new"]),
                  OptionSpec("--campaign", "ID", "phong trào thi đua", "the campaign", only: ["new"]),
                  OptionSpec("--dossier", "all|ITEM,ITEM", "hồ sơ đã có (submission, achievementReport, minutes, initiativeCertificate, ballotResult)",
                             "dossier items present (submission, achievementReport, minutes, initiativeCertificate, ballotResult)", only: ["new"]),
                  OptionSpec("--id", "ID", "mã đề nghị", "the proposal's id", only: ["new"]),
                  OptionSpec("--date", "DD/MM/YYYY", "ngày lập", "the day it is made", only: ["new"]),
                  OptionSpec("--simplified", nil, "thủ tục đơn giản", "simplified procedure", only: ["new"]),
                  OptionSpec("--to", "STATE", "trạng thái mới", "the new state", only: ["move"]),
                  OptionSpec("--reason", "TEXT", "lý do (trả lại, không đủ điều kiện, vượt điều kiện)", "the reason (returned, not eligible, override)", only: ["move", "override"]),
                  OptionSpec("--override", "TEXT", "lý do vượt điều kiện khen thưởng chưa đạt", "the reason to override an eligibility not met", only: ["move"]),
                  OptionSpec("--for", "N", "số phiếu đồng ý", "votes for", only: ["move", "vote"]),
                  OptionSpec("--against", "N", "số phiếu không đồng ý", "votes against", only: ["move", "vote"]),
                  OptionSpec("--members", "N", "tổng số thành viên Hội đồng", "members of the council", only: ["move", "vote"])],
        run: run)
}
