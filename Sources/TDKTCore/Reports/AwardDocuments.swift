import Foundation
import TDKTText

/// The documents between a proposal and an award, built from the records: the tờ trình asking for awards,
/// the council's list (nominees, achievement, eligibility per condition, vote), the decision with its annex
/// (names, units, award, amount, total), and the award history of a person or unit.
public enum AwardDocuments {
    /// The unit a nominee belongs to, as a list prints it: a person's or household's unit; a unit's parent.
    static func unitName(of nominee: NomineeRef, in ws: Workspace) -> String {
        switch nominee.kind {
        case .person: ws.personLabel(nominee.id).flatMap { ws.units[$0.unitId]?.value.name } ?? ""
        case .household: ws.households[nominee.id].flatMap { ws.units[$0.value.unitId]?.value.name } ?? ""
        case .unit: ws.units[nominee.id]?.value.parentId.flatMap { ws.units[$0]?.value.name } ?? ""
        }
    }

    static func awardName(_ code: String, _ ws: Workspace) -> String { ws.catalogue?.value.award(code)?.name ?? code }

    /// "3 tập thể và 5 cá nhân"
    static func count(_ nominees: [NomineeRef]) -> String {
        let units = nominees.filter { $0.kind == .unit }.count, people = nominees.count - units
        return [units > 0 ? "\(units) tập thể" : nil, people > 0 ? "\(people) cá nhân" : nil].compactMap { $0 }.joined(separator: " và ")
    }

    /// The proposals a document lists: the ids given, else those of the year (and award) in the states asked for,
    /// collectives first, then by name.
    public static func select(_ book: ProposalBook, ids: [String], year: Int?, award: String?, states: Set<Proposal.State>) throws -> [Proposal] {
        let chosen: [Proposal]
        if !ids.isEmpty {
            chosen = try ids.map { try book.proposal($0).value }
        } else {
            chosen = book.list(year: year).map(\.value).filter { states.contains($0.state) && (award == nil || $0.awardCode == award) }
        }
        if chosen.isEmpty {
            throw ReportError(vi: "không có đề nghị nào phù hợp (trạng thái: \(states.map(\.label.vi).sorted().joined(separator: ", ")))",
                              en: "no matching proposals (states: \(states.map(\.label.en).sorted().joined(separator: ", ")))")
        }
        let ws = book.workspace
        return chosen.sorted { a, b in
            if a.awardCode != b.awardCode { return a.awardCode < b.awardCode }
            if (a.nominee.kind == .unit) != (b.nominee.kind == .unit) { return a.nominee.kind == .unit }
            return VietnameseCollation.less(ws.name(of: a.nominee), ws.name(of: b.nominee))
        }
    }

    /// The documents of a year's proposals, as the report screen offers them.
    public static let yearKinds = [
        ReportKind(id: "submission", title: Localized(vi: "Tờ trình đề nghị khen thưởng (đề nghị đã duyệt)",
                                                      en: "Submission asking for awards (approved proposals)"),
                   formats: ReportFormat.allCases, singleYear: true),
        ReportKind(id: "council", title: Localized(vi: "Danh sách trình Hội đồng Thi đua - Khen thưởng",
                                                   en: "The council's list (proposals before the council)"),
                   formats: ReportFormat.allCases, singleYear: true),
    ]

    /// The tờ trình (approved proposals) or the council's list (proposals before the council) of a year.
    public static func document(_ id: String, year: Int, workspace: Workspace) throws -> ReportDocument {
        let book = ProposalBook(workspace: workspace)
        if id == "council" {
            return try councilList(select(book, ids: [], year: year, award: nil, states: [.toCouncil]), book: book)
        }
        return submission(try select(book, ids: [], year: year, award: nil, states: [.approved]), in: workspace)
    }

    // MARK: Legal bases

    /// The decree a document cites for an award on a date: the one the catalogue's coefficient row in force names
    /// (Decree 152/2025 from 01/7/2025), never a repealed text.
    static func decree(_ code: String, on date: CivilDate, _ ws: Workspace) -> String {
        let catalogue = ws.catalogue?.value
        let basis = catalogue?.award(code)?.coefficient(on: date)?.legalBasis
            ?? catalogue?.awards.compactMap { $0.coefficient(on: date)?.legalBasis }.first ?? "Nghị định 152/2025/NĐ-CP"
        return numbered(basis)
    }

    /// "Nghị định 152/2025/NĐ-CP" as documents write it: "Nghị định số 152/2025/NĐ-CP".
    static func numbered(_ basis: String) -> String {
        TextNormalization.clean(basis).replacingOccurrences(of: "Nghị định số ", with: "Nghị định ")
            .replacingOccurrences(of: "Nghị định ", with: "Nghị định số ")
    }

