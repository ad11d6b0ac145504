import Foundation
import TDKTCore
import TDKTText

/// `tdkt decide ID... --number N --date D --signer-title T --signer NAME [--dry-run]`: a decision from approved proposals.
enum DecideCommand {
    static let usage = "tdkt decide ID... --number \"163/QĐ-UBND\" --date dd/mm/yyyy --signer-title TEXT --signer NAME [--dry-run]"
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        guard !args.positional.isEmpty else { throw UsageError(vi: "thiếu mã đề nghị; \(usage)", en: "missing proposal ids; \(usage)") }
        let number = try AwardOptions.required(args, "--number", usage: usage)
        guard let date = try AwardOptions.date(args, "--date") else { throw UsageError(vi: "thiếu --date; \(usage)", en: "missing --date; \(usage)") }
        let request = DecisionRequest(number: number, date: date, signerTitle: args.value("--signer-title") ?? "",
                                      signerName: try AwardOptions.required(args, "--signer", usage: usage), proposalIds: args.positional)
        let book = ProposalBook(workspace: try ctx.workspace())
        let result = args.has("--dry-run") ? try Decisions.prepare(request, in: book, actor: ctx.user)
                                            : try Decisions.make(request, in: book, actor: ctx.user)
        let en = ctx.language == .en
        let rows = result.lines.map { l in
            [book.workspace.name(of: l.nominee), l.nominee.kind.label.text(ctx.language), NSDecimalNumber(decimal: l.coefficient).stringValue,
             Money.format(l.baseSalary), Money.format(l.amount)]
        }
        var table = TextTable(headers: en ? ["recipient", "kind", "coefficient", "base salary", "amount"]
                                          : ["người/tập thể nhận", "loại", "hệ số", "lương cơ sở", "số tiền"], rows: rows, numeric: [2, 3, 4])
        table.rows.append([en ? "Total" : "Tổng cộng", "", "", "", Money.format(result.total)])
        ctx.output.line("\(result.decision.number) (\(result.decision.date)) — \(result.decision.awardCode)")
        for w in result.warnings { ctx.output.line((en ? "warning: " : "lưu ý: ") + w.text(ctx.language)) }
        ctx.output.write(table.text())
        if args.has("--dry-run") { ctx.say("Chạy thử: chưa ghi gì.", "Dry run: nothing written.") }
        else { ctx.say("Đã ghi quyết định \(result.decision.id).", "Recorded decision \(result.decision.id).") }
        return 0
    }
}

extension DecideCommand {
    static let spec = CommandSpec(
        name: "decide", summary: Localized(vi: "ra quyết định khen thưởng", en: "make an award decision"),
        usage: ["decide ID... --number \"163/QĐ-UBND\" --date DD/MM/YYYY --signer NAME [--signer-title TEXT] [--dry-run]"],
        about: [Localized(vi: "Ra quyết định từ các đề nghị đã duyệt (cùng một hình thức): tiền thưởng = hệ số × lương cơ sở ngày quyết định, làm tròn lên hàng chục nghìn.",
                          en: "Makes a decision from approved proposals of one award: money = coefficient × base salary on the decision date, rounded up to 10,000 đ."),
                Localized(vi: "Khen thưởng được ghi vào lịch sử của từng người, tập thể.", en: "The awards go into each recipient's history.")],
        options: [OptionSpec("--number", "N", "số, ký hiệu quyết định", "the decision's number and symbol"),
                  OptionSpec("--date", "DD/MM/YYYY", "ngày quyết định", "the decision's date"),
                  OptionSpec("--signer", "NAME", "người ký", "the signer"),
                  OptionSpec("--signer-title", "TEXT", "chức vụ người ký", "the signer's title"),
                  OptionSpec("--dry-run", nil, "chỉ xem trước, không ghi", "preview only, write nothing")],
        run: run)
}
