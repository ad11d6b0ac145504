import Foundation
import TDKTCore
import TDKTText

/// Demo data built from the real figures of DOMAIN.md: Thái Nguyên's departments, communes and a sample
/// of its clusters and blocks; the northern midland inter-provincial cluster (Bắc Giang leading in 2022);
/// the campaigns named in the news; Cao Bằng's 2014–2018 award counts; people with ratings and initiatives.
public struct DemoData {
    public var units: [TDKTCore.Unit] = []
    public var people: [Person] = []
    public var campaigns: [Campaign] = []
    public var clusters: [Cluster] = []
    public var awards: [AwardRecord] = []
    public var households: [Household] = []
    public var scoringRounds: [ScoringRound] = []
    /// Proposals written with the demo: those the economic block's final 2024 round made
    /// (`finalRoundProposals`), so the finalized round is seen with its proposals, and the 2025 ones in every
    /// state of the workflow (`workflowProposals`).
    public var proposals: [Proposal] = []
    public var decisions: [Decision] = []
    public var registrations: [Registration] = []
    public var examples: [ModelExample] = []

    /// The demo; without `workSamples`, only what the province's history and scoring give (no 2025 proposals,
    /// decision, registrations or model examples).
    public static func build(workSamples: Bool = true) -> DemoData {
        var d = DemoData()
        d.addThaiNguyen()
        d.addMidlandCluster()
        d.addCampaigns()
        d.addPeople()
        d.addCaoBang()
        let final = DemoData.finalScoringRound()
        d.scoringRounds = [DemoData.scoringRound(), final, DemoData.explanationScoringRound()]
        d.proposals = DemoData.finalRoundProposals(final)
        guard workSamples else { return d }
        let work = DemoData.workflowProposals()
        d.proposals += work
        let (decision, decided) = DemoData.demoDecision(work)
        d.decisions = [decision]
        d.awards += decided
        d.registrations = DemoData.registrations()
        d.examples = DemoData.modelExamples()
        return d
    }

    /// The demo's logins besides the creator: a clerk, a reviewer of the economic block, a viewer.
    public static let roles: [String: RoleAssignment] = [
        "lan": RoleAssignment(role: .clerk),
        "chamdiem": RoleAssignment(role: .reviewer, unitId: "tn-stc", clusterIds: ["tn-khoi-kinh-te"]),
        "xem": RoleAssignment(role: .viewer),
        // The head of the emulation office, who may let an ineligible proposal go on with a written reason.
        "truongban": RoleAssignment(role: .clerk, mayOverrideEligibility: true),
        // The TĐKT officer of the Department of Education, who prepares and submits its proposals.
        "donvi": RoleAssignment(role: .unitOfficer, unitId: "tn-sgddt"),
    ]

    /// Every record, and the demo's roles, for a new data directory.
    public static func seed(workSamples: Bool = true) -> SeedRecords {
        let d = build(workSamples: workSamples)
        var seed = SeedRecords()
        seed.units = d.units
        seed.people = d.people
        seed.households = d.households
        seed.campaigns = d.campaigns
        seed.clusters = d.clusters
        seed.awards = d.awards
        seed.scoringRounds = d.scoringRounds
        seed.proposals = d.proposals
        seed.decisions = d.decisions
        seed.registrations = d.registrations
        seed.examples = d.examples
        seed.roles = roles
        return seed
    }

    static let departments: [(String, String)] = [
        ("snv", "Sở Nội vụ"), ("stc", "Sở Tài chính"), ("sgddt", "Sở Giáo dục và Đào tạo"), ("syt", "Sở Y tế"),
        ("sxd", "Sở Xây dựng"), ("snnmt", "Sở Nông nghiệp và Môi trường"), ("skhcn", "Sở Khoa học và Công nghệ"),
        ("svhttdl", "Sở Văn hóa, Thể thao và Du lịch"), ("stp", "Sở Tư pháp"), ("sct", "Sở Công Thương"),
        ("ca-tinh", "Công an tỉnh"), ("bchqs", "Bộ Chỉ huy Quân sự tỉnh"), ("thanh-tra", "Thanh tra tỉnh"),
        ("vp-ubnd", "Văn phòng UBND tỉnh"),
    ]
    static let communes = ["Phú Bình", "Đại Từ", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "Phú Lương", "La Hiên", "Quân Chu",
                           "Tân Cương", "Thịnh Đức", "Quyết Thắng", "Linh Sơn", "Sông Công", "Phổ Yên", "Trung Thành", "Hợp Thành"]

