import Foundation
import TDKTText

/// A report laid out independently of its output: headings, paragraphs, tables and placeholders for the
/// clerk, with the figures behind it. The renderers turn it into plain text, CSV or HTML.
public struct ReportDocument: Sendable {
    public struct Table: Sendable, Equatable {
        public var caption: String?
        public var headers: [String]
        public var rows: [[String]]
        /// Columns aligned to the right (numbers).
        public var numeric: Set<Int>
        /// Rows shown in bold (totals).
        public var totalRows: Set<Int>
        /// The columns a printed page shows (nil: all); CSV and HTML show every column.
        public var textColumns: [Int]?
        /// Widest a column may be on a printed page; longer text is cut with "…".
        public var maxTextWidth: Int
        /// Rows of amounts in đồng: a workbook shows their numbers with thousands separators.
        public var moneyRows: Set<Int>
        /// Columns of amounts in đồng, shown the same way.
        public var moneyColumns: Set<Int> = []

        public init(caption: String? = nil, headers: [String], rows: [[String]], numeric: Set<Int> = [],
                    totalRows: Set<Int> = [], textColumns: [Int]? = nil, maxTextWidth: Int = 40, moneyRows: Set<Int> = []) {
            self.caption = caption; self.headers = headers; self.rows = rows; self.numeric = numeric
            self.totalRows = totalRows; self.textColumns = textColumns; self.maxTextWidth = maxTextWidth
            self.moneyRows = moneyRows
        }
    }

    public enum Block: Sendable, Equatable {
        /// Level 1: "I. KẾT QUẢ THỰC HIỆN"; level 2: "1. ..."; level 3: "4.1. ...".
        case heading(String, level: Int)
        case paragraph(String)
        case table(Table)
        /// Text the clerk writes: shown as a note and dotted lines to fill in.
        case placeholder(String)
    }

    /// "summary", "awards-campaign", "form-0603"...
    public var id: String
    /// The document type, in capitals ("BÁO CÁO"), and its abbreviation for the number ("BC").
    public var typeName: String
    public var typeAbbreviation: String
    /// The summary line under the type (trích yếu).
    public var subject: String
    /// A form's code shown in its corner ("Biểu số 0603.N/BNV-TĐKT").
    public var formCode: String?
    public var blocks: [Block]
    public var figures: [Figure]
    /// With the Decree 30 frame (number, place and date, signature, recipients) in HTML.
    public var isOfficial: Bool
    /// A list attached after the signature, on its own page (a decision's "danh sách kèm theo").
    public var annex: [Block] = []
    /// The table a CSV export gives on its own (the annex of a decision); nil: the whole document.
    public var dataTable: Table? = nil

    public var tables: [Table] {
        blocks.compactMap { if case let .table(t) = $0 { t } else { nil } }
    }

    /// The figure at a path, or nil.
    public func figure(_ path: String) -> Figure? { figures.first { $0.path == path } }
}

/// Numbers as Vietnamese documents write them.
public enum ReportNumber {
    /// 1490000 → "1.490.000"
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A change: "+3", "-2", "0".
    public static func delta(_ current: Int, _ previous: Int, grouped g: Bool = false) -> String {
        let d = current - previous
        let body = g ? grouped(abs(d)) : String(abs(d))
        return d > 0 ? "+" + body : d < 0 ? "-" + body : "0"
    }
}

/// Turns summaries, award tables and statistics forms into documents.
public enum ReportDocuments {
    // MARK: Award tables

