import Foundation
import TDKTCore
import TDKTText

/// `tdkt audit [--since DATE] [--user LOGIN] [--record ID]`: the audit log, oldest first.
enum AuditCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: ["--since", "--user", "--record", "--format"], flags: [])
        try args.expectPositional(max: 0, usage: "tdkt audit [--since DATE] [--user LOGIN] [--record ID]")
        let format = try args.choice("--format", ["text", "csv", "json"], default: "text")
        let since = try args.value("--since").map { try CivilDate.parse($0, field: "--since").iso }
        let ws = try ctx.workspace()
        let entries = try ws.auditEntries(since: since, user: args.value("--user"), record: args.value("--record"))
        let table = TextTable(vi: ["thời gian", "người dùng", "thao tác", "bản ghi", "thay đổi"], en: ["time", "user", "action", "record", "changes"], language: ctx.language,
                              rows: entries.map { e in
                                  [e.time, e.user, e.action, e.record,
                                   (e.changes ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")]
                              })
        ctx.output.write(table.render(format))
        return 0
    }
}

/// `tdkt roles` lists the roles; `tdkt roles set LOGIN ROLE [--unit U] [--clusters A,B]`, `tdkt roles remove LOGIN`.
enum RolesCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: ["--unit", "--clusters"], flags: [])
        let ws = try ctx.workspace()
        switch args.positional.first {
        case nil, "list":
            let rows = ws.config.roles.sorted { $0.key < $1.key }.map { login, a in
                [login, a.role.label.text(ctx.language), a.unitId ?? "", a.clusterIds.joined(separator: ",")]
            }
            ctx.output.write(TextTable(vi: ["tài khoản", "vai trò", "đơn vị", "cụm, khối"], en: ["login", "role", "unit", "clusters"], language: ctx.language,
                                       rows: rows).text())
            ctx.say("Tài khoản khác: \(ws.config.unknownLogins == .viewer ? "chỉ xem" : "bị từ chối")",
                    "Other logins: \(ws.config.unknownLogins == .viewer ? "viewer" : "refused")")
        case "set":
            try args.expectPositional(max: 3, usage: "tdkt roles set LOGIN ROLE")
            guard args.positional.count == 3 else { throw UsageError("tdkt roles set LOGIN administrator|clerk|reviewer|viewer") }
            guard let role = Role(rawValue: args.positional[2]) else {
                throw UsageError("vai trò / role: administrator|clerk|reviewer|viewer")
            }
            let clusters = args.value("--clusters").map { $0.split(separator: ",").map(String.init) } ?? []
            try ws.setRole(RoleAssignment(role: role, unitId: args.value("--unit"), clusterIds: clusters), for: args.positional[1])
            ctx.say("Đã cấp vai trò \(role.label.vi) cho \(args.positional[1])", "\(args.positional[1]) is now \(role.label.en)")
        case "remove":
            guard args.positional.count == 2 else { throw UsageError("tdkt roles remove LOGIN") }
            try ws.setRole(nil, for: args.positional[1])
            ctx.say("Đã bỏ vai trò của \(args.positional[1])", "Removed the role of \(args.positional[1])")
        case let other?:
            throw UsageError("tdkt roles: '\(other)' không hợp lệ / unknown; list|set|remove")
        }
        return 0
    }
}
