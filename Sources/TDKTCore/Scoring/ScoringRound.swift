import Foundation
import TDKTText

/// Life of a round: configuring → open → closed → explanation → final.
public enum RoundState: String, Codable, Sendable, Equatable, CaseIterable {
    case configuring, open, closed, explanation, final

    public func label(_ language: String = "vi") -> String {
        let en = language == "en"
        switch self {
        case .configuring: return en ? "being configured" : "đang cấu hình"
        case .open: return en ? "open for scoring" : "đang mở chấm"
        case .closed: return en ? "closed for cross-scoring" : "đã khóa chấm chéo"
        case .explanation: return en ? "in its explanation period" : "đang trong thời hạn giải trình"
        case .final: return en ? "final" : "đã chốt kết quả"
        }
    }
}

/// One scoring round (one cluster, one year): configuration, sheets, facts, explanations and logs.
/// A value type with validating mutations; the store persists it, the engine computes from it.
public struct ScoringRound: Codable, Sendable, Equatable {
    public private(set) var configuration: RoundConfiguration
    public private(set) var state: RoundState
    /// True once a sheet has been saved; cleared only by `reopenConfiguration` with a reason.
    public private(set) var configurationFrozen: Bool
    public private(set) var configurationChanges: [ConfigurationChange]
    public private(set) var crossSheets: [CrossScoreSheet]
    public private(set) var selfSheets: [SelfScoreSheet]
    public private(set) var facts: [UnitFact]
    public private(set) var exclusions: [UnitExclusion]
    public private(set) var explanations: [Explanation]
    public private(set) var explanationDeadline: Date?
    /// Append-only log of changed cells (re-saves while open, revisions after close).
    public private(set) var revisionLog: [RevisionLogEntry]
    public private(set) var closedAt: Date?
    public private(set) var finalizedAt: Date?
    /// The result frozen by `finalize`.
    public private(set) var finalResult: ScoringResult?
    /// The confirming secret ballot (bỏ phiếu kín suy tôn) for the leading unit, once recorded.
    public private(set) var ballot: BallotRecord?

    public init(configuration: RoundConfiguration) throws {
        try configuration.validate()
        self.configuration = configuration
        state = .configuring; configurationFrozen = false; configurationChanges = []
        crossSheets = []; selfSheets = []; facts = []; exclusions = []; explanations = []
        explanationDeadline = nil; revisionLog = []; closedAt = nil; finalizedAt = nil; finalResult = nil
    }

    public var roundId: String { configuration.roundId }

    // MARK: Configuration

    /// Replaces the configuration while configuring, or while open before the first sheet
    /// (or after `reopenConfiguration`). Existing sheets must stay valid under the new one.
    public mutating func updateConfiguration(_ new: RoundConfiguration) throws {
        guard state == .configuring || state == .open else { throw ScoringError.invalidState(action: .editConfiguration, state: state) }
        guard !configurationFrozen else { throw ScoringError.configurationFrozen(field: "configuration") }
        guard new.roundId == configuration.roundId else {
            throw ScoringError.roundIdChanged(field: "roundId", expected: configuration.roundId, found: new.roundId)
        }
        try new.validate()
        for s in crossSheets {
            do { try SheetValidation.validate(s, configuration: new) } catch let e as ScoringError {
                throw ScoringError.existingSheetInvalid(raterId: s.raterId, rateeId: s.rateeId, reason: e)
            }
        }
        for s in selfSheets {
            do { try SheetValidation.validate(s, configuration: new) } catch let e as ScoringError {
                throw ScoringError.existingSheetInvalid(raterId: s.unitId, rateeId: s.unitId, reason: e)
            }
        }
        for f in facts { try f.validate(configuration: new) }
        configuration = new
    }

    /// configuring → open.
    public mutating func openScoring() throws {
        guard state == .configuring else { throw ScoringError.invalidState(action: .openScoring, state: state) }
        state = .open
    }

    /// Unfreezes a frozen configuration; the non-empty reason is recorded. The next saved sheet freezes it again.
    public mutating func reopenConfiguration(reason: String, by: String, at: Date) throws {
        guard state == .open else { throw ScoringError.invalidState(action: .reopenConfiguration, state: state) }
        let r = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !r.isEmpty else { throw ScoringError.emptyField(field: "reason") }
        configurationChanges.append(ConfigurationChange(by: by, at: at, reason: r))
        configurationFrozen = false
    }