    /// The award table of `tdkt report awards`: one row per group and award type, with a total row.
    public static func awards(_ table: AwardTable, period: ReportPeriod, language: Language = .vi) -> ReportDocument {
        let en = language == .en
        let kinds = [en ? "Collectives" : "Tập thể", en ? "Individuals" : "Cá nhân", en ? "Households" : "Hộ gia đình",
                     en ? "Total" : "Cộng"]
        let headers: [String], textColumns: [Int]
        var rows: [[String]]
        func counts(_ c: AwardCounts) -> [String] {
            [c.collectives.value, c.individuals.value, c.households.value, c.total.value].map(String.init)
        }
        if table.dimension == .award {
            headers = [en ? "Code" : "Mã", en ? "Award" : "Hình thức, danh hiệu"] + kinds
            rows = table.rows.map { [$0.awardCode, $0.awardName] + counts($0.current) }
            rows.append(["", en ? "Total" : "Tổng cộng"] + counts(table.total))
            textColumns = Array(0..<headers.count)
        } else {
            headers = [en ? "Group id" : "Mã", table.dimension.label.text(language), en ? "Award code" : "Mã KT",
                       en ? "Award" : "Hình thức, danh hiệu"] + kinds
            rows = table.rows.map { [$0.groupId, $0.groupLabel, $0.awardCode, $0.awardName] + counts($0.current) }
            rows.append(["", en ? "Total" : "Tổng cộng", "", ""] + counts(table.total))
            textColumns = [1, 2] + Array(4..<headers.count)
        }
        let first = headers.count - 4
        let t = ReportDocument.Table(headers: headers, rows: rows, numeric: Set(first..<headers.count),
                                     totalRows: [rows.count - 1], textColumns: textColumns)
        let subject = en ? "Awards by \(table.dimension.label.en.lowercased()), \(period)"
            : "Số lượng khen thưởng theo \(table.dimension.label.vi.lowercased()) \(period.phrase(.vi))"
        return ReportDocument(id: "awards-\(table.dimension.rawValue)", typeName: en ? "TABLE" : "BẢNG TỔNG HỢP",
                              typeAbbreviation: "BTH", subject: subject, formCode: nil, blocks: [.table(t)],
                              figures: table.figures(prefix: "awards.by-\(table.dimension.rawValue)"), isOfficial: false)
    }

    /// An award table compared with the previous period, for the summary.
    static func comparedAwards(_ table: AwardTable, period: ReportPeriod, caption: String) -> ReportDocument.Table {
        let byAward = table.dimension == .award
        var headers = ["STT"]
        headers += byAward ? ["Hình thức, danh hiệu"] : [table.dimension.label.vi, "Hình thức, danh hiệu"]
        headers += ["Tập thể", "Cá nhân", "Hộ gia đình", "Cộng", period.previousLabel(.vi), "Tăng (+), giảm (-)"]
        var rows: [[String]] = []
        func values(_ c: AwardCounts, _ p: AwardCounts) -> [String] {
            [c.collectives.value, c.individuals.value, c.households.value, c.total.value, p.total.value].map(String.init)
                + [ReportNumber.delta(c.total.value, p.total.value)]
        }
        for (i, r) in table.rows.enumerated() {
            rows.append([String(i + 1)] + (byAward ? [r.awardName] : [r.groupLabel, r.awardName]) + values(r.current, r.previous))
        }
        rows.append([""] + (byAward ? ["Tổng cộng"] : ["Tổng cộng", ""]) + values(table.total, table.previousTotal))
        let first = byAward ? 2 : 3
        return ReportDocument.Table(caption: caption, headers: headers, rows: rows, numeric: Set([0] + Array(first..<headers.count)),
                                    totalRows: [rows.count - 1], maxTextWidth: byAward ? 40 : 32)
    }

    // MARK: The year-end summary

    /// The summary's opening, its part I.1 (the campaigns): the first blocks of `summary`, made from the office's
    /// settings and the campaigns alone, so that a preview can show the first page while the rest is gathered.
    /// The summary's next block is a heading, which nothing before it is kept with: laid out alone, these
    /// blocks fall on the page as they do in the whole document.
    public static func summaryOpening(data: ReportData, period p: ReportPeriod) -> ReportDocument {
        let blocks = summaryOpeningBlocks(p, officeName: data.config.officeName,
                                          campaigns: Summary.campaignFigures(data, p), previous: Summary.campaignFigures(data, p.previous),
                                          lines: Summary.campaignLines(data, p))
        return summaryDocument(p, blocks: blocks, figures: [])
    }

