import Foundation
import TDKTCore
import TDKTText

/// `tdkt clusters import|show|copy-year|retire`: clusters and blocks with their members, leaders
/// and deputies per year, through the Workspace operations the screens use.
enum ClustersCommand {
    static let usage = "tdkt clusters import FILE.csv | show CLUSTER | copy-year CLUSTER YEAR | retire CLUSTER LAST-YEAR"

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: words.first { !$0.hasPrefix("-") })
        let sub = args.positional.first ?? ""
        switch sub {
        case "import":
            try args.expectPositional(max: 2, usage: "tdkt clusters import FILE.csv")
            guard args.positional.count == 2 else { throw UsageError(vi: "thiếu tệp; tdkt clusters import FILE.csv", en: "missing FILE; tdkt clusters import FILE.csv") }
            let path = args.positional[1]
            let ws = try ctx.workspace()
            let r = try ws.importClusters(csv: try ScoresSetupCommands.readText(path), file: path)
            ctx.say("Đã nhập \(r.rows) dòng: tạo \(r.created.count) cụm, khối (\(r.created.joined(separator: ", "))), cập nhật \(r.updated.count).",
                    "Imported \(r.rows) rows: created \(r.created.count) clusters or blocks (\(r.created.joined(separator: ", "))), updated \(r.updated.count).")
            return 0
        case "show":
            try args.expectPositional(max: 2, usage: "tdkt clusters show CLUSTER")
            guard args.positional.count == 2 else { throw UsageError(usage) }
            let ws = try ctx.workspace()
            guard let c = ws.clusters[args.positional[1]]?.value else { throw StoreError.notFound(path: "clusters/\(args.positional[1]).json") }
            let en = ctx.language == .en
            ctx.output.line("\(c.name) (\(c.id)) — \(c.kind.label.text(ctx.language)) — \(c.organiser)")
            if let r = c.retiredAfter { ctx.say("Giải thể sau năm \(r)", "Retired after \(r)") }
            for y in c.years {
                let members = c.members(in: y.year).map { ws.units[$0]?.value.name ?? $0 }.joined(separator: ", ")
                ctx.output.line("  \(y.year): " + (en ? "leader" : "cụm trưởng") + " \(y.leaderId ?? "-"), " + (en ? "deputy" : "cụm phó")
                                + " \(y.deputyId ?? "-")" + (y.agreementReference.map { "; \($0)" } ?? ""))
                ctx.output.line("    \(members)")
            }
            let next = (c.years.map(\.year).max() ?? 0) + 1
            if let p = c.proposedLeader(for: next) { ctx.say("Đề xuất cụm trưởng năm \(next): \(p)", "Proposed leader for \(next): \(p)") }
            return 0
        case "copy-year":
            try args.expectPositional(max: 3, usage: "tdkt clusters copy-year CLUSTER YEAR")
            guard args.positional.count == 3, let year = Int(args.positional[2]) else { throw UsageError(usage) }
            let ws = try ctx.workspace()
            guard let stored = ws.clusters[args.positional[1]] else { throw StoreError.notFound(path: "clusters/\(args.positional[1]).json") }
            let saved = try ws.copyClusterYear(stored.value.id, to: year, basedOn: stored.revision)
            let y = saved.value.year(year)
            ctx.say("Đã chép sang năm \(year): cụm trưởng đề xuất \(y?.leaderId ?? "-"), cụm phó \(y?.deputyId ?? "-").",
                    "Copied to \(year): proposed leader \(y?.leaderId ?? "-"), deputy \(y?.deputyId ?? "-").")
            return 0
        case "retire":
            try args.expectPositional(max: 3, usage: "tdkt clusters retire CLUSTER LAST-YEAR")
            guard args.positional.count == 3, let year = Int(args.positional[2]) else { throw UsageError(usage) }
            let ws = try ctx.workspace()
            guard let stored = ws.clusters[args.positional[1]] else { throw StoreError.notFound(path: "clusters/\(args.positional[1]).json") }
            try ws.retireCluster(stored.value.id, after: year, basedOn: stored.revision)
            ctx.say("Đã giải thể \(stored.value.id) sau năm \(year).", "Retired \(stored.value.id) after \(year).")
            return 0
        default:
            throw UsageError(vi: "tdkt clusters: \'\(sub)\' không hợp lệ; \(usage)", en: "tdkt clusters: unknown \'\(sub)\'; \(usage)")
        }
    }
}

extension ClustersCommand {
    static let spec = CommandSpec(
        name: "clusters", summary: Localized(vi: "cụm, khối thi đua", en: "clusters and blocks"),
        usage: ["clusters import FILE.csv", "clusters show CLUSTER", "clusters copy-year CLUSTER YEAR", "clusters retire CLUSTER LAST-YEAR"],
        about: [Localized(vi: "import: mỗi dòng một thành viên: cụm, loại (cụm|khối), năm, đơn vị (mã hoặc tên), vai trò (cụm trưởng|cụm phó|thành viên); tùy chọn: tên cụm, cơ quan tổ chức, giao ước (số văn bản), thứ tự luân phiên (1, 2…). Kiểm tra hết trước khi ghi.",
                          en: "import: one row per member: cluster, kind (cluster|block), year, unit (id or name), role (leader|deputy|member); optional: cluster name, organiser, agreement (document), rotation (1, 2…). Everything is checked before anything is written."),
                Localized(vi: "show: thành viên, cụm trưởng, cụm phó từng năm, cụm trưởng đề xuất năm sau theo luân phiên; copy-year: chép năm trước với cụm trưởng đề xuất; retire: giải thể sau một năm.",
                          en: "show: members, leader and deputy per year, the leader the rotation proposes next; copy-year: copies last year with that leader; retire: ends the cluster after a year.")],
        options: [],
        run: run)
}
