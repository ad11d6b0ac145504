import Foundation
import TDKTText

/// A record behind a figure: what kind it is and its id.
public struct RecordRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case award, campaign, cluster, proposal, example
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }
    public var kind: Kind
    public var id: String
    public init(_ kind: Kind, _ id: String) { self.kind = kind; self.id = id }
    public var description: String { "\(kind.rawValue):\(id)" }
    public static func < (a: RecordRef, b: RecordRef) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
}

/// One figure of a report together with the records it was counted from, so that a screen can open it
/// and the command line can list them. `value` is a count, or a sum of money for money cells.
public struct Cell: Sendable, Equatable {
    public var value: Int
    public var refs: [RecordRef]

    public init(value: Int, refs: [RecordRef]) { self.value = value; self.refs = refs }

    public static let zero = Cell(value: 0, refs: [])

    /// A count: one per record.
    public static func count(_ refs: [RecordRef]) -> Cell { Cell(value: refs.count, refs: refs) }

    /// A total, computed from its parts: values added, records joined.
    public static func sum(_ parts: [Cell]) -> Cell {
        let value = parts.reduce(0) { $0 + $1.value }
        // The records joined into a list sized once; a single non-empty part's list is shared, not copied
        // (a total of ten years' awards held its records two or three times over while its list grew).
        let filled = parts.filter { !$0.refs.isEmpty }
        if filled.count <= 1 { return Cell(value: value, refs: filled.first?.refs ?? []) }
        var refs: [RecordRef] = []
        refs.reserveCapacity(filled.reduce(0) { $0 + $1.refs.count })
        for p in filled { refs.append(contentsOf: p.refs) }
        return Cell(value: value, refs: refs)
    }

    public static func + (a: Cell, b: Cell) -> Cell { sum([a, b]) }

    /// Counts one more record, in place.
    mutating func append(_ ref: RecordRef) {
        value += 1
        refs.append(ref)
    }
}

/// A figure as offered for drill-down: a stable path ("awards.by-campaign.bao-ve-bien-gioi.BK_TINH.unit"),
/// a readable label, and the cell.
public struct Figure: Sendable, Equatable {
    public var path: String
    /// The label in both languages; record data in it (campaign, unit names) is the same in both.
    public var labels: Localized
    public var cell: Cell
    /// The Vietnamese label (documents, `tdkt report ... --list`).
    public var label: String { labels.vi }
    public init(path: String, label: Localized, cell: Cell) { self.path = path; self.labels = label; self.cell = cell }
}

extension Localized {
    /// Parts joined in each language ("Sở Nội vụ · Giấy khen · Cá nhân" / "Sở Nội vụ · Certificate of merit · Person").
    static func joined(_ parts: [Localized], separator: String = " · ") -> Localized {
        Localized(vi: parts.map(\.vi).joined(separator: separator), en: parts.map(\.en).joined(separator: separator))
    }
    /// "… · kỳ trước" / "… · previous period".
    var previous: Localized { .joined([self, Localized(vi: "kỳ trước", en: "previous period")]) }
}

/// Awards split by who received them.
public struct AwardCounts: Sendable, Equatable {
    public var collectives: Cell = .zero
    public var individuals: Cell = .zero
    public var households: Cell = .zero
    public init() {}

    public subscript(kind: NomineeRef.Kind) -> Cell {
        get {
            switch kind {
            case .unit: collectives
            case .person: individuals
            case .household: households
            }
        }
        set {
            switch kind {
            case .unit: collectives = newValue
            case .person: individuals = newValue
            case .household: households = newValue
            }
        }
    }

    /// Always the sum of the three parts.
    public var total: Cell { Cell.sum([collectives, individuals, households]) }

    public static func sum(_ parts: [AwardCounts]) -> AwardCounts {
        var out = AwardCounts()
        for k in NomineeRef.Kind.allCases { out[k] = Cell.sum(parts.map { $0[k] }) }
        return out
    }

    /// In place on the stored cell: going through the subscript (or `cell + .count(...)`) copied the list
    /// of records at every award, which made a province's ten years quadratic (14 s of a 21 s summary).
    mutating func add(_ record: AwardRecord) {
        let ref = RecordRef(.award, record.id)
        switch record.nominee.kind {
        case .unit: collectives.append(ref)
        case .person: individuals.append(ref)
        case .household: households.append(ref)
        }
    }
}