    /// "Năm 2025", "Giai đoạn 2021–2025".
    private static func currentLabel(_ p: ReportPeriod) -> String { p.isSingleYear ? "Năm \(p.from)" : "Giai đoạn \(p)" }

    /// The headers of a table comparing the period with the previous one.
    private static func compareHeaders(_ p: ReportPeriod) -> [String] {
        ["Chỉ tiêu", currentLabel(p), p.previousLabel(.vi), "Tăng (+), giảm (-)"]
    }

    private static func summaryDocument(_ p: ReportPeriod, blocks: [ReportDocument.Block], figures: [Figure]) -> ReportDocument {
        ReportDocument(id: "summary", typeName: "BÁO CÁO", typeAbbreviation: "BC",
                       subject: "Tổng kết công tác thi đua, khen thưởng \(p.phrase(.vi))", formCode: nil,
                       blocks: blocks, figures: figures, isOfficial: true)
    }

    private static func summaryOpeningBlocks(_ p: ReportPeriod, officeName: String, campaigns c: Summary.CampaignFigures,
                                             previous pc: Summary.CampaignFigures, lines: [Summary.CampaignLine]) -> [ReportDocument.Block] {
        let cur = currentLabel(p)
        var blocks: [ReportDocument.Block] = []
        blocks.append(.paragraph("Căn cứ kế hoạch công tác thi đua, khen thưởng \(p.phrase(.vi)) và hướng dẫn của Hội đồng Thi đua - Khen thưởng các cấp, "
            + "\(TextNormalization.clean(officeName)) báo cáo kết quả công tác thi đua, khen thưởng \(p.phrase(.vi)) như sau:"))
        blocks.append(.heading("I. KẾT QUẢ THỰC HIỆN", level: 1))

        // 1. Campaigns
        blocks.append(.heading("1. Công tác phát động, tổ chức các phong trào thi đua", level: 2))
        blocks.append(.paragraph("\(cur) có \(c.active.value) phong trào thi đua được triển khai thực hiện, trong đó phát động mới "
            + "\(c.launched.value) phong trào (kỳ trước: \(pc.launched.value)); sơ kết, tổng kết \(c.reviewed.value) phong trào; "
            + "kết thúc \(c.closed.value) phong trào."))
        let campaignRows: [[String]] = [("Phong trào được phát động", c.launched, pc.launched),
                                        ("Phong trào được sơ kết, tổng kết", c.reviewed, pc.reviewed),
                                        ("Phong trào kết thúc", c.closed, pc.closed),
                                        ("Phong trào thực hiện trong kỳ", c.active, pc.active)].map {
            [$0.0, String($0.1.value), String($0.2.value), ReportNumber.delta($0.1.value, $0.2.value)]
        }
        blocks.append(.table(.init(caption: "Bảng 1. Số phong trào thi đua", headers: compareHeaders(p), rows: campaignRows, numeric: [1, 2, 3])))
        if !lines.isEmpty {
            let rows = lines.enumerated().map { i, l in
                [String(i + 1), l.name, l.kind.label.vi, l.launchingBody,
                 "\(l.period.start.year)–\(l.period.end.map { String($0.year) } ?? "")",
                 l.events.isEmpty ? l.status.label.vi : l.events.joined(separator: "; ")]
            }
            blocks.append(.table(.init(caption: "Bảng 2. Các phong trào thi đua trong kỳ",
                                       headers: ["STT", "Tên phong trào", "Hình thức", "Cơ quan phát động", "Thời gian", "Trong kỳ"],
                                       rows: rows, numeric: [0], maxTextWidth: 36)))
        }
        return blocks
    }

