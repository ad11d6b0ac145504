import Foundation
import TDKTText

/// What a user may try to do; every operation of TDKTCore asks here first, so the command line
/// and the screens refuse the same things.
public enum Permission: Sendable, Equatable {
    case editUnitsAndPeople
    case editCampaigns
    case editClusters
    /// Cross- or self-scoring of `ratee` in a cluster's round.
    case score(clusterId: String, rateeUnitId: String, selfScore: Bool)
    /// Opening, configuring, closing and finalizing a cluster's scoring round, and entering its facts.
    case manageScoring(clusterId: String)
    case editProposals
    /// Registering titles (đăng ký thi đua), editing and removing registrations.
    case editRegistrations
    case appraiseProposals
    /// Letting a proposal go on although its eligibility check is not met or unknown, with a written reason.
    case overrideEligibility
    case makeDecisions
    /// Correcting or removing an award record, with a reason.
    case correctAwards
    case importData
    case editCatalogue
    case editRoles
    case viewAudit
}

/// A refusal, saying who was refused what and why.
public struct PermissionError: Error, Equatable, LocalizedError {
    public var login: String
    public var reason: Localized
    public func message(_ language: Language = .vi) -> String {
        language == .vi ? "\(login): không được phép — \(reason.vi)" : "\(login): not allowed — \(reason.en)"
    }
    public var errorDescription: String? { message(.en) }
}

public enum Permissions {
    /// Throws when `assignment` (nil: a login the configuration refuses) may not do `permission`.
    public static func authorize(_ permission: Permission, login: String, assignment: RoleAssignment?) throws {
        guard let a = assignment else {
            throw PermissionError(login: login, reason: Localized(vi: "tài khoản chưa được cấp quyền", en: "this login has no role"))
        }
        func refuse(_ vi: String, _ en: String) throws -> Never { throw PermissionError(login: login, reason: Localized(vi: vi, en: en)) }
        switch a.role {
        case .administrator:
            return
        case .viewer:
            try refuse("vai trò chỉ xem không thay đổi dữ liệu", "a viewer changes nothing")
        case .unitOfficer:
            switch permission {
            case .editProposals, .editRegistrations:
                if a.unitId == nil { try refuse("cán bộ TĐKT đơn vị chưa được gắn với đơn vị nào", "the unit officer has no unit") }
            default:
                try refuse("cán bộ TĐKT đơn vị chỉ đăng ký thi đua, lập và gửi đề nghị của đơn vị mình",
                           "a unit officer only registers titles and prepares and submits the unit's proposals")
            }
        case .clerk:
            switch permission {
            case .editCatalogue, .editRoles:
                try refuse("chỉ quản trị viên sửa danh mục, mức lương cơ sở và phân quyền",
                           "only an administrator edits the catalogue, base salaries and roles")
            case let .score(_, ratee, selfScore) where !selfScore && a.unitId == ratee:
                try refuse("không được chấm chéo đơn vị của mình", "cannot cross-score one's own unit")
            case .overrideEligibility where !a.mayOverrideEligibility:
                try refuse("chỉ người được giao (hoặc quản trị viên) mới cho vượt điều kiện khen thưởng",
                           "only someone granted it (or an administrator) may override eligibility")
            default:
                return
            }
        case .reviewer:
            switch permission {
            case let .score(cluster, ratee, selfScore):
                if !a.clusterIds.contains(cluster) {
                    try refuse("không được phân công chấm cụm \(cluster)", "not assigned to score cluster \(cluster)")
                }
                if selfScore && a.unitId != ratee {
                    try refuse("chỉ tự chấm đơn vị của mình", "can self-score only one's own unit")
                }
                if !selfScore && a.unitId == ratee {
                    try refuse("không được chấm chéo đơn vị của mình", "cannot cross-score one's own unit")
                }
            case .viewAudit:
                try refuse("không xem được nhật ký", "cannot view the audit log")
            default:
                try refuse("người chấm điểm chỉ chấm điểm", "a reviewer may only score")
            }
        }
    }
}

extension Workspace {
    /// Checks the workspace user's role for an operation.
    public func authorize(_ permission: Permission) throws {
        try Permissions.authorize(permission, login: login, assignment: role)
    }

    public func may(_ permission: Permission) -> Bool { (try? authorize(permission)) != nil }
}

extension Workspace {
    /// Through the office's server a login without a role sees nothing at all — not even the lists a viewer
    /// sees. (In single-user mode the operating system's file permissions decide who reads the directory.)
    public func requireRole() throws {
        guard role == nil else { return }
        throw PermissionError(login: login, reason: Localized(vi: "tài khoản chưa được cấp quyền", en: "this login has no role"))
    }
}
