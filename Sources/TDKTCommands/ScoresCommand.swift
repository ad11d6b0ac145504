import Foundation
import TDKTCore
import TDKTText

/// `tdkt scores list|show|result|close|propose|export|import`: a cluster's scoring round on the
/// command line, through the same Workspace operations as the screens.
enum ScoresCommand {
    static let usage = "tdkt scores list|show|table|open|sheets|target|result|fact|exclude|close|explanations|explain|revise|finalize|ballot|propose|export|import (tdkt scores --help)"

    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec, subcommand: words.first { !$0.hasPrefix("-") } ?? "list")
        let sub = args.positional.first ?? "list"
        switch sub {
        case "list": return try list(ctx, args)
        case "show": return try show(ctx, args)
        case "result": return try result(ctx, args)
        case "close": return try close(ctx, args)
        case "explanations": return try openExplanations(ctx, args)
        case "explain": return try explain(ctx, args)
        case "finalize": return try finalize(ctx, args)
        case "propose": return try propose(ctx, args)
        case "export": return try export(ctx, args)
        case "import": return try importFile(ctx, args)
        case "table": return try ScoresSetupCommands.table(ctx, args)
        case "open": return try ScoresSetupCommands.open(ctx, args)
        case "sheets": return try ScoresSetupCommands.sheets(ctx, args)
        case "ballot": return try ScoresSetupCommands.ballot(ctx, args)
        case "fact": return try ScoresSetupCommands.fact(ctx, args)
        case "exclude": return try ScoresSetupCommands.exclude(ctx, args)
        case "revise": return try ScoresSetupCommands.revise(ctx, args)
        case "target": return try ScoresSetupCommands.target(ctx, args)
        default: throw UsageError(vi: "tdkt scores: \'\(sub)\' không hợp lệ; \(usage)", en: "tdkt scores: unknown \'\(sub)\'; \(usage)")
        }
    }

    // MARK: Arguments

    /// CLUSTER YEAR after the subcommand.
    static func roundArguments(_ args: Arguments, _ sub: String, extra: String = "") throws -> (String, Int) {
        let u = "tdkt scores \(sub) CLUSTER YEAR\(extra)"
        try args.expectPositional(max: 3, usage: u)
        guard args.positional.count == 3 else { throw UsageError(vi: "thiếu cụm hoặc năm; \(u)", en: "missing cluster or year; \(u)") }
        guard let year = Int(args.positional[2]), (1945...2100).contains(year) else {
            throw UsageError(vi: "năm không hợp lệ \'\(args.positional[2])\'; \(u)", en: "invalid year \'\(args.positional[2])\'; \(u)")
        }
        return (args.positional[1], year)
    }

    static func lang(_ ctx: CommandContext) -> String { ctx.language.rawValue }

    static func points(_ r: Rational?, _ table: CriteriaTable, _ ctx: CommandContext) -> String {
        ScoringText.points(r, table, language: lang(ctx))
    }

    static func ticks(_ t: Int?, _ table: CriteriaTable, _ ctx: CommandContext) -> String {
        ScoringText.ticks(t, table, language: lang(ctx))
    }

    static func ratio(_ d: Double?, _ ctx: CommandContext) -> String {
        ScoringText.ratio(d, language: lang(ctx))
    }

    static func name(_ ws: Workspace, _ id: String) -> String { ws.units[id]?.value.name ?? id }

    // MARK: list

    static func list(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        try args.expectPositional(max: 1, usage: "tdkt scores list [--year Y]")
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let ws = try ctx.workspace()
        let rows = ws.scoringRounds(year: try args.int("--year")).map { s in
            [s.clusterId, ws.clusters[s.clusterId]?.value.name ?? s.clusterId, String(s.year), s.state.label(lang(ctx)),
             String(s.members), "\(s.completeSheets)/\(s.expectedSheets)"]
        }
        try TableOutput.emit(TextTable(vi: ["cụm, khối", "tên", "năm", "trạng thái", "thành viên", "phiếu đã chấm"],
                                       en: ["cluster", "name", "year", "state", "members", "sheets done"],
                                       language: ctx.language, rows: rows, numeric: [2, 4, 5]), format: format, args: args, ctx: ctx)
        return 0
    }

    // MARK: show

    static func show(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "show")
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: clusterId, year: year)
        let en = ctx.language == .en
        let c = view.configuration, table = view.table
        let out = ctx.output
        out.line("\(ws.clusters[clusterId]?.value.name ?? clusterId) — \(year)")
        out.line((en ? "Round: " : "Đợt chấm: ") + "\(c.roundId) — \(view.state.label(lang(ctx))) (rev. \(view.revision))")
        out.line(table.title)
        let policy: String
        switch c.raters {
        case .allPeers: policy = en ? "every member scores every other member" : "các đơn vị chấm chéo lẫn nhau"
        case let .leaderOnly(l, chk): policy = (en ? "the leader scores: " : "cụm trưởng chấm: ") + l + (chk.map { " (+\($0))" } ?? "")
        case let .panel(ids): policy = (en ? "panel: " : "tổ chấm: ") + ids.joined(separator: ", ")
        }
        let method: String
        switch c.aggregation {
        case .trimmedMean: method = en ? "trimmed mean (highest and lowest sheets dropped)" : "trung bình sau khi bỏ phiếu cao nhất, thấp nhất"
        case .plainMean: method = en ? "mean of all sheets" : "trung bình cộng các phiếu"
        case .offsetRemovalThenTrim: method = en ? "rater offsets removed, then trimmed mean" : "loại độ lệch người chấm rồi bỏ phiếu cao, thấp"
        }
        out.line((en ? "Raters: " : "Người chấm: ") + policy)
        out.line((en ? "Aggregate: " : "Cách tính: ") + method)
        out.line()
        out.line(en ? "Criteria" : "Bảng tiêu chí")
        var crit: [[String]] = []
        for g in table.groups {
            crit.append([g.id, g.name, ticks(g.maximum, table, ctx), ""])
            for k in g.criteria { crit.append(["  " + k.id, k.name, ticks(k.maximum, table, ctx), ticks(k.step, table, ctx)]) }
        }
        crit.append(["", en ? "Total" : "Tổng cộng", ticks(table.maximumTotal, table, ctx), ""])
        out.write(TextTable(vi: ["mã", "tiêu chí", "tối đa", "bước"], en: ["id", "criterion", "maximum", "step"],
                            language: ctx.language, rows: crit, numeric: [2, 3]).text(maxColumnWidth: 70))
        out.line()
        let allowed = ws.scoringActions(for: view, clusterId: clusterId, year: year)
        var may: [String] = []
        if allowed.crossScore { may.append(en ? "score the others" : "chấm chéo") }
        if allowed.selfScore { may.append(en ? "self-score" : "tự chấm") }
        if allowed.explain { may.append(en ? "explain" : "giải trình") }
        if allowed.seeResult { may.append(en ? "see the result" : "xem kết quả") }
        if allowed.runRound { may.append(en ? "run the round (close, facts, ballot, finalize)" : "điều hành đợt chấm (khóa, điểm cộng/trừ, biểu quyết, chốt)") }
        out.line((en ? "You may: " : "Bạn có thể: ") + (may.isEmpty ? "—" : may.joined(separator: ", ")))
        out.line()
        if allowed.seeProgress {
            printProgress(view, ctx)
        }
        // Sheets: the viewer's own until close, every sheet from close on.
        let own = view.crossSheets.filter { $0.raterId == view.viewerId }
        let others = view.crossSheets.filter { $0.raterId != view.viewerId }
        if !view.ratees.isEmpty {
            out.line((en ? "Your sheets (as " : "Phiếu của bạn (đơn vị ") + view.viewerId + ")")
            out.write(sheetTable(view.ratees.map { view.ownSheet(for: $0) }, table, ctx, rateeFirst: true).text())
            out.line()
        } else if own.isEmpty && view.state == .open {
            out.line(en ? "You are not a rater of this round." : "Bạn không phải người chấm của đợt này.")
            out.line()
        }
        if view.state == .configuring || view.state == .open {
            out.line(en ? "Other raters' sheets are shown after cross-scoring is closed."
                        : "Phiếu của các đơn vị khác chỉ hiện sau khi khóa chấm chéo.")
        } else if !others.isEmpty {
            out.line(en ? "All sheets" : "Tất cả phiếu chấm")
            out.write(sheetTable(others, table, ctx, rateeFirst: true).text())
        }
        if !view.selfSheets.isEmpty {
            out.line()
            out.line(en ? "Self-scores (claims, not counted)" : "Điểm tự chấm (để đối chiếu, không tính vào kết quả)")
            let ids = table.criteria.map(\.id)
            let srows = view.selfSheets.map { s in
                [s.unitId] + ids.map { ticks(s.cells[$0]?.value, table, ctx) } + [ticks(s.total(in: table), table, ctx)]
            }
            out.write(TextTable(headers: [en ? "unit" : "đơn vị"] + ids + [en ? "total" : "tổng"], rows: srows,
                                numeric: Set(1...(ids.count + 1))).text())
        }
        return 0
    }

    /// Who has scored whom, without values.
    static func printProgress(_ view: ScoringView, _ ctx: CommandContext) {
        let en = ctx.language == .en, out = ctx.output
        out.line(en ? "Progress (✓ complete, … partial, · missing, — not expected)" : "Tiến độ chấm (✓ đủ, … chưa đủ, · chưa chấm, — không chấm)")
        let p = view.progress
        let rows = p.raters.map { r -> [String] in
            let n = p.count(rater: r)
            return [r] + p.units.map { p.cell(rater: r, unit: $0).mark } + ["\(n.complete)/\(n.expected)"]
        }
        out.write(TextTable(headers: [en ? "rater \\ unit" : "người chấm \\ đơn vị"] + p.units + [en ? "done" : "xong"],
                            rows: rows, numeric: [p.units.count + 1]).text())
        out.line((en ? "Complete sheets: " : "Phiếu đã chấm đủ: ") + "\(p.completeCount)/\(p.expectedCount)")
        out.line()
    }

    static func sheetTable(_ sheets: [CrossScoreSheet], _ table: CriteriaTable, _ ctx: CommandContext, rateeFirst: Bool) -> TextTable {
        let ids = table.criteria.map(\.id)
        let en = ctx.language == .en
        let rows = sheets.map { s in
            [s.rateeId, s.raterId] + ids.map { s.cells[$0].map { table.format($0, language: lang(ctx)) } ?? "·" }
                + [s.total(in: table).map { table.format($0, language: lang(ctx)) } ?? (en ? "incomplete" : "chưa đủ")]
        }
        return TextTable(headers: [en ? "unit" : "đơn vị", en ? "rater" : "người chấm"] + ids + [en ? "total" : "tổng"],
                         rows: rows, numeric: Set(2...(ids.count + 2)))
    }

    // MARK: result

    static func result(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "result", extra: " [--format text|csv|json|xlsx --out FILE]")
        let format = try args.choice("--format", TableOutput.formats, default: "text")
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: clusterId, year: year)
        let r = try ws.scoringResult(clusterId: clusterId, year: year)
        let table = view.table
        let en = ctx.language == .en
        let l = lang(ctx)

        func status(_ u: UnitResult) -> String { ScoringText.status(u, language: l) }
        func dropped(_ u: UnitResult) -> String { ScoringText.dropped(u, table, language: l) }
        func caps(_ u: UnitResult) -> String { ScoringText.caps(u, table, language: l) }
        func ties(_ u: UnitResult) -> String { ScoringText.ties(u, in: r, language: l) }
        func flags(_ u: UnitResult) -> String {
            r.flags(involving: u.unitId).map(\.kind.rawValue).joined(separator: ", ")
        }

        if format == "csv" || format == "json" {
            let names = Dictionary(uniqueKeysWithValues: r.units.map { ($0.unitId, name(ws, $0.unitId)) })
            if format == "json" {
                ctx.output.write(String(decoding: ScoringExport.resultJSON(r, table: table, names: names), as: UTF8.self) + "\n")
            } else {
                ctx.output.write(TextTable(headers: ScoringExport.resultHeaders(table), rows: ScoringExport.resultRows(r, table: table, names: names)).render("csv"))
            }
            return 0
        }
        if format != "text" {
            var headers = ["rank", "unit", "name", "status", "sheets", "kept", "aggregate", "bonus claimed", "bonus applied",
                           "penalty", "final", "self total", "dropped", "caps", "tie-break", "flags"]
            for c in table.criteria { headers += ["\(c.id) mean", "\(c.id) min", "\(c.id) max"] }
            let rows = r.units.map { u -> [String] in
                var row = [u.rank.map(String.init) ?? "", u.unitId, name(ws, u.unitId), status(u), String(u.sheets.count), String(u.keptCount),
                           points(u.aggregate, table, ctx), ticks(u.bonusClaimed, table, ctx), ticks(u.bonusApplied, table, ctx),
                           ticks(u.penalty, table, ctx), points(u.finalScore, table, ctx), ticks(u.selfTotal, table, ctx),
                           dropped(u), caps(u), ties(u), flags(u)]
                for c in table.criteria {
                    if let s = u.criteria.first(where: { $0.criterionId == c.id }) {
                        row += [points(s.mean, table, ctx), ticks(s.minimum, table, ctx), ticks(s.maximum, table, ctx)]
                    } else {
                        row += ["", "", ""]
                    }
                }
                return row
            }
            // Rank, counts, points and the per-criterion figures are numbers in a workbook.
            let numeric = Set([0, 4, 5, 6, 7, 8, 9, 10, 11] + Array(16..<headers.count))
            try TableOutput.emit(TextTable(headers: headers, rows: rows, numeric: numeric), format: format, args: args, ctx: ctx,
                                 sheetName: clusterId)
            return 0
        }

        let out = ctx.output
        out.line("\(ws.clusters[clusterId]?.value.name ?? clusterId) — \(year) — \(view.state.label(l))")
        if view.state != .final {
            out.line(ScoringText.provisionalBanner(language: l))
        }
        out.line()
        let main = r.units.map { u in
            [u.rank.map(String.init) ?? "-", u.unitId, name(ws, u.unitId), "\(u.keptCount)/\(u.sheets.count)",
             points(u.aggregate, table, ctx), ticks(u.bonusApplied, table, ctx), ticks(u.penalty, table, ctx),
             points(u.finalScore, table, ctx), ticks(u.selfTotal, table, ctx), status(u)]
        }
        out.write(TextTable(vi: ["hạng", "mã", "đơn vị", "phiếu tính", "chấm chéo", "cộng", "trừ", "tổng điểm", "tự chấm", "ghi chú"],
                            en: ["rank", "id", "unit", "sheets kept", "cross score", "bonus", "penalty", "final", "self", "note"],
                            language: ctx.language, rows: main, numeric: [0, 3, 4, 5, 6, 7, 8]).text(maxColumnWidth: 40))
        out.line()
        out.line(en ? "Dropped sheets" : "Phiếu bị loại khi tính trung bình")
        for u in r.units { let d = dropped(u); if !d.isEmpty { out.line("  \(u.unitId): \(d)") } }
        let fallbacks = r.units.filter { $0.aggregateBasis?.isFallback == true }.map(\.unitId)
        if let basis = r.units.first(where: { $0.aggregateBasis?.isFallback == true })?.aggregateBasis {
            out.line(en ? "Too few sheets to trim for \(fallbacks.joined(separator: ", ")): \(basis.label(language: l))"
                        : "Quá ít phiếu để bỏ cao, thấp ở \(fallbacks.joined(separator: ", ")): \(basis.label(language: l))")
        }
        let capped = r.units.filter { !$0.caps.isEmpty }
        let withFacts = r.units.filter { $0.bonusClaimed > 0 || $0.penalty > 0 }
        if !withFacts.isEmpty {
            out.line()
            out.line(en ? "Bonus and penalty" : "Điểm cộng, điểm trừ")
            for u in withFacts {
                var line = "  \(u.unitId): " + (en ? "bonus \(ticks(u.bonusClaimed, table, ctx)) claimed, \(ticks(u.bonusApplied, table, ctx)) applied; penalty \(ticks(u.penalty, table, ctx))"
                                                   : "cộng \(ticks(u.bonusClaimed, table, ctx)) (tính \(ticks(u.bonusApplied, table, ctx))); trừ \(ticks(u.penalty, table, ctx))")
                if capped.contains(where: { $0.unitId == u.unitId }) { line += " — " + caps(u) }
                out.line(line)
            }
        }
        let tieNotes = r.units.map { ($0.unitId, ties($0)) }.filter { !$0.1.isEmpty }
        if !tieNotes.isEmpty {
            out.line()
            out.line(en ? "Ties" : "Xử lý bằng điểm")
            for (u, n) in tieNotes { out.line("  \(u): \(n)") }
        }
        out.line()
        out.line(en ? "Per criterion (kept sheets)" : "Theo tiêu chí (các phiếu được tính)")
        var crit: [[String]] = []
        for u in r.units where !u.criteria.isEmpty {
            for s in u.criteria {
                crit.append([u.unitId, s.criterionId, ticks(table.criterion(id: s.criterionId)?.maximum, table, ctx),
                             points(s.mean, table, ctx), ticks(s.minimum, table, ctx), ticks(s.maximum, table, ctx), ticks(s.selfValue, table, ctx)])
            }
        }
        out.write(TextTable(vi: ["đơn vị", "tiêu chí", "tối đa", "trung bình", "thấp nhất", "cao nhất", "tự chấm"],
                            en: ["unit", "criterion", "maximum", "mean", "lowest", "highest", "self"],
                            language: ctx.language, rows: crit, numeric: [2, 3, 4, 5, 6]).text())
        if !r.incompleteRaters.isEmpty {
            out.line()
            out.line(en ? "Sheets not complete" : "Phiếu chưa chấm đủ")
            for (rater, units) in r.incompleteRaters.sorted(by: { $0.key < $1.key }) {
                out.line("  \(rater) → \(units.joined(separator: ", "))")
            }
        }
        if !r.flags.isEmpty {
            out.line()
            out.line(en ? "Flags for the council (scores unchanged)" : "Cảnh báo để Hội đồng xem xét (không làm thay đổi điểm)")
            for f in r.flags { out.line("  " + f.message(language: l, decimals: table.decimals)) }
        }
        out.line()
        let a = r.agreement
        out.line(en ? "Agreement between raters" : "Mức đồng thuận giữa các đơn vị chấm")
        out.line("  Krippendorff α (\(en ? "totals" : "tổng điểm")): \(ratio(a.alphaTotal, ctx))")
        for g in a.alphaByGroup { out.line("  α \(g.groupId): \(ratio(g.alpha, ctx))") }
        out.line("  \(en ? "reliability of the mean" : "độ tin cậy của điểm trung bình"): \(ratio(a.reliabilityOfMean, ctx))"
                 + " (\(ratio(a.meanSheetsPerUnit, ctx)) \(en ? "sheets per unit" : "phiếu/đơn vị"))")
        out.line("  Kendall W: \(ratio(a.kendallW, ctx))")
        if a.caution {
            out.line("  " + ScoringText.smallClusterCaution(language: l))
        }
        return 0
    }

    // MARK: close

    static func close(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "close")
        let ws = try ctx.workspace()
        let view = try ws.scoringView(clusterId: clusterId, year: year)
        try ws.closeScoring(clusterId: clusterId, year: year, basedOn: view.revision)
        let p = view.progress
        ctx.say("Đã khóa chấm chéo \(clusterId) năm \(year) (\(p.completeCount)/\(p.expectedCount) phiếu đủ).",
                "Closed cross-scoring of \(clusterId) \(year) (\(p.completeCount)/\(p.expectedCount) complete sheets).")
        return 0
    }

    // MARK: propose

    static func propose(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "propose", extra: " [--ballot FOR/MEMBERS]")
        var votes: (Int, Int)?
        if let b = args.value("--ballot") {
            let parts = b.split(separator: "/").map { Int($0) }
            guard parts.count == 2, let f = parts[0], let m = parts[1], m > 0, f >= 0, f <= m else {
                throw UsageError(vi: "--ballot: \'\(b)\' phải có dạng SỐ-ĐỒNG-Ý/SỐ-THÀNH-VIÊN, vd. 5/6", en: "--ballot: \'\(b)\' must be FOR/MEMBERS, e.g. 5/6")
            }
            votes = (f, m)
        }
        let ws = try ctx.workspace()
        try ws.authorize(.editProposals)
        let ballot = try votes.map { v -> BallotResult in
            let leader = try ws.scoringResult(clusterId: clusterId, year: year).ranking.first ?? ""
            return BallotResult(unitId: leader, votesFor: v.0, votesAgainst: 0, members: v.1)
        }
        let outcome = try ws.proposeFromScoring(clusterId: clusterId, year: year, ballot: ballot)
        let table = try ws.scoringView(clusterId: clusterId, year: year).table
        let en = ctx.language == .en
        let rows = outcome.drafts.map { d -> [String] in
            let id = outcome.proposals.first { $0.value.nominee.id == d.unitId && $0.value.awardCode == d.awardCode }?.value.id
            return [id ?? (en ? "(alternate, not saved)" : "(dự bị, không lưu)"), d.unitId, d.awardCode, String(d.rank),
                    points(d.finalScore, table, ctx),
                    d.reviewReasons.map { $0.message(language: lang(ctx), decimals: table.decimals) }.joined(separator: "; ")]
        }
        ctx.output.write(TextTable(vi: ["đề nghị", "đơn vị", "khen thưởng", "hạng", "điểm", "cần Hội đồng xem xét"],
                                   en: ["proposal", "unit", "award", "rank", "score", "council review"],
                                   language: ctx.language, rows: rows, numeric: [3, 4]).text(maxColumnWidth: 70))
        ctx.say("Đã tạo \(outcome.proposals.count) đề nghị ở trạng thái nháp.", "Created \(outcome.proposals.count) draft proposals.")
        return 0
    }

    // MARK: export / import

    static func export(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        let (clusterId, year) = try roundArguments(args, "export", extra: " --rater UNIT --out FILE")
        guard let out = args.value("--out"), !out.isEmpty else { throw UsageError(vi: "thiếu --out TỆP", en: "missing --out FILE") }
        let ws = try ctx.workspace()
        let rater = args.value("--rater") ?? ws.scoringIdentity
        let data = try ws.exportScoreSheets(clusterId: clusterId, year: year, raterId: rater)
        // A file for the clerk: never through a link, never over an existing file without --force (ReportFile).
        do { try ReportFile.write(data, to: out, force: args.has("--force"), dataDirectory: ctx.root) } catch let e as ReportError { throw ReportCommand.usageError(e) }
        ctx.say("Đã xuất phiếu chấm trống của \(rater) ra \(out)", "Exported \(rater)'s blank sheets to \(out)")
        return 0
    }

    static func importFile(_ ctx: CommandContext, _ args: Arguments) throws -> Int32 {
        try args.expectPositional(max: 2, usage: "tdkt scores import FILE [--replace]")
        guard args.positional.count == 2 else { throw UsageError(vi: "thiếu tệp; tdkt scores import FILE [--replace]", en: "missing FILE; tdkt scores import FILE [--replace]") }
        let path = args.positional[1]
        let data = try ImportFile.bytes(path)
        let ws = try ctx.workspace()
        let (report, _) = try ws.importScoreSheets(data, replace: args.has("--replace"))
        let en = ctx.language == .en
        func list(_ ids: [String]) -> String { ids.isEmpty ? "-" : ids.joined(separator: ", ") }
        ctx.say("Đã lưu: \(list(report.saved))", "Saved: \(list(report.saved))")
        if !report.replaced.isEmpty {
            ctx.say("Đã thay (giá trị cũ giữ trong nhật ký): \(list(report.replaced))", "Replaced (old values kept in the log): \(list(report.replaced))")
        }
        ctx.say("Không đổi: \(list(report.unchanged))", "Unchanged: \(list(report.unchanged))")
        if !report.blank.isEmpty { ctx.say("Để trống (bỏ qua): \(list(report.blank))", "Blank (ignored): \(list(report.blank))") }
        guard !report.conflicts.isEmpty else { return 0 }
        let file = try SheetExchange.decode(data)
        let table = try ws.scoringView(clusterId: file.clusterId, year: file.year).table
        let rows = report.conflicts.flatMap { c in
            c.differingCriteria.map { k in [c.rateeId, k, ticks(c.saved.cells[k], table, ctx), ticks(c.imported.cells[k], table, ctx)] }
        }
        ctx.output.line(en ? "Conflicts: already saved with other values, NOT overwritten (--replace to replace):"
                           : "Xung đột: phiếu đã lưu với giá trị khác, KHÔNG ghi đè (--replace để thay):")
        ctx.output.write(TextTable(vi: ["đơn vị", "tiêu chí", "đã lưu", "trong tệp"], en: ["unit", "criterion", "saved", "in file"],
                                   language: ctx.language, rows: rows, numeric: [2, 3]).text())
        return 1
    }
}