    mutating func addThaiNguyen() {
        units.append(Unit(id: "tn", name: "UBND tỉnh Thái Nguyên", kind: .province))
        for (id, name) in Self.departments { units.append(Unit(id: "tn-\(id)", name: name, kind: .department, parentId: "tn", memberCount: 40)) }
        for (i, name) in Self.communes.enumerated() {
            let kind: Unit.Kind = ["Sông Công", "Phổ Yên"].contains(name) ? .district : .commune
            units.append(Unit(id: "tn-xa-\(i + 1)", name: (kind == .commune ? "UBND xã " : "UBND phường ") + name,
                              kind: kind, parentId: "tn", memberCount: 25))
        }
        // A unit merged in the 2025 reform, whose history follows its successor.
        units.append(Unit(id: "tn-ldtbxh", name: "Sở Lao động - Thương binh và Xã hội", kind: .department, parentId: "tn",
                          validity: DatePeriod(start: CivilDate(2008, 4, 1), end: CivilDate(2025, 2, 28)), successorId: "tn-snv"))
        let blockEcon = ["tn-stc", "tn-sxd", "tn-snnmt", "tn-skhcn", "tn-sct", "tn-vp-ubnd"]
        let blockSocial = ["tn-snv", "tn-sgddt", "tn-syt", "tn-svhttdl", "tn-stp", "tn-thanh-tra"]
        let north = (1...8).map { "tn-xa-\($0)" }
        let south = (9...16).map { "tn-xa-\($0)" }
        let agreement = Cluster.Agreement(targets: ["Hoàn thành 100% chỉ tiêu kế hoạch năm", "Không có cán bộ vi phạm kỷ luật"],
                                          signedOn: CivilDate(2025, 2, 20), signatories: ["Thủ trưởng các đơn vị thành viên"])
        clusters += [
            Cluster(id: "tn-khoi-kinh-te", name: "Khối thi đua các sở, ngành kinh tế", kind: .block, organiser: "UBND tỉnh Thái Nguyên",
                    memberIds: blockEcon, years: [Cluster.Year(year: 2024, leaderId: "tn-stc", deputyId: "tn-sct"),
                                                  Cluster.Year(year: 2025, leaderId: "tn-sxd", deputyId: "tn-skhcn", agreement: agreement)]),
            Cluster(id: "tn-khoi-van-hoa-xa-hoi", name: "Khối thi đua các sở, ngành văn hóa - xã hội", kind: .block,
                    organiser: "UBND tỉnh Thái Nguyên", memberIds: blockSocial,
                    years: [Cluster.Year(year: 2025, leaderId: "tn-sgddt", deputyId: "tn-syt", agreement: agreement)]),
            Cluster(id: "tn-cum-phia-bac", name: "Cụm thi đua các xã phía Bắc", kind: .cluster, organiser: "UBND tỉnh Thái Nguyên",
                    memberIds: north, years: [Cluster.Year(year: 2025, leaderId: "tn-xa-2", deputyId: "tn-xa-3", agreement: agreement)]),
            Cluster(id: "tn-cum-phia-nam", name: "Cụm thi đua các xã, phường phía Nam", kind: .cluster, organiser: "UBND tỉnh Thái Nguyên",
                    memberIds: south, years: [Cluster.Year(year: 2025, leaderId: "tn-xa-13", deputyId: "tn-xa-14", agreement: agreement)]),
        ]
    }

    mutating func addMidlandCluster() {
        let provinces: [(String, String)] = [("tuyen-quang", "Tuyên Quang"), ("bac-kan", "Bắc Kạn"), ("bac-giang", "Bắc Giang"),
                                             ("hoa-binh", "Hòa Bình"), ("phu-tho", "Phú Thọ"), ("yen-bai", "Yên Bái")]
        for (id, name) in provinces { units.append(Unit(id: id, name: "UBND tỉnh \(name)", kind: .province)) }
        clusters.append(Cluster(id: "cum-trung-du-mien-nui-phia-bac", name: "Cụm thi đua các tỉnh Trung du và Miền núi phía Bắc",
                                kind: .cluster, organiser: "Chính phủ (Ban Thi đua - Khen thưởng Trung ương)",
                                memberIds: ["tuyen-quang", "bac-kan", "bac-giang", "hoa-binh", "phu-tho", "yen-bai", "tn"],
                                years: [Cluster.Year(year: 2022, leaderId: "bac-giang", deputyId: "tuyen-quang")]))
    }