    // MARK: Tờ trình

    /// The tờ trình asking the competent authority to give the awards proposed.
    public static func submission(_ proposals: [Proposal], in ws: Workspace, to authority: String = "Chủ tịch UBND tỉnh") -> ReportDocument {
        let clean = { (s: String) in TextNormalization.clean(s) }
        let awards = Array(Set(proposals.map(\.awardCode))).sorted()
        let awardNames = awards.map { awardName($0, ws) }.joined(separator: ", ")
        let year = proposals.map(\.year).max() ?? CivilDate.today().year
        var blocks: [ReportDocument.Block] = [
            .paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
            .paragraph("Căn cứ \(decree(awards.first ?? "", on: CivilDate.today(), ws)) của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"),
            .paragraph("Xét đề nghị của các cơ quan, đơn vị và kết quả thẩm định hồ sơ, \(clean(ws.config.officeName)) kính trình \(authority) "
                + "xem xét, tặng \(awardNames) năm \(year) cho \(count(proposals.map(\.nominee))) đã có thành tích xuất sắc, cụ thể như sau:"),
        ]
        for code in awards {
            let group = proposals.filter { $0.awardCode == code }
            let rows = group.enumerated().map { i, p in
                [String(i + 1), clean(ws.name(of: p.nominee)), clean(unitName(of: p.nominee, in: ws)), clean(p.achievement)]
            }
            blocks.append(.heading("\(awards.count > 1 ? "\(awards.firstIndex(of: code)! + 1). " : "")\(awardName(code, ws)): \(count(group.map(\.nominee)))", level: 2))
            blocks.append(.table(.init(headers: ["STT", "Tập thể, cá nhân", "Đơn vị", "Thành tích"], rows: rows, numeric: [0],
                                       maxTextWidth: 40)))
        }
        blocks.append(.paragraph("Hồ sơ đề nghị khen thưởng kèm theo. Kính trình \(authority) xem xét, quyết định./."))
        return ReportDocument(id: "submission", typeName: "TỜ TRÌNH", typeAbbreviation: "TTr",
                              subject: "Về việc đề nghị tặng \(awardNames) năm \(year)", formCode: nil, blocks: blocks,
                              figures: [], isOfficial: true)
    }

    // MARK: The council's list

    /// The list the council (Hội đồng Thi đua - Khen thưởng) votes on: nominee, unit, award, achievement,
    /// each condition of eligibility with its result, and the vote.
    public static func councilList(_ proposals: [Proposal], book: ProposalBook, on date: CivilDate = CivilDate.today()) throws -> ReportDocument {
        let ws = book.workspace
        let clean = { (s: String) in TextNormalization.clean(s) }
        let history = try book.history()
        var rows: [[String]] = []
        var eligible = 0
        var overrides: [String] = []
        for (i, p) in proposals.enumerated() {
            let report = EligibilityGate.report(p, history: history, on: date)
            if report.isEligible { eligible += 1 }
            let mark: [EligibilityReport.Status: String] = [.met: "Đạt", .notMet: "Không đạt", .unknown: "Chưa rõ"]
            var conditions = report.conditions.map { "\(clean($0.label.vi)): \(mark[$0.status] ?? "")" }.joined(separator: "; ")
            if let o = p.eligibilityOverride {
                conditions = "VƯỢT ĐIỀU KIỆN (ghi chú \(i + 1)). " + conditions
                overrides.append("\(i + 1). \(clean(ws.name(of: p.nominee))) — \(awardName(p.awardCode, ws)): \(clean(o.line(.vi)))"
                                 + (o.conditions.isEmpty ? "" : ". Điều kiện chưa đạt khi vượt: " + o.conditions.map(clean).joined(separator: "; ")))
            }
            let vote = p.vote.map { v in
                "\(v.forVotes)/\(v.members) (\(v.members > 0 ? Int((Double(v.forVotes) * 100 / Double(v.members)).rounded()) : 0)%)"
            } ?? "Chưa bỏ phiếu"
            rows.append([String(i + 1), clean(ws.name(of: p.nominee)), clean(unitName(of: p.nominee, in: ws)), awardName(p.awardCode, ws),
                         clean(p.achievement), conditions, vote])
        }
        let year = proposals.map(\.year).max() ?? date.year
        let table = ReportDocument.Table(headers: ["STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức", "Thành tích", "Điều kiện", "Biểu quyết"],
                                         rows: rows, numeric: [0], maxTextWidth: 30)
        return ReportDocument(id: "council", typeName: "DANH SÁCH", typeAbbreviation: "DS",
                              subject: "Đề nghị khen thưởng năm \(year) trình Hội đồng Thi đua - Khen thưởng",
                              formCode: nil,
                              blocks: [.paragraph("Tổng số \(proposals.count) đề nghị (\(count(proposals.map(\.nominee)))); "
                                                  + "\(eligible) đề nghị đủ điều kiện theo dữ liệu hiện có"
                                                  + (overrides.isEmpty ? "" : "; \(overrides.count) đề nghị được vượt điều kiện, có ghi lý do (ghi chú dưới bảng)")
                                                  + ". Điều kiện \"Chưa rõ\" là thiếu dữ liệu để xét."),
                                       .table(table)]
                                  + (overrides.isEmpty ? [] : [.paragraph("Ghi chú — đề nghị được vượt điều kiện:")] + overrides.map { .paragraph($0) }),
                              figures: [], isOfficial: true, dataTable: table)
    }

