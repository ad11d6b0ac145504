import Foundation
import TDKTCore
import TDKTDemo
import TDKTText

/// A deterministic, province-sized data directory for benchmarks: at scale 1, 1,100 units in 83 clusters
/// and blocks, 15,000 people with 10 years of ratings, and 5,000 proposals and 5,000 awards a year.
/// Files are written by `FixtureWriter`: the store's format without fsync (a benchmark fixture, not a clerk's work).
/// Its scoring rounds are added afterwards, through the workspace, by `ProvinceScoring` (`tdkt-bench --generate` does both).
public struct ProvinceGenerator {
    public var seed: UInt64
    public var scale: Int
    public var firstYear = 2016
    public var years = 10
    /// People and awards at scale 1 (the province's figures); tests use fewer.
    public var peoplePerScale = 15_000
    public var awardsPerYearPerScale = 5_000

    public init(seed: UInt64, scale: Int) { self.seed = seed; self.scale = max(1, scale) }

    public struct Figures: Sendable {
        public var files = 0
        public var bytes = 0
        public var units = 0, people = 0, clusters = 0, proposals = 0, awards = 0
    }

    static let places = ["Tân Cương", "Phú Bình", "Đại Từ", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "Phú Lương", "Phổ Yên", "Sông Công",
                         "La Hiên", "Quân Chu", "Hóa Thượng", "Yên Lạc", "Điềm Mặc", "Bản Ngoại", "Cù Vân", "Hà Châu", "Úc Kỳ"]
    static let awardCodes = ["LDTT", "LDTT", "LDTT", "CSTDCS", "GK", "GK", "BK_TINH", "TTLDTT", "TTLDXS", "CSTD_TINH"]

    public func write(to root: String, user: String = "bench") throws -> Figures {
        var g = InputFuzzer.Generator(seed: seed)
        var f = Figures()
        var writer = try FixtureWriter(root: root, user: user)
        func put<T: StoredRecord>(_ value: T) throws { try writer.put(value) }
        try put(DefaultCatalogue.catalogue)

        try put(Unit(id: "tinh", name: "UBND tỉnh", kind: .province))
        var unitIds: [String] = []
        for i in 0..<(1_100 * scale) {
            let place = Self.places[i % Self.places.count]
            let (kind, name): (Unit.Kind, String) = switch i % 5 {
            case 0: (.commune, "UBND xã \(place) \(i)")
            case 1: (.school, "Trường THCS \(place) \(i)")
            case 2: (.enterprise, "Công ty cổ phần \(place) \(i)")
            case 3: (.department, "Phòng \(place) \(i)")
            default: (.association, "Hội Nông dân \(place) \(i)")
            }
            let id = "u\(i)"
            try put(Unit(id: id, name: name, kind: kind, parentId: "tinh", memberCount: 10 + Int(g.next() % 90)))
            unitIds.append(id)
        }
        f.units = unitIds.count + 1
        let clusterCount = 83 * scale
        for c in 0..<clusterCount {
            let members = stride(from: c, to: unitIds.count, by: clusterCount).map { unitIds[$0] }
            let years = (firstYear..<(firstYear + years)).map { y in
                Cluster.Year(year: y, leaderId: members[y % members.count], deputyId: members[(y + 1) % members.count])
            }
            try put(Cluster(id: "k\(c)", name: "\(c % 2 == 0 ? "Cụm" : "Khối") thi đua số \(c + 1)", kind: c % 2 == 0 ? .cluster : .block,
                            organiser: "UBND tỉnh", memberIds: members, years: years))
        }
        f.clusters = clusterCount
        for c in 0..<(40 * scale) {
            let start = firstYear + c % years
            try put(Campaign(id: "pt\(c)", name: "Phong trào thi đua số \(c + 1) về \(Self.places[c % Self.places.count])",
                             kind: Campaign.Kind.allCases[c % 3], launchLevel: "Chủ tịch UBND tỉnh", launchingBody: "UBND tỉnh",
                             period: DatePeriod(start: CivilDate(start, 1, 1), end: CivilDate(start + 4, 12, 31)),
                             status: .running))
        }
        let peopleCount = peoplePerScale * scale
        for p in 0..<peopleCount {
            let ratings = (firstYear..<(firstYear + years)).map { YearRating(year: $0, rating: g.next() % 4 == 0 ? .excellent : .good) }
            let initiatives = g.next() % 5 == 0 ? [Initiative(year: firstYear + Int(g.next() % UInt64(years)), title: "Sáng kiến \(p)",
                                                              scope: g.next() % 4 == 0 ? .province : .base)] : []
            try put(Person(id: "p\(p)", name: DemoNames.person(p), unitId: unitIds[p % unitIds.count], position: "Chuyên viên",
                           category: StatisticsCategory.allCases[p % 5], ratings: ratings, initiatives: initiatives))
        }
        f.people = peopleCount
        let perYear = awardsPerYearPerScale * scale
        for y in firstYear..<(firstYear + years) {
            for n in 0..<perYear {
                let code = Self.awardCodes[Int(g.next() % UInt64(Self.awardCodes.count))]
                let collective = code.hasPrefix("TT")
                let nominee = collective ? NomineeRef(.unit, unitIds[n % unitIds.count]) : NomineeRef(.person, "p\(Int(g.next() % UInt64(peopleCount)))")
                try put(Proposal(id: "dn\(y)-\(n)", year: y, nominee: nominee, awardCode: code, achievement: "Hoàn thành xuất sắc nhiệm vụ năm \(y)",
                                 state: .decided))
                try put(AwardRecord(id: "kt\(y)-\(n)", year: y, nominee: nominee, awardCode: code, campaignId: "pt\(n % (40 * scale))",
                                    decisionNumber: "\(n % 900 + 10)/QĐ-UBND", decisionDate: CivilDate(y + 1, 1, 15), amount: 710_000, source: .imported))
            }
        }
        f.proposals = perYear * years
        f.awards = perYear * years
        try writer.finish(config: OfficeConfig(officeName: "Sở Nội vụ (dữ liệu thử)", parentBody: "UBND TỈNH", place: "Thái Nguyên",
                                               roles: [user: RoleAssignment(role: .administrator)]))
        f.files = writer.files + 1
        f.bytes = writer.bytes
        return f
    }
}
