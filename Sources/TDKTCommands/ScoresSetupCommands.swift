import Foundation
import TDKTCore
import TDKTText

/// Setting up and running a round on the command line: the criteria table (import, copy, show),
/// opening, the sheets table (import, export), bonus/penalty facts, exclusions and the ballot —
/// each through the Workspace operation the screens use.
enum ScoresSetupCommands {
    static func readText(_ path: String) throws -> String {
        let data = try ImportFile.bytes(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportProblem(file: path, line: nil, reason: Localized(vi: "tệp không phải UTF-8", en: "the file is not UTF-8"))
        }
        return text
    }

    /// SUB CLUSTER YEAR [FILE] after "scores".
    static func roundAndFile(_ args: Arguments, _ usage: String, file: Bool) throws -> (String, Int, String?) {
        let want = file ? 5 : 4
        try args.expectPositional(max: want, usage: usage)
        guard args.positional.count == want else { throw UsageError(vi: "thiếu tham số; \(usage)", en: "missing arguments; \(usage)") }
        guard let year = Int(args.positional[3]), (1945...2100).contains(year) else {
            throw UsageError(vi: "năm không hợp lệ \'\(args.positional[3])\'; \(usage)", en: "invalid year \'\(args.positional[3])\'; \(usage)")
        }
        return (args.positional[2], year, file ? args.positional[4] : nil)
    }

    // MARK: table

    static func table(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let action = args.positional.count > 1 ? args.positional[1] : ""
        switch action {
        case "import":
            let (cluster, year, path) = try roundAndFile(args, "tdkt scores table import CLUSTER YEAR FILE.csv [--raters peers|leader]", file: true)
            let ws = try ctx.workspace()
            let leader = try args.choice("--raters", ["peers", "leader"], default: "peers") == "leader"
            let stored = try ws.importCriteriaTable(csv: try readText(path!), file: path!, clusterId: cluster, year: year, leaderScores: leader)
            let c = stored.value.configuration
            ctx.say("Đã nhập bảng chấm điểm \(cluster) năm \(year): \(c.table.criteria.count) tiêu chí trong \(c.table.groups.count) nhóm, tối đa \(c.table.format(c.table.maximumTotal)) điểm; \(c.bonusItems.count) khoản cộng, \(c.penaltyItems.count) khoản trừ. Trạng thái: \(stored.value.state.label("vi")).",
                    "Imported the criteria table of \(cluster) \(year): \(c.table.criteria.count) criteria in \(c.table.groups.count) groups, \(c.table.format(c.table.maximumTotal, language: "en")) points at most; \(c.bonusItems.count) bonus and \(c.penaltyItems.count) penalty items. State: \(stored.value.state.label("en")).")
            return 0
        case "copy":
            let usage = "tdkt scores table copy CLUSTER FROM-YEAR TO-YEAR"
            try args.expectPositional(max: 5, usage: usage)
            guard args.positional.count == 5, let from = Int(args.positional[3]), let to = Int(args.positional[4]) else { throw UsageError(usage) }
            let ws = try ctx.workspace()
            let stored = try ws.copyCriteriaTable(clusterId: args.positional[2], from: from, to: to)
            ctx.say("Đã chép bảng chấm điểm năm \(from) sang năm \(to) (\(stored.value.configuration.table.criteria.count) tiêu chí).",
                    "Copied the \(from) criteria table to \(to) (\(stored.value.configuration.table.criteria.count) criteria).")
            return 0
        case "show", "export":
            let (cluster, year, _) = try roundAndFile(args, "tdkt scores table show CLUSTER YEAR [--format text|csv]", file: false)
            let format = try args.choice("--format", ["text", "csv"], default: action == "export" ? "csv" : "text")
            let ws = try ctx.workspace()
            let t = try ws.criteriaTable(clusterId: cluster, year: year)
            if format == "csv" { ctx.output.write(CriteriaTableImport.csv(t)); return 0 }
            let l = ctx.language.rawValue
            ctx.output.line(t.table.title)
            var rows: [[String]] = []
            for g in t.table.groups {
                rows.append([g.name + (g.id == t.table.priorityGroupId ? (l == "en" ? " (priority)" : " (ưu tiên)") : ""), "", t.table.format(g.maximum, language: l), "", ""])
                for c in g.criteria {
                    rows.append(["  " + c.id, c.name, t.table.format(c.maximum, language: l), t.table.format(c.step, language: l), (c.kind ?? .points).label(language: l)])
                }
            }
            for b in t.bonusItems { rows.append(["+ " + b.id, b.name, b.maximum.map { t.table.format($0, language: l) } ?? "-", "", l == "en" ? "bonus" : "điểm cộng"]) }
            for p in t.penaltyItems { rows.append(["− " + p.id, p.name, p.maximum.map { t.table.format($0, language: l) } ?? "-", "", l == "en" ? "penalty" : "điểm trừ"]) }
            ctx.output.write(TextTable(vi: ["mã", "tiêu chí", "tối đa", "bước", "loại"], en: ["code", "criterion", "maximum", "step", "kind"],
                                       language: ctx.language, rows: rows, numeric: [2, 3]).text(maxColumnWidth: 60))
            return 0
        case "reopen":
            let (cluster, year, _) = try roundAndFile(args, "tdkt scores table reopen CLUSTER YEAR --reason TEXT", file: false)
            guard let reason = args.value("--reason") else { throw UsageError(vi: "thiếu --reason TEXT", en: "missing --reason TEXT") }
            let ws = try ctx.workspace()
            let view = try ws.scoringView(clusterId: cluster, year: year)
            try ws.reopenScoringConfiguration(clusterId: cluster, year: year, reason: reason, basedOn: view.revision)
            ctx.say("Đã mở lại bảng chấm điểm để sửa (lý do ghi trong nhật ký); bảng khóa lại khi lưu phiếu tiếp theo.",
                    "Reopened the criteria table for changes (the reason is logged); it freezes again with the next sheet.")
            return 0
        default:
            throw UsageError("tdkt scores table import|copy|show|export|reopen ...")
        }
    }

