import Foundation
import TDKTText

/// One criterion of the scoring table (tiêu chí). `maximum` and `step` are in ticks
/// (units of 10^-decimals points of the table), e.g. with `decimals` = 1 a maximum of 10
/// points is stored as 100 and a step of 0,5 as 5.
public struct Criterion: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var maximum: Int
    public var step: Int
    /// How the criterion is scored; nil (older files) means points.
    public var kind: CriterionKind?

    public init(id: String, name: String, maximum: Int, step: Int, kind: CriterionKind? = nil) {
        self.id = nfc(id); self.name = nfc(name); self.maximum = maximum; self.step = step; self.kind = kind
    }
}

/// How a criterion is scored. Bonus and penalty items are not criteria: they are `BonusItem` and
/// `PenaltyItem` facts of the round, with their caps.
public enum CriterionKind: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
    /// Points from 0 to the maximum, on the step.
    case points
    /// Pass or fail: 0 or the maximum (the step is the maximum).
    case passFail
    /// Against a target, scored relative to the cluster's best performer (the best gets the maximum,
    /// the others in proportion): the rater enters the points so computed.
    case target

    public func label(language: String = "vi") -> String {
        let en = language == "en"
        switch self {
        case .points: return en ? "points" : "chấm điểm"
        case .passFail: return en ? "pass/fail" : "đạt/không đạt"
        case .target: return en ? "against a target, relative to the best" : "theo chỉ tiêu, so với đơn vị cao nhất"
        }
    }
}

/// A group of criteria (nhóm tiêu chí), e.g. "I. Thực hiện nhiệm vụ chính trị".
public struct CriteriaGroup: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var criteria: [Criterion]

    public init(id: String, name: String, criteria: [Criterion]) {
        self.id = nfc(id); self.name = nfc(name); self.criteria = criteria
    }

    public var maximum: Int { criteria.reduce(0) { $0 + $1.maximum } }
}

/// The criteria table (bảng chấm điểm) of one cluster and year.
public struct CriteriaTable: Codable, Sendable, Equatable {
    public var year: Int
    public var title: String
    /// Number of decimal digits of a point that a tick represents (0...3). All values are ticks.
    public var decimals: Int
    public var groups: [CriteriaGroup]
    /// The group whose mean decides the first tie-break rule (`TieBreakRule.priorityGroup`).
    public var priorityGroupId: String?

    public init(year: Int, title: String, decimals: Int = 1, groups: [CriteriaGroup], priorityGroupId: String? = nil) {
        self.year = year; self.title = nfc(title); self.decimals = decimals
        self.groups = groups; self.priorityGroupId = priorityGroupId.map(nfc)
    }

    public var criteria: [Criterion] { groups.flatMap(\.criteria) }
    public var maximumTotal: Int { groups.reduce(0) { $0 + $1.maximum } }
    public func criterion(id: String) -> Criterion? { criteria.first { $0.id == id } }
    public func group(ofCriterion id: String) -> CriteriaGroup? {
        groups.first { $0.criteria.contains { $0.id == id } }
    }

    /// Formats ticks of this table ("7,5" in Vietnamese).
    public func format(_ ticks: Int, language: String = "vi") -> String {
        PointsFormat.string(ticks: ticks, decimals: decimals, language: language)
    }

    /// Template copy: the same groups, criteria and priority group for another year.
    public func copied(forYear newYear: Int, title newTitle: String? = nil) -> CriteriaTable {
        var t = self
        t.year = newYear
        if let newTitle { t.title = nfc(newTitle) }
        else if title.contains(String(year)) { t.title = title.replacingOccurrences(of: String(year), with: String(newYear)) }
        return t
    }

    /// Checks identifiers, maxima and steps.
    public func validate() throws {
        guard (0...3).contains(decimals) else { throw ScoringError.invalidNumber(field: "decimals", value: String(decimals)) }
        guard !groups.isEmpty else { throw ScoringError.emptyField(field: "groups") }
        var groupIds = Set<String>(), criterionIds = Set<String>()
        for g in groups {
            guard !g.id.isEmpty else { throw ScoringError.emptyField(field: "group.id") }
            guard groupIds.insert(g.id).inserted else { throw ScoringError.duplicateIdentifier(field: "group.id", id: g.id) }
            guard !g.criteria.isEmpty else { throw ScoringError.emptyField(field: "group '\(g.name)'.criteria") }
            for c in g.criteria {
                guard !c.id.isEmpty else { throw ScoringError.emptyField(field: "criterion.id") }
                guard criterionIds.insert(c.id).inserted else {
                    throw ScoringError.duplicateIdentifier(field: "criterion.id", id: c.id)
                }
                guard c.maximum > 0 else { throw ScoringError.nonPositiveMaximum(criterion: c.name) }
                if c.kind == .passFail && c.step != c.maximum {
                    throw ScoringError.invalidStep(criterion: c.name, step: format(c.step), maximum: format(c.maximum))
                }
                guard c.step > 0, c.maximum % c.step == 0 else {
                    throw ScoringError.invalidStep(criterion: c.name, step: format(c.step), maximum: format(c.maximum))
                }
            }
        }
        if let p = priorityGroupId, !groupIds.contains(p) { throw ScoringError.unknownPriorityGroup(groupId: p) }
    }

    /// Validates one cell value (ticks) of criterion `criterionId`; names the criterion in the error.
    public func validate(value: Int, criterionId: String, language: String = "vi") throws {
        guard let c = criterion(id: criterionId) else { throw ScoringError.unknownCriterion(criterionId: criterionId) }
        if value < 0 { throw ScoringError.negativeValue(criterion: c.name, value: format(value)) }
        if value > c.maximum {
            throw ScoringError.valueAboveMaximum(criterion: c.name, value: format(value), maximum: format(c.maximum))
        }
        if value % c.step != 0 {
            throw ScoringError.valueOffStep(criterion: c.name, value: format(value), step: format(c.step))
        }
    }
}
