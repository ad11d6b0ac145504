import Foundation
import TDKTCore

/// Scoring rounds for a generated province, in the state where raters score: for the newest year of the
/// clusters, every cluster's round open with `ProvinceCriteria`'s table; in the largest cluster's round,
/// every member's self-score sheet, every sheet of about half the raters, and a reviewer login (`raterLogin`)
/// whose unit has saved a third of its sheets. (Sheets in every round would take 8,800 saves, a minute.) Everything goes through the workspace's operations (those
/// `tdkt scores …` and `tdkt roles set` use), so the rounds are checked as an office's would be; it works on a
/// directory `ProvinceGenerator` wrote earlier as well (`tdkt-bench --add-scoring DIR`). Scores come from
/// their own random stream: the generator's records are untouched.
public struct ProvinceScoring {
    public var seed: UInt64
    /// The reviewer login the benchmark opens the grid as.
    public static let raterLogin = "chamdiem"
    /// Only the largest cluster instead of every cluster (tests).
    public var largestOnly = false

    public init(seed: UInt64) { self.seed = seed }

    public struct Figures: Sendable, Equatable {
        public var year = 0
        public var rounds = 0
        public var crossSheets = 0
        /// The largest cluster (most members; the first by id among equals) and the rater's unit in it.
        public var largestCluster = ""
        public var members = 0
        public var raterUnit = ""
    }

    /// Refused: the directory has a round of that year already (nothing was changed).
    public struct AlreadyScored: Error, CustomStringConvertible {
        public var clusterId: String, year: Int
        public var description: String { "a scoring round of \(clusterId) for \(year) is there already; nothing was added" }
    }

    /// Adds the rounds to the data directory at `root`, as `admin` (a login with the administrator role there).
    public func add(to root: String, admin: String) throws -> Figures {
        let ws = try Workspace(root: root, user: admin)
        let clusters = ws.clusters.values.map(\.value).filter { $0.memberIds.count >= 2 }.sorted { $0.id < $1.id }
        guard let largest = Self.largest(clusters) else { throw StoreError.notFound(path: root + "/" + Cluster.collection) }
        let year = clusters.flatMap { $0.years.map(\.year) }.max() ?? Calendar.current.component(.year, from: Date())
        if let scored = clusters.first(where: { ws.hasScoringRound(clusterId: $0.id, year: year) }) {
            throw AlreadyScored(clusterId: scored.id, year: year)
        }
        var f = Figures(year: year, largestCluster: largest.id, members: largest.memberIds.count, raterUnit: largest.memberIds[0])
        try ws.setRole(RoleAssignment(role: .reviewer, unitId: f.raterUnit, clusterIds: [largest.id]), for: Self.raterLogin)
        // A stream of its own (not the generator's), so adding rounds changes no other record.
        var random = SplitMix64(seed: seed ^ 0x5C0B_1A6D_0000_0001)
        let ordered = [largest] + (largestOnly ? [] : clusters.filter { $0.id != largest.id })
        for cluster in ordered {
            f.rounds += 1
            let round = try ws.openScoringRound(Self.configuration(cluster, year: year))
            if cluster.id == largest.id {
                f.crossSheets = try fill(ws, round.value.configuration, revision: round.revision, rater: f.raterUnit, random: &random)
            }
        }
        return f
    }

    /// The cluster with the most members; the first by id among equals.
    static func largest(_ clusters: [Cluster]) -> Cluster? {
        clusters.min { ($1.memberIds.count, $0.id) < ($0.memberIds.count, $1.id) }
    }

    static func configuration(_ cluster: Cluster, year: Int) -> RoundConfiguration {
        RoundConfiguration(roundId: "\(cluster.id)-\(year)", clusterId: cluster.id, year: year, members: cluster.memberIds,
                           table: ProvinceCriteria.table(year: year), bonusItems: ProvinceCriteria.bonusItems, bonusCap: 30,
                           penaltyItems: ProvinceCriteria.penaltyItems)
    }

    /// Self sheets for all, every sheet of about half the raters, and a third of `rater`'s (the benchmark's
    /// rater) with the last of them half done. Returns the cross sheets saved.
    private func fill(_ ws: Workspace, _ config: RoundConfiguration, revision opened: Int, rater: String,
                      random: inout SplitMix64) throws -> Int {
        let cluster = config.clusterId, year = config.year
        var revision = opened
        let criteria = config.table.criteria
        let at = Self.scoringDay(year)
        // Quality of each unit and leniency of each rater, in thousandths of the maximum.
        let quality = config.members.map { _ in 780 + Int(random.next() % 200) }
        let leniency = config.members.map { _ in Int(random.next() % 81) - 40 }
        func value(_ c: Criterion, _ perMille: Int) -> Int {
            let p = min(1000, max(0, perMille + Int(random.next() % 61) - 30))
            return min(c.maximum, (c.maximum * p + c.step * 500) / (c.step * 1000) * c.step)
        }
        for (u, unit) in config.members.enumerated() {
            var cells: [String: SelfScoreCell] = [:]
            for c in criteria { cells[c.id] = SelfScoreCell(value: value(c, quality[u] + 40), evidence: "Báo cáo tổng kết năm \(year), mục \(c.id)") }
            revision = try ws.saveSelfSheet(SelfScoreSheet(unitId: unit, cells: cells), clusterId: cluster, year: year, basedOn: revision).revision
        }
        var saved = 0
        for (r, raterId) in config.members.enumerated() {
            let ratees = config.members.enumerated().filter { $0.offset != r && config.expectedRaters(for: $0.element).contains(raterId) }
            let count: Int
            if raterId == rater { count = ratees.count / 3 + 1 } else { count = random.next() % 2 == 0 ? ratees.count : 0 }
            for (n, (u, ratee)) in ratees.prefix(count).enumerated() {
                var cells: [String: Int] = [:]
                // The rater's last sheet is half done: the grid shows saved, empty and partial rows.
                let filled = raterId == rater && n == count - 1 ? criteria.count / 2 : criteria.count
                for c in criteria.prefix(filled) { cells[c.id] = value(c, quality[u] + leniency[r]) }
                revision = try ws.saveCrossSheet(CrossScoreSheet(raterId: raterId, rateeId: ratee, cells: cells), clusterId: cluster,
                                                 year: year, basedOn: revision, at: at).revision
                saved += 1
            }
        }
        return saved
    }

    /// 10 December of the year, 09:00 (UTC+7): when the sheets are said to be saved.
    static func scoringDay(_ year: Int) -> Date {
        var c = DateComponents(year: year, month: 12, day: 10, hour: 2)
        c.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: c) ?? Date(timeIntervalSince1970: 0)
    }
}
