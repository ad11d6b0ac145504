import Foundation
import TDKTText

/// A unit's written explanation (giải trình) about one criterion, filed before the deadline.
public struct Explanation: Codable, Sendable, Equatable {
    public var id: String
    public var unitId: String
    public var criterionId: String
    public var text: String
    public var filedBy: String
    public var filedAt: Date

    public init(id: String, unitId: String, criterionId: String, text: String, filedBy: String, filedAt: Date) {
        self.id = nfc(id); self.unitId = nfc(unitId); self.criterionId = nfc(criterionId)
        self.text = nfc(text); self.filedBy = nfc(filedBy); self.filedAt = filedAt
    }
}

/// One entry of the append-only log of sheet edits: who, when, which cell, old → new, why.
/// Edits after close carry the explanation they answer.
public struct RevisionLogEntry: Codable, Sendable, Equatable {
    public var by: String
    public var at: Date
    public var raterId: String
    public var unitId: String
    public var criterionId: String
    public var oldValue: Int?
    public var newValue: Int?
    public var reason: String
    public var explanationId: String?

    public init(by: String, at: Date, raterId: String, unitId: String, criterionId: String,
                oldValue: Int?, newValue: Int?, reason: String, explanationId: String?) {
        self.by = nfc(by); self.at = at; self.raterId = nfc(raterId); self.unitId = nfc(unitId)
        self.criterionId = nfc(criterionId); self.oldValue = oldValue; self.newValue = newValue
        self.reason = nfc(reason); self.explanationId = explanationId.map(nfc)
    }
}

/// A recorded re-opening of a frozen configuration.
public struct ConfigurationChange: Codable, Sendable, Equatable {
    public var by: String
    public var at: Date
    public var reason: String
    public init(by: String, at: Date, reason: String) { self.by = nfc(by); self.at = at; self.reason = nfc(reason) }
}
