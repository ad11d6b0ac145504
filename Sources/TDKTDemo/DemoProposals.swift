import Foundation
import TDKTCore
import TDKTText

/// The 2025 award work of the demo (`workSamples`), so every screen shows something on first run: one proposal in each state
/// of the workflow (each with the history that brought it there), the decision that closed two of them with
/// its award records, the units' registrations and the campaigns' model examples.
extension DemoData {
    static let workYear = 2025
    private static let dossier: [AwardType.DossierItem: Bool] = [.submission: true, .achievementReport: true, .minutes: true]

    /// 01/12/2025 08:00 (UTC+7), and the days after it.
    private static func day(_ n: Int) -> Date { Date(timeIntervalSince1970: 1_764_550_800 + Double(n) * 86_400) }

    private static func proposal(_ nominee: NomineeRef, _ code: String, _ achievement: String, campaign: String? = nil,
                                 path: [Proposal.State], reason: String? = nil, vote: Proposal.Vote? = nil,
                                 dossier: [AwardType.DossierItem: Bool] = dossier) -> Proposal {
        var history: [Proposal.StateChange] = []
        var from = Proposal.State.draft
        for (i, to) in path.enumerated() {
            let by = to == .submitted ? "donvi" : "lan"
            history.append(Proposal.StateChange(from: from, to: to, by: by, at: day(3 * i + 1), reason: i == path.count - 1 ? reason : nil))
            from = to
        }
        return Proposal(id: "\(workYear)-\(code.lowercased())-\(nominee.id)", year: workYear, nominee: nominee, awardCode: code,
                        kind: campaign == nil ? .regular : .thematic, campaignId: campaign, achievement: achievement, dossier: dossier,
                        state: from, history: history, vote: vote)
    }

    /// One proposal in every state but `decided`, and the two decided by `demoDecision`.
    static func workflowProposals() -> [Proposal] {
        let person = { NomineeRef(.person, $0) }, unit = { NomineeRef(.unit, $0) }
        var list = [
            proposal(person("tn-cb-5"), "CSTDCS", "Hoàn thành xuất sắc nhiệm vụ năm 2025; sáng kiến cải tiến quy trình tiếp nhận hồ sơ",
                     path: [], dossier: [.submission: true]),
            proposal(person("tn-cb-4"), "LDTT", "Hoàn thành tốt nhiệm vụ năm 2025", path: [.submitted]),
            proposal(unit("tn-xa-12"), "BK_TINH", "Hoàn thành xuất sắc Chương trình xây dựng nông thôn mới giai đoạn 2021–2025",
                     campaign: "nong-thon-moi", path: [.submitted, .underAppraisal]),
            proposal(person("tn-cb-6"), "GK", "Có thành tích xuất sắc trong phong trào chuyển đổi số", campaign: "chuyen-doi-so",
                     path: [.submitted, .underAppraisal, .toCouncil]),
            proposal(unit("tn-xa-10"), "TTLDXS", "Dẫn đầu cụm xã, phường phía Nam về thu ngân sách và xây dựng nông thôn mới",
                     path: [.submitted, .underAppraisal, .toCouncil, .approved], vote: Proposal.Vote(forVotes: 9, against: 0, members: 11)),
            proposal(person("tn-cb-8"), "CSTDCS", "Hoàn thành xuất sắc nhiệm vụ năm 2025", path: [.submitted, .returned],
                     reason: "Thiếu biên bản họp xét của Hội đồng thi đua cơ sở"),
            proposal(person("tn-cb-9"), "LDTT", "Hoàn thành nhiệm vụ năm 2025", path: [.submitted, .underAppraisal, .notEligible],
                     reason: "Năm 2025 xếp loại hoàn thành nhiệm vụ, chưa đạt mức hoàn thành tốt"),
        ]
        for id in ["tn-cb-1", "tn-cb-15"] {
            var p = proposal(person(id), "LDTT", "Hoàn thành tốt nhiệm vụ năm 2025",
                             path: [.submitted, .underAppraisal, .toCouncil, .approved, .decided], reason: decisionNumber,
                             vote: Proposal.Vote(forVotes: 7, against: 0, members: 7))
            p.decisionId = decisionId
            list.append(p)
        }
        return list
    }