    public static func summary(_ s: Summary, data: ReportData) -> ReportDocument {
        let p = s.period
        let cur = currentLabel(p)
        var blocks = summaryOpeningBlocks(p, officeName: data.config.officeName, campaigns: s.campaigns,
                                          previous: s.previousCampaigns, lines: s.campaignLines)

        // 2. Clusters
        blocks.append(.heading("2. Hoạt động của các cụm, khối thi đua", level: 2))
        if s.clusters.isEmpty {
            blocks.append(.paragraph("Không có cụm, khối thi đua nào có số liệu trong kỳ."))
        } else {
            let rows = s.clusters.enumerated().map { i, l -> [String] in
                let ranking: String
                if let r = l.ranking, !r.isEmpty {
                    ranking = r.sorted { $0.rank < $1.rank }.prefix(3)
                        .map { "\($0.rank). \(data.units[$0.unitId]?.name ?? $0.unitId)" }.joined(separator: "; ")
                } else {
                    ranking = "Chưa chấm điểm"
                }
                return [String(i + 1), l.name, l.kind.label.vi, String(l.year), l.leaderName ?? "Chưa bầu",
                        l.flagNames.isEmpty ? "" : l.flagNames.joined(separator: "; "),
                        l.proposedNames.isEmpty ? "" : l.proposedNames.joined(separator: "; "), ranking]
            }
            blocks.append(.table(.init(caption: "Bảng 3. Cụm, khối thi đua: cụm trưởng, Cờ thi đua và xếp hạng",
                                       headers: ["STT", "Cụm, khối", "Loại", "Năm", "Cụm trưởng", "Được tặng Cờ thi đua",
                                                 "Đề nghị Cờ thi đua", "Xếp hạng"],
                                       rows: rows, numeric: [0, 3], maxTextWidth: 30)))
        }

        // 3. Model examples
        blocks.append(.heading("3. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", level: 2))
        blocks.append(.paragraph("\(cur) đã phát hiện \(s.examples.value) điển hình tiên tiến (kỳ trước: \(s.previousExamples.value))."))
        if !s.exampleList.isEmpty {
            let kindName: [ModelExample.Kind: String] = [.person: "Cá nhân", .collective: "Tập thể", .practice: "Mô hình, cách làm"]
            let rows = s.exampleList.enumerated().map { i, e in
                [String(i + 1), e.name, kindName[e.kind] ?? "", data.campaigns[e.campaignId]?.name ?? e.campaignId, String(e.year)]
            }
            blocks.append(.table(.init(caption: "Bảng 4. Điển hình tiên tiến",
                                       headers: ["STT", "Điển hình", "Loại", "Phong trào", "Năm"], rows: rows, numeric: [0, 4])))
        }

        // 4. Awards
        blocks.append(.heading("4. Kết quả khen thưởng", level: 2))
        let total = s.awardsByType.total, prevTotal = s.awardsByType.previousTotal
        blocks.append(.paragraph("\(cur) đã khen thưởng \(total.total.value) lượt (kỳ trước: \(prevTotal.total.value)), gồm "
            + "\(total.collectives.value) lượt tập thể, \(total.individuals.value) lượt cá nhân và \(total.households.value) lượt hộ gia đình."))
        blocks.append(.heading("4.1. Theo hình thức khen thưởng, danh hiệu thi đua", level: 3))
        blocks.append(.table(comparedAwards(s.awardsByType, period: p, caption: "Bảng 5. Khen thưởng theo hình thức, danh hiệu")))
        blocks.append(.heading("4.2. Theo đối tượng", level: 3))
        blocks.append(.table(comparedAwards(s.awardsByCategory, period: p, caption: "Bảng 6. Khen thưởng theo đối tượng")))
        blocks.append(.heading("4.3. Theo phong trào thi đua", level: 3))
        blocks.append(.table(comparedAwards(s.awardsByCampaign, period: p, caption: "Bảng 7. Khen thưởng theo phong trào thi đua")))
        blocks.append(.heading("4.4. Theo đơn vị", level: 3))
        blocks.append(.table(comparedAwards(s.awardsByUnit, period: p, caption: "Bảng 8. Khen thưởng theo đơn vị")))

        // 5. Money
        blocks.append(.heading("5. Tiền thưởng", level: 2))
        blocks.append(.table(.init(caption: "Bảng 9. Tiền thưởng đã chi", headers: compareHeaders(p), rows: [
            ["Tiền thưởng tỉnh đã chi (đồng)", ReportNumber.grouped(s.money.value), ReportNumber.grouped(s.previousMoney.value),
             ReportNumber.delta(s.money.value, s.previousMoney.value, grouped: true)],
        ] + MoneyPayer.allCases.map { payer in
            let now = s.moneyByPayer[payer]?.value ?? 0, before = s.previousMoneyByPayer[payer]?.value ?? 0
            return [(payer.paidByProvince ? "  - " : "") + payer.label, ReportNumber.grouped(now), ReportNumber.grouped(before),
                    ReportNumber.delta(now, before, grouped: true)]
        } + [
            ["Số khen thưởng chưa ghi số tiền", String(s.withoutAmount.value), String(s.previousWithoutAmount.value),
             ReportNumber.delta(s.withoutAmount.value, s.previousWithoutAmount.value)],
        ], numeric: [1, 2, 3], moneyRows: [0, 1, 2, 3])))
        blocks.append(.paragraph("Khen thưởng và tiền thưởng tính theo ngày ký quyết định trong kỳ báo cáo ("
            + "\(p.days(data.reporting).lowerBound)–\(p.days(data.reporting).upperBound), \(data.reporting.label.vi.lowercased())). "
            + "Tiền thưởng theo quyết định của Thủ tướng Chính phủ, Chủ tịch nước do Trung ương chi, liệt kê riêng, không tính vào số tỉnh đã chi."))

        blocks.append(.heading("II. ĐÁNH GIÁ CHUNG", level: 1))
        blocks.append(.heading("1. Ưu điểm", level: 2))
        blocks.append(.placeholder("Nêu những kết quả nổi bật, có số liệu ở các bảng trên."))
        blocks.append(.heading("2. Tồn tại, hạn chế và nguyên nhân", level: 2))
        blocks.append(.placeholder("Nêu tồn tại, hạn chế; nguyên nhân khách quan và chủ quan."))
        blocks.append(.heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM \(p.to + 1)", level: 1))
        blocks.append(.placeholder("Nêu các nhiệm vụ trọng tâm, mỗi nhiệm vụ có chỉ tiêu đo được."))

        return summaryDocument(p, blocks: blocks, figures: s.figures())
    }

    // MARK: Statistics forms

    public static func form(_ f: StatisticsForm) -> ReportDocument {
        let headers = ["Chỉ tiêu", "Tổng số"] + f.columnLabels
        var rows: [[String]] = []
        var totals: Set<Int> = []
        for r in f.rows {
            let label = String(repeating: "  ", count: r.indent) + r.label
            if r.isHeading {
                rows.append([label] + Array(repeating: "", count: f.columnLabels.count + 1))
            } else {
                if r.isTotal && r.indent == 0 { totals.insert(rows.count) }
                rows.append([label, String(r.total.value)] + r.cells.map { String($0.value) })
            }
        }
        let table = ReportDocument.Table(caption: nil, headers: headers, rows: rows,
                                         numeric: Set(1..<headers.count), totalRows: totals, maxTextWidth: 44)
        return ReportDocument(id: "form-\(f.id)", typeName: "BIỂU THỐNG KÊ", typeAbbreviation: "BC",
                              subject: f.title, formCode: "Biểu số \(f.code)",
                              blocks: [.paragraph("Đơn vị tính: \(f.id == "0601" ? "phong trào" : "lượt khen thưởng"). Kỳ báo cáo: năm \(f.year)"
                                                       + (f.days.map { " (quyết định ký từ \($0.lowerBound) đến \($0.upperBound))" } ?? "") + "."), .table(table)],
                              figures: f.figures(), isOfficial: true)
    }
}
