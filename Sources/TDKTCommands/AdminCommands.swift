import Foundation
import TDKTCore
import TDKTText

/// `tdkt audit [--since DATE] [--user LOGIN] [--record ID]`: the audit log, oldest first.
enum AuditCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 0, usage: "tdkt audit [--since DATE] [--user LOGIN] [--record ID]")
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let since = try args.value("--since").map { try CivilDate.parse($0, field: "--since").iso }
        let ws = try ctx.workspace()
        func table(_ rows: [[String]]) -> TextTable {
            TextTable(vi: ["thời gian", "người dùng", "thao tác", "bản ghi", "thay đổi"], en: ["time", "user", "action", "record", "changes"],
                      language: ctx.language, rows: rows)
        }
        func row(_ e: AuditEntry) -> [String] {
            [e.time, e.user, e.action, e.record, (e.changes ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")]
        }
        if format == "xlsx" {
            // A workbook is built whole; the other formats are written as the log is read.
            var rows: [[String]] = []
            try ws.forEachAuditEntry(since: since, user: args.value("--user"), record: args.value("--record")) { rows.append(row($0)) }
            try TableOutput.emit(table(rows), format: format, args: args, ctx: ctx)
            return 0
        }
        // A log of millions of lines in the memory of a few thousand: written a part at a time, the text
        // columns as wide as the first part needs.
        var part: [[String]] = []
        var widths: [Int]?
        var written = 0
        func flush(last: Bool) {
            let t = table(part)
            switch format {
            case "csv": ctx.output.write(t.csv(header: written == 0))
            case "json":
                let objects = t.jsonObjects().joined(separator: ",\n")
                ctx.output.write((written == 0 ? "[\n" : (part.isEmpty ? "" : ",\n")) + objects + (last ? "\n]\n" : ""))
            default:
                let w = widths ?? t.columnWidths()
                widths = w
                ctx.output.write(t.text(widths: w, header: written == 0))
            }
            written += part.count + (written == 0 ? 1 : 0)
            part.removeAll(keepingCapacity: true)
        }
        try ws.forEachAuditEntry(since: since, user: args.value("--user"), record: args.value("--record")) { e in
            part.append(row(e))
            if part.count == 2_000 { flush(last: false) }
        }
        flush(last: true)
        return 0
    }
}

/// `tdkt roles` lists the roles; `tdkt roles set LOGIN ROLE [--unit U] [--clusters A,B]`, `tdkt roles remove LOGIN`.
enum RolesCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: words.first)
        let ws = try ctx.workspace()
        switch args.positional.first {
        case nil, "list":
            let rows = ws.config.roles.sorted { $0.key < $1.key }.map { login, a in
                [login, a.role.label.text(ctx.language) + (a.mayOverrideEligibility ? (ctx.language == .vi ? " (vượt điều kiện)" : " (may override)") : ""),
                 a.unitId ?? "", a.clusterIds.joined(separator: ",")]
            }
            ctx.output.write(TextTable(vi: ["tài khoản", "vai trò", "đơn vị", "cụm, khối"], en: ["login", "role", "unit", "clusters"], language: ctx.language,
                                       rows: rows).text())
            ctx.say("Tài khoản khác: \(ws.config.unknownLogins == .viewer ? "chỉ xem" : "bị từ chối")",
                    "Other logins: \(ws.config.unknownLogins == .viewer ? "viewer" : "refused")")
        case "set":
            try args.expectPositional(max: 3, usage: "tdkt roles set LOGIN ROLE")
            guard args.positional.count == 3 else { throw UsageError("tdkt roles set LOGIN administrator|clerk|reviewer|viewer|unitOfficer") }
            guard let role = Role(rawValue: args.positional[2]) else {
                throw UsageError(vi: "vai trò: administrator|clerk|reviewer|viewer", en: "role: administrator|clerk|reviewer|viewer")
            }
            let clusters = args.value("--clusters").map { $0.split(separator: ",").map(String.init) } ?? []
            try ws.setRole(RoleAssignment(role: role, unitId: args.value("--unit"), clusterIds: clusters,
                                          mayOverrideEligibility: args.has("--may-override")), for: args.positional[1])
            ctx.say("Đã cấp vai trò \(role.label.vi) cho \(args.positional[1])", "\(args.positional[1]) is now \(role.label.en)")
        case "remove":
            guard args.positional.count == 2 else { throw UsageError("tdkt roles remove LOGIN") }
            try ws.setRole(nil, for: args.positional[1])
            ctx.say("Đã bỏ vai trò của \(args.positional[1])", "Removed the role of \(args.positional[1])")
        case "others":
            guard args.positional.count == 2, let policy = OfficeConfig.UnknownLogins(rawValue: args.positional[1]) else {
                throw UsageError(vi: "tdkt roles others viewer|refuse", en: "tdkt roles others viewer|refuse")
            }
            try ws.setUnknownLogins(policy)
            ctx.say(policy == .viewer ? "Tài khoản khác: chỉ xem" : "Tài khoản khác: bị từ chối",
                    policy == .viewer ? "Other logins: viewer" : "Other logins: refused")
        case let other?:
            throw UsageError(vi: "tdkt roles: '\(other)' không hợp lệ; list|set|remove|others", en: "tdkt roles: unknown '\(other)'; list|set|remove|others")
        }
        return 0
    }
}

