import Foundation
import TDKTText
import TDKTCore

/// Demo rounds in the states an office meets after the open one (`scoringRound`): the economic
/// block's 2024 round, final, with its ballot and the draft proposals it made; the social block's
/// 2024 round, closed, in its explanation period, with an explanation filed and a sheet revised.
extension DemoData {
    public static let finalRoundYear = 2024
    public static let explanationClusterId = "tn-khoi-van-hoa-xa-hoi"

    /// Every sheet of a round: unit u gets, from rater r, each criterion at quality[u] + leniency[r] (‰ of its maximum).
    static func filledRound(_ config: RoundConfiguration, quality: [Int], leniency: [Int], at: Date) throws -> ScoringRound {
        var round = try ScoringRound(configuration: config)
        try round.openScoring()
        let criteria = config.table.criteria
        func value(_ c: Criterion, _ perMille: Int) -> Int {
            let p = min(1000, max(0, perMille))
            return min(c.maximum, (c.maximum * p + c.step * 500) / (c.step * 1000) * c.step)
        }
        for (r, rater) in config.members.enumerated() {
            for (u, ratee) in config.members.enumerated() where u != r {
                var cells: [String: Int] = [:]
                for (k, c) in criteria.enumerated() { cells[c.id] = value(c, quality[u] + leniency[r] + ((u * 5 + r * 3 + k) % 5 - 2) * 10) }
                try round.saveCrossSheet(CrossScoreSheet(raterId: rater, rateeId: ratee, cells: cells), by: "demo", at: at)
            }
        }
        return round
    }

    /// tn-khoi-kinh-te 2024: final, the ballot recorded with its minutes.
    public static func finalScoringRound() -> ScoringRound {
        var config = scoringConfiguration()
        config.year = finalRoundYear
        config.roundId = "\(scoringClusterId)-\(finalRoundYear)"
        config.table = scoringTable(year: finalRoundYear)
        let at = Date(timeIntervalSince1970: 1_733_796_000) // 10/12/2024 09:00 (UTC+7)
        do {
            var round = try filledRound(config, quality: [935, 880, 870, 860, 900, 845], leniency: [0, 10, -10, 5, -5, 15], at: at)
            try round.addFact(UnitFact(id: "CT-1", unitId: "tn-stc", kind: .bonus, itemId: "KT-CAPTREN", points: 20,
                                       documentReference: "Quyết định số 1980/QĐ-UBND ngày 05/11/2024", note: "Cờ thi đua của Bộ Tài chính"))
            try round.closeScoring(at: at.addingTimeInterval(7 * 86_400))
            try round.finalize(at: at.addingTimeInterval(21 * 86_400))
            let leader = round.finalResult!.ranking[0]
            try round.recordBallot(BallotResult(unitId: leader, votesFor: 6, votesAgainst: 0, members: 6),
                                   documentReference: "Biên bản số 02/BB-KTKT ngày 08/01/2025", by: "demo", at: at.addingTimeInterval(29 * 86_400))
            return round
        } catch {
            preconditionFailure("demo final round: \(error)")
        }
    }

    /// The draft proposals of the final round (the flag with the ballot in its dossier, the merit awards).
    public static func finalRoundProposals(_ round: ScoringRound) -> [Proposal] {
        ScoringProposals.build(round: round, ballot: round.ballot?.result, recorded: round.ballot,
                               clusterName: "Khối thi đua các sở, ngành kinh tế").proposals
    }

    /// tn-khoi-van-hoa-xa-hoi 2024: closed, explanation period open until 15/01/2025, tn-syt's explanation
    /// filed and one cell revised in answer to it.
    public static func explanationScoringRound() -> ScoringRound {
        let config = RoundConfiguration(
            roundId: "\(explanationClusterId)-\(finalRoundYear)", clusterId: explanationClusterId, year: finalRoundYear,
            members: ["tn-snv", "tn-sgddt", "tn-syt", "tn-svhttdl", "tn-stp", "tn-thanh-tra"], table: scoringTable(year: finalRoundYear),
            penaltyItems: [PenaltyItem(id: "BAO-CAO-CHAM", name: "Chậm gửi báo cáo theo quy định", maximum: 20)])
        let at = Date(timeIntervalSince1970: 1_733_882_400) // 11/12/2024 09:00 (UTC+7)
        do {
            var round = try filledRound(config, quality: [890, 910, 880, 860, 850, 870], leniency: [5, -5, 0, 10, -10, 0], at: at)
            try round.closeScoring(at: at.addingTimeInterval(6 * 86_400))
            try round.openExplanationPeriod(deadline: Date(timeIntervalSince1970: 1_736_960_400)) // 15/01/2025 24:00 (UTC+7)
            let e = try round.fileExplanation(unitId: "tn-syt", criterionId: "I.2",
                                              text: "Đã hoàn thành số hóa 100% hồ sơ thủ tục hành chính (Báo cáo số 410/BC-SYT); đề nghị xem lại điểm.",
                                              by: "demo", at: at.addingTimeInterval(10 * 86_400))
            let old = round.crossSheet(rater: "tn-sgddt", ratee: "tn-syt")!.cells["I.2"]!
            try round.reviseCell(raterId: "tn-sgddt", rateeId: "tn-syt", criterionId: "I.2", newValue: min(100, old + 5),
                                 explanationId: e.id, reason: "Chấp nhận giải trình, có báo cáo kèm theo", by: "demo",
                                 at: at.addingTimeInterval(12 * 86_400))
            return round
        } catch {
            preconditionFailure("demo explanation round: \(error)")
        }
    }
}
