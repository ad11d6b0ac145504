import Foundation
import TDKTText

/// Settings of the checks that are a matter of local policy, not of the law's text.
public struct EligibilityPolicy: Sendable, Equatable {
    /// Cờ thi đua của Chính phủ: at most this share of the collectives that met the provincial-flag
    /// standard in the year (Decree 91 Art. 11: 20%; the current figure was not found).
    public var governmentFlagQuota: Decimal
    /// Tập thể lao động xuất sắc: share of members that must be Lao động tiên tiến (Law 2022 Art. 27: 70%).
    public var excellentCollectiveShare: Decimal
    public init(governmentFlagQuota: Decimal = Decimal(string: "0.2")!, excellentCollectiveShare: Decimal = Decimal(string: "0.7")!) {
        self.governmentFlagQuota = governmentFlagQuota; self.excellentCollectiveShare = excellentCollectiveShare
    }
}

/// Everything the checks look back over, indexed once: award records and proposals by nominee,
/// members by unit, and award records by award and year.
public struct AwardHistory: Sendable {
    public var catalogue: AwardCatalogue
    public var units: [String: Unit]
    public var people: [String: Person]
    public var households: [String: Household]
    public var clusters: [Cluster]
    public var campaigns: [String: Campaign]
    public var policy: EligibilityPolicy
    /// Standings of the closed rounds (the flag goes to the unit ranked first).
    public var standings: [ClusterStanding]
    public private(set) var recordsByNominee: [NomineeRef: [AwardRecord]] = [:]
    public private(set) var proposalsByNominee: [NomineeRef: [Proposal]] = [:]
    private var recordsByCodeYear: [String: [AwardRecord]] = [:]
    private var proposalsByCodeYear: [String: [Proposal]] = [:]
    private var membersByUnit: [String: [Person]] = [:]

    public init(catalogue: AwardCatalogue, units: [Unit] = [], people: [Person] = [], households: [Household] = [],
                clusters: [Cluster] = [], campaigns: [Campaign] = [], records: [AwardRecord] = [], proposals: [Proposal] = [],
                standings: [ClusterStanding] = [], policy: EligibilityPolicy = EligibilityPolicy()) {
        self.standings = standings
        self.catalogue = catalogue
        self.units = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.households = Dictionary(households.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.clusters = clusters
        self.campaigns = Dictionary(campaigns.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.policy = policy
        for p in people { membersByUnit[p.unitId, default: []].append(p) }
        for r in records { add(r) }
        for p in proposals { add(p) }
    }

    /// The history in a data directory: every award year, every proposal.
    public init(workspace ws: Workspace, proposals: [Proposal]? = nil, policy: EligibilityPolicy = EligibilityPolicy()) throws {
        guard let catalogue = ws.catalogue?.value else { throw StoreError.notFound(path: "catalogue/awards.json") }
        self.init(catalogue: catalogue, units: ws.units.values.map(\.value), people: ws.people.values.map(\.value),
                  households: ws.households.values.map(\.value), clusters: ws.clusters.values.map(\.value),
                  campaigns: ws.campaigns.values.map(\.value), records: ws.allAwards().map(\.value),
                  proposals: proposals ?? ws.store.loadAll(Proposal.self).values,
                  standings: ws.store.loadAll(ScoringRound.self).values.compactMap(ClusterStanding.init(round:)), policy: policy)
    }

    public mutating func add(_ r: AwardRecord) {
        recordsByNominee[r.nominee, default: []].append(r)
        recordsByCodeYear["\(r.awardCode)/\(r.year)", default: []].append(r)
    }

    public mutating func add(_ p: Proposal) {
        proposalsByNominee[p.nominee, default: []].append(p)
        proposalsByCodeYear["\(p.awardCode)/\(p.year)", default: []].append(p)
    }

    /// Replaces a proposal kept in the indexes (after a change of state).
    public mutating func replace(_ p: Proposal) {
        proposalsByNominee[p.nominee]?.removeAll { $0.id == p.id }
        proposalsByCodeYear["\(p.awardCode)/\(p.year)"]?.removeAll { $0.id == p.id }
        add(p)
    }

    public func records(of nominee: NomineeRef) -> [AwardRecord] {
        (recordsByNominee[nominee] ?? []).sorted { ($0.year, $0.awardCode, $0.id) < ($1.year, $1.awardCode, $1.id) }
    }

    public func records(of nominee: NomineeRef, code: String, year: Int) -> [AwardRecord] {
        (recordsByNominee[nominee] ?? []).filter { $0.awardCode == code && $0.year == year }
    }

    public func records(code: String, year: Int) -> [AwardRecord] { recordsByCodeYear["\(code)/\(year)"] ?? [] }

    public func proposals(of nominee: NomineeRef) -> [Proposal] { proposalsByNominee[nominee] ?? [] }

    public func proposals(code: String, year: Int) -> [Proposal] { proposalsByCodeYear["\(code)/\(year)"] ?? [] }

    public func members(of unitId: String) -> [Person] { membersByUnit[unitId] ?? [] }

    public func standing(cluster: String, year: Int) -> ClusterStanding? {
        standings.first { $0.clusterId == cluster && $0.year == year }
    }

    public func name(of n: NomineeRef) -> String {
        switch n.kind {
        case .unit: units[n.id]?.name ?? n.id
        case .person: people[n.id]?.name ?? n.id
        case .household: households[n.id]?.headName ?? n.id
        }
    }

    public func exists(_ n: NomineeRef) -> Bool {
        switch n.kind {
        case .unit: units[n.id] != nil
        case .person: people[n.id] != nil
        case .household: households[n.id] != nil
        }
    }

    /// The short name of an award for messages ("CSTĐ cơ sở" is shown as its catalogue name).
    public func awardName(_ code: String) -> String { catalogue.award(code)?.name ?? code }
    public func awardNameEn(_ code: String) -> String { catalogue.award(code)?.nameEn ?? code }
}

extension Proposal.State {
    /// Still holds its achievement: every state but "not eligible" (a returned proposal may be resubmitted).
    public var isOpen: Bool { self != .notEligible }
}