    mutating func addCampaigns() {
        func c(_ id: String, _ name: String, _ kind: Campaign.Kind, _ level: String, _ body: String, _ y1: Int, _ y2: Int?,
               _ status: Campaign.Status, directive: String = "") -> Campaign {
            Campaign(id: id, name: name, kind: kind, launchLevel: level, launchingBody: body,
                     period: DatePeriod(start: CivilDate(y1, 1, 1), end: y2.map { CivilDate($0, 12, 31) }),
                     goals: "", directive: directive, status: status)
        }
        let ttg = "Thủ tướng Chính phủ", tinh = "Chủ tịch UBND tỉnh"
        campaigns = [
            c("nong-thon-moi", "Chung sức xây dựng nông thôn mới", .thematic, ttg, "Thủ tướng Chính phủ", 2021, 2025, .running,
              directive: "Quyết định 1730/QĐ-TTg"),
            c("vi-nguoi-ngheo", "Vì người nghèo - Không để ai bị bỏ lại phía sau", .thematic, ttg, "Thủ tướng Chính phủ", 2021, 2025, .running),
            c("van-hoa-cong-so", "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", .thematic, ttg,
              "Thủ tướng Chính phủ", 2019, 2025, .running),
            c("dan-van-kheo", "Dân vận khéo", .regular, "Tỉnh ủy", "Ban Dân vận Tỉnh ủy Thái Nguyên", 2021, nil, .running),
            c("toan-dan-bvantq", "Toàn dân bảo vệ an ninh Tổ quốc", .regular, tinh, "UBND tỉnh Cao Bằng", 2014, 2018, .closed),
            c("nong-dan-sxkd-gioi", "Nông dân thi đua sản xuất kinh doanh giỏi", .regular, tinh, "Hội Nông dân tỉnh Cao Bằng",
              2014, 2018, .closed),
            c("bao-ve-bien-gioi", "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", .thematic, tinh,
              "UBND tỉnh Cao Bằng", 2014, 2018, .closed),
            c("doanh-nghiep-hoi-nhap", "Doanh nghiệp Việt Nam hội nhập và phát triển", .thematic, ttg, "Thủ tướng Chính phủ", 2021, 2025, .running),
            c("chuyen-doi-so", "Thái Nguyên đẩy mạnh chương trình chuyển đổi số", .thematic, tinh, "UBND tỉnh Thái Nguyên", 2021, 2025,
              .running, directive: "Nghị quyết 01-NQ/TU"),
        ]
        campaigns[0].reviews = [Campaign.Review(kind: .interim, date: CivilDate(2023, 6, 15),
                                                summary: "109/137 xã đạt chuẩn nông thôn mới", figures: ["xã đạt chuẩn": 109, "tổng số xã": 137])]
    }

