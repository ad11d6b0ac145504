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
        public init(year: Int, leaderId: String?, deputyId: String?, agreement: Agreement? = nil) {
            self.year = year; self.leaderId = leaderId; self.deputyId = deputyId; self.agreement = agreement
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

    public init(id: String, name: String, kind: Kind, organiser: String, memberIds: [String], years: [Year] = []) {
        self.id = id; self.name = TextNormalization.clean(name); self.kind = kind
        self.organiser = TextNormalization.clean(organiser); self.memberIds = memberIds; self.years = years
    }

    public func year(_ y: Int) -> Year? { years.first { $0.year == y } }

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
                if let id, !memberIds.contains(id), !formerMemberIds.contains(id) {
                    throw ValidationError(field: "years.\(field)", label: Localized(vi: vi, en: en),
                                          reason: Localized(vi: "\(id) không phải thành viên (năm \(y.year))",
                                                            en: "\(id) is not a member (\(y.year))"))
                }
            }
            if let l = y.leaderId, l == y.deputyId {
                throw ValidationError(field: "years.deputyId", label: Localized(vi: "Cụm phó", en: "Deputy"),
                                      reason: Localized(vi: "trùng cụm trưởng", en: "same unit as the leader"))
            }
        }
    }
}