/// How award counts are grouped.
public enum AwardDimension: String, Sendable, CaseIterable {
    case award, campaign, unit, category

    public var label: Localized {
        switch self {
        case .award: Localized(vi: "Hình thức, danh hiệu", en: "Award type")
        case .campaign: Localized(vi: "Phong trào thi đua", en: "Campaign")
        case .unit: Localized(vi: "Đơn vị", en: "Unit")
        case .category: Localized(vi: "Đối tượng", en: "Statistics category")
        }
    }
}

/// Award counts by a dimension and award type, for a period and the one before it.
/// Every total is computed from the rows, so totals always equal the sum of their parts.
public struct AwardTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var groupId: String
        public var groupLabel: String
        public var awardCode: String
        public var awardName: String
        /// The same in English where it differs (award names, "(no campaign)"); record names stay as they are.
        public var groupLabelEn: String
        public var awardNameEn: String
        public var current: AwardCounts
        public var previous: AwardCounts
    }

    public var dimension: AwardDimension
    public var rows: [Row]

    public var total: AwardCounts { AwardCounts.sum(rows.map(\.current)) }
    public var previousTotal: AwardCounts { AwardCounts.sum(rows.map(\.previous)) }

    /// Group ids used when a record has no group on a dimension.
    public static let noCampaign = "_none"
    public static let unknown = "_unknown"

    /// The group of a record on a dimension: its id (the label is looked up once per group, `groupLabel`).
    static func groupId(of r: AwardRecord, _ dimension: AwardDimension, _ data: ReportData) -> String {
        switch dimension {
        case .award: r.awardCode
        case .campaign: r.campaignId ?? noCampaign
        case .unit: data.unitId(of: r.nominee) ?? unknown
        case .category:
            switch r.nominee.kind {
            case .unit: "collective"
            case .household: "household"
            case .person: data.people[r.nominee.id]?.category.rawValue ?? unknown
            }
        }
    }

    /// The label of a group `groupId` gave.
    static func groupLabel(_ id: String, _ dimension: AwardDimension, _ data: ReportData) -> Localized {
        switch dimension {
        case .award: Localized(vi: data.awardName(id), en: data.awardNameEn(id))
        case .campaign: id == noCampaign ? Localized(vi: "(Không thuộc phong trào)", en: "(no campaign)") : Localized(data.campaigns[id]?.name ?? id)
        case .unit: id == unknown ? Localized(vi: "(Không rõ đơn vị)", en: "(unit unknown)") : Localized(data.units[id]?.name ?? id)
        case .category:
            switch id {
            case "collective": NomineeRef.Kind.unit.label
            case "household": NomineeRef.Kind.household.label
            default: StatisticsCategory(rawValue: id)?.label ?? Localized(vi: "(Không rõ đối tượng)", en: "(category unknown)")
            }
        }
    }

    /// Builds the table; rows appear for every group and award found in either period.
    public static func build(_ dimension: AwardDimension, data: ReportData, period: ReportPeriod) -> AwardTable {
        build(dimension, data: data, current: data.awards(in: period), previous: data.awards(in: period.previous))
    }

    /// The same from the period's records and the previous period's, chosen once for several tables.
    static func build(_ dimension: AwardDimension, data: ReportData, current: [AwardRecord], previous: [AwardRecord]) -> AwardTable {
        struct Key: Hashable { var group: String; var award: String }
        var rows: [Key: Row] = [:]
        for (records, isCurrent) in [(current, true), (previous, false)] {
            for r in records {
                let key = Key(group: groupId(of: r, dimension, data), award: r.awardCode)
                // A row made only for a new group and award (a closure making it at every record copied the whole
                // report's data each time; asking `rows[key] == nil` copied the row out), then modified inside the
                // dictionary, so its lists grow in place.
                if rows.index(forKey: key) == nil {
                    let label = groupLabel(key.group, dimension, data)
                    rows[key] = Row(groupId: key.group, groupLabel: TextNormalization.clean(label.vi), awardCode: r.awardCode,
                                    awardName: TextNormalization.clean(data.awardName(r.awardCode)),
                                    groupLabelEn: TextNormalization.clean(label.en),
                                    awardNameEn: TextNormalization.clean(data.awardNameEn(r.awardCode)),
                                    current: AwardCounts(), previous: AwardCounts())
                }
                if isCurrent { rows[key]!.current.add(r) } else { rows[key]!.previous.add(r) }
            }
        }
        return AwardTable(dimension: dimension, rows: sorted(Array(rows.values), dimension, data))
    }

    /// The rows by award then group (`.award`), else by category or by the group's name in Vietnamese order
    /// (equal names by id), by award within a group. Each row's key is made once and compared in one pass: the
    /// collation key made inside the comparator was half the time of a province's ten-year summary.
    private static func sorted(_ rows: [Row], _ dimension: AwardDimension, _ data: ReportData) -> [Row] {
        var awardKeys: [String: (Int, Int, String)] = [:], groupKeys: [String: CollationKey] = [:]
        let keys = rows.map { r -> RowOrder in
            if awardKeys[r.awardCode] == nil { awardKeys[r.awardCode] = data.awardOrder(r.awardCode) }
            if groupKeys[r.groupId] == nil { groupKeys[r.groupId] = CollationKey(dimension == .unit || dimension == .campaign ? r.groupLabel : "") }
            let award = awardKeys[r.awardCode]!
            return RowOrder(byAward: dimension == .award, category: dimension == .category ? categoryOrder(r.groupId) : 0,
                            group: groupKeys[r.groupId]!, id: r.groupId, level: award.0, rank: award.1, code: award.2)
        }
        return SortOrder.positions(of: keys).map { rows[$0] }
    }

    /// A row's place: by award then group on the award dimension; else by category or group name, group id, award.
    private struct RowOrder: OrderedKey {
        var byAward: Bool
        var category: Int, group: CollationKey, id: String
        var level: Int, rank: Int, code: String
        static func < (a: Self, b: Self) -> Bool { order(a, b) < 0 }
        static func order(_ a: Self, _ b: Self) -> Int {
            if a.byAward {
                let byAward = award(a, b)
                return byAward != 0 ? byAward : String.order(a.id, b.id)
            }
            if a.category != b.category { return a.category < b.category ? -1 : 1 }
            let group = CollationKey.order(a.group, b.group)
            if group != 0 { return group }
            let id = String.order(a.id, b.id)
            return id != 0 ? id : award(a, b)
        }
        private static func award(_ a: Self, _ b: Self) -> Int {
            if a.level != b.level { return a.level < b.level ? -1 : 1 }
            if a.rank != b.rank { return a.rank < b.rank ? -1 : 1 }
            return String.order(a.code, b.code)
        }
    }

    static func categoryOrder(_ id: String) -> Int {
        let order = ["collective", "household"] + StatisticsCategory.allCases.map(\.rawValue) + [unknown]
        return order.firstIndex(of: id) ?? order.count
    }

    /// Every cell as a figure for drill-down.
    public func figures(prefix: String) -> [Figure] {
        var out: [Figure] = []
        out.reserveCapacity((rows.count + 1) * 8)
        func add(_ path: String, _ label: Localized, _ counts: AwardCounts, _ previous: AwardCounts) {
            for (k, name) in [(NomineeRef.Kind.unit, "unit"), (.person, "person"), (.household, "household")] {
                let l = Localized.joined([label, k.label])
                out.append(Figure(path: "\(path).\(name)", label: l, cell: counts[k]))
                out.append(Figure(path: "\(path).\(name).prev", label: l.previous, cell: previous[k]))
            }
            let all = Localized.joined([label, Localized(vi: "Cộng", en: "All")])
            out.append(Figure(path: "\(path).total", label: all, cell: counts.total))
            out.append(Figure(path: "\(path).total.prev", label: all.previous, cell: previous.total))
        }
        for r in rows {
            let award = Localized(vi: r.awardName, en: r.awardNameEn)
            let label = dimension == .award ? award : .joined([Localized(vi: r.groupLabel, en: r.groupLabelEn), award])
            add("\(prefix).\(r.groupId).\(r.awardCode)", label, r.current, r.previous)
        }
        add("\(prefix).total", Localized(vi: "Tổng cộng", en: "Total"), total, previousTotal)
        return out
    }
}