    mutating func addPeople() {
        func p(_ id: String, _ name: String, _ unit: String, _ position: String, _ cat: StatisticsCategory,
               _ ratings: [(Int, Rating)], _ initiatives: [Initiative] = [], _ disc: [DisciplinePeriod] = []) -> Person {
            Person(id: id, name: name, unitId: unit, position: position, category: cat,
                   ratings: ratings.map { YearRating(year: $0.0, rating: $0.1) }, initiatives: initiatives, disciplines: disc)
        }
        people = [
            p("nguyen-van-khoa", "Nguyễn Văn Khoa", "tn-snv", "Trưởng phòng", .otherLeader,
              (2020...2025).map { ($0, .excellent) },
              [Initiative(year: 2024, title: "Số hóa hồ sơ khen thưởng", scope: .province, reference: "QĐ 88/QĐ-HĐSK")]),
            p("tran-thi-lan", "Trần Thị Lan", "tn-snv", "Chuyên viên", .directWorker, (2021...2025).map { ($0, .good) }),
            p("pham-thi-hong-nhung", "Phạm Thị Hồng Nhung", "tn-sgddt", "Giáo viên", .directWorker,
              [(2023, .good), (2024, .excellent), (2025, .excellent)],
              [Initiative(year: 2024, title: "Dạy học STEM vùng cao", scope: .base), Initiative(year: 2025, title: "Thư viện số", scope: .base)]),
            p("le-duc-anh", "Lê Đức Anh", "tn-stc", "Phó Giám đốc", .departmentLeader, (2022...2025).map { ($0, .excellent) }, [],
              [DisciplinePeriod(kind: .investigation, period: DatePeriod(start: CivilDate(2025, 9, 1), end: nil), note: "Đang xem xét")]),
            p("hoang-van-duc", "Hoàng Văn Đức", "tn-xa-1", "Chủ tịch UBND xã", .otherLeader, (2021...2025).map { ($0, .good) }),
        ]
        for i in 0..<30 {
            let unit = Self.departments[i % Self.departments.count].0
            people.append(p("tn-cb-\(i + 1)", DemoNames.person(i + 7), "tn-\(unit)", "Chuyên viên", .directWorker,
                            (2023...2025).map { ($0, i % 5 == 0 ? .excellent : .good) }))
        }
        // Khoa was Chiến sĩ thi đua cơ sở three years running.
        for (y, n) in [(2022, 45), (2023, 51), (2024, 39)] {
            awards.append(AwardRecord(id: "tn-cstdcs-\(y)-khoa", year: y, nominee: NomineeRef(.person, "nguyen-van-khoa"),
                                      awardCode: "CSTDCS", decisionNumber: "\(n)/QĐ-SNV", decisionDate: CivilDate(y + 1, 1, 15), source: .demo))
        }
        awards.append(AwardRecord(id: "tn-ldtt-2025-lan", year: 2025, nominee: NomineeRef(.person, "tran-thi-lan"),
                                  awardCode: "LDTT", decisionNumber: "12/QĐ-SNV", decisionDate: CivilDate(2026, 1, 10), source: .demo))
        households.append(Household(id: "ho-ma-van-sinh", headName: "Ma Văn Sinh", address: "Xóm Bản Cái", unitId: "tn-xa-3"))
    }

    /// Cao Bằng 2014–2018: the counts DOMAIN.md quotes, spread over the five years.
    mutating func addCaoBang() {
        units.append(Unit(id: "cb", name: "UBND tỉnh Cao Bằng", kind: .province))
        var unitSerial = 0, personSerial = 0
        func add(_ campaign: String, _ code: String, collectives: Int, individuals: Int) {
            for i in 0..<collectives {
                unitSerial += 1
                let id = "cb-tt-\(unitSerial)"
                units.append(Unit(id: id, name: "Tập thể \(DemoData.caoBangPlaces[unitSerial % DemoData.caoBangPlaces.count]) số \(unitSerial)",
                                  kind: .commune, parentId: "cb"))
                awards.append(record(campaign, code, NomineeRef(.unit, id), i))
            }
            for i in 0..<individuals {
                personSerial += 1
                let id = "cb-cn-\(personSerial)"
                people.append(Person(id: id, name: DemoNames.person(personSerial), unitId: "cb", position: "", category: .directWorker))
                awards.append(record(campaign, code, NomineeRef(.person, id), i))
            }
        }
        add("bao-ve-bien-gioi", "BK_TINH", collectives: 47, individuals: 103)
        add("toan-dan-bvantq", "CO_TINH", collectives: 4, individuals: 0)
        add("toan-dan-bvantq", "BK_TINH", collectives: 39, individuals: 47)
        add("nong-dan-sxkd-gioi", "BK_TINH", collectives: 12, individuals: 126)
    }

    static let caoBangPlaces = ["Hà Quảng", "Trùng Khánh", "Trà Lĩnh", "Quảng Hòa", "Hạ Lang", "Bảo Lâm", "Nguyên Bình", "Thạch An"]

    private var awardSerial: Int { awards.count + 1 }

    private func record(_ campaign: String, _ code: String, _ nominee: NomineeRef, _ i: Int) -> AwardRecord {
        let year = 2014 + i % 5
        return AwardRecord(id: "cb-\(awardSerial)", year: year, nominee: nominee, awardCode: code, kind: .thematic,
                           campaignId: campaign, decisionNumber: "\(100 + i)/QĐ-UBND", decisionDate: CivilDate(year, 12, 20), source: .demo)
    }
}
