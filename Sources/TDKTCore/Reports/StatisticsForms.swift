import Foundation
import TDKTText

/// One of the ministry's yearly statistics forms (Thông tư 02/2023/TT-BNV, due 15 December):
/// rows × columns of counts, each cell open to its records. The "Tổng số" column is the sum of the
/// other columns, and every total row is the sum of the rows it stands for.
public struct StatisticsForm: Sendable {
    public struct Row: Sendable, Equatable {
        public var key: String
        public var label: String
        /// 0 for a heading or total row, 1 and 2 for the rows under it.
        public var indent: Int
        /// One cell per part column (the total column is computed).
        public var cells: [Cell]
        public var isTotal: Bool
        /// A row that only groups what follows ("Phân theo loại hình"): no figures.
        public var isHeading: Bool

        public var total: Cell { Cell.sum(cells) }

        /// A row made of other rows, cell by cell.
        static func sum(_ key: String, _ label: String, indent: Int = 0, of rows: [Row], columns: Int) -> Row {
            Row(key: key, label: label, indent: indent,
                cells: (0..<columns).map { i in Cell.sum(rows.map { $0.cells[i] }) }, isTotal: true, isHeading: false)
        }

        static func heading(_ key: String, _ label: String) -> Row {
            Row(key: key, label: label, indent: 0, cells: [], isTotal: false, isHeading: true)
        }
    }

    /// "0601", "0602", "0603".
    public var id: String
    /// "0601.N/BNV-TĐKT"
    public var code: String
    public var title: String
    public var year: Int
    public var columnKeys: [String]
    public var columnLabels: [String]
    public var rows: [Row]
    /// The days the awards were decided in (the award forms count by the decision's date).
    public var days: ClosedRange<CivilDate>? = nil

    public static let ids = ["0601", "0602", "0603"]

    public static func build(_ id: String, data: ReportData, year: Int) -> StatisticsForm? {
        var form: StatisticsForm
        switch id {
        case "0601": form = form0601(data, year)
        case "0602": form = form0602(data, year)
        case "0603": form = form0603(data, year)
        default: return nil
        }
        if id != "0601" { form.days = data.reporting.days(of: year) }
        return form
    }

    /// Cells of one row: the items the row holds, split by column.
    static func cells<T>(_ items: [T], columns: [String], column: (T) -> String, ref: (T) -> RecordRef) -> [Cell] {
        columns.map { key in .count(items.filter { column($0) == key }.map(ref)) }
    }

    /// Every cell as a figure: "form.0603.individuals.bk", "form.0603.individuals.total".
    public func figures() -> [Figure] {
        var out: [Figure] = []
        for r in rows where !r.isHeading {
            for (i, key) in columnKeys.enumerated() {
                // The ministry's form is Vietnamese: its rows and columns are quoted as printed on it.
                out.append(Figure(path: "form.\(id).\(r.key).\(key)", label: Localized("\(id) · \(r.label) · \(columnLabels[i])"), cell: r.cells[i]))
            }
            out.append(Figure(path: "form.\(id).\(r.key).total",
                              label: Localized(vi: "\(id) · \(r.label) · Tổng số", en: "\(id) · \(r.label) · Total"), cell: r.total))
        }
        return out
    }

    // MARK: 0601.N Số phong trào thi đua

    /// The organising level of a campaign, read from who launched it.
    public enum OrganisingLevel: String, Sendable, CaseIterable {
        case central, province, unit
        public static func of(_ c: Campaign) -> OrganisingLevel {
            let text = SearchKey.fold(c.launchLevel + " " + c.launchingBody)
            if ["thu tuong", "chinh phu", "trung uong", "quoc hoi", "chu tich nuoc"].contains(where: text.contains) { return .central }
            if text.contains("tinh") || text.hasPrefix("bo ") || text.contains(" bo ") { return .province }
            return .unit
        }
    }

    /// Duration bands of the form, from the campaign's period in whole months.
    static func durationBand(_ c: Campaign) -> String {
        guard let end = c.period.end else { return "open" }
        let s = c.period.start
        var months = (end.year - s.year) * 12 + (end.month - s.month)
        if end.day >= s.day - 1 || end.day == CivilDate.daysIn(month: end.month, year: end.year) { months += 1 }
        switch months {
        case ..<12: return "lt1"
        case 12: return "1y"
        case 13...36: return "1to3"
        case 37...59: return "3to5"
        default: return "ge5"
        }
    }