extension AuditCommand {
    static let spec = CommandSpec(
        name: "audit", summary: Localized(vi: "nhật ký thay đổi", en: "the audit log"),
        usage: ["audit [--since DD/MM/YYYY] [--user LOGIN] [--record TEXT] [--format text|csv|json|xlsx --out FILE]"],
        about: [Localized(vi: "Nhật ký mọi thay đổi: thời gian, người dùng, thao tác, bản ghi, nội dung thay đổi (quản trị viên, cán bộ).",
                          en: "Every change: time, login, action, record, what changed (administrators and clerks).")],
        options: [OptionSpec("--since", "DD/MM/YYYY", "từ ngày", "from this day"),
                  OptionSpec("--user", "LOGIN", "của một tài khoản", "by one login"),
                  OptionSpec("--record", "TEXT", "bản ghi chứa", "records containing"),
                  OptionSpec("--format", "text|csv|json|xlsx", "dạng đầu ra", "output format"),
                  OptionSpec("--out", "FILE", "tệp ghi ra (cần cho xlsx)", "the file to write (needed for xlsx)"), OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file")],
        run: run)
}

extension RolesCommand {
    static let spec = CommandSpec(
        name: "roles", summary: Localized(vi: "phân quyền", en: "roles"),
        usage: ["roles [list]", "roles set LOGIN administrator|clerk|reviewer|viewer|unitOfficer [--unit UNIT] [--clusters A,B] [--may-override]",
                "roles remove LOGIN", "roles others viewer|refuse"],
        about: [Localized(vi: "Phân quyền theo tài khoản đăng nhập (chỉ quản trị viên thay đổi). Người chấm điểm gắn với đơn vị và cụm.",
                          en: "Roles by login (only an administrator changes them). A reviewer is tied to a unit and clusters."),
                Localized(vi: "unitOfficer: cán bộ TĐKT của đơn vị --unit, đăng ký thi đua, lập và gửi đề nghị cho cá nhân, tập thể của đơn vị và các đơn vị trực thuộc. --may-override: cán bộ được cho vượt điều kiện khen thưởng (ghi lý do).",
                          en: "unitOfficer: the TĐKT officer of unit --unit, who registers titles and prepares and submits proposals for the people and collectives of the unit and the units under it. --may-override: a clerk who may override an eligibility not met (with a reason)."),
                Localized(vi: "others: tài khoản chưa được cấp quyền được xem (viewer) hay bị từ chối (refuse); với máy chủ của cơ quan nên chọn refuse.",
                          en: "others: whether logins without a role may read (viewer) or are refused (refuse); on an office server choose refuse.")],
        options: [OptionSpec("--unit", "UNIT", "đơn vị của người chấm điểm, của cán bộ TĐKT đơn vị", "the reviewer's or unit officer's unit", only: ["set"]),
                  OptionSpec("--may-override", nil, "được vượt điều kiện khen thưởng, có ghi lý do", "may override eligibility, with a reason", only: ["set"]),
                  OptionSpec("--clusters", "A,B", "các cụm, khối người chấm điểm chấm", "the clusters the reviewer scores", only: ["set"])],
        run: run)
}
