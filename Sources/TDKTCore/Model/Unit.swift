import Foundation
import TDKTText

/// An agency, commune, school, enterprise...: a collective (tập thể). Units form a tree.
public struct Unit: Sendable, Equatable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case province, department, district, commune, enterprise, school, association
        case cooperative, publicService, armedForces, centralAgency
        case other
        public var label: Localized {
            switch self {
            case .cooperative: Localized(vi: "Hợp tác xã", en: "Cooperative")
            case .publicService: Localized(vi: "Đơn vị sự nghiệp", en: "Public service unit")
            case .armedForces: Localized(vi: "Lực lượng vũ trang", en: "Armed forces")
            case .centralAgency: Localized(vi: "Cơ quan Trung ương trên địa bàn", en: "Central agency")
            case .province: Localized(vi: "Tỉnh", en: "Province")
            case .department: Localized(vi: "Sở, ban, ngành", en: "Department")
            case .district: Localized(vi: "Huyện, thành phố", en: "District")
            case .commune: Localized(vi: "Xã, phường", en: "Commune")
            case .enterprise: Localized(vi: "Doanh nghiệp", en: "Enterprise")
            case .school: Localized(vi: "Trường học", en: "School")
            case .association: Localized(vi: "Hội, đoàn thể", en: "Association")
            case .other: Localized(vi: "Khác", en: "Other")
            }
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var parentId: String?
    /// When the unit came into being and, once dissolved or merged, when it ceased.
    public var validity: DatePeriod?
    /// After a merge, the unit that carries this unit's history on.
    public var successorId: String?
    public var memberCount: Int?
    /// The unit's yearly ratings (xếp loại tập thể), used by the collective titles; absent in older files.
    public var ratings: [YearRating]?
    /// The kind as the office wrote it in an imported sheet ("Xã, phường, thị trấn"), kept as written.
    public var kindText: String?

    public init(id: String, name: String, kind: Kind, parentId: String? = nil,
                validity: DatePeriod? = nil, successorId: String? = nil, memberCount: Int? = nil, ratings: [YearRating]? = nil) {
        self.id = id; self.name = TextNormalization.clean(name); self.kind = kind; self.parentId = parentId
        self.validity = validity; self.successorId = successorId; self.memberCount = memberCount; self.ratings = ratings
    }

    public func rating(in year: Int) -> Rating? { ratings?.last { $0.year == year }?.rating }

    public var isActive: Bool { validity?.end == nil }

    public func validate() throws {
        try Check.identifier(id)
        try Check.notBlank(name, "name", Labels.name, max: 200)
        try validity?.validate(field: "validity", label: Localized(vi: "Thời gian hoạt động", en: "Validity"))
        if parentId == id {
            throw ValidationError(field: "parentId", label: Localized(vi: "Đơn vị cấp trên", en: "Parent unit"),
                                  reason: Localized(vi: "không thể là chính nó", en: "cannot be the unit itself"))
        }
        if let m = memberCount, m < 0 {
            throw ValidationError(field: "memberCount", label: Localized(vi: "Số thành viên", en: "Member count"),
                                  reason: Reason.outOfRange(0, 1_000_000))
        }
    }
}

/// A household (hộ gia đình); some awards go to households.
public struct Household: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var headName: String
    public var address: String
    /// The commune the household belongs to.
    public var unitId: String

    public init(id: String, headName: String, address: String, unitId: String) {
        self.id = id; self.headName = TextNormalization.clean(headName)
        self.address = TextNormalization.clean(address); self.unitId = unitId
    }

    public func validate() throws {
        try Check.identifier(id)
        try Check.notBlank(headName, "headName", Localized(vi: "Chủ hộ", en: "Head of household"), max: 200)
        try Check.identifier(unitId, "unitId")
    }
}
