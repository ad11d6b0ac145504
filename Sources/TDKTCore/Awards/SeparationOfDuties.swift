import Foundation
import TDKTText

/// Where the office separates duties (`OfficeConfig.separateDuties`), a proposal passes through different hands
/// at each stage, as the council's procedure intends: whoever submitted it does not appraise it or take it to
/// the council; whoever took it to the council does not record the vote or conclude; whoever approved it does
/// not make the decision. The workflow refuses such a step (`ProposalWorkflow.move`, `vote`, `Decisions.make`)
/// and the screens and commands do not offer it (`ProposalWorkflow.actions`).
public enum SeparationOfDuties {
    /// The step a login may not take on `p`, and why; nil when it may (or the office does not separate duties).
    public static func conflict(_ p: Proposal, step: Step, login: String, config: OfficeConfig) -> Localized? {
        guard config.separateDuties == true else { return nil }
        let excluded: Set<String>
        let why: Localized
        switch step {
        case let .move(target) where [.underAppraisal, .toCouncil].contains(target)
            || ([.returned, .notEligible].contains(target) && p.state != .toCouncil):
            excluded = logins(p, movedTo: .submitted)
            why = Localized(vi: "người gửi đề nghị không tự thẩm định", en: "whoever submitted a proposal does not appraise it")
        case let .move(target) where [.approved, .returned, .notEligible].contains(target):
            excluded = logins(p, movedTo: .toCouncil)
            why = Localized(vi: "người trình Hội đồng không tự ghi phiếu hay kết luận", en: "whoever took a proposal to the council does not record its vote or conclude")
        case .vote:
            excluded = logins(p, movedTo: .toCouncil)
            why = Localized(vi: "người trình Hội đồng không tự ghi phiếu hay kết luận", en: "whoever took a proposal to the council does not record its vote or conclude")
        case .decide:
            excluded = logins(p, movedTo: .approved)
            why = Localized(vi: "người duyệt đề nghị không tự ra quyết định", en: "whoever approved a proposal does not make its decision")
        case .move:
            return nil
        }
        guard excluded.contains(login) else { return nil }
        return Localized(vi: "đề nghị \(p.id): \(why.vi) (phân công tách biệt)", en: "proposal \(p.id): \(why.en) (separation of duties)")
    }

    public enum Step: Equatable, Sendable {
        case move(Proposal.State)
        case vote
        case decide
    }

    static func logins(_ p: Proposal, movedTo state: Proposal.State) -> Set<String> {
        Set(p.history.filter { $0.to == state }.map(\.by))
    }

    /// Throws the conflict as a permission refusal naming the login.
    static func require(_ p: Proposal, step: Step, in workspace: Workspace) throws {
        if let why = conflict(p, step: step, login: workspace.login, config: workspace.config) {
            throw PermissionError(login: workspace.login, reason: why)
        }
    }
}

extension Workspace {
    /// Turns the separation of duties on or off (administrator only).
    public func setSeparateDuties(_ on: Bool) throws {
        try authorize(.editRoles)
        try updateConfig(action: "settings.set separate-duties \(on ? "on" : "off")") { $0.separateDuties = on }
    }
}
