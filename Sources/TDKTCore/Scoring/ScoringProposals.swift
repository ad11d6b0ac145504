import Foundation
import TDKTText

/// The draft proposals a closed round's result suggests, as records: the leader's flag and the merit
/// awards, each with an achievement naming the rank and the score, the council's reasons, and — for
/// the flag — the recorded ballot with its minutes, counted in the dossier.
public enum ScoringProposals {
    public static func build(round: ScoringRound, ballot: BallotResult?, recorded: BallotRecord?, clusterName: String,
                             settings: ProposalSettings = ProposalSettings()) -> (drafts: [AwardProposalDraft], proposals: [Proposal]) {
        let c = round.configuration
        let result = round.finalResult ?? round.computeResult()
        let table = c.table
        let drafts = ProposalEngine.propose(result: result, ballot: ballot, settings: settings, decimals: table.decimals)
        let ranked = result.units.filter { $0.rank != nil }.count
        var proposals: [Proposal] = []
        for d in drafts where d.status == .proposed {
            let u = result.unit(d.unitId)
            func pts(_ r: Rational?) -> String { r.map { PointsFormat.string($0, decimals: table.decimals) } ?? "-" }
            var text = "\(clusterName) năm \(c.year): xếp hạng \(d.rank)/\(ranked), \(pts(d.finalScore)) điểm"
            text += " (chấm chéo \(pts(u?.aggregate)); cộng \(table.format(u?.bonusApplied ?? 0)); trừ \(table.format(u?.penalty ?? 0)))."
            text += " \(d.reason)."
            if d.needsCouncilReview {
                text += " Cần Hội đồng xem xét: " + d.reviewReasons.map { $0.message(language: "vi", decimals: table.decimals) }.joined(separator: "; ") + "."
            }
            var dossier: [AwardType.DossierItem: Bool] = [:]
            if d.awardCode == settings.leaderAwardCode, let b = recorded, b.result.unitId == d.unitId {
                text += " Bỏ phiếu suy tôn: \(b.result.votesFor)/\(b.result.members) phiếu đồng ý (\(b.documentReference))."
                dossier[.ballotResult] = true
            }
            let id = String("\(c.year)-\(c.clusterId)-\(d.unitId)-\(d.awardCode.lowercased())".prefix(64))
            proposals.append(Proposal(id: id, year: c.year, nominee: NomineeRef(.unit, d.unitId), awardCode: d.awardCode,
                                      kind: .regular, clusterId: c.clusterId, achievement: text, dossier: dossier, state: .draft,
                                      needsCouncilReview: d.needsCouncilReview))
        }
        return (drafts, proposals)
    }
}