    // MARK: open

    static func open(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (cluster, year) = try ScoresCommand.roundArguments(args, "open")
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: cluster, year: year)
        try ws.openPreparedScoringRound(clusterId: cluster, year: year, basedOn: view.revision)
        let n = view.configuration.members.count
        ctx.say("Đã mở chấm điểm \(cluster) năm \(year): \(n) đơn vị, \(view.progress.expectedCount) phiếu cần chấm. Bảng chấm điểm bị khóa từ phiếu đầu tiên.",
                "Opened scoring of \(cluster) \(year): \(n) units, \(view.progress.expectedCount) sheets expected. The criteria table freezes with the first sheet.")
        return 0
    }

    // MARK: sheets

    static func sheets(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let action = args.positional.count > 1 ? args.positional[1] : ""
        switch action {
        case "import":
            let (cluster, year, path) = try roundAndFile(args, "tdkt scores sheets import CLUSTER YEAR FILE.csv [--replace]", file: true)
            let ws = try ctx.workspace()
            let (report, saved) = try ws.importScoreSheetTable(csv: try readText(path!), file: path!, clusterId: cluster, year: year,
                                                               replace: args.has("--replace"))
            ctx.say("Đã lưu \(report.saved.count) phiếu mới, thay \(report.replaced.count), không đổi \(report.unchanged.count), xung đột \(report.conflicts.count).",
                    "Saved \(report.saved.count) new sheets, replaced \(report.replaced.count), unchanged \(report.unchanged.count), conflicts \(report.conflicts.count).")
            if let saved {
                let p = ScoringProgress(round: saved.value)
                ctx.say("Tiến độ: \(p.completeCount)/\(p.expectedCount) phiếu đủ.", "Progress: \(p.completeCount)/\(p.expectedCount) complete sheets.")
            }
            guard report.conflicts.isEmpty else {
                let table = try ws.scoringView(clusterId: cluster, year: year).table
                ctx.say("Xung đột (KHÔNG ghi đè, --replace để thay):", "Conflicts (NOT overwritten, --replace to replace):")
                for c in report.conflicts {
                    for k in c.differingCriteria {
                        ctx.output.line("  \(c.saved.raterId) → \(c.rateeId) \(k): \(table.format(c.saved.cells[k] ?? 0)) / \(c.imported.cells[k].map { table.format($0) } ?? "-")")
                    }
                }
                return 1
            }
            return 0
        case "export":
            let (cluster, year, _) = try roundAndFile(args, "tdkt scores sheets export CLUSTER YEAR", file: false)
            let ws = try ctx.workspace()
            let view = try ws.scoringView(clusterId: cluster, year: year)
            ctx.output.write(TextTable(headers: ["rater unit", "rated unit", "criterion code", "points"],
                                       rows: ScoringExport.sheetRows(view.crossSheets, table: view.table)).render("csv"))
            return 0
        default:
            throw UsageError("tdkt scores sheets import|export CLUSTER YEAR ...")
        }
    }

    // MARK: ballot, facts, exclusions

    static func ballot(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let usage = "tdkt scores ballot CLUSTER YEAR --for N --members M [--against K] [--unit U] --document TEXT"
        let (cluster, year) = try ScoresCommand.roundArguments(args, "ballot", extra: " --for N --members M --document TEXT")
        guard let votesFor = try args.int("--for"), let members = try args.int("--members") else { throw UsageError(usage) }
        guard let doc = args.value("--document") else { throw UsageError(vi: "thiếu --document; \(usage)", en: "missing --document; \(usage)") }
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: cluster, year: year)
        let unit = try args.value("--unit") ?? (ws.scoringResult(clusterId: cluster, year: year).ranking.first ?? "")
        let b = BallotResult(unitId: unit, votesFor: votesFor, votesAgainst: try args.int("--against") ?? 0, members: members)
        try ws.recordScoringBallot(b, documentReference: doc, clusterId: cluster, year: year, basedOn: view.revision)
        ctx.say("Đã ghi kết quả bỏ phiếu suy tôn \(unit): \(votesFor)/\(members) phiếu đồng ý (\(b.passed() ? "đạt" : "không đạt")).",
                "Recorded the confirming ballot for \(unit): \(votesFor)/\(members) for (\(b.passed() ? "passed" : "not passed")).")
        return 0
    }

    static func fact(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let usage = "tdkt scores fact CLUSTER YEAR --unit U --item ITEM --points P --document TEXT [--note TEXT]"
        let (cluster, year) = try ScoresCommand.roundArguments(args, "fact", extra: " --unit U --item ITEM --points P --document TEXT")
        guard let unit = args.value("--unit"), let item = args.value("--item"), let pts = args.value("--points"),
              let doc = args.value("--document") else { throw UsageError(usage) }
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: cluster, year: year)
        let c = view.configuration
        let kind: UnitFact.Kind
        if c.bonusItems.contains(where: { $0.id == item }) { kind = .bonus }
        else if c.penaltyItems.contains(where: { $0.id == item }) { kind = .penalty }
        else { throw UsageError(vi: "--item: \'\(item)\' không phải khoản cộng/trừ của đợt", en: "--item: \'\(item)\' is not a bonus or penalty item of the round") }
        guard let ticks = PointsFormat.parse(pts, decimals: c.table.decimals), ticks >= 0 else {
            throw UsageError(vi: "--points: \'\(pts)\' không hợp lệ", en: "--points: \'\(pts)\' is not valid")
        }
        let id = args.value("--id") ?? "\(unit)-\(item)-\(view.facts.count + 1)"
        try ws.addScoringFact(UnitFact(id: id, unitId: unit, kind: kind, itemId: item, points: ticks, documentReference: doc,
                                       note: args.value("--note") ?? ""), clusterId: cluster, year: year, basedOn: view.revision)
        ctx.say("Đã ghi \(kind == .bonus ? "điểm cộng" : "điểm trừ") \(pts) cho \(unit) (\(doc)).",
                "Recorded a \(kind == .bonus ? "bonus" : "penalty") of \(pts) for \(unit) (\(doc)).")
        return 0
    }

    static func exclude(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let usage = "tdkt scores exclude CLUSTER YEAR --unit U --reason investigation|violation|other --note TEXT --document TEXT"
        let (cluster, year) = try ScoresCommand.roundArguments(args, "exclude", extra: " --unit U --reason R --note TEXT --document TEXT")
        guard let unit = args.value("--unit"), let note = args.value("--note"), let doc = args.value("--document") else { throw UsageError(usage) }
        let reason: UnitExclusion.Reason
        switch try args.choice("--reason", ["investigation", "violation", "other"], default: "other") {
        case "investigation": reason = .underInvestigation
        case "violation": reason = .seriousViolation
        default: reason = .other
        }
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: cluster, year: year)
        try ws.excludeFromScoring(UnitExclusion(unitId: unit, reason: reason, note: note, documentReference: doc),
                                  clusterId: cluster, year: year, basedOn: view.revision)
        ctx.say("Đã loại \(unit) khỏi xếp hạng (\(doc)).", "Excluded \(unit) from the ranking (\(doc)).")
        return 0
    }

    // MARK: revise

    static func revise(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let usage = "tdkt scores revise CLUSTER YEAR --rater R --unit U --criterion C --points P --explanation ID --reason TEXT"
        let (cluster, year) = try ScoresCommand.roundArguments(args, "revise", extra: " --rater R --unit U --criterion C --points P --explanation ID --reason TEXT")
        guard let rater = args.value("--rater"), let unit = args.value("--unit"), let criterion = args.value("--criterion"),
              let pts = args.value("--points"), let explanation = args.value("--explanation"), let reason = args.value("--reason") else {
            throw UsageError(usage)
        }
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: cluster, year: year)
        let value = try view.parseCell(pts, criterionId: criterion)
        try ws.reviseScoreCell(clusterId: cluster, year: year, raterId: rater, rateeId: unit, criterionId: criterion, newValue: value,
                               explanationId: explanation, reason: reason, basedOn: view.revision)
        ctx.say("Đã điều chỉnh phiếu của \(rater) cho \(unit), tiêu chí \(criterion): \(pts) (theo giải trình \(explanation)).",
                "Revised \(rater)'s sheet for \(unit), criterion \(criterion): \(pts) (answering explanation \(explanation)).")
        return 0
    }

    // MARK: target

    static func target(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let usage = "tdkt scores target CLUSTER YEAR FILE.csv --criterion C"
        try args.expectPositional(max: 4, usage: usage)
        guard args.positional.count == 4, let year = Int(args.positional[2]), let criterion = args.value("--criterion") else { throw UsageError(usage) }
        let cluster = args.positional[1], path = args.positional[3]
        let ws = try ctx.workspace()
        let saved = try ws.applyTargetResults(csv: try readText(path), file: path, clusterId: cluster, year: year, criterionId: criterion)
        let table = saved.value.configuration.table
        ctx.say("Đã tính điểm tiêu chí \(criterion) theo đơn vị cao nhất và ghi vào mọi phiếu:", "Scored \(criterion) relative to the best and wrote it on every sheet:")
        for u in saved.value.configuration.members {
            let v = saved.value.crossSheets.first { $0.rateeId == u }?.cells[criterion]
            ctx.output.line("  \(u): \(v.map { table.format($0, language: ctx.language.rawValue) } ?? "-")")
        }
        return 0
    }
}
