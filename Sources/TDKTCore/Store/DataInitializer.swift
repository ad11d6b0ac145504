import Foundation
import TDKTText

/// Records a new data directory starts with (the demo's, or a test's), written as one batch by `DataInitializer`.
public struct SeedRecords: Sendable {
    public var units: [Unit] = []
    public var people: [Person] = []
    public var households: [Household] = []
    public var campaigns: [Campaign] = []
    public var clusters: [Cluster] = []
    public var awards: [AwardRecord] = []
    public var scoringRounds: [ScoringRound] = []
    /// Award proposals already drafted (the demo's final round makes some).
    public var proposals: [Proposal] = []
    public var decisions: [Decision] = []
    public var registrations: [Registration] = []
    public var examples: [ModelExample] = []
    /// Logins given a role besides the creator, who is always the administrator.
    public var roles: [String: RoleAssignment] = [:]

    public init() {}

    func writes(action: String) -> [PendingWrite] {
        units.map { PendingWrite($0, basedOn: nil, action: action) }
            + people.map { PendingWrite($0, basedOn: nil, action: action) }
            + households.map { PendingWrite($0, basedOn: nil, action: action) }
            + campaigns.map { PendingWrite($0, basedOn: nil, action: action) }
            + clusters.map { PendingWrite($0, basedOn: nil, action: action) }
            + awards.map { PendingWrite($0, basedOn: nil, action: action) }
            + scoringRounds.map { PendingWrite($0, basedOn: nil, action: action) }
            + proposals.map { PendingWrite($0, basedOn: nil, action: action) }
            + decisions.map { PendingWrite($0, basedOn: nil, action: action) }
            + registrations.map { PendingWrite($0, basedOn: nil, action: action) }
            + examples.map { PendingWrite($0, basedOn: nil, action: action) }
    }
}

/// Creates data directories: the office configuration, the default catalogue, and the seed records if any.
public enum DataInitializer {
    /// `durable: false` skips fsync: for test fixtures only, which need not survive a power cut.
    public static func create(root: String, user: String, officeName: String? = nil, seed: SeedRecords? = nil, durable: Bool = true) throws {
        if !durable { return try FileIO.withoutSync { try create(root: root, user: user, officeName: officeName, seed: seed) } }
        DataDirectory.applyOfficeUmask()
        let store = try Store(root: root, user: user)
        var roles = seed?.roles ?? [:]
        roles[user] = RoleAssignment(role: .administrator)
        let config = OfficeConfig(officeName: officeName ?? "Sở Nội vụ tỉnh Thái Nguyên", parentBody: "UBND TỈNH THÁI NGUYÊN",
                                  place: "Thái Nguyên", roles: roles)
        var writes = [PendingWrite(DefaultCatalogue.catalogue, basedOn: nil, action: "init")]
        if let seed { writes += seed.writes(action: "init --demo") }
        try store.commit(writes)
        // The configuration is written last: a directory without it is not yet a data directory.
        try store.writeRaw(try JSONCoding.encode(config), to: OfficeConfig.fileName, action: "init")
    }
}
