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

    /// The group of a record on a dimension: id and label.
    static func group(of r: AwardRecord, _ dimension: AwardDimension, _ data: ReportData) -> (String, Localized) {
        switch dimension {
        case .award:
            return (r.awardCode, Localized(vi: data.awardName(r.awardCode), en: data.awardNameEn(r.awardCode)))
        case .campaign:
            guard let c = r.campaignId else { return (noCampaign, Localized(vi: "(Không thuộc phong trào)", en: "(no campaign)")) }
            return (c, Localized(data.campaigns[c]?.name ?? c))
        case .unit:
            guard let u = data.unitId(of: r.nominee) else { return (unknown, Localized(vi: "(Không rõ đơn vị)", en: "(unit unknown)")) }
            return (u, Localized(data.units[u]?.name ?? u))
        case .category:
            switch r.nominee.kind {
            case .unit: return ("collective", NomineeRef.Kind.unit.label)
            case .household: return ("household", NomineeRef.Kind.household.label)
            case .person:
                guard let p = data.people[r.nominee.id] else { return (unknown, Localized(vi: "(Không rõ đối tượng)", en: "(category unknown)")) }
                return (p.category.rawValue, p.category.label)
            }
        }
    }

    /// Builds the table; rows appear for every group and award found in either period.
    public static func build(_ dimension: AwardDimension, data: ReportData, period: ReportPeriod) -> AwardTable {
        struct Key: Hashable { var group: String; var award: String }
        var rows: [Key: Row] = [:]
        for (records, isCurrent) in [(data.awards(in: period), true), (data.awards(in: period.previous), false)] {
            for r in records {
                let (gid, glabel) = group(of: r, dimension, data)
                let key = Key(group: gid, award: r.awardCode)
                let fresh = {
                    Row(groupId: gid, groupLabel: TextNormalization.clean(glabel.vi), awardCode: r.awardCode,
                        awardName: TextNormalization.clean(data.awardName(r.awardCode)),
                        groupLabelEn: TextNormalization.clean(glabel.en), awardNameEn: TextNormalization.clean(data.awardNameEn(r.awardCode)),
                        current: AwardCounts(), previous: AwardCounts())
                }
                // Modified inside the dictionary, so the row's lists stay uniquely owned and grow in place.
                if isCurrent { rows[key, default: fresh()].current.add(r) } else { rows[key, default: fresh()].previous.add(r) }
            }
        }
        // Sort keys computed once per group and award code: computing the collation key inside the comparator
        // was half the time of a province's ten-year summary (11,000 unit rows, 300,000 comparisons).
        var groupKeys: [String: [UInt32]] = [:]
        var awardKeys: [String: (Int, Int, String)] = [:]
        for r in rows.values {
            if groupKeys[r.groupId] == nil { groupKeys[r.groupId] = VietnameseCollation.key(r.groupLabel) }
            if awardKeys[r.awardCode] == nil { awardKeys[r.awardCode] = data.awardOrder(r.awardCode) }
        }
        let sorted = rows.values.sorted { a, b in
            if dimension == .award || a.groupId == b.groupId {
                let oa = awardKeys[a.awardCode]!, ob = awardKeys[b.awardCode]!
                if oa != ob { return oa < ob }
                return a.groupId < b.groupId
            }
            if dimension == .category {
                return categoryOrder(a.groupId) < categoryOrder(b.groupId)
            }
            let ka = groupKeys[a.groupId]!, kb = groupKeys[b.groupId]!
            if ka != kb { return ka.lexicographicallyPrecedes(kb) }
            return a.groupId < b.groupId
        }
        return AwardTable(dimension: dimension, rows: sorted)
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
