import Foundation
import TDKTCore
import TDKTText

/// The demo's scoring round: Khối thi đua các sở, ngành kinh tế, 2025, every member cross-scoring the
/// others. Every sheet is filled except those of Sở Tài chính (tn-stc), which the demo reviewer
/// "chamdiem" fills; self-scores and three bonus/penalty facts are entered. Values are computed from
/// fixed figures, so the demo is the same on every machine.
extension DemoData {
    public static let scoringClusterId = "tn-khoi-kinh-te"
    public static let scoringYear = 2025
    /// The unit whose cross sheets are left for the demo reviewer.
    public static let scoringPendingRater = "tn-stc"

    public static func scoringTable(year: Int = 2025) -> CriteriaTable {
        func c(_ id: String, _ name: String, _ points: Int, half: Bool = true) -> Criterion {
            Criterion(id: id, name: name, maximum: points * 10, step: half ? 5 : 10)
        }
        return CriteriaTable(year: year, title: "Bảng chấm điểm thi đua Khối các sở, ngành kinh tế năm \(year)", decimals: 1, groups: [
            CriteriaGroup(id: "I", name: "I. Thực hiện nhiệm vụ chính trị", criteria: [
                c("I.1", "Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm", 20),
                c("I.2", "Cải cách hành chính, chuyển đổi số", 10),
                c("I.3", "Giải ngân vốn đầu tư công; thực hành tiết kiệm, chống lãng phí", 10),
                c("I.4", "Chấp hành chế độ thông tin, báo cáo", 10),
            ]),
            CriteriaGroup(id: "II", name: "II. Công tác thi đua, khen thưởng", criteria: [
                c("II.1", "Tổ chức phát động, triển khai các phong trào thi đua", 10),
                c("II.2", "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", 10),
                c("II.3", "Thực hiện giao ước thi đua của Khối", 10, half: false),
            ]),
            CriteriaGroup(id: "III", name: "III. Xây dựng Đảng, đoàn thể", criteria: [
                c("III.1", "Xây dựng tổ chức Đảng trong sạch, vững mạnh", 10, half: false),
                c("III.2", "Hoạt động của Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh", 10),
            ]),
        ], priorityGroupId: "I")
    }

    public static func scoringConfiguration() -> RoundConfiguration {
        RoundConfiguration(
            roundId: "\(scoringClusterId)-\(scoringYear)", clusterId: scoringClusterId, year: scoringYear,
            members: ["tn-stc", "tn-sxd", "tn-snnmt", "tn-skhcn", "tn-sct", "tn-vp-ubnd"], table: scoringTable(year: scoringYear),
            raters: .allPeers, aggregation: .trimmedMean, quorum: .standard,
            bonusItems: [BonusItem(id: "KT-CAPTREN", name: "Được tặng Cờ thi đua, Bằng khen của cấp trên trong năm", maximum: 20),
                         BonusItem(id: "SANG-KIEN", name: "Có sáng kiến, mô hình mới được công nhận", maximum: 10)],
            bonusCap: 30,
            penaltyItems: [PenaltyItem(id: "BAO-CAO-CHAM", name: "Chậm gửi báo cáo theo quy định"),
                           PenaltyItem(id: "KY-LUAT", name: "Có cán bộ, công chức bị xử lý kỷ luật")])
    }

    /// The 2025 round, open, with every sheet but tn-stc's.
    public static func scoringRound() -> ScoringRound {
        let config = scoringConfiguration()
        let members = config.members
        let at = Date(timeIntervalSince1970: 1_765_332_000) // 10/12/2025 09:00 (UTC+7)
        // Quality of each unit and leniency of each rater, in thousandths of the maximum.
        let quality = [900, 925, 860, 885, 840, 905]
        let leniency = [10, -15, 20, 0, -10, 25]
        let criteria = config.table.criteria
        func value(_ c: Criterion, _ perMille: Int) -> Int {
            let p = min(1000, max(0, perMille))
            return min(c.maximum, (c.maximum * p + c.step * 500) / (c.step * 1000) * c.step)
        }
        func jitter(_ u: Int, _ r: Int, _ k: Int) -> Int { ((u * 7 + r * 3 + k * 4) % 7 - 3) * 12 }
        do {
            var round = try ScoringRound(configuration: config)
            try round.openScoring()
            for (u, unit) in members.enumerated() {
                var cells: [String: SelfScoreCell] = [:]
                for (k, c) in criteria.enumerated() {
                    cells[c.id] = SelfScoreCell(value: value(c, quality[u] + 10 + jitter(u, u, k)),
                                                evidence: "Báo cáo tổng kết công tác năm 2025, mục \(c.id)")
                }
                try round.saveSelfSheet(SelfScoreSheet(unitId: unit, cells: cells))
            }
            for (r, rater) in members.enumerated() where rater != scoringPendingRater {
                for (u, ratee) in members.enumerated() where u != r {
                    var cells: [String: Int] = [:]
                    for (k, c) in criteria.enumerated() { cells[c.id] = value(c, quality[u] + leniency[r] + jitter(u, r, k)) }
                    try round.saveCrossSheet(CrossScoreSheet(raterId: rater, rateeId: ratee, cells: cells), by: "demo", at: at)
                }
            }
            try round.addFact(UnitFact(id: "CT-1", unitId: "tn-sxd", kind: .bonus, itemId: "KT-CAPTREN", points: 15,
                                       documentReference: "Quyết định số 2156/QĐ-UBND ngày 12/11/2025",
                                       note: "Bằng khen của Chủ tịch UBND tỉnh"))
            try round.addFact(UnitFact(id: "CT-2", unitId: "tn-skhcn", kind: .bonus, itemId: "SANG-KIEN", points: 10,
                                       documentReference: "Quyết định số 45/QĐ-HĐSK ngày 20/10/2025",
                                       note: "Mô hình số hóa hồ sơ thủ tục hành chính"))
            try round.addFact(UnitFact(id: "TR-1", unitId: "tn-sct", kind: .penalty, itemId: "BAO-CAO-CHAM", points: 5,
                                       documentReference: "Công văn số 318/SNV-TĐKT ngày 05/8/2025",
                                       note: "Chậm gửi báo cáo 6 tháng"))
            return round
        } catch {
            preconditionFailure("demo scoring round: \(error)")
        }
    }
}
