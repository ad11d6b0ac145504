import Foundation
import TDKTText

/// What a user may do with a proposal: the one answer the proposal screens and `tdkt proposals show` draw from.
public struct ProposalActions: Equatable, Sendable {
    /// Achievement, dossier, kind, source: a draft or returned proposal, for those who prepare proposals.
    public var edit: Bool
    /// The states it may be moved to by this user (a decision alone moves it to decided).
    public var moves: [Proposal.State]
    /// The council's vote, while it is before the council.
    public var vote: Bool
    /// Fixed once the proposal exists: a different nominee, award or year is a new proposal.
    public var lockedFields: Set<String> { Proposal.fieldsFixedAfterCreation }
}

extension Proposal {
    /// States in which a proposal's content can still be changed.
    public static let editableStates: Set<State> = [.draft, .returned]
    /// The fields `ProposalWorkflow.update` refuses to change.
    public static let fieldsFixedAfterCreation: Set<String> = ["nominee", "awardCode", "year"]
    /// The years a proposal may be for (the same check as every record's year).
    public static let years = Check.years

    public var isEditable: Bool { Self.editableStates.contains(state) }
}

extension ProposalWorkflow {
    /// The moves every one of `proposals` allows from its state, permitted to the user; never `decided`.
    public static func moves(for proposals: [Proposal], in workspace: Workspace) -> [Proposal.State] {
        guard let first = proposals.first else { return [] }
        var common = allowedTargets(from: first.state)
        for p in proposals.dropFirst() { common = common.filter { allowedTargets(from: p.state).contains($0) } }
        return common.filter { target in
            target != .decided && workspace.may(permission(toMoveTo: target))
                && proposals.allSatisfy { SeparationOfDuties.conflict($0, step: .move(target), login: workspace.login, config: workspace.config) == nil }
        }
    }

    public static func actions(for p: Proposal, in workspace: Workspace) -> ProposalActions {
        ProposalActions(edit: p.isEditable && workspace.may(.editProposals),
                        moves: moves(for: [p], in: workspace),
                        vote: p.state == .toCouncil && workspace.may(.appraiseProposals)
                            && SeparationOfDuties.conflict(p, step: .vote, login: workspace.login, config: workspace.config) == nil)
    }
}