    static func form0601(_ data: ReportData, _ year: Int) -> StatisticsForm {
        let period = (try? ReportPeriod(year: year))!
        let items = Summary.sortedCampaigns(data).filter { Summary.overlaps($0, period) }
        let columns = OrganisingLevel.allCases.map(\.rawValue)
        let ref = { (c: Campaign) in RecordRef(.campaign, c.id) }
        let level = { (c: Campaign) in OrganisingLevel.of(c).rawValue }
        func row(_ key: String, _ label: String, _ test: (Campaign) -> Bool) -> Row {
            Row(key: key, label: label, indent: 1, cells: cells(items.filter(test), columns: columns, column: level, ref: ref),
                isTotal: false, isHeading: false)
        }
        func scope(_ c: Campaign) -> String {
            if OrganisingLevel.of(c) == .central { return "national" }
            if !c.targetClusterIds.isEmpty { return "clusters" }
            return OrganisingLevel.of(c) == .province ? "province" : "unit"
        }
        let scopes = [row("scope-national", "Phạm vi toàn quốc", { scope($0) == "national" }),
                      row("scope-province", "Phạm vi bộ, ngành, tỉnh", { scope($0) == "province" }),
                      row("scope-clusters", "Phạm vi cụm, khối thi đua", { scope($0) == "clusters" }),
                      row("scope-unit", "Phạm vi cơ quan, đơn vị", { scope($0) == "unit" })]
        let durations = [("lt1", "Dưới 1 năm"), ("1y", "1 năm"), ("1to3", "Trên 1 năm đến 3 năm"), ("3to5", "Trên 3 năm đến dưới 5 năm"),
                         ("ge5", "Từ 5 năm trở lên"), ("open", "Không xác định thời hạn")]
            .map { band in row("duration-\(band.0)", band.1, { durationBand($0) == band.0 }) }
        let methods = Campaign.Kind.allCases.map { k in row("method-\(k.rawValue)", k.label.vi, { $0.kind == k }) }
        let total = Row.sum("total", "Tổng số phong trào thi đua", of: scopes, columns: columns.count)
        return StatisticsForm(
            id: "0601", code: "0601.N/BNV-TĐKT", title: "Số phong trào thi đua năm \(year)", year: year,
            columnKeys: columns,
            columnLabels: ["Hội đồng TĐKT Trung ương, Chính phủ", "Bộ, ngành, tỉnh", "Cơ quan, đơn vị"],
            rows: [total, .heading("by-scope", "Chia theo phạm vi")] + scopes
                + [.heading("by-duration", "Chia theo thời gian")] + durations
                + [.heading("by-method", "Chia theo hình thức")] + methods)
    }

    // MARK: 0602.N Số lượng khen thưởng cấp Nhà nước

    static func form0602(_ data: ReportData, _ year: Int) -> StatisticsForm {
        let stateLevel = data.catalogue.awards.filter { $0.level == .primeMinister || $0.level == .president }
        let records = data.awards(inYear: year).sorted { $0.id < $1.id }
        let columns = NomineeRef.Kind.allCases.map(\.rawValue)
        let rows = stateLevel.map { a in
            Row(key: a.code, label: a.name, indent: 1,
                cells: cells(records.filter { $0.awardCode == a.code }, columns: columns, column: { $0.nominee.kind.rawValue },
                             ref: { RecordRef(.award, $0.id) }), isTotal: false, isHeading: false)
        }
        return StatisticsForm(
            id: "0602", code: "0602.N/BNV-TĐKT", title: "Số lượng khen thưởng cấp Nhà nước năm \(year)", year: year,
            columnKeys: columns, columnLabels: NomineeRef.Kind.allCases.map(\.label.vi),
            rows: [Row.sum("total", "Tổng số", of: rows, columns: columns.count)] + rows)
    }

    // MARK: 0603.N Số lượng khen thưởng cấp bộ, ngành, tỉnh

    /// The provincial awards counted by 0603, by column: Bằng khen, CSTĐ cấp tỉnh, Cờ thi đua.
    public static let provincialColumns: [(key: String, code: String, label: String)] = [
        ("bk", "BK_TINH", "Bằng khen"), ("cstd", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh"), ("co", "CO_TINH", "Cờ thi đua"),
    ]

    static func form0603(_ data: ReportData, _ year: Int) -> StatisticsForm {
        let columnOf = Dictionary(uniqueKeysWithValues: provincialColumns.map { ($0.code, $0.key) })
        let records = data.awards(inYear: year).filter { columnOf[$0.awardCode] != nil }.sorted { $0.id < $1.id }
        let columns = provincialColumns.map(\.key)
        func row(_ key: String, _ label: String, indent: Int = 1, _ test: (AwardRecord) -> Bool) -> Row {
            Row(key: key, label: label, indent: indent,
                cells: cells(records.filter(test), columns: columns, column: { columnOf[$0.awardCode]! }, ref: { RecordRef(.award, $0.id) }),
                isTotal: false, isHeading: false)
        }
        let collectives = row("collectives", "1. Tập thể") { $0.nominee.kind == .unit }
        let enterprises = row("enterprises", "Trong đó: doanh nghiệp", indent: 2) {
            $0.nominee.kind == .unit && data.units[$0.nominee.id]?.kind == .enterprise
        }
        let households = row("households", "2. Hộ gia đình") { $0.nominee.kind == .household }
        var categories = StatisticsCategory.allCases.enumerated().map { i, cat in
            row("individuals-\(cat.rawValue)", "3.\(i + 1). \(cat.label.vi)", indent: 2) {
                $0.nominee.kind == .person && data.people[$0.nominee.id]?.category == cat
            }
        }
        let unknown = row("individuals-unknown", "Chưa rõ đối tượng", indent: 2) {
            $0.nominee.kind == .person && data.people[$0.nominee.id] == nil
        }
        if unknown.total.value > 0 { categories.append(unknown) }
        var individuals = Row.sum("individuals", "3. Cá nhân", indent: 1, of: categories, columns: columns.count)
        individuals.isTotal = false
        let total = Row.sum("total", "Tổng số", of: [collectives, households, individuals], columns: columns.count)
        let kinds = Proposal.Kind.allCases.map { k in row("kind-\(k.rawValue)", k.label.vi) { $0.kind == k } }
        return StatisticsForm(
            id: "0603", code: "0603.N/BNV-TĐKT", title: "Số lượng khen thưởng cấp bộ, ngành, tỉnh năm \(year)", year: year,
            columnKeys: columns, columnLabels: provincialColumns.map(\.label),
            rows: [total, collectives, enterprises, households, individuals] + categories
                + [.heading("by-kind", "Phân theo loại hình khen thưởng")] + kinds)
    }
}

extension ReportData {
    /// The awards a year's form counts: decided within the year's reporting period.
    func awards(inYear year: Int) -> [AwardRecord] {
        guard let period = try? ReportPeriod(year: year) else { return [] }
        return awards(in: period)
    }
}
