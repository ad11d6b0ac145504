import Foundation
import TDKTText

/// The records a login works on: the province's roles work on every unit; a unit's TĐKT officer on its unit
/// and the units under it, with their people and households. Every operation on a nominee asks here, so the
/// command line and the screens refuse the same things.
extension Workspace {
    /// The units in the user's scope, or nil when the role is not limited to a unit.
    public var scopeUnitIds: Set<String>? {
        guard let a = role, a.role == .unitOfficer else { return nil }
        guard let top = a.unitId else { return [] }
        var children: [String: [String]] = [:]
        for u in units.values.map(\.value) { if let p = u.parentId { children[p, default: []].append(u.id) } }
        var out: Set<String> = [], queue = [top]
        while let next = queue.popLast() {
            if out.insert(next).inserted { queue += children[next] ?? [] }
        }
        return out
    }

    /// The unit a nominee belongs to: the unit itself, a person's or a household's unit.
    public func unitId(of nominee: NomineeRef) -> String? {
        switch nominee.kind {
        case .unit: nominee.id
        case .person: people[nominee.id]?.value.unitId
        case .household: households[nominee.id]?.value.unitId
        }
    }

    public func inScope(_ nominee: NomineeRef) -> Bool {
        guard let scope = scopeUnitIds else { return true }
        return unitId(of: nominee).map(scope.contains) ?? false
    }

    public func inScope(unitId: String) -> Bool { scopeUnitIds?.contains(unitId) ?? true }

    /// Refuses a nominee outside the user's unit scope.
    public func authorizeScope(of nominee: NomineeRef) throws {
        if inScope(nominee) { return }
        throw PermissionError(login: login, reason: Localized(
            vi: "\(name(of: nominee)) không thuộc đơn vị \(role?.unitId ?? "") hay các đơn vị trực thuộc",
            en: "\(name(of: nominee)) is not in unit \(role?.unitId ?? "") or the units under it"))
    }

    public func authorizeScope(of proposal: Proposal) throws { try authorizeScope(of: proposal.nominee) }

    public func authorizeScope(unitId: String) throws { try authorizeScope(of: NomineeRef(.unit, unitId)) }
}
