import Foundation
import TDKTText

extension Workspace {
    /// Gives a login a role (administrator only); written atomically and audited like every change.
    public func setRole(_ assignment: RoleAssignment?, for login: String) throws {
        try authorize(.editRoles)
        let label = Localized(vi: "Tài khoản", en: "Login")
        if login.isEmpty || login.contains(where: { $0.isWhitespace || $0 == "/" }) {
            throw ValidationError(field: "login", label: label, reason: Localized(vi: "tên đăng nhập không hợp lệ", en: "not a valid login"))
        }
        if let a = assignment, a.role == .reviewer {
            guard let u = a.unitId, units[u] != nil else {
                throw ValidationError(field: "unitId", label: Labels.unit, reason: Localized(
                    vi: "người chấm điểm phải gắn với một đơn vị", en: "a reviewer must be tied to a unit"))
            }
            for c in a.clusterIds where clusters[c] == nil {
                throw ValidationError(field: "clusterIds", label: Localized(vi: "Cụm, khối", en: "Clusters"), reason: Reason.unknownReference(c))
            }
        }
        if let a = assignment, a.role == .unitOfficer {
            guard let u = a.unitId, units[u] != nil else {
                throw ValidationError(field: "unitId", label: Labels.unit, reason: Localized(
                    vi: "cán bộ TĐKT đơn vị phải gắn với một đơn vị", en: "a unit officer must be tied to a unit"))
            }
        }
        if let a = assignment, a.mayOverrideEligibility, a.role != .clerk, a.role != .administrator {
            throw ValidationError(field: "mayOverrideEligibility", label: label, reason: Localized(
                vi: "chỉ cán bộ của tỉnh được giao quyền vượt điều kiện", en: "only the province's clerks may be granted the override"))
        }
        try updateConfig(action: "roles.set \(login)=\(assignment?.role.rawValue ?? "none")") { config in
            // Checked on the configuration as it is now, under the lock, not as this session read it.
            if assignment?.role != .administrator, config.roles[login]?.role == .administrator,
               config.roles.values.filter({ $0.role == .administrator }).count == 1 {
                throw ValidationError(field: "role", label: label, reason: Localized(
                    vi: "phải còn ít nhất một quản trị viên", en: "at least one administrator must remain"))
            }
            config.roles[login] = assignment
        }
    }

    /// What a login without a role may do: read as a viewer, or nothing (administrator only). On an office
    /// server every local account can reach the socket, so `refuse` is the setting for it.
    public func setUnknownLogins(_ policy: OfficeConfig.UnknownLogins) throws {
        try authorize(.editRoles)
        try updateConfig(action: "roles.others=\(policy.rawValue)") { $0.unknownLogins = policy }
    }

    /// Lets (or stops) each cluster's leader of a year run its own cluster's round (administrator only).
    public func setClusterLeaderRunsRound(_ allowed: Bool) throws {
        try authorize(.editRoles)
        try updateConfig(action: "settings.cluster-leader-runs-round=\(allowed)") { $0.clusterLeaderRunsRound = allowed }
    }

    /// The audit log one entry at a time, for those allowed to read it (a log of millions of lines in little memory).
    public func forEachAuditEntry(since: String? = nil, user: String? = nil, record: String? = nil, _ body: (AuditEntry) -> Void) throws {
        try authorize(.viewAudit)
        AuditLog(store: store).forEach(since: since, user: user, record: record, body)
    }

    /// The audit log, for those allowed to read it.
    public func auditEntries(since: String? = nil, user: String? = nil, record: String? = nil) throws -> [AuditEntry] {
        try authorize(.viewAudit)
        return AuditLog(store: store).entries(since: since, user: user, record: record)
    }
}
