import Foundation
import TDKTText

/// A scoring round is kept as one file per cluster and year: `scoring/<year>/<clusterId>.json`.
extension ScoringRound: StoredRecord {
    public static let collection = "scoring"

    public static func relativePath(clusterId: String, year: Int) -> String { "\(collection)/\(year)/\(clusterId).json" }

    public var relativePath: String { ScoringRound.relativePath(clusterId: configuration.clusterId, year: configuration.year) }

    /// Checks what a file could hold that the validating mutations never produce: identifiers unfit
    /// for file names, an invalid configuration, duplicate or invalid sheets, facts for non-members,
    /// a state without its dates. Every refusal is a `ValidationError` naming the field.
    public func validate() throws {
        try Check.identifier(configuration.clusterId, "configuration.clusterId")
        try Check.year(configuration.year, "configuration.year")
        for m in configuration.members { try Check.identifier(m, "configuration.members") }
        do {
            try checkIntegrity()
        } catch let e as ScoringError {
            throw ScoringRound.validationError(e)
        }
    }

    /// A scoring refusal as a model validation error (field "scoring"), keeping both languages.
    static func validationError(_ e: ScoringError, field: String = "scoring") -> ValidationError {
        ValidationError(field: field, label: Localized(vi: "Đợt chấm điểm", en: "Scoring round"),
                        reason: Localized(vi: e.message(language: "vi"), en: e.message(language: "en")))
    }

    func checkIntegrity() throws {
        try configuration.validate()
        var pairs = Set<String>()
        for s in crossSheets {
            guard pairs.insert("\(s.raterId)→\(s.rateeId)").inserted else {
                throw ScoringError.duplicateIdentifier(field: "crossSheets", id: "\(s.raterId)→\(s.rateeId)")
            }
            try SheetValidation.validate(s, configuration: configuration)
        }
        var selfUnits = Set<String>()
        for s in selfSheets {
            guard selfUnits.insert(s.unitId).inserted else { throw ScoringError.duplicateIdentifier(field: "selfSheets", id: s.unitId) }
            try SheetValidation.validate(s, configuration: configuration)
        }
        var factIds = Set<String>()
        for f in facts {
            guard factIds.insert(f.id).inserted else { throw ScoringError.duplicateIdentifier(field: "facts.id", id: f.id) }
            try f.validate(configuration: configuration)
        }
        for x in exclusions where !configuration.members.contains(x.unitId) {
            throw ScoringError.unknownUnit(field: "exclusions.unitId", unitId: x.unitId)
        }
        for e in explanations {
            guard configuration.members.contains(e.unitId) else { throw ScoringError.unknownUnit(field: "explanations.unitId", unitId: e.unitId) }
            guard configuration.table.criterion(id: e.criterionId) != nil else { throw ScoringError.unknownCriterion(criterionId: e.criterionId) }
        }
        switch state {
        case .configuring, .open: break
        case .closed: if closedAt == nil { throw ScoringError.emptyField(field: "closedAt") }
        case .explanation: if explanationDeadline == nil { throw ScoringError.emptyField(field: "explanationDeadline") }
        case .final:
            if finalResult == nil { throw ScoringError.emptyField(field: "finalResult") }
            if finalizedAt == nil { throw ScoringError.emptyField(field: "finalizedAt") }
        }
    }
}
