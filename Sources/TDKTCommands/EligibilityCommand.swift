import Foundation
import TDKTCore
import TDKTText

/// Options shared by the award commands.
enum AwardOptions {
    static let nominee: [OptionSpec] = [
        OptionSpec("--person", "ID", "cá nhân", "a person"),
        OptionSpec("--unit", "ID", "tập thể", "a unit"),
        OptionSpec("--household", "ID", "hộ gia đình", "a household"),
    ]

    /// Exactly one of --person, --unit, --household.
    static func nominee(_ args: Arguments, usage: String) throws -> NomineeRef {
        let given: [(NomineeRef.Kind, String)] = [(.person, "--person"), (.unit, "--unit"), (.household, "--household")]
            .compactMap { kind, name in args.value(name).map { (kind, $0) } }
        guard given.count == 1 else { throw UsageError(vi: "cần đúng một trong --person, --unit, --household; \(usage)", en: "give exactly one of --person, --unit, --household; \(usage)") }
        return NomineeRef(given[0].0, given[0].1)
    }

    static func required(_ args: Arguments, _ name: String, usage: String) throws -> String {
        guard let v = args.value(name), !v.isEmpty else { throw UsageError(vi: "thiếu \(name); \(usage)", en: "missing \(name); \(usage)") }
        return v
    }

    static func year(_ args: Arguments, usage: String, required: Bool = true) throws -> Int? {
        guard let y = try args.int("--year") else {
            if required { throw UsageError(vi: "thiếu --year; \(usage)", en: "missing --year; \(usage)") }
            return nil
        }
        guard (1945...2100).contains(y) else { throw UsageError(vi: "--year: \(y) ngoài khoảng 1945–2100", en: "--year: \(y) out of range 1945–2100") }
        return y
    }

    static func date(_ args: Arguments, _ name: String) throws -> CivilDate? {
        guard let v = args.value(name) else { return nil }
        do { return try CivilDate.parse(v) } catch let e as ValidationError { throw UsageError(vi: "\(name): \(e.reason.vi)", en: "\(name): \(e.reason.en)") }
    }

    /// A proposal state by its code, ignoring case, '-' and '_' ("to-council", "toCouncil").
    static func state(_ text: String) throws -> Proposal.State {
        let key = text.lowercased().filter { $0 != "-" && $0 != "_" }
        guard let s = Proposal.State.allCases.first(where: { $0.rawValue.lowercased() == key }) else {
            throw UsageError(vi: "trạng thái không có \'\(text)\': " + Proposal.State.allCases.map(\.rawValue).joined(separator: ", "), en: "unknown state \'\(text)\': " + Proposal.State.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return s
    }

    static func vote(_ args: Arguments) throws -> Proposal.Vote? {
        let f = try args.int("--for"), a = try args.int("--against"), m = try args.int("--members")
        if f == nil && a == nil && m == nil { return nil }
        guard let f, let m else { throw UsageError(vi: "phiếu cần --for và --members", en: "a vote needs --for and --members") }
        return Proposal.Vote(forVotes: f, against: a ?? 0, members: m)
    }
}

/// `tdkt eligibility --person ID|--unit ID --award CODE --year Y [--date D]`: each condition with the records used.
enum EligibilityCommand {
    static let usage = "tdkt eligibility --person ID|--unit ID --award CODE --year Y [--date dd/mm/yyyy]"
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 0, usage: usage)
        let nominee = try AwardOptions.nominee(args, usage: usage)
        let code = try AwardOptions.required(args, "--award", usage: usage).uppercased()
        let year = try AwardOptions.year(args, usage: usage)!
        let date = try AwardOptions.date(args, "--date") ?? CivilDate.today()
        let ws = try ctx.workspace()
        guard ws.catalogue?.value.award(code) != nil else { throw UsageError(vi: "--award: không có mã \(code)", en: "--award: unknown code \(code)") }
        let book = ProposalBook(workspace: ws)
        let report = Eligibility.check(nominee: nominee, award: code, year: year, in: try book.history(), on: date)
        ctx.output.write(TextNormalization.visible(report.text(ctx.language)))
        return report.isEligible ? 0 : 1
    }
}

extension EligibilityCommand {
    static let spec = CommandSpec(
        name: "eligibility", summary: Localized(vi: "xét điều kiện khen thưởng", en: "check eligibility"),
        usage: ["eligibility --person ID|--unit ID|--household ID --award CODE --year Y [--date DD/MM/YYYY]"],
        about: [Localized(vi: "Xét từng điều kiện: đạt / không đạt / chưa rõ (thiếu dữ liệu), kèm các quyết định, xếp loại, sáng kiến đã dùng.",
                          en: "Checks each condition: met / not met / unknown (data missing), with the decisions, ratings and initiatives used."),
                Localized(vi: "Mã thoát: 0 đạt, 1 không đạt hoặc chưa rõ, 2 sai tham số.", en: "Exit status: 0 eligible, 1 not eligible or unknown, 2 wrong arguments.")],
        options: AwardOptions.nominee + [
            OptionSpec("--award", "CODE", "mã hình thức khen thưởng", "the award's code"),
            OptionSpec("--year", "Y", "năm thành tích", "the year of the achievement"),
            OptionSpec("--date", "DD/MM/YYYY", "ngày xét (kỷ luật đang có hiệu lực); mặc định hôm nay", "day of the check (pending disciplines); default today")],
        run: run)
}