    // MARK: The decision and its annex

    public static func decision(_ d: Decision, in ws: Workspace) throws -> ReportDocument {
        let clean = { (s: String) in TextNormalization.clean(s) }
        guard let catalogue = ws.catalogue?.value else {
            throw ReportError(vi: "chưa có danh mục khen thưởng", en: "no award catalogue")
        }
        let money = try Decisions.money(of: d, catalogue: catalogue)
        let name = awardName(d.awardCode, ws)
        let dateText = "ngày \(d.date.day < 10 ? "0" : "")\(d.date.day) tháng \(d.date.month <= 2 ? "0" : "")\(d.date.month) năm \(d.date.year)"
        let rows = money.lines.enumerated().map { i, l in
            [String(i + 1), clean(ws.name(of: l.nominee)), clean(unitName(of: l.nominee, in: ws)), name, ReportNumber.grouped(l.amount)]
        } + [["", "Tổng cộng", "", "", ReportNumber.grouped(money.total)]]
        let headers = ["STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức", "Số tiền (đồng)"]
        let table = ReportDocument.Table(headers: headers, rows: rows, numeric: [0, 4], totalRows: [rows.count - 1], maxTextWidth: 40)
        // The export for a spreadsheet: amounts as plain numbers, the decision on every line.
        var export = ReportDocument.Table(
            headers: ["STT", "Tập thể, cá nhân", "Loại", "Đơn vị", "Hình thức", "Số tiền (đồng)", "Số quyết định", "Ngày quyết định"],
            rows: money.lines.enumerated().map { i, l in
                [String(i + 1), clean(ws.name(of: l.nominee)), l.nominee.kind.label.vi, clean(unitName(of: l.nominee, in: ws)), name,
                 String(l.amount), clean(d.number), d.date.description]
            } + [["", "Tổng cộng", "", "", "", String(money.total), clean(d.number), d.date.description]],
            numeric: [0, 5])
        export.moneyColumns = [5]
        let blocks: [ReportDocument.Block] = [
            .paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
            .paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
            .paragraph("Căn cứ \(decree(d.awardCode, on: d.date, ws)) của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"),
            .paragraph("Xét đề nghị của \(clean(ws.config.officeName))."),
            .heading("QUYẾT ĐỊNH:", level: 1),
            .paragraph("Điều 1. Tặng \(name) cho \(count(d.recipients)) (có danh sách kèm theo) đã có thành tích xuất sắc."),
            .paragraph("Điều 2. Tiền thưởng kèm theo: \(ReportNumber.grouped(money.total)) đồng (bằng chữ: ghi theo dự toán), "
                + "chi theo quy định tại \(decree(d.awardCode, on: d.date, ws))"
                + (catalogue.baseSalary(on: d.date).map { ", mức lương cơ sở theo \(numbered($0.legalBasis))" } ?? "") + "."),
            .paragraph("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, "
                + "cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
        ]
        let annex: [ReportDocument.Block] = [
            .heading("DANH SÁCH", level: 1),
            .paragraph("\(name) (kèm theo Quyết định số \(clean(d.number)) \(dateText))"),
            .table(table),
        ]
        return ReportDocument(id: "decision", typeName: "QUYẾT ĐỊNH", typeAbbreviation: "QĐ", subject: "Về việc tặng \(name)",
                              formCode: nil, blocks: blocks, figures: [], isOfficial: true, annex: annex, dataTable: export)
    }

    /// The frame of a decision: its own number, date and signer.
    /// A decision numbered for another body than the office ("163/QĐ-UBND" from a department) is headed by
    /// that body, the office's parent, and signed on behalf of the people's committee.
    public static func decisionFrame(_ d: Decision, config: OfficeConfig) -> DocumentFrame {
        var f = DocumentFrame.standard(config: config, date: d.date, year: d.date.year)
        f.numberText = d.number
        let symbol = d.number.split(separator: "-", maxSplits: 1).last.map(String.init) ?? ""
        let byCommittee = symbol != f.issuerAbbreviation && (symbol == "UBND" || symbol == "CT")
        if byCommittee {
            f.issuingBody = config.parentBody
            f.parentBody = ""
        }
        let title = TextNormalization.clean(d.signerTitle).uppercased()
        if !title.isEmpty {
            f.signature = [title]
            if byCommittee {
                f.signature = title.hasPrefix("PHÓ ") ? ["TM. ỦY BAN NHÂN DÂN", "KT. " + title.dropFirst(4), title]
                                                     : ["TM. ỦY BAN NHÂN DÂN", title]
            }
        }
        f.signerName = TextNormalization.clean(d.signerName)
        f.recipients = ["Như Điều 3;", "Lưu: VT, TĐKT."]
        return f
    }

    /// A decision as a list shows it: how many recipients and the money they receive.
    public struct DecisionSummary: Sendable, Equatable {
        public var decision: Decision
        public var awardName: String
        public var count: Int
        /// nil when the award or a base salary is missing from the catalogue.
        public var total: Int?
    }

    /// The years with decisions, newest first.
    public static func decisionYears(in ws: Workspace) -> [Int] {
        ws.store.years(in: Decision.collection).sorted(by: >)
    }

    /// The decisions of a year, newest first (then by number), with their counts and totals.
    public static func decisions(year: Int, in ws: Workspace) -> [DecisionSummary] {
        let catalogue = ws.catalogue?.value
        return ws.store.loadAll(Decision.self, year: year).values
            .sorted { ($0.date, $1.number) > ($1.date, $0.number) }
            .map { d in
                let total = catalogue.flatMap { try? Decisions.money(of: d, catalogue: $0).total }
                return DecisionSummary(decision: d, awardName: awardName(d.awardCode, ws), count: d.recipients.count, total: total)
            }
    }

    public static func findDecision(_ id: String, in ws: Workspace) throws -> Decision {
        for year in ws.store.years(in: Decision.collection).sorted(by: >) {
            let all = ws.store.loadAll(Decision.self, year: year).values
            // The number as written ("5/QĐ-UBND" finds "05/QĐ-UBND").
            let key = DecisionNumber.parse(id)?.key
            if let d = all.first(where: { $0.id == id || $0.number == id || (key != nil && $0.parsedNumber?.key == key) }) { return d }
        }
        throw ReportError(vi: "không có quyết định '\(id)'", en: "no decision '\(id)'")
    }

    // MARK: Award history

    /// The awards a person or unit has received, oldest first.
    public static func history(of nominee: NomineeRef, in ws: Workspace) throws -> ReportDocument {
        let clean = { (s: String) in TextNormalization.clean(s) }
        guard (nominee.kind == .person ? ws.people[nominee.id] != nil : ws.units[nominee.id] != nil) else {
            throw ReportError(vi: "không có \(nominee.kind.label.vi.lowercased()) '\(nominee.id)'",
                              en: "no \(nominee.kind.label.en.lowercased()) '\(nominee.id)'")
        }
        let records = ws.awards(where: { $0 == nominee }).map(\.value)
            .sorted { ($0.year, $0.decisionDate?.iso ?? "", $0.awardCode) < ($1.year, $1.decisionDate?.iso ?? "", $1.awardCode) }
        let rows = records.enumerated().map { i, r in
            [String(i + 1), String(r.year), awardName(r.awardCode, ws),
             [r.decisionNumber.map(clean), r.decisionDate.map { "ngày \($0)" }].compactMap { $0 }.joined(separator: " "),
             r.campaignId.flatMap { ws.campaigns[$0]?.value.name }.map(clean) ?? "",
             r.amount.map(ReportNumber.grouped) ?? ""]
        }
        let table = ReportDocument.Table(headers: ["STT", "Năm", "Hình thức khen thưởng", "Số, ngày quyết định", "Phong trào", "Số tiền (đồng)"],
                                         rows: rows, numeric: [0, 1, 5], maxTextWidth: 36)
        let name = clean(ws.name(of: nominee))
        let unit = clean(unitName(of: nominee, in: ws))
        var intro = "\(nominee.kind == .person ? "Họ và tên" : "Tập thể"): \(name)"
        if !unit.isEmpty { intro += "; đơn vị: \(unit)" }
        return ReportDocument(id: "history", typeName: "QUÁ TRÌNH KHEN THƯỞNG", typeAbbreviation: "DS", subject: name, formCode: nil,
                              blocks: [.paragraph(intro + "."),
                                       .paragraph(records.isEmpty ? "Chưa có khen thưởng nào được ghi nhận."
                                                                  : "Đã được khen thưởng \(records.count) lần:"),
                                       .table(table)],
                              figures: [], isOfficial: false, dataTable: table)
    }
}
