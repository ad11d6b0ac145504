import Foundation
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

enum ReportFixtures {
    static let config = OfficeConfig(officeName: "Sở Nội vụ tỉnh Thái Nguyên", parentBody: "UBND TỈNH THÁI NGUYÊN",
                                     place: "Thái Nguyên", roles: [:])

    /// Random but reproducible data: units (some enterprises), people of every category, households,
    /// campaigns of every kind and level, clusters, and awards over 2016–2025 (some to unknown people,
    /// some without a campaign, some with amounts).
    static func generated(seed: UInt64) -> ReportData {
        var rng = SplitMix64(seed: seed)
        let unitKinds = Unit.Kind.allCases
        let units = (0..<Int.random(in: 5...25, using: &rng)).map { i in
            Unit(id: "u\(i)", name: "Đơn vị \(DemoNames.person(i))", kind: unitKinds.randomElement(using: &rng)!)
        }
        let people = (0..<Int.random(in: 5...60, using: &rng)).map { i in
            Person(id: "p\(i)", name: DemoNames.person(i + 3), unitId: units.randomElement(using: &rng)!.id,
                   category: StatisticsCategory.allCases.randomElement(using: &rng)!)
        }
        let households = (0..<Int.random(in: 0...8, using: &rng)).map { i in
            Household(id: "h\(i)", headName: DemoNames.person(i + 40), address: "Xóm \(i)", unitId: units.randomElement(using: &rng)!.id)
        }
        let levels = [("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"), ("Chủ tịch UBND tỉnh", "UBND tỉnh Thái Nguyên"),
                      ("Giám đốc Sở", "Sở Y tế"), ("Tỉnh ủy", "Ban Dân vận Tỉnh ủy")]
        let campaigns = (0..<Int.random(in: 1...10, using: &rng)).map { i -> Campaign in
            let start = Int.random(in: 2014...2025, using: &rng)
            let level = levels.randomElement(using: &rng)!
            let end: CivilDate? = Bool.random(using: &rng) ? nil
                : CivilDate(start + Int.random(in: 0...6, using: &rng), Int.random(in: 1...12, using: &rng), 28)
            var c = Campaign(id: "c\(i)", name: "Phong trào \(i)", kind: Campaign.Kind.allCases.randomElement(using: &rng)!,
                             launchLevel: level.0, launchingBody: level.1, period: DatePeriod(start: CivilDate(start, 3, 1), end: end),
                             targetClusterIds: Bool.random(using: &rng) ? ["k0"] : [],
                             status: Campaign.Status.allCases.randomElement(using: &rng)!)
            if Bool.random(using: &rng) {
                c.reviews = [Campaign.Review(kind: .interim, date: CivilDate(start, 6, 15), summary: "Sơ kết")]
            }
            return c
        }
        let clusters = [Cluster(id: "k0", name: "Cụm thi đua số 1", kind: .cluster, organiser: "UBND tỉnh",
                                memberIds: units.prefix(4).map(\.id),
                                years: (2016...2025).map { Cluster.Year(year: $0, leaderId: units[$0 % min(4, units.count)].id, deputyId: nil) })]
        let codes = DefaultCatalogue.catalogue.awards.map(\.code) + ["KNC_TINH"]
        var awards: [AwardRecord] = []
        for i in 0..<Int.random(in: 0...400, using: &rng) {
            let kind = NomineeRef.Kind.allCases.randomElement(using: &rng)!
            let nomineeId: String
            switch kind {
            case .unit: nomineeId = units.randomElement(using: &rng)!.id
            case .person: nomineeId = Int.random(in: 0..<10, using: &rng) == 0 ? "ghost-\(i)" : people.randomElement(using: &rng)!.id
            case .household: nomineeId = households.randomElement(using: &rng)?.id ?? "ghost-household"
            }
            awards.append(AwardRecord(
                id: "a\(i)", year: Int.random(in: 2016...2025, using: &rng), nominee: NomineeRef(kind, nomineeId),
                awardCode: codes.randomElement(using: &rng)!, kind: Proposal.Kind.allCases.randomElement(using: &rng)!,
                campaignId: Bool.random(using: &rng) ? campaigns.randomElement(using: &rng)!.id : nil,
                amount: Bool.random(using: &rng) ? Int.random(in: 0...10, using: &rng) * 10_000 : nil, source: .demo))
        }
        let examples = (0..<Int.random(in: 0...6, using: &rng)).map { i in
            ModelExample(id: "e\(i)", campaignId: campaigns[0].id, year: Int.random(in: 2016...2025, using: &rng),
                         kind: .practice, name: "Mô hình \(i)", description: "")
        }
        return ReportData(config: config, units: units, people: people, households: households, campaigns: campaigns,
                          clusters: clusters, awards: awards, examples: examples)
    }

    /// NFD (decomposed) form of a text, as some input methods and imported files deliver it.
    static func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }
}
