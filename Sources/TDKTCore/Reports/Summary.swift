import Foundation
import TDKTText

/// One member's place in a cluster's ranking for a year, as the cluster scoring engine computes it.
public struct ClusterRankingEntry: Sendable, Equatable {
    public var unitId: String
    /// 1 for the leading unit.
    public var rank: Int
    public var score: Decimal?
    public var note: String
    public init(unitId: String, rank: Int, score: Decimal? = nil, note: String = "") {
        self.unitId = unitId; self.rank = rank; self.score = score; self.note = note
    }
}

/// Where the summary takes cluster rankings from. The scoring engine conforms to it; without one
/// (or when it returns nil) the ranking column says it has not been scored yet.
public protocol ClusterRankingProvider: Sendable {
    /// The members' ranking for the year, best first; nil when the cluster has not been scored.
    func ranking(clusterId: String, year: Int) -> [ClusterRankingEntry]?
}

/// The figures of the year-end summary (báo cáo tổng kết công tác thi đua, khen thưởng) for a period,
/// each compared with the previous period of the same length and each open to the records behind it.
public struct Summary: Sendable {
    /// Campaigns in a period, as campaign ids.
    public struct CampaignFigures: Sendable, Equatable {
        /// Launched in the period.
        public var launched: Cell
        /// With an interim or final review held in the period.
        public var reviewed: Cell
        /// Final-reviewed or closed, ending in the period.
        public var closed: Cell
        /// Running at some time in the period.
        public var active: Cell
    }

    public struct CampaignLine: Sendable, Equatable {
        public var campaignId: String
        public var name: String
        public var kind: Campaign.Kind
        public var launchingBody: String
        public var period: DatePeriod
        public var status: Campaign.Status
        /// What happened in the period: "Phát động 01/01/2025", "Sơ kết 15/06/2025"...
        public var events: [String]
    }

    public struct ClusterLine: Sendable, Equatable {
        public var clusterId: String
        public var name: String
        public var kind: Cluster.Kind
        public var year: Int
        public var leaderId: String?
        public var leaderName: String?
        public var deputyName: String?
        /// CO_TINH awards of the year to members of the cluster.
        public var flagAwarded: Cell
        /// CO_TINH proposals of the year made for the cluster (not drafts, not returned or refused).
        public var flagProposed: Cell
        public var flagNames: [String]
        public var proposedNames: [String]
        /// Filled by the scoring engine; nil when not scored.
        public var ranking: [ClusterRankingEntry]?
    }

    public var period: ReportPeriod
    public var campaigns: CampaignFigures
    public var previousCampaigns: CampaignFigures
    public var campaignLines: [CampaignLine]
    public var clusters: [ClusterLine]
    public var examples: Cell
    public var previousExamples: Cell
    public var exampleList: [ModelExample]
    public var awardsByType: AwardTable
    public var awardsByCampaign: AwardTable
    public var awardsByUnit: AwardTable
    public var awardsByCategory: AwardTable
    /// Money paid by the province and its units (sum of AwardRecord.amount of their decisions), and the awards with
    /// no amount recorded. The Prime Minister's and the President's awards are in `moneyByPayer[.central]` only.
    public var money: Cell
    public var previousMoney: Cell
    /// The money by the level that pays it.
    public var moneyByPayer: [MoneyPayer: Cell] = [:]
    public var previousMoneyByPayer: [MoneyPayer: Cell] = [:]
    public var withoutAmount: Cell
    public var previousWithoutAmount: Cell

    /// The provincial flag award code.
    public static let flagCode = "CO_TINH"

    public static func build(data: ReportData, period: ReportPeriod, ranking: ClusterRankingProvider? = nil) -> Summary {
        let current = campaignFigures(data, period), previous = campaignFigures(data, period.previous)
        // The period's awards and the previous period's, chosen once for the money and the four tables.
        let awards = data.awards(in: period), previousAwards = data.awards(in: period.previous)
        let (money, without, byPayer) = moneyFigures(data, awards)
        let (pMoney, pWithout, pByPayer) = moneyFigures(data, previousAwards)
        func table(_ d: AwardDimension) -> AwardTable { .build(d, data: data, current: awards, previous: previousAwards) }
        let examples = data.examples.filter { period.contains(year: $0.year) }
            .sorted(byKey: { SortPair($0.year, CollationKey($0.name)) })
        return Summary(
            period: period, campaigns: current, previousCampaigns: previous,
            campaignLines: campaignLines(data, period), clusters: clusterLines(data, period, ranking),
            examples: .count(examples.map { RecordRef(.example, $0.id) }),
            previousExamples: .count(data.examples.filter { period.previous.contains(year: $0.year) }.map { RecordRef(.example, $0.id) }),
            exampleList: examples,
            awardsByType: table(.award), awardsByCampaign: table(.campaign), awardsByUnit: table(.unit),
            awardsByCategory: table(.category),
            money: money, previousMoney: pMoney, moneyByPayer: byPayer, previousMoneyByPayer: pByPayer,
            withoutAmount: without, previousWithoutAmount: pWithout)
    }

