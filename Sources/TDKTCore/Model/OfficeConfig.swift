import Foundation
import TDKTText

/// What a login may do.
public enum Role: String, Sendable, Codable, CaseIterable {
    case administrator, clerk, reviewer, viewer
    /// A unit's TĐKT officer: registers titles and prepares and submits proposals for the people and
    /// collectives of its unit and the units under it; the province appraises them.
    case unitOfficer
    public var label: Localized {
        switch self {
        case .unitOfficer: Localized(vi: "Cán bộ TĐKT đơn vị", en: "Unit TĐKT officer")
        case .administrator: Localized(vi: "Quản trị", en: "Administrator")
        case .clerk: Localized(vi: "Cán bộ TĐKT", en: "Clerk")
        case .reviewer: Localized(vi: "Người chấm điểm", en: "Reviewer")
        case .viewer: Localized(vi: "Chỉ xem", en: "Viewer")
        }
    }
}

/// A login's role; a reviewer is tied to their unit and the clusters they score; a unit officer to its unit
/// (and the units under it).
public struct RoleAssignment: Sendable, Equatable, Codable {
    public var role: Role
    public var unitId: String?
    public var clusterIds: [String]
    /// A clerk who may let a proposal go on although its eligibility is not met, with a written reason
    /// (an administrator always may).
    public var mayOverrideEligibility: Bool
    public init(role: Role, unitId: String? = nil, clusterIds: [String] = [], mayOverrideEligibility: Bool = false) {
        self.role = role; self.unitId = unitId; self.clusterIds = clusterIds; self.mayOverrideEligibility = mayOverrideEligibility
    }

    enum CodingKeys: String, CodingKey { case role, unitId, clusterIds, mayOverrideEligibility }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        role = try c.decode(Role.self, forKey: .role)
        unitId = try c.decodeIfPresent(String.self, forKey: .unitId)
        clusterIds = try c.decodeIfPresent([String].self, forKey: .clusterIds) ?? []
        mayOverrideEligibility = try c.decodeIfPresent(Bool.self, forKey: .mayOverrideEligibility) ?? false
    }
}

/// The office's configuration, `config.json` at the top of the data directory.
public struct OfficeConfig: Sendable, Equatable, Codable {
    public static let fileName = "config.json"
    public enum UnknownLogins: String, Sendable, Codable { case viewer, refuse }

    public var schemaVersion: Int
    /// "Sở Nội vụ tỉnh Thái Nguyên"
    public var officeName: String
    /// The issuing body's parent, shown above it on documents ("UBND TỈNH THÁI NGUYÊN").
    public var parentBody: String
    /// Place name on documents ("Thái Nguyên, ngày ...").
    public var place: String
    public var roles: [String: RoleAssignment]
    public var unknownLogins: UnknownLogins
    /// Signers, recipients, printer and the reports folder for printed documents (absent in older files).
    public var documents: DocumentSettings?
    /// How a report's year is counted by decision dates (absent: the calendar year).
    public var reportingPeriod: ReportingPeriodKind?
    /// Whether a cluster's leader (cụm trưởng) of a year may run that year's round of its own
    /// cluster: record facts and exclusions, close, open the explanation period, finalize, record
    /// the ballot. Nil or false: only the office does.
    public var clusterLeaderRunsRound: Bool? = nil
    /// Whether no one login may carry a proposal through two stages (see `SeparationOfDuties`).
    /// Nil or false: the office has not asked for it (a small office where one clerk does everything).
    public var separateDuties: Bool? = nil

    public init(officeName: String, parentBody: String, place: String, roles: [String: RoleAssignment],
                unknownLogins: UnknownLogins = .viewer, documents: DocumentSettings? = nil) {
        self.schemaVersion = Schema.version; self.officeName = officeName; self.parentBody = parentBody
        self.place = place; self.roles = roles; self.unknownLogins = unknownLogins; self.documents = documents
    }

    /// The document settings, empty when the file has none.
    public var documentSettings: DocumentSettings { documents ?? DocumentSettings() }

    /// The role of a login, or nil when unknown logins are refused.
    public func role(of login: String) -> RoleAssignment? {
        if let r = roles[login] { return r }
        return unknownLogins == .viewer ? RoleAssignment(role: .viewer) : nil
    }
}