extension ScoresCommand {
    static let spec = CommandSpec(
        name: "scores", summary: Localized(vi: "chấm điểm thi đua cụm, khối", en: "cluster scoring"),
        usage: ["scores [list] [--year Y]",
                "scores table import CLUSTER YEAR FILE.csv [--raters peers|leader]",
                "scores table copy CLUSTER FROM-YEAR TO-YEAR",
                "scores table show|export CLUSTER YEAR [--format text|csv]",
                "scores table reopen CLUSTER YEAR --reason TEXT",
                "scores open CLUSTER YEAR",
                "scores sheets import CLUSTER YEAR FILE.csv [--replace]",
                "scores sheets export CLUSTER YEAR",
                "scores target CLUSTER YEAR FILE.csv --criterion C",
                "scores show CLUSTER YEAR",
                "scores result CLUSTER YEAR [--format text|csv|json|xlsx --out FILE]",
                "scores fact CLUSTER YEAR --unit U --item ITEM --points P --document TEXT [--note TEXT]",
                "scores exclude CLUSTER YEAR --unit U --reason investigation|violation|other --note TEXT --document TEXT",
                "scores close CLUSTER YEAR",
                "scores explanations CLUSTER YEAR --deadline DD/MM/YYYY",
                "scores explain CLUSTER YEAR --unit U --criterion ID --text TEXT",
                "scores revise CLUSTER YEAR --rater R --unit U --criterion C --points P --explanation ID --reason TEXT",
                "scores finalize CLUSTER YEAR",
                "scores ballot CLUSTER YEAR --for N --members M [--against K] [--unit U] --document TEXT",
                "scores propose CLUSTER YEAR [--ballot FOR/MEMBERS]",
                "scores export CLUSTER YEAR [--rater UNIT] --out FILE",
                "scores import FILE [--replace]"],
        about: [Localized(vi: "table import: bảng chấm điểm từ CSV, cột: nhóm, mã, tiêu chí, điểm tối đa, bước điểm, loại (điểm | đạt/không đạt | chỉ tiêu | điểm cộng | điểm trừ), ưu tiên (x: nhóm xét khi bằng điểm); điểm tính bằng điểm (\"0,5\"); khóa khi có phiếu đầu tiên, reopen mở lại có ghi lý do; --raters leader: cụm trưởng chấm, cụm phó chấm cụm trưởng.",
                          en: "table import: the criteria table from CSV, columns: group, code, criterion, maximum, step, kind (points | pass/fail | target | bonus | penalty), priority (x: the tie-break group); values in points; frozen with the first sheet, reopen unfreezes it with a logged reason; --raters leader: the leader scores, its deputy scores the leader."),
                Localized(vi: "sheets import: phiếu chấm từ CSV, mỗi dòng một ô: đơn vị chấm, đơn vị được chấm, mã tiêu chí, điểm (mã hoặc tên đơn vị); tệp ghi phần mười thay cho điểm bị từ chối; phiếu đã lưu khác giá trị là xung đột (exit 1), --replace để thay (giá trị cũ giữ trong nhật ký).",
                          en: "sheets import: sheets from CSV, one row per cell: rater unit, rated unit, criterion code, points (ids or names); a file in tenths is refused; saved sheets that differ are conflicts (exit 1), --replace replaces them (old values kept in the log)."),
                Localized(vi: "target: tiêu chí theo chỉ tiêu, tính so với đơn vị cao nhất (cao nhất được điểm tối đa, đơn vị khác theo tỷ lệ, làm tròn xuống theo bước điểm) từ CSV: đơn vị, kết quả; ghi vào mọi phiếu.",
                          en: "target: a criterion against a target, scored relative to the best (the best gets the maximum, the others in proportion, rounded down to the step) from CSV: unit, result; written on every sheet."),
                Localized(vi: "show: cấu hình, bảng tiêu chí, tiến độ, phiếu của bạn; phiếu của đơn vị khác chỉ hiện sau khi khóa.",
                          en: "show: configuration, criteria, progress, your own sheets; others' sheets only after close."),
                Localized(vi: "result: điểm chấm chéo, theo tiêu chí, phiếu bị loại, điểm cộng/trừ, tổng, hạng, cảnh báo, độ đồng thuận; dưới 5 phiếu: trung vị (ghi rõ); csv|json: số chính xác; trước khi khóa chỉ cán bộ TĐKT xem được.",
                          en: "result: aggregate, per criterion, dropped sheets, bonus/penalty, final, rank, flags, agreement; under 5 sheets: the median (said); csv|json: exact numbers; before close only the office sees it."),
                Localized(vi: "fact, exclude, close, explanations, finalize, ballot: cán bộ TĐKT, hoặc cụm trưởng của năm nếu cấu hình cho phép (clusterLeaderRunsRound); ballot ghi kết quả bỏ phiếu suy tôn kèm biên bản, đề nghị Cờ mang theo.",
                          en: "fact, exclude, close, explanations, finalize, ballot: the office, or the year's cluster leader where the settings allow it (clusterLeaderRunsRound); ballot records the confirming ballot with its minutes, carried by the flag proposal."),
                Localized(vi: "revise: điều chỉnh một ô trong thời hạn giải trình, ghi nhật ký theo giải trình.",
                          en: "revise: changes a cell during the explanation period, logged against the explanation."),
                Localized(vi: "propose: tạo đề nghị khen thưởng (nháp) từ kết quả, dùng kết quả bỏ phiếu đã ghi; --ballot: nhập trực tiếp, vd. 5/6.",
                          en: "propose: creates draft award proposals from the result with the recorded ballot; --ballot: give it here, e.g. 5/6."),
                Localized(vi: "export, import: tệp trao đổi (điểm, tên đơn vị, đơn vị chấm, mã băm bảng chấm điểm); từ chối nếu bảng khác, người chấm không phải thành viên, tên không khớp, hoặc ghi phần mười; --replace thay phiếu đã lưu.",
                          en: "export, import: the exchange file (points, unit names, the rater's unit, the table's hash); refused if the table differs, the rater is not a member, a name differs or values are tenths; --replace replaces saved sheets.")],
        options: [OptionSpec("--year", "Y", "năm", "the year", only: ["list"]),
                  OptionSpec("--format", "text|csv|json|xlsx", "dạng đầu ra", "output format", only: ["result", "list", "table"]),
                  OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file", only: ["result", "list", "export"]),
                  OptionSpec("--raters", "peers|leader", "ai chấm", "who scores", only: ["table"]),
                  OptionSpec("--reason", "TEXT", "lý do", "the reason", only: ["table", "exclude", "revise"]),
                  OptionSpec("--replace", nil, "thay phiếu đã lưu", "replace saved sheets", only: ["sheets", "import"]),
                  OptionSpec("--deadline", "DD/MM/YYYY", "hạn giải trình", "the explanation deadline", only: ["explanations"]),
                  OptionSpec("--unit", "U", "đơn vị", "the unit", only: ["explain", "fact", "exclude", "revise", "ballot"]),
                  OptionSpec("--criterion", "ID", "tiêu chí", "the criterion", only: ["explain", "revise", "target"]),
                  OptionSpec("--text", "TEXT", "nội dung giải trình", "the explanation", only: ["explain"]),
                  OptionSpec("--rater", "UNIT", "đơn vị chấm", "the rating unit", only: ["export", "revise"]),
                  OptionSpec("--points", "P", "số điểm", "points", only: ["fact", "revise"]),
                  OptionSpec("--explanation", "ID", "giải trình", "the explanation", only: ["revise"]),
                  OptionSpec("--item", "ITEM", "khoản cộng/trừ", "the bonus or penalty item", only: ["fact"]),
                  OptionSpec("--id", "ID", "mã", "the identifier", only: ["fact"]),
                  OptionSpec("--note", "TEXT", "ghi chú", "a note", only: ["fact", "exclude"]),
                  OptionSpec("--document", "TEXT", "văn bản căn cứ, biên bản", "the document, the minutes", only: ["fact", "exclude", "ballot"]),
                  OptionSpec("--for", "N", "phiếu đồng ý", "votes for", only: ["ballot"]),
                  OptionSpec("--against", "K", "phiếu không đồng ý", "votes against", only: ["ballot"]),
                  OptionSpec("--members", "M", "số thành viên bỏ phiếu", "members voting", only: ["ballot"]),
                  OptionSpec("--ballot", "FOR/MEMBERS", "kết quả bỏ phiếu suy tôn", "the confirming ballot", only: ["propose"]),
                  OptionSpec("--out", "FILE", "tệp ghi ra", "the file to write", only: ["export", "result", "list"])],
        run: run)
}
