import Foundation
import TDKTCore
import TDKTText

/// `tdkt awards correct|remove`: correcting or removing an award record, with the reason in the audit log.
enum AwardsCommand {
    static let usage = "tdkt awards correct|remove ID --year Y ... --reason TEXT (tdkt awards --help)"

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        guard let sub = words.first else { throw UsageError(vi: "thiếu lệnh con: correct, remove", en: "missing subcommand: correct, remove") }
        let args = try Arguments(Array(words.dropFirst()), spec, subcommand: sub)
        guard args.positional.count == 1 else { throw UsageError(usage) }
        let id = args.positional[0]
        let year = try AwardOptions.year(args, usage: usage)!
        let reason = try AwardOptions.required(args, "--reason", usage: usage)
        let ws = try ctx.workspace()
        switch sub {
        case "correct":
            var r = try AwardRecords.find(id, year: year, in: ws).value
            if let y = try args.int("--to-year") { r.year = y }
            if let n = args.value("--number") { r.decisionNumber = n.isEmpty ? nil : n }
            if let d = try AwardOptions.date(args, "--date") { r.decisionDate = d }
            if let a = try args.int("--amount") { r.amount = a }
            if let code = args.value("--award") { r.awardCode = code.uppercased() }
            if let k = args.value("--kind") {
                guard let kind = Proposal.Kind(rawValue: k) else {
                    throw UsageError("--kind " + Proposal.Kind.allCases.map(\.rawValue).joined(separator: "|"))
                }
                r.kind = kind
            }
            let saved = try AwardRecords.correct(r, wasYear: year, reason: reason, in: ws)
            ctx.say("Đã sửa khen thưởng \(saved.id) (\(saved.awardCode) \(saved.year)).", "Corrected award \(saved.id) (\(saved.awardCode) \(saved.year)).")
        case "remove":
            try AwardRecords.remove(id, year: year, reason: reason, in: ws)
            ctx.say("Đã xóa khen thưởng \(id).", "Removed award \(id).")
        default:
            throw UsageError(vi: "lệnh con không có \'\(sub)\'; \(usage)", en: "unknown subcommand \'\(sub)\'; \(usage)")
        }
        return 0
    }
}

extension AwardsCommand {
    static let spec = CommandSpec(
        name: "awards", summary: Localized(vi: "sửa, xóa khen thưởng đã nhận", en: "correct or remove award records"),
        usage: ["awards correct ID --year Y [--to-year Y] [--number N] [--date DD/MM/YYYY] [--amount A] [--award CODE] [--kind K] --reason TEXT",
                "awards remove ID --year Y --reason TEXT"],
        about: [Localized(vi: "Sửa hoặc xóa một khen thưởng đã ghi (tdkt list awards --year Y cho mã), có lý do ghi vào nhật ký; cán bộ tỉnh và quản trị viên. Khen thưởng lập từ quyết định trong chương trình không đổi người nhận, hình thức, số quyết định và không xóa riêng.",
                          en: "Corrects or removes a recorded award (tdkt list awards --year Y gives the ids), the reason kept in the audit log; the province's clerks and administrators. An award made from a decision here keeps its recipient, award and number and is not removed on its own.")],
        options: [OptionSpec("--year", "Y", "năm của khen thưởng", "the award's year"),
                  OptionSpec("--reason", "TEXT", "lý do (bắt buộc)", "the reason (required)"),
                  OptionSpec("--to-year", "Y", "năm đúng", "the right year", only: ["correct"]),
                  OptionSpec("--number", "N", "số quyết định (vd. 163/QĐ-UBND)", "decision number (e.g. 163/QĐ-UBND)", only: ["correct"]),
                  OptionSpec("--date", "DD/MM/YYYY", "ngày quyết định", "decision date", only: ["correct"]),
                  OptionSpec("--amount", "A", "số tiền (đồng)", "amount (đồng)", only: ["correct"]),
                  OptionSpec("--award", "CODE", "hình thức khen thưởng", "the award", only: ["correct"]),
                  OptionSpec("--kind", "regular|thematic|occasional|longService|foreign", "loại khen thưởng", "kind of award", only: ["correct"])],
        run: run)
}