    static let decisionNumber = "15/QĐ-SNV"
    static let decisionDate = CivilDate(2026, 1, 12)
    static var decisionId: String { Decisions.id(number: decisionNumber, date: decisionDate) }

    /// The decision of the two decided proposals and their award records (with the money the catalogue gives).
    static func demoDecision(_ proposals: [Proposal]) -> (Decision, [AwardRecord]) {
        let decided = proposals.filter { $0.state == .decided }
        let decision = Decision(id: decisionId, number: decisionNumber, date: decisionDate, signerTitle: "Giám đốc Sở Nội vụ",
                                signerName: "Nguyễn Thị Minh", awardCode: "LDTT", proposalIds: decided.map(\.id),
                                recipients: decided.map(\.nominee))
        let catalogue = DefaultCatalogue.catalogue
        let records = decided.enumerated().map { i, p in
            let amount = catalogue.award(p.awardCode).flatMap { try? Money.line(award: $0, nominee: p.nominee, on: decisionDate, catalogue: catalogue).amount }
            return AwardRecord(id: "\(decisionId)-\(i + 1)", year: p.year, nominee: p.nominee, awardCode: p.awardCode, kind: p.kind,
                               campaignId: p.campaignId, decisionNumber: decisionNumber, decisionDate: decisionDate,
                               amount: amount, source: .decided, proposalId: p.id)
        }
        return (decision, records)
    }

    /// Registrations of 2025 in two campaigns and of 2026 in Dân vận khéo, by units and their people.
    static func registrations() -> [Registration] {
        let person = { NomineeRef(.person, $0) }, unit = { NomineeRef(.unit, $0) }
        return [
            Registration(year: workYear, unitId: "tn-xa-12", campaignId: "nong-thon-moi",
                         entries: [.init(nominee: unit("tn-xa-12"), awardCode: "BK_TINH")]),
            Registration(year: workYear, unitId: "tn-xa-10", campaignId: "nong-thon-moi",
                         entries: [.init(nominee: unit("tn-xa-10"), awardCode: "TTLDXS")]),
            Registration(year: workYear, unitId: "tn-syt", campaignId: "van-hoa-cong-so",
                         entries: [.init(nominee: unit("tn-syt"), awardCode: "TTLDXS"), .init(nominee: person("tn-cb-4"), awardCode: "LDTT")]),
            Registration(year: workYear, unitId: "tn-snnmt", campaignId: "van-hoa-cong-so",
                         entries: [.init(nominee: person("tn-cb-6"), awardCode: "GK")]),
            Registration(year: workYear + 1, unitId: "tn-xa-13", campaignId: "dan-van-kheo",
                         entries: [.init(nominee: unit("tn-xa-13"), awardCode: "TTLDTT")]),
        ]
    }

    /// Advanced models found by the campaigns in 2025.
    static func modelExamples() -> [ModelExample] {
        [
            ModelExample(id: "mo-hinh-che-tan-cuong", campaignId: "nong-thon-moi", year: workYear, kind: .practice,
                         name: "Hợp tác xã chè an toàn Tân Cương", description: "Liên kết sản xuất, tiêu thụ chè đạt chuẩn VietGAP; 120 hộ tham gia"),
            ModelExample(id: "guong-xa-phu-binh", campaignId: "nong-thon-moi", year: workYear, kind: .collective,
                         name: "UBND xã Phú Bình", nominee: NomineeRef(.unit, "tn-xa-1"),
                         description: "Về đích nông thôn mới nâng cao trước kế hoạch hai năm"),
            ModelExample(id: "guong-so-hoa-ho-so", campaignId: "van-hoa-cong-so", year: workYear, kind: .person,
                         name: "Nguyễn Văn Khoa", nominee: NomineeRef(.person, "nguyen-van-khoa"),
                         description: "Số hóa toàn bộ hồ sơ khen thưởng của tỉnh từ năm 2014"),
        ]
    }
}
