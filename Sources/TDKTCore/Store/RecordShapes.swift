import Foundation

// The records read by the thousand (people, awards, proposals) read from the parsed tree by hand
// (TreeDecodable). Each reads the same keys as its synthesized `Decodable` conformance: required fields
// must be present, optional ones may be missing or null, unknown keys are ignored; values are stored as
// they are in the file (no cleaning, as `Decodable` does not clean). RecordShapeTests compare both.

extension Person: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        id = try f.string("id")
        name = try f.string("name")
        unitId = try f.string("unitId")
        position = try f.string("position")
        category = try f.value(StatisticsCategory.self, "category")
        birthYear = try f.optionalInt("birthYear")
        ratings = try f.array(YearRating.self, "ratings")
        initiatives = try f.array(Initiative.self, "initiatives")
        disciplines = try f.array(DisciplinePeriod.self, "disciplines")
        removedOn = try f.decodeIfPresent(CivilDate.self, "removedOn")
        mergedInto = try f.optionalString("mergedInto")
    }
}

extension AwardRecord: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        id = try f.string("id")
        year = try f.int("year")
        nominee = try f.decode(NomineeRef.self, "nominee")
        awardCode = try f.string("awardCode")
        kind = try f.value(Proposal.Kind.self, "kind")
        campaignId = try f.optionalString("campaignId")
        decisionNumber = try f.optionalString("decisionNumber")
        decisionDate = try f.decodeIfPresent(CivilDate.self, "decisionDate")
        amount = try f.optionalInt("amount")
        source = try f.value(Source.self, "source")
        proposalId = try f.optionalString("proposalId")
    }
}

extension Proposal: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        id = try f.string("id")
        year = try f.int("year")
        nominee = try f.decode(NomineeRef.self, "nominee")
        awardCode = try f.string("awardCode")
        kind = try f.value(Kind.self, "kind")
        procedure = try f.value(Procedure.self, "procedure")
        campaignId = try f.optionalString("campaignId")
        clusterId = try f.optionalString("clusterId")
        achievement = try f.string("achievement")
        // An empty dossier without generic code; a filled one as `Decodable` reads it.
        if case .object(let items) = try f.node("dossier"), items.isEmpty {
            dossier = [:]
        } else {
            dossier = try f.decode([AwardType.DossierItem: Bool].self, "dossier")
        }
        state = try f.value(State.self, "state")
        history = try f.array(StateChange.self, "history")
        vote = try f.decodeIfPresent(Vote.self, "vote")
        decisionId = try f.optionalString("decisionId")
        needsCouncilReview = try f.bool("needsCouncilReview")
        eligibilityOverride = try f.decodeIfPresent(EligibilityOverride.self, "eligibilityOverride")
    }
}

extension Proposal.StateChange: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        self.init(from: try f.value(Proposal.State.self, "from"), to: try f.value(Proposal.State.self, "to"),
                  by: try f.string("by"), at: try TreeDecoder(try f.node("at"), codingPath: []).decodeDate(),
                  reason: try f.optionalString("reason"))
    }
}
