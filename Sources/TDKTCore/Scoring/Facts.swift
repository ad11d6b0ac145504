import Foundation
import TDKTText

/// A bonus or penalty fact about a unit, entered once by the verifier with its document
/// (e.g. "Quyết định số 163/QĐ-UBND"), added after aggregation, never averaged or trimmed.
public struct UnitFact: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, Equatable { case bonus, penalty }
    public var id: String
    public var unitId: String
    public var kind: Kind
    /// Configured `BonusItem.id` or `PenaltyItem.id`.
    public var itemId: String
    /// Points in ticks, ≥ 0 (a penalty is subtracted).
    public var points: Int
    public var documentReference: String
    public var note: String

    public init(id: String, unitId: String, kind: Kind, itemId: String, points: Int, documentReference: String, note: String = "") {
        self.id = nfc(id); self.unitId = nfc(unitId); self.kind = kind; self.itemId = nfc(itemId)
        self.points = points; self.documentReference = nfc(documentReference); self.note = nfc(note)
    }

    public func validate(configuration: RoundConfiguration) throws {
        guard !id.isEmpty else { throw ScoringError.emptyField(field: "fact.id") }
        guard configuration.members.contains(unitId) else { throw ScoringError.unknownUnit(field: "fact.unitId", unitId: unitId) }
        switch kind {
        case .bonus:
            guard configuration.bonusItems.contains(where: { $0.id == itemId }) else {
                throw ScoringError.unknownItem(field: "bonusItems", itemId: itemId)
            }
        case .penalty:
            guard configuration.penaltyItems.contains(where: { $0.id == itemId }) else {
                throw ScoringError.unknownItem(field: "penaltyItems", itemId: itemId)
            }
        }
        guard points >= 0 else { throw ScoringError.invalidNumber(field: "fact.points", value: String(points)) }
        guard !documentReference.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ScoringError.emptyField(field: "fact.documentReference")
        }
    }
}

/// A unit barred from ranking by regulation, with the reason shown in the result.
public struct UnitExclusion: Codable, Sendable, Equatable {
    public enum Reason: String, Codable, Sendable, Equatable {
        case underInvestigation   // đang bị thanh tra, điều tra
        case seriousViolation     // vi phạm nghiêm trọng
        case other
        public func label(language: String = "vi") -> String {
            let en = language == "en"
            switch self {
            case .underInvestigation: return en ? "under investigation" : "đang bị thanh tra, điều tra"
            case .seriousViolation: return en ? "serious violation" : "vi phạm nghiêm trọng"
            case .other: return en ? "other" : "lý do khác"
            }
        }
    }
    public var unitId: String
    public var reason: Reason
    public var note: String
    public var documentReference: String

    public init(unitId: String, reason: Reason, note: String, documentReference: String = "") {
        self.unitId = nfc(unitId); self.reason = reason; self.note = nfc(note); self.documentReference = nfc(documentReference)
    }
}