    // MARK: Sheets

    /// Saves (or replaces) a cross-score sheet while the round is open; freezes the configuration.
    /// Changed cells of a replaced sheet are logged.
    public mutating func saveCrossSheet(_ sheet: CrossScoreSheet, by: String, at: Date, reason: String = "") throws {
        guard state == .open else { throw ScoringError.invalidState(action: .saveSheet, state: state) }
        try SheetValidation.validate(sheet, configuration: configuration)
        if let i = crossSheets.firstIndex(where: { $0.raterId == sheet.raterId && $0.rateeId == sheet.rateeId }) {
            logChanges(old: crossSheets[i], new: sheet, by: by, at: at, reason: reason, explanationId: nil)
            crossSheets[i] = sheet
        } else {
            crossSheets.append(sheet)
        }
        configurationFrozen = true
    }

    /// Saves a unit's self-score sheet (its claim) while the round is open; freezes the configuration.
    public mutating func saveSelfSheet(_ sheet: SelfScoreSheet) throws {
        guard state == .open else { throw ScoringError.invalidState(action: .saveSheet, state: state) }
        try SheetValidation.validate(sheet, configuration: configuration)
        if let i = selfSheets.firstIndex(where: { $0.unitId == sheet.unitId }) { selfSheets[i] = sheet } else { selfSheets.append(sheet) }
        configurationFrozen = true
    }

    public func crossSheet(rater: String, ratee: String) -> CrossScoreSheet? {
        crossSheets.first { $0.raterId == rater && $0.rateeId == ratee }
    }

    private mutating func logChanges(old: CrossScoreSheet, new: CrossScoreSheet, by: String, at: Date, reason: String, explanationId: String?) {
        for c in configuration.table.criteria where old.cells[c.id] != new.cells[c.id] {
            revisionLog.append(RevisionLogEntry(by: by, at: at, raterId: new.raterId, unitId: new.rateeId, criterionId: c.id,
                                                oldValue: old.cells[c.id], newValue: new.cells[c.id],
                                                reason: reason, explanationId: explanationId))
        }
    }

    // MARK: Facts and exclusions (until final)

    public mutating func addFact(_ fact: UnitFact) throws {
        guard state != .final else { throw ScoringError.invalidState(action: .editFacts, state: state) }
        try fact.validate(configuration: configuration)
        guard !facts.contains(where: { $0.id == fact.id }) else { throw ScoringError.duplicateIdentifier(field: "fact.id", id: fact.id) }
        facts.append(fact)
    }

    public mutating func removeFact(id: String) throws {
        guard state != .final else { throw ScoringError.invalidState(action: .editFacts, state: state) }
        facts.removeAll { $0.id == id }
    }