    static func sortedCampaigns(_ data: ReportData) -> [Campaign] {
        data.campaigns.values.sorted(byKey: { SortPair($0.period.start, CollationKey($0.name)) })
    }

    /// The year a campaign ended: its final review, else the end of its period, once final-reviewed or closed.
    static func closingYear(_ c: Campaign) -> Int? {
        guard c.status == .closed || c.status == .finalReviewed else { return nil }
        return c.reviews.filter { $0.kind == .final }.map(\.date.year).max() ?? c.period.end?.year
    }

    static func overlaps(_ c: Campaign, _ period: ReportPeriod) -> Bool {
        c.period.start.year <= period.to && (c.period.end?.year ?? Int.max) >= period.from
    }

    static func campaignFigures(_ data: ReportData, _ period: ReportPeriod) -> CampaignFigures {
        let all = sortedCampaigns(data)
        func cell(_ test: (Campaign) -> Bool) -> Cell { .count(all.filter(test).map { RecordRef(.campaign, $0.id) }) }
        return CampaignFigures(
            launched: cell { period.contains(year: $0.period.start.year) },
            reviewed: cell { $0.reviews.contains { period.contains(year: $0.date.year) } },
            closed: cell { closingYear($0).map(period.contains(year:)) ?? false },
            active: cell { overlaps($0, period) })
    }

    static func campaignLines(_ data: ReportData, _ period: ReportPeriod) -> [CampaignLine] {
        sortedCampaigns(data).filter { overlaps($0, period) }.map { c in
            var events: [String] = []
            if period.contains(year: c.period.start.year) { events.append("Phát động \(c.period.start)") }
            for r in c.reviews.sorted(by: { $0.date < $1.date }) where period.contains(year: r.date.year) {
                events.append("\(r.kind == .interim ? "Sơ kết" : "Tổng kết") \(r.date)")
            }
            if let y = closingYear(c), period.contains(year: y), c.status == .closed {
                events.append("Kết thúc \(c.period.end.map(\.description) ?? String(y))")
            }
            return CampaignLine(campaignId: c.id, name: c.name, kind: c.kind, launchingBody: c.launchingBody,
                                period: c.period, status: c.status, events: events)
        }
    }

    static func clusterLines(_ data: ReportData, _ period: ReportPeriod, _ ranking: ClusterRankingProvider?) -> [ClusterLine] {
        let clusters = data.clusters.values.sorted(byKey: { SortPair($0.kind == .cluster ? 0 : 1, CollationKey($0.name)) })
        let proposalStates: Set<Proposal.State> = [.submitted, .underAppraisal, .toCouncil, .approved, .decided]
        // The flags and flag proposals of each year, picked out once: scanning every award and proposal
        // for each cluster and year took seconds on a province's ten years.
        let flagAwards = Dictionary(grouping: data.awards.filter { $0.awardCode == flagCode && $0.nominee.kind == .unit }, by: \.year)
        let flagProposals = Dictionary(grouping: data.proposals.filter { $0.awardCode == flagCode && proposalStates.contains($0.state) },
                                       by: \.year)
        var out: [ClusterLine] = []
        for year in period.years {
            for c in clusters {
                let members = Set(c.memberIds + c.formerMemberIds)
                let flags = (flagAwards[year] ?? []).filter { members.contains($0.nominee.id) }.sorted { $0.id < $1.id }
                let proposed = (flagProposals[year] ?? []).filter { $0.clusterId == c.id }.sorted { $0.id < $1.id }
                let entry = c.year(year)
                // A single year lists every cluster; a range only the years with something recorded.
                if !period.isSingleYear && entry == nil && flags.isEmpty && proposed.isEmpty { continue }
                out.append(ClusterLine(
                    clusterId: c.id, name: c.name, kind: c.kind, year: year, leaderId: entry?.leaderId,
                    leaderName: entry?.leaderId.map { data.units[$0]?.name ?? $0 },
                    deputyName: entry?.deputyId.map { data.units[$0]?.name ?? $0 },
                    flagAwarded: .count(flags.map { RecordRef(.award, $0.id) }),
                    flagProposed: .count(proposed.map { RecordRef(.proposal, $0.id) }),
                    flagNames: flags.map { data.name(of: $0.nominee) },
                    proposedNames: proposed.map { data.name(of: $0.nominee) },
                    ranking: ranking?.ranking(clusterId: c.id, year: year)))
            }
        }
        return out
    }

