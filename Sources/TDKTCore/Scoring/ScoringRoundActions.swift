import Foundation
import TDKTText

/// What the user may do with a scoring round: the one answer the round's menu and `tdkt scores show` draw from.
public struct ScoringRoundActions: Equatable, Sendable {
    /// Score the other members (the viewer's unit has sheets to fill while the round is open).
    public var crossScore: Bool
    /// Fill the viewer's own unit's self-assessment.
    public var selfScore: Bool
    /// File an explanation for the viewer's unit (during the explanation period).
    public var explain: Bool
    /// Who has scored whom, without values: anyone who may open the round (members chase missing sheets too).
    public var seeProgress: Bool
    /// The ranking: the office at any time (provisional), everyone else once cross-scoring is closed.
    public var seeResult: Bool
    /// Close, record facts, exclusions and the ballot, finalize: the office, or the year's leader where allowed.
    public var runRound: Bool
}

extension Workspace {
    func maySeeScoringProgress(clusterId: String) -> Bool { (try? authorizeScoringRead(clusterId: clusterId)) != nil }

    public func scoringActions(for view: ScoringView, clusterId: String, year: Int) -> ScoringRoundActions {
        let member = view.configuration.members.contains(view.viewerId)
        let mayScoreOwn = member && may(.score(clusterId: clusterId, rateeUnitId: view.viewerId, selfScore: true))
        let closed = view.state != .open && view.state != .configuring
        return ScoringRoundActions(crossScore: !view.ratees.isEmpty,
                                   selfScore: mayScoreOwn,
                                   explain: view.state == .explanation && mayScoreOwn,
                                   seeProgress: maySeeScoringProgress(clusterId: clusterId),
                                   seeResult: may(.manageScoring(clusterId: clusterId)) || closed,
                                   runRound: mayRunRound(clusterId: clusterId, year: year))
    }
}
