import Foundation
import TDKTText

/// What a login may do.
public enum Role: String, Sendable, Codable, CaseIterable {
    case administrator, clerk, reviewer, viewer
    public var label: Localized {
        switch self {
        case .administrator: Localized(vi: "Quản trị", en: "Administrator")
        case .clerk: Localized(vi: "Cán bộ TĐKT", en: "Clerk")
        case .reviewer: Localized(vi: "Người chấm điểm", en: "Reviewer")
        case .viewer: Localized(vi: "Chỉ xem", en: "Viewer")
        }
    }
}

/// A login's role; a reviewer is tied to their unit and the clusters they score.
public struct RoleAssignment: Sendable, Equatable, Codable {
    public var role: Role
    public var unitId: String?
    public var clusterIds: [String]
    public init(role: Role, unitId: String? = nil, clusterIds: [String] = []) {
        self.role = role; self.unitId = unitId; self.clusterIds = clusterIds
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
    /// Whether a cluster's leader (cụm trưởng) of a year may run that year's round of its own
    /// cluster: record facts and exclusions, close, open the explanation period, finalize, record
    /// the ballot. Nil or false: only the office does.
    public var clusterLeaderRunsRound: Bool? = nil

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
