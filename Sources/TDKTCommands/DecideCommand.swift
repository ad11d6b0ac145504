import Foundation
import TDKTCore
import TDKTText

/// `tdkt decide ID... --number N --date D --signer-title T --signer NAME [--dry-run]`: a decision from approved proposals.
enum DecideCommand {
    static let usage = "tdkt decide ID... --number \"163/QĐ-UBND\" --date dd/mm/yyyy --signer-title TEXT --signer NAME [--dry-run]"
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: ["--number", "--date", "--signer-title", "--signer"], flags: ["--dry-run"])
        guard !args.positional.isEmpty else { throw UsageError("thiếu mã đề nghị / missing proposal ids; \(usage)") }
        let number = try AwardOptions.required(args, "--number", usage: usage)
        guard let date = try AwardOptions.date(args, "--date") else { throw UsageError("thiếu / missing --date; \(usage)") }
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
