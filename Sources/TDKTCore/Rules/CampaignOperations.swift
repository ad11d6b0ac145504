import Foundation
import TDKTText

/// The life of a campaign: launched → running → interim reviews (any number) → final review → closed.
extension Workspace {
    public func saveCampaign(_ campaign: Campaign, basedOn revision: Int?) throws {
        try authorize(.editCampaigns)
        for t in campaign.targetUnitIds where units[t] == nil {
            throw ValidationError(field: "targetUnitIds", label: Localized(vi: "Đơn vị tham gia", en: "Target units"), reason: Reason.unknownReference(t))
        }
        for t in campaign.targetClusterIds where clusters[t] == nil {
            throw ValidationError(field: "targetClusterIds", label: Localized(vi: "Cụm, khối tham gia", en: "Target clusters"), reason: Reason.unknownReference(t))
        }
        try save(campaign, basedOn: revision, action: revision == nil ? "campaign.create" : "campaign.edit")
    }

    /// Records an interim or final review; a review must fall on or after the launch, and a final review
    /// on or after every interim one. The first interim review starts the running state.
    public func addReview(_ review: Campaign.Review, to campaignId: String) throws {
        guard let s = campaigns[campaignId] else { throw StoreError.notFound(path: "campaigns/\(campaignId).json") }
        var c = s.value
        let label = Localized(vi: "Ngày sơ kết, tổng kết", en: "Review date")
        if c.status == .closed || c.status == .finalReviewed {
            throw ValidationError(field: "status", label: Localized(vi: "Trạng thái", en: "Status"), reason: Localized(
                vi: "phong trào đã tổng kết, không thêm được", en: "the campaign has had its final review"))
        }
        if review.kind == .final, let lastInterim = c.reviews.map(\.date).max(), review.date < lastInterim {
            throw ValidationError(field: "reviews.date", label: label, reason: Localized(
                vi: "tổng kết \(review.date) trước lần sơ kết \(lastInterim)", en: "final review \(review.date) before the interim review of \(lastInterim)"))
        }
        c.reviews.append(review)
        c.status = review.kind == .final ? .finalReviewed : .running
        try saveCampaign(c, basedOn: s.revision)
    }

    /// Moves a campaign to a later status; only forward moves, and closing needs a final review.
    public func setStatus(_ status: Campaign.Status, of campaignId: String) throws {
        guard let s = campaigns[campaignId] else { throw StoreError.notFound(path: "campaigns/\(campaignId).json") }
        var c = s.value
        let order = Campaign.Status.allCases
        let label = Localized(vi: "Trạng thái", en: "Status")
        if order.firstIndex(of: status)! < order.firstIndex(of: c.status)! {
            throw ValidationError(field: "status", label: label, reason: Localized(
                vi: "không quay lại \(status.label.vi) từ \(c.status.label.vi)", en: "cannot go back to \(status.label.en) from \(c.status.label.en)"))
        }
        if status == .closed && !c.reviews.contains(where: { $0.kind == .final }) {
            throw ValidationError(field: "status", label: label, reason: Localized(
                vi: "cần tổng kết trước khi kết thúc", en: "needs a final review before closing"))
        }
        c.status = status
        try saveCampaign(c, basedOn: s.revision)
    }
}

extension Campaign {
    /// What review, if any, is due on `date`: a mid-year interim review for a running year from July on,
    /// or the final review once the period has ended.
    public func reviewDue(on date: CivilDate) -> Review.Kind? {
        if status == .closed || status == .finalReviewed || date < period.start { return nil }
        if let end = period.end, date > end { return .final }
        let midYear = CivilDate(date.year, 7, 1)
        let startedBeforeMidYear = period.start < midYear
        let hasInterimThisYear = reviews.contains { $0.kind == .interim && $0.date.year == date.year }
        if date >= midYear && startedBeforeMidYear && !hasInterimThisYear { return .interim }
        return nil
    }
}

/// Model examples (registrations: RegistrationOperations).
extension Workspace {
    public func modelExamples(year: Int) -> [ModelExample] {
        store.loadAll(ModelExample.self, year: year).values
    }

    public func saveModelExample(_ e: ModelExample, basedOn revision: Int?) throws {
        try authorize(.editCampaigns)
        guard campaigns[e.campaignId] != nil else {
            throw ValidationError(field: "campaignId", label: Localized(vi: "Phong trào", en: "Campaign"), reason: Reason.unknownReference(e.campaignId))
        }
        try save(e, basedOn: revision, action: "example.save")
    }
}
