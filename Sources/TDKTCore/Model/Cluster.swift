import Foundation
import TDKTText

/// An emulation cluster (cụm, by territory) or block (khối, by function) of units that compete each year.
public struct Cluster: Sendable, Equatable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case cluster, block
        public var label: Localized {
            self == .cluster ? Localized(vi: "Cụm thi đua", en: "Cluster") : Localized(vi: "Khối thi đua", en: "Block")
        }
    }

    /// The targets the members sign at the start of the year (giao ước thi đua).
    public struct Agreement: Sendable, Equatable, Codable {
        public var targets: [String]
        public var signedOn: CivilDate
        public var signatories: [String]
        public init(targets: [String], signedOn: CivilDate, signatories: [String]) {
            self.targets = targets.map { TextNormalization.clean($0) }; self.signedOn = signedOn
            self.signatories = signatories.map { TextNormalization.clean($0) }
        }
    }

    /// Who leads the cluster in a year, and the agreement signed for it.
    public struct Year: Sendable, Equatable, Codable {
        public var year: Int
        public var leaderId: String?
        public var deputyId: String?
        public var agreement: Agreement?
        /// The document of the year's agreement (giao ước), e.g. "Giao ước số 01/GƯ-KTKT ngày 15/02/2025".
        public var agreementReference: String?
        /// Members of that year, when they differ from `memberIds` (nil: the current members).
        public var memberIds: [String]?
        public init(year: Int, leaderId: String?, deputyId: String?, agreement: Agreement? = nil,
                    agreementReference: String? = nil, memberIds: [String]? = nil) {
            self.year = year; self.leaderId = leaderId; self.deputyId = deputyId; self.agreement = agreement
            self.agreementReference = agreementReference.map { TextNormalization.clean($0) }; self.memberIds = memberIds
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    /// The body that organises it ("UBND tỉnh Thái Nguyên", "Bộ Nội vụ" for the inter-provincial cluster).
    public var organiser: String
    public var memberIds: [String]
    /// Units that were members in earlier years (merged or moved out); past leaders may be among them.
    public var formerMemberIds: [String] = []
    public var years: [Year]
    /// The order in which members take the chair (cụm trưởng), when the cluster agreed one.
    public var rotation: [String]?
    /// The last year the cluster or block worked; nil while it is active.
    public var retiredAfter: Int?

    public init(id: String, name: String, kind: Kind, organiser: String, memberIds: [String], years: [Year] = []) {
        self.id = id; self.name = TextNormalization.clean(name); self.kind = kind
        self.organiser = TextNormalization.clean(organiser); self.memberIds = memberIds; self.years = years
    }

    public func year(_ y: Int) -> Year? { years.first { $0.year == y } }

    /// The members of a year: the year's own list when recorded, else the current members.
    public func members(in y: Int) -> [String] { year(y)?.memberIds ?? memberIds }

    /// Whether the cluster works in a year.
    public func isActive(in y: Int) -> Bool { retiredAfter.map { y <= $0 } ?? true }

    /// The leader the rotation proposes for `y`: the member after last year's leader in the rotation
    /// order (or in member order when none was agreed), skipping units that are no longer members.
    public func proposedLeader(for y: Int) -> String? {
        let order = (rotation ?? memberIds).filter { memberIds.contains($0) }
        guard !order.isEmpty else { return nil }
        guard let last = year(y - 1)?.leaderId, let i = (rotation ?? memberIds).firstIndex(of: last) else { return order.first }
        let full = rotation ?? memberIds
        for step in 1...full.count {
            let candidate = full[(i + step) % full.count]
            if memberIds.contains(candidate) { return candidate }
        }
        return order.first
    }

    /// Warnings that do not refuse the record: the same unit leading two years in a row.
    public func warnings() -> [Localized] {
        var out: [Localized] = []
        let sorted = years.sorted { $0.year < $1.year }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.year == a.year + 1 {
            if let l = b.leaderId, l == a.leaderId {
                out.append(Localized(vi: "\(l) làm cụm trưởng hai năm liền (\(a.year), \(b.year))",
                                     en: "\(l) leads two years in a row (\(a.year), \(b.year))"))
            }
        }
        return out
    }

    public func validate() throws {
        try Check.identifier(id)
        try Check.notBlank(name, "name", Localized(vi: "Tên cụm, khối", en: "Cluster name"), max: 200)
        let label = Localized(vi: "Thành viên", en: "Members")
        if Set(memberIds).count != memberIds.count {
            throw ValidationError(field: "memberIds", label: label,
                                  reason: Localized(vi: "có đơn vị trùng lặp", en: "a unit is listed twice"))
        }
        for y in years {
            try Check.year(y.year, "years.year")
            for (field, id, vi, en) in [("leaderId", y.leaderId, "Cụm trưởng", "Leader"), ("deputyId", y.deputyId, "Cụm phó", "Deputy")] {
                if let id, !memberIds.contains(id), !formerMemberIds.contains(id), !(y.memberIds ?? []).contains(id) {
                    throw ValidationError(field: "years.\(field)", label: Localized(vi: vi, en: en),
                                          reason: Localized(vi: "\(id) không phải thành viên (năm \(y.year))",
                                                            en: "\(id) is not a member (\(y.year))"))
                }
            }
            if let list = y.memberIds, Set(list).count != list.count {
                throw ValidationError(field: "years.memberIds", label: label,
                                      reason: Localized(vi: "có đơn vị trùng lặp (năm \(y.year))", en: "a unit is listed twice (\(y.year))"))
            }
            if let l = y.leaderId, l == y.deputyId {
                throw ValidationError(field: "years.deputyId", label: Localized(vi: "Cụm phó", en: "Deputy"),
                                      reason: Localized(vi: "trùng cụm trưởng", en: "same unit as the leader"))
            }
        }
        if let r = rotation {
            for id in r where !memberIds.contains(id) && !formerMemberIds.contains(id) {
                throw ValidationError(field: "rotation", label: Localized(vi: "Thứ tự luân phiên cụm trưởng", en: "Rotation order"),
                                      reason: Localized(vi: "\(id) không phải thành viên", en: "\(id) is not a member"))
            }
        }
        if let y = retiredAfter { try Check.year(y, "retiredAfter") }
    }
}
