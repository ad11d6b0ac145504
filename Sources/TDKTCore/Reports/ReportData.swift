import Foundation
import TDKTText

/// What a report reads, gathered once: from a Workspace for the program, or built directly by tests.
/// Reports never write; every figure is computed from these records.
public struct ReportData: Sendable {
    public var config: OfficeConfig
    public var units: [String: Unit]
    /// What the reports use of a person (name, unit, category), by id: from a workspace, read without whole
    /// records (`Workspace.personLabels`).
    public var people: [String: PersonLabel]
    public var households: [String: Household]
    public var campaigns: [String: Campaign]
    public var clusters: [String: Cluster]
    public var catalogue: AwardCatalogue
    /// Award records of every year read (the report's period and the previous one at least).
    public var awards: [AwardRecord]
    /// The proposals of `proposalCodes` (as read from a workspace; all those given to the other initialiser).
    public var proposals: [Proposal]
    /// The awards whose proposals the reports look at: the province's emulation flag (the summary's clusters).
    /// A report that counts other proposals adds their code here.
    static let proposalCodes: Set<String> = [Summary.flagCode]
    public var examples: [ModelExample]
    /// How the period's years are counted by decision dates (the office's setting).
    public var reporting: ReportingPeriodKind

    public init(config: OfficeConfig, units: [Unit] = [], people: [Person] = [], households: [Household] = [],
                campaigns: [Campaign] = [], clusters: [Cluster] = [], catalogue: AwardCatalogue = DefaultCatalogue.catalogue,
                awards: [AwardRecord] = [], proposals: [Proposal] = [], examples: [ModelExample] = []) {
        self.config = config
        self.units = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.people = Dictionary(people.map { ($0.id, PersonLabel($0)) }, uniquingKeysWith: { $1 })
        self.households = Dictionary(households.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.campaigns = Dictionary(campaigns.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.clusters = Dictionary(clusters.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.catalogue = catalogue
        self.awards = awards; self.proposals = proposals; self.examples = examples
        self.reporting = config.reportingPeriodKind
    }

    /// Reads what a report over `period` needs: the period and the one before it, and the awards of the year
    /// before those, which may be decided within them (awards are counted by the decision's date).
    public init(workspace ws: Workspace, period: ReportPeriod) {
        let years = Array(period.previous.from...period.to)
        let awardYears = Array((period.previous.from - 1)...period.to)
        // Each year's records appended to arrays sized once: growing them by doubling kept up to three
        // copies of ten years' records alive at the peak.
        ws.prepareAwards(years: awardYears)
        let awardsByYear = awardYears.map { ws.awards(year: $0) }
        var awards: [AwardRecord] = []
        awards.reserveCapacity(awardsByYear.reduce(0) { $0 + $1.count })
        for year in awardsByYear { for r in year { awards.append(r.value) } }
        // Only the proposals the reports look at are read whole, chosen from the years' indexes by award code.
        let codes = Self.proposalCodes
        let proposals = ws.store.records(Proposal.self, years: years, by: .awardCode, where: { codes.contains($0) }).records.map(\.value)
        self.init(config: ws.config,
                  units: ws.units.values.map(\.value),
                  households: ws.households.values.map(\.value), campaigns: ws.campaigns.values.map(\.value),
                  clusters: ws.clusters.values.map(\.value),
                  catalogue: ws.catalogue?.value ?? DefaultCatalogue.catalogue,
                  awards: awards, proposals: proposals,
                  examples: years.flatMap { ws.modelExamples(year: $0) })
        people = ws.personLabels
    }

    // MARK: Names and lookups

    public func name(of nominee: NomineeRef) -> String {
        switch nominee.kind {
        case .unit: units[nominee.id]?.name ?? nominee.id
        case .person: people[nominee.id]?.name ?? nominee.id
        case .household: households[nominee.id]?.headName ?? nominee.id
        }
    }

    /// The unit a nominee belongs to: the unit itself, a person's unit, a household's commune.
    public func unitId(of nominee: NomineeRef) -> String? {
        switch nominee.kind {
        case .unit: nominee.id
        case .person: people[nominee.id]?.unitId
        case .household: households[nominee.id]?.unitId
        }
    }

    public func awardName(_ code: String) -> String { catalogue.award(code)?.name ?? code }
    public func awardNameEn(_ code: String) -> String { catalogue.award(code)?.nameEn ?? code }

    /// Award codes in the order a report lists them: titles before forms, then catalogue order; unknown codes last.
    public func awardOrder(_ code: String) -> (Int, Int, String) {
        guard let i = catalogue.awards.firstIndex(where: { $0.code == code }) else { return (2, 0, code) }
        return (catalogue.awards[i].kind == .title ? 0 : 1, i, code)
    }

    /// The awards counted in a period: by the decision's date over the period's days (calendar years, or
    /// 15/12–14/12 when the office counts so); an award recorded without a decision date, by its year.
    public func awards(in period: ReportPeriod) -> [AwardRecord] {
        awards.filter { period.counts($0, reporting) }
    }

    /// Who pays an award's money: the level of the award (the level that signs its decisions).
    public func payer(of r: AwardRecord) -> MoneyPayer {
        MoneyPayer(catalogue.award(r.awardCode)?.level ?? .province)
    }

    /// One line describing a record behind a figure, for `tdkt report records` and the drill-down screen.
    public func describe(_ ref: RecordRef, language l: Language = .vi) -> [String] {
        switch ref.kind {
        case .award:
            guard let a = awards.first(where: { $0.id == ref.id }) else { return [ref.kind.rawValue, ref.id, "", "?"] }
            let campaign = a.campaignId.map { campaigns[$0]?.name ?? $0 } ?? ""
            return [ref.kind.rawValue, a.id, String(a.year),
                    [name(of: a.nominee), a.nominee.kind.label.text(l), a.awardCode, a.decisionNumber ?? "", campaign]
                        .filter { !$0.isEmpty }.joined(separator: " · ")]
        case .campaign:
            guard let c = campaigns[ref.id] else { return [ref.kind.rawValue, ref.id, "", "?"] }
            return [ref.kind.rawValue, c.id, String(c.period.start.year),
                    "\(c.name) · \(c.kind.label.text(l)) · \(c.launchingBody) · \(c.status.label.text(l))"]
        case .cluster:
            guard let c = clusters[ref.id] else { return [ref.kind.rawValue, ref.id, "", "?"] }
            return [ref.kind.rawValue, c.id, "", "\(c.name) · \(c.kind.label.text(l))"]
        case .proposal:
            guard let p = proposals.first(where: { $0.id == ref.id }) else { return [ref.kind.rawValue, ref.id, "", "?"] }
            return [ref.kind.rawValue, p.id, String(p.year), "\(name(of: p.nominee)) · \(p.awardCode) · \(p.state.label.text(l))"]
        case .example:
            guard let e = examples.first(where: { $0.id == ref.id }) else { return [ref.kind.rawValue, ref.id, "", "?"] }
            return [ref.kind.rawValue, e.id, String(e.year), "\(e.name) · \(campaigns[e.campaignId]?.name ?? e.campaignId)"]
        }
    }
}