    /// The money of the awards decided in the period, by the level that pays it; "paid" is the province's and its
    /// units' — the Prime Minister's and the President's are listed apart, not counted as paid by the province.
    static func moneyFigures(_ data: ReportData, _ awards: [AwardRecord]) -> (paid: Cell, without: Cell, byPayer: [MoneyPayer: Cell]) {
        let records = awards.sorted(byKey: \.id)
        var byPayer: [MoneyPayer: Cell] = [:]
        for payer in MoneyPayer.allCases {
            byPayer[payer] = Cell.sum(records.filter { data.payer(of: $0) == payer }
                .compactMap { r in r.amount.map { Cell(value: $0, refs: [RecordRef(.award, r.id)]) } })
        }
        let paid = Cell.sum(MoneyPayer.allCases.filter(\.paidByProvince).compactMap { byPayer[$0] })
        let without = records.filter { $0.amount == nil && data.payer(of: $0).paidByProvince }
        return (paid, .count(without.map { RecordRef(.award, $0.id) }), byPayer)
    }

    /// Every figure of the summary, by path, for drill-down.
    public func figures() -> [Figure] {
        var out: [Figure] = []
        for (name, label, kp) in [("launched", Localized(vi: "Phong trào phát động", en: "Campaigns launched"), \CampaignFigures.launched),
                                  ("reviewed", Localized(vi: "Phong trào sơ kết, tổng kết", en: "Campaigns reviewed"), \CampaignFigures.reviewed),
                                  ("closed", Localized(vi: "Phong trào kết thúc", en: "Campaigns closed"), \CampaignFigures.closed),
                                  ("active", Localized(vi: "Phong trào thực hiện", en: "Campaigns running"), \CampaignFigures.active)] {
            out.append(Figure(path: "campaigns.\(name)", label: label, cell: campaigns[keyPath: kp]))
            out.append(Figure(path: "campaigns.\(name).prev", label: label.previous, cell: previousCampaigns[keyPath: kp]))
        }
        for c in clusters {
            out.append(Figure(path: "clusters.\(c.clusterId).\(c.year).flag",
                              label: Localized(vi: "\(c.name) \(c.year) · Cờ thi đua", en: "\(c.name) \(c.year) · emulation flag"), cell: c.flagAwarded))
            out.append(Figure(path: "clusters.\(c.clusterId).\(c.year).proposed",
                              label: Localized(vi: "\(c.name) \(c.year) · đề nghị Cờ thi đua", en: "\(c.name) \(c.year) · flag proposed"),
                              cell: c.flagProposed))
        }
        let examplesLabel = Localized(vi: "Điển hình tiên tiến", en: "Model examples")
        out.append(Figure(path: "examples", label: examplesLabel, cell: examples))
        out.append(Figure(path: "examples.prev", label: examplesLabel.previous, cell: previousExamples))
        out += awardsByType.figures(prefix: "awards.by-award")
        out += awardsByCampaign.figures(prefix: "awards.by-campaign")
        out += awardsByUnit.figures(prefix: "awards.by-unit")
        out += awardsByCategory.figures(prefix: "awards.by-category")
        let moneyLabel = Localized(vi: "Tiền thưởng (đồng)", en: "Award money (đồng)")
        out.append(Figure(path: "money.paid", label: moneyLabel, cell: money))
        out.append(Figure(path: "money.paid.prev", label: moneyLabel.previous, cell: previousMoney))
        for payer in MoneyPayer.allCases {
            out.append(Figure(path: "money.\(payer.rawValue)", label: payer.labels, cell: moneyByPayer[payer] ?? Cell(value: 0, refs: [])))
            out.append(Figure(path: "money.\(payer.rawValue).prev", label: payer.labels.previous,
                              cell: previousMoneyByPayer[payer] ?? Cell(value: 0, refs: [])))
        }
        let missing = Localized(vi: "Khen thưởng chưa ghi số tiền", en: "Awards without an amount")
        out.append(Figure(path: "money.missing", label: missing, cell: withoutAmount))
        out.append(Figure(path: "money.missing.prev", label: missing.previous, cell: previousWithoutAmount))
        return out
    }
}