    public mutating func exclude(_ exclusion: UnitExclusion) throws {
        guard state != .final else { throw ScoringError.invalidState(action: .editFacts, state: state) }
        guard configuration.members.contains(exclusion.unitId) else {
            throw ScoringError.unknownUnit(field: "exclusion.unitId", unitId: exclusion.unitId)
        }
        guard !exclusion.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ScoringError.emptyField(field: "exclusion.note")
        }
        guard !exclusion.documentReference.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ScoringError.emptyField(field: "exclusion.documentReference")
        }
        exclusions.removeAll { $0.unitId == exclusion.unitId }
        exclusions.append(exclusion)
    }

    public mutating func removeExclusion(unitId: String) throws {
        guard state != .final else { throw ScoringError.invalidState(action: .editFacts, state: state) }
        exclusions.removeAll { $0.unitId == unitId }
    }

    // MARK: Closing, explanations, revisions, final

    /// open → closed: cross-scoring ends; sheets become visible to every rater.
    public mutating func closeScoring(at: Date) throws {
        guard state == .open else { throw ScoringError.invalidState(action: .closeScoring, state: state) }
        state = .closed; closedAt = at
    }

    /// closed → explanation, with the deadline for filing explanations.
    public mutating func openExplanationPeriod(deadline: Date) throws {
        guard state == .closed else { throw ScoringError.invalidState(action: .openExplanationPeriod, state: state) }
        state = .explanation; explanationDeadline = deadline
    }

    /// Files an explanation; refused after the deadline. Returns the stored explanation (with its id).
    @discardableResult
    public mutating func fileExplanation(unitId: String, criterionId: String, text: String, by: String, at: Date) throws -> Explanation {
        guard state == .explanation, let deadline = explanationDeadline else {
            throw ScoringError.invalidState(action: .fileExplanation, state: state)
        }
        guard configuration.members.contains(unitId) else { throw ScoringError.unknownUnit(field: "explanation.unitId", unitId: unitId) }
        guard configuration.table.criterion(id: criterionId) != nil else { throw ScoringError.unknownCriterion(criterionId: criterionId) }
        guard at <= deadline else {
            throw ScoringError.explanationDeadlinePassed(unitId: unitId, criterionId: criterionId, deadline: deadline)
        }
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw ScoringError.emptyField(field: "explanation.text") }
        let e = Explanation(id: "\(roundId)/GT-\(explanations.count + 1)", unitId: unitId, criterionId: criterionId,
                            text: t, filedBy: by, filedAt: at)
        explanations.append(e)
        return e
    }

    /// Changes one cell of a saved sheet during the explanation period, answering an explanation
    /// filed by the ratee. Logged with who, when, old → new, the reason and the explanation id.
    public mutating func reviseCell(raterId: String, rateeId: String, criterionId: String, newValue: Int?,
                                    explanationId: String, reason: String, by: String, at: Date) throws {
        guard state == .explanation else { throw ScoringError.invalidState(action: .reviseSheet, state: state) }
        guard let e = explanations.first(where: { $0.id == explanationId }) else {
            throw ScoringError.explanationNotFound(explanationId: explanationId)
        }
        guard e.unitId == rateeId else { throw ScoringError.explanationMismatch(explanationId: explanationId, unitId: rateeId) }
        let r = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !r.isEmpty else { throw ScoringError.emptyField(field: "reason") }
        guard let i = crossSheets.firstIndex(where: { $0.raterId == raterId && $0.rateeId == rateeId }) else {
            throw ScoringError.sheetNotFound(raterId: raterId, rateeId: rateeId)
        }
        var sheet = crossSheets[i]
        sheet.cells[criterionId] = newValue
        try SheetValidation.validate(sheet, configuration: configuration)
        logChanges(old: crossSheets[i], new: sheet, by: by, at: at, reason: r, explanationId: explanationId)
        crossSheets[i] = sheet
    }

    /// Computes the result from the current data (provisional until `finalize`).
    public func computeResult() -> ScoringResult {
        ScoringEngine.compute(configuration: configuration, crossSheets: crossSheets, selfSheets: selfSheets,
                              facts: facts, exclusions: exclusions)
    }

    /// closed or explanation → final; the result is computed, stored and returned.
    @discardableResult
    public mutating func finalize(at: Date) throws -> ScoringResult {
        guard state == .explanation || state == .closed else { throw ScoringError.invalidState(action: .finalize, state: state) }
        let r = computeResult()
        finalResult = r; finalizedAt = at; state = .final
        return r
    }

    /// Records the confirming secret ballot for a member (closed, explanation or final), with the
    /// minutes that record it. Votes cast cannot exceed the members entitled to vote (the cluster's members).
    public mutating func recordBallot(_ result: BallotResult, documentReference: String, by: String, at: Date) throws {
        guard state == .closed || state == .explanation || state == .final else {
            throw ScoringError.invalidState(action: .recordBallot, state: state)
        }
        try result.validate()
        guard configuration.members.contains(result.unitId) else {
            throw ScoringError.unknownUnit(field: "ballot.unitId", unitId: result.unitId)
        }
        guard result.members <= configuration.members.count else {
            throw ScoringError.invalidNumber(field: "ballot.members", value: String(result.members))
        }
        let doc = documentReference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !doc.isEmpty else { throw ScoringError.emptyField(field: "ballot.documentReference") }
        ballot = BallotRecord(result: result, documentReference: doc, recordedBy: by, recordedAt: at)
    }

    // MARK: Import (used by SheetExchange)

    mutating func insertImported(_ sheet: CrossScoreSheet, by: String, at: Date, reason: String = "import") throws {
        try saveCrossSheet(sheet, by: by, at: at, reason: reason)
    }
}
