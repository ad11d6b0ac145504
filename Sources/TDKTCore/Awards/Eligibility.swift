import Foundation
import TDKTText

/// The checks of DOMAIN.md "Rules the program checks" (research: "Concrete rules", 1–16). A check never only
/// says no: each condition says met, not met or unknown (data missing), with the records it looked at.
public enum Eligibility {
    /// Checks a nominee for an award in an evaluation year.
    /// - Parameters:
    ///   - date: the day the check is made (for pending disciplines and ceased units); today by default.
    ///   - achievement: the achievement text of the proposal being made, checked against open proposals.
    ///   - excludingProposal: the proposal being checked itself, so that it does not count as its own duplicate.
    public static func check(nominee: NomineeRef, award code: String, year: Int, in history: AwardHistory,
                             on date: CivilDate = CivilDate.today(), achievement: String? = nil,
                             excludingProposal: String? = nil) -> EligibilityReport {
        var c = Checker(h: history, nominee: nominee, code: code, year: year, date: date, excluding: excludingProposal)
        c.run(achievement: achievement)
        return EligibilityReport(nominee: nominee, nomineeName: history.name(of: nominee), awardCode: code,
                                 awardName: history.awardName(code), awardNameEn: history.awardNameEn(code), year: year, conditions: c.conditions)
    }

    /// The same check on a workspace's data (every award year and proposal is read and indexed once).
    public static func check(nominee: NomineeRef, award code: String, year: Int, in workspace: Workspace,
                             on date: CivilDate = CivilDate.today(), policy: EligibilityPolicy = EligibilityPolicy()) throws -> EligibilityReport {
        check(nominee: nominee, award: code, year: year, in: try AwardHistory(workspace: workspace, policy: policy), on: date)
    }
}

private struct Checker {
    let h: AwardHistory
    let nominee: NomineeRef
    let code: String
    let year: Int
    let date: CivilDate
    let excluding: String?
    var conditions: [EligibilityReport.Condition] = []

    typealias Status = EligibilityReport.Status
    typealias Evidence = EligibilityReport.Evidence

    mutating func add(_ id: String, _ vi: String, _ en: String, _ status: Status, detail: Localized? = nil, _ evidence: [Evidence] = []) {
        conditions.append(.init(id: id, label: Localized(vi: vi, en: en), status: status, detail: detail, evidence: evidence))
    }

    var person: Person? { nominee.kind == .person ? h.people[nominee.id] : nil }
    var unit: Unit? { nominee.kind == .unit ? h.units[nominee.id] : nil }

    /// Achievements count only from the year after a discipline ended (rule 14).
    var countsFrom: Int {
        (person?.disciplines ?? []).filter { $0.kind == .discipline }.compactMap { $0.period.end?.year }.map { $0 + 1 }.max() ?? Int.min
    }

    mutating func run(achievement: String?) {
        guard let award = h.catalogue.award(code) else {
            add("award", "Hình thức khen thưởng \(code)", "Award \(code)", .notMet,
                detail: Localized(vi: "không có trong danh mục", en: "not in the catalogue"))
            return
        }
        guard h.exists(nominee) else {
            add("nominee", "Đối tượng \(nominee.id)", "Nominee \(nominee.id)", .notMet,
                detail: Localized(vi: "không tìm thấy trong dữ liệu", en: "not found in the data"))
            return
        }
        if !award.recipients.accepts(nominee.kind) {
            add("recipients", "Đối tượng được khen", "Recipient kind", .notMet, detail: Localized(
                vi: "\(award.name) không dành cho \(nominee.kind.label.vi.lowercased())",
                en: "\(award.nameEn) is not for a \(nominee.kind.label.en.lowercased())"))
        }
        checkStanding()
        checkDuplicates(achievement: achievement)
        switch (code, nominee.kind) {
        case ("LDTT", .person): ratingChain([year], minimum: .good, id: "rating", "Xếp loại \(year) từ hoàn thành tốt", "Rating \(year) good or better")
        case ("CSTDCS", .person): grassroots()
        case ("CSTD_TINH", .person): provincialFighter()
        case ("CSTD_TQ", .person): nationalFighter()
        case ("BK_TINH", .person): provincialCertificate()
        case ("BK_TINH", .unit):
            ratingChain([year - 1, year], minimum: .excellent, id: "unit-rating",
                        "Tập thể hoàn thành xuất sắc \(year - 1), \(year) (tiêu chuẩn cũ, cần đối chiếu)",
                        "Collective rated excellent \(year - 1), \(year) (older standard, to confirm)", unitRatings: true)
        case ("BK_TTG", .person): stateAward(previous: "BK_TINH", needExcellent: false)
        case ("HCLD3", .person): stateAward(previous: "BK_TTG", needExcellent: true)
        case ("BK_TTG", .unit), ("HCLD3", .unit):
            add("collective-criteria", "Tiêu chuẩn tập thể", "Collective criteria", .unknown, detail: Localized(
                vi: "chương trình chưa có tiêu chuẩn tập thể cho \(award.name); cần thẩm định thủ công",
                en: "the program does not hold the collective criteria of \(award.nameEn); appraise by hand"))
        case ("TTLDXS", .unit): collectiveTitle(excellent: true)
        case ("TTLDTT", .unit): collectiveTitle(excellent: false)
        case ("CO_TINH", .unit): provincialFlag()
        case ("CO_CP", .unit): governmentFlag()
        default: break
        }
    }

    // MARK: Common conditions

    mutating func checkStanding() {
        if let p = person {
            if let d = p.pendingDiscipline(on: date) {
                let kind = d.kind == .investigation ? Localized(vi: "đang bị xem xét, điều tra", en: "under investigation")
                    : Localized(vi: "đang trong thời gian kỷ luật", en: "under discipline")
                add("discipline", "Không đang bị kỷ luật, điều tra", "No pending discipline or investigation", .notMet,
                    detail: Localized(vi: "\(kind.vi) từ \(d.period.start)\(d.note.isEmpty ? "" : " (\(d.note))")",
                                      en: "\(kind.en) since \(d.period.start)\(d.note.isEmpty ? "" : " (\(d.note))")"))
            } else {
                add("discipline", "Không đang bị kỷ luật, điều tra", "No pending discipline or investigation", .met)
            }
        }
        if let u = unit, let end = u.validity?.end, end < date {
            let successor = u.successorId.map { h.units[$0]?.name ?? $0 }
            add("unit-active", "Đơn vị còn hoạt động", "Unit still exists", .notMet, detail: Localized(
                vi: "đã thôi hoạt động từ \(end)" + (successor.map { ", lịch sử chuyển sang \($0)" } ?? ""),
                en: "ceased on \(end)" + (successor.map { "; its history continues under \($0)" } ?? "")))
        }
    }

    mutating func checkDuplicates(achievement: String?) {
        var clash: [Evidence] = []
        // The proposal's own award (once decided) is not a duplicate of itself.
        let own = h.proposals(of: nominee).first { $0.id == excluding }
        let ownDecision = own?.decisionId.map { $0 + "-" }
        for r in h.records(of: nominee, code: code, year: year) {
            if let excluding, r.proposalId == excluding { continue }
            if r.proposalId == nil, let prefix = ownDecision, r.id.hasPrefix(prefix) { continue }
            clash.append(Evidence(Localized(vi: "đã nhận \(code) năm \(r.year)\(qd(r.decisionNumber, .vi))",
                                            en: "already received \(code) for \(r.year)\(qd(r.decisionNumber, .en))"),
                                  year: r.year, decisionNumber: r.decisionNumber))
        }
        let folded = achievement.map(SearchKey.fold) ?? ""
        for p in h.proposals(of: nominee) where p.id != excluding && p.state.isOpen && p.state != .decided {
            if p.year == year && p.awardCode == code {
                clash.append(Evidence(Localized(vi: "đã có đề nghị \(p.id) (\(p.state.label.vi))",
                                                en: "already proposed in \(p.id) (\(p.state.label.en))"), year: p.year))
            } else if !folded.isEmpty && SearchKey.fold(p.achievement) == folded {
                clash.append(Evidence(Localized(vi: "cùng thành tích đã đề nghị \(p.awardCode) trong \(p.id)",
                                                en: "the same achievement is proposed for \(p.awardCode) in \(p.id)"), year: p.year))
            }
        }
        add("duplicate", "Không khen hai lần cho một thành tích", "Not twice for one achievement",
            clash.isEmpty ? .met : .notMet, clash)
    }

    func qd(_ number: String?, _ language: Language) -> String {
        guard let number else { return "" }
        return language == .vi ? ", QĐ \(number)" : ", decision \(number)"
    }

    // MARK: Building blocks

    /// The rating of every year in `years` is at least `minimum`.
    mutating func ratingChain(_ years: [Int], minimum: Rating, id: String, _ vi: String, _ en: String, unitRatings: Bool = false) {
        var evidence: [Evidence] = [], missing: [Int] = [], low: [Int] = [], early: [Int] = []
        for y in years {
            let r = unitRatings ? unit?.rating(in: y) : person?.rating(in: y)
            guard let r else { missing.append(y); continue }
            evidence.append(Evidence(Localized(vi: "\(y): \(r.label.vi)", en: "\(y): \(r.label.en)"), year: y))
            if r < minimum { low.append(y) } else if y < countsFrom { early.append(y) }
        }
        var status: Status = .met
        var detail: [Localized] = []
        if !low.isEmpty { status = .notMet; detail.append(Localized(vi: "dưới mức yêu cầu: \(list(low))", en: "below the level: \(list(low))")) }
        if !early.isEmpty {
            status = .notMet
            detail.append(Localized(vi: "năm \(list(early)) trước khi hết kỷ luật", en: "\(list(early)) before the discipline ended"))
        }
        if !missing.isEmpty {
            if status == .met { status = .unknown }
            detail.append(Localized(vi: "không có xếp loại năm \(list(missing))", en: "no rating for \(list(missing))"))
        }
        add(id, vi, en, status, detail: join(detail), evidence)
    }

    /// An award (counting toward history) in each of `years`.
    mutating func titleEachYear(_ award: String, _ years: [Int], id: String) {
        let name = h.awardName(award), nameEn = h.awardNameEn(award)
        var evidence: [Evidence] = [], missing: [Int] = [], notCounted: [Int] = []
        for y in years {
            let all = h.records(of: nominee, code: award, year: y)
            if let r = all.first(where: { $0.kind.countsForHistory && y >= countsFrom }) {
                evidence.append(record(r))
            } else if !all.isEmpty {
                notCounted.append(y)
            } else {
                missing.append(y)
            }
        }
        var detail: [Localized] = []
        if !missing.isEmpty { detail.append(Localized(vi: "không tìm thấy năm \(list(missing))", en: "none found for \(list(missing))")) }
        if !notCounted.isEmpty {
            detail.append(Localized(vi: "năm \(list(notCounted)) là khen chuyên đề/đột xuất hoặc trước khi hết kỷ luật, không tính",
                                    en: "\(list(notCounted)) thematic/occasional or before a discipline ended, not counted"))
        }
        add(id, "\(name) \(list(years))", "\(nameEn) \(list(years))", detail.isEmpty ? .met : .notMet, detail: join(detail), evidence)
    }

    func record(_ r: AwardRecord) -> Evidence {
        Evidence(Localized(vi: r.decisionNumber.map { "\(r.year): QĐ \($0)" } ?? "\(r.year): không có số QĐ",
                           en: r.decisionNumber.map { "\(r.year): decision \($0)" } ?? "\(r.year): no decision number"),
                 year: r.year, decisionNumber: r.decisionNumber)
    }

    /// Counting awards of a code in a range of years.
    func counted(_ award: String, in years: ClosedRange<Int>) -> [AwardRecord] {
        h.records(of: nominee).filter { $0.awardCode == award && years.contains($0.year) && $0.kind.countsForHistory && $0.year >= countsFrom }
    }

    func initiatives(_ years: ClosedRange<Int>, scope: Initiative.Scope) -> [Initiative] {
        (person?.initiatives ?? []).filter { years.contains($0.year) && $0.scope >= scope }
    }

    mutating func initiativeCondition(_ years: ClosedRange<Int>, scope: Initiative.Scope, count: Int = 1, id: String) {
        let found = initiatives(years, scope: scope)
        let ev = found.map { i in Evidence(Localized(vi: "\(i.year): \(i.title)\(i.reference.map { " (\($0))" } ?? "")",
                                                      en: "\(i.year): \(i.title)\(i.reference.map { " (\($0))" } ?? "")"), year: i.year) }
        let yearsText = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
        let countVi = count > 1 ? "\(count) sáng kiến" : "Sáng kiến", countEn = count > 1 ? "\(count) initiatives" : "Initiative"
        add(id, "\(countVi) \(scope.label.vi) trở lên (\(yearsText))", "\(countEn) of \(scope.label.en) scope or wider (\(yearsText))",
            found.count >= count ? .met : .notMet,
            detail: found.count >= count ? nil : Localized(vi: found.isEmpty ? "không tìm thấy" : "chỉ có \(found.count)",
                                                         en: found.isEmpty ? "none found" : "only \(found.count)"), ev)
    }

    func list(_ years: [Int]) -> String { years.map(String.init).joined(separator: ", ") }
    func join(_ parts: [Localized]) -> Localized? {
        parts.isEmpty ? nil : Localized(vi: parts.map(\.vi).joined(separator: "; "), en: parts.map(\.en).joined(separator: "; "))
    }

    // MARK: Individual titles and forms

    /// CSTĐ cơ sở: LĐTT in Y and (excellent in Y, or an initiative recognised in Y) — rule 2.
    mutating func grassroots() {
        let ldtt = h.records(of: nominee, code: "LDTT", year: year).first
        if let ldtt {
            add("ldtt", "Lao động tiên tiến \(year)", "Advanced worker \(year)", .met, [record(ldtt)])
        } else {
            ratingChain([year], minimum: .good, id: "ldtt", "Đủ tiêu chuẩn Lao động tiên tiến \(year) (xếp loại)",
                        "Meets Advanced worker \(year) (rating)")
        }
        let rating = person?.rating(in: year)
        let ini = initiatives(year...year, scope: .base)
        var ev: [Evidence] = []
        if let rating { ev.append(Evidence(Localized(vi: "\(year): \(rating.label.vi)", en: "\(year): \(rating.label.en)"), year: year)) }
        ev += ini.map { Evidence(Localized(vi: "sáng kiến \($0.year): \($0.title)", en: "initiative \($0.year): \($0.title)"), year: $0.year) }
        let status: Status = rating == .excellent || !ini.isEmpty ? .met : (rating == nil ? .unknown : .notMet)
        add("excellent-or-initiative", "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến năm \(year)",
            "Rated excellent or an initiative in \(year)", status,
            detail: status == .met ? nil : Localized(vi: "không tìm thấy", en: "none found"), ev)
    }

    /// CSTĐ cấp tỉnh: CSTĐ cơ sở Y-2, Y-1, Y and an initiative of provincial scope in those years — rule 3.
    mutating func provincialFighter() {
        titleEachYear("CSTDCS", [year - 2, year - 1, year], id: "cstdcs-3-years")
        initiativeCondition((year - 2)...year, scope: .province, id: "initiative-province")
    }

    /// CSTĐ toàn quốc: CSTĐ cấp tỉnh twice (in the 6-year window) and a national initiative — rule 4.
    mutating func nationalFighter() {
        let window = (year - 5)...year
        let found = counted("CSTD_TINH", in: window)
        add("cstd-tinh-twice", "\(h.awardName("CSTD_TINH")) hai lần liên tục (\(window.lowerBound)–\(year))",
            "Provincial emulation fighter twice in a row (\(window.lowerBound)–\(year))", found.count >= 2 ? .met : .notMet,
            detail: found.count >= 2 ? nil : Localized(vi: "tìm thấy \(found.count)", en: "found \(found.count)"), found.map(record))
        initiativeCondition(window, scope: .national, id: "initiative-national")
    }

    /// Bằng khen tỉnh (individual), Art. 74 k1 d: CSTĐ cơ sở Y-1 and Y; or excellent Y-1 and Y with 2 initiatives — rule 9.
    mutating func provincialCertificate() {
        var route1 = Checker(h: h, nominee: nominee, code: code, year: year, date: date, excluding: excluding)
        route1.titleEachYear("CSTDCS", [year - 1, year], id: "route-1")
        var route2 = Checker(h: h, nominee: nominee, code: code, year: year, date: date, excluding: excluding)
        route2.ratingChain([year - 1, year], minimum: .excellent, id: "route-2-rating",
                           "Hoàn thành xuất sắc \(year - 1), \(year)", "Rated excellent \(year - 1), \(year)")
        route2.initiativeCondition((year - 1)...year, scope: .base, count: 2, id: "route-2-initiatives")
        let a = route1.conditions[0]
        let b = route2.conditions
        let bStatus: Status = b.contains { $0.status == .notMet } ? .notMet : (b.contains { $0.status == .unknown } ? .unknown : .met)
        let status: Status = a.status == .met || bStatus == .met ? .met : (a.status == .unknown || bStatus == .unknown ? .unknown : .notMet)
        let detail = Localized(
            vi: "cách 1 — \(a.line(.vi, withEvidence: false)); cách 2 — " + b.map { $0.line(.vi, withEvidence: false) }.joined(separator: "; "),
            en: "route 1 — \(a.line(.en, withEvidence: false)); route 2 — " + b.map { $0.line(.en, withEvidence: false) }.joined(separator: "; "))
        add("bk-tinh-route-d", "CSTĐ cơ sở 2 năm liền, hoặc 2 năm hoàn thành xuất sắc với 2 sáng kiến",
            "Grassroots fighter 2 years running, or 2 excellent years with 2 initiatives", status, detail: detail,
            a.evidence + b.flatMap(\.evidence))
    }

    /// Bằng khen Thủ tướng (previous = BK_TINH) and Huân chương Lao động hạng Ba (previous = BK_TTG), individual:
    /// the previous award before the window, then 5 years good or better with 3 CSTĐ cơ sở (and one excellent year
    /// for the medal) — rules 10–12.
    mutating func stateAward(previous: String, needExcellent: Bool) {
        let window = Array((year - 4)...year)
        let before = h.records(of: nominee).filter { $0.awardCode == previous && $0.kind.countsForHistory && $0.year < window[0] }
        let inside = h.records(of: nominee).filter { $0.awardCode == previous && $0.kind.countsForHistory && $0.year >= window[0] }
        let prevName = h.awardName(previous)
        if let last = before.last {
            add("previous-award", "Đã có \(prevName) trước \(window[0])", "Holds \(h.awardNameEn(previous)) before \(window[0])", .met, [record(last)])
        } else {
            add("previous-award", "Đã có \(prevName) trước \(window[0])", "Holds \(h.awardNameEn(previous)) before \(window[0])", .notMet,
                detail: inside.isEmpty ? Localized(vi: "không tìm thấy", en: "none found")
                    : Localized(vi: "chỉ có trong 5 năm xét (năm \(list(inside.map(\.year)))); thời gian tính từ sau lần khen đó",
                                en: "only inside the 5-year window (\(list(inside.map(\.year)))); the window starts after it"),
                inside.map(record))
        }
        ratingChain(window, minimum: .good, id: "five-years-good", "5 năm liền \(window[0])–\(year) hoàn thành tốt trở lên",
                    "5 years \(window[0])–\(year) rated good or better")
        if needExcellent {
            let ex = window.filter { person?.rating(in: $0) == .excellent }
            add("one-excellent", "Ít nhất 1 năm hoàn thành xuất sắc", "At least one year rated excellent", ex.isEmpty ? .notMet : .met,
                detail: ex.isEmpty ? Localized(vi: "không có", en: "none") : nil,
                ex.map { Evidence(Localized(vi: "\($0): hoàn thành xuất sắc", en: "\($0): excellent"), year: $0) })
        }
        let cs = counted("CSTDCS", in: window[0]...year)
        add("three-cstdcs", "3 lần CSTĐ cơ sở trong \(window[0])–\(year)", "3 grassroots fighter titles in \(window[0])–\(year)",
            cs.count >= 3 ? .met : .notMet, detail: cs.count >= 3 ? nil : Localized(vi: "có \(cs.count)", en: "found \(cs.count)"),
            cs.map(record))
    }

    // MARK: Collective titles

    /// TTLĐXS (rule 5) or TTLĐTT (rule 6, older text).
    mutating func collectiveTitle(excellent: Bool) {
        ratingChain([year], minimum: excellent ? .excellent : .good, id: "unit-rating",
                    excellent ? "Tập thể hoàn thành xuất sắc nhiệm vụ \(year)" : "Tập thể hoàn thành tốt nhiệm vụ \(year)",
                    excellent ? "Collective rated excellent in \(year)" : "Collective rated good in \(year)", unitRatings: true)
        let members = h.members(of: nominee.id)
        if members.isEmpty {
            add("members", "Thành viên của tập thể", "Members of the collective", .unknown,
                detail: Localized(vi: "chưa có danh sách cá nhân của đơn vị", en: "no people recorded for the unit"))
            return
        }
        if excellent {
            let unrated = members.filter { $0.rating(in: year) == nil }
            let failed = members.filter { ($0.rating(in: year) ?? .done) < .done }
            add("members-completed", "100% thành viên hoàn thành nhiệm vụ \(year)", "Every member completed tasks in \(year)",
                !failed.isEmpty ? .notMet : (unrated.isEmpty ? .met : .unknown),
                detail: !failed.isEmpty ? Localized(vi: "không hoàn thành: " + failed.map(\.name).joined(separator: ", "),
                                                    en: "not completed: " + failed.map(\.name).joined(separator: ", "))
                    : unrated.isEmpty ? nil : Localized(vi: "chưa xếp loại: \(unrated.count) người", en: "not rated: \(unrated.count) people"))
        }
        let advanced = members.filter { p in
            let n = NomineeRef(.person, p.id)
            return !h.records(of: n, code: "LDTT", year: year).isEmpty || !h.records(of: n, code: "CSTDCS", year: year).isEmpty
        }
        let share = Decimal(advanced.count) / Decimal(members.count)
        let need = excellent ? h.policy.excellentCollectiveShare : Decimal(string: "0.5")!
        let ok = excellent ? share >= need : share > need
        let pct = NSDecimalNumber(decimal: share * 100).intValue
        let needPct = NSDecimalNumber(decimal: need * 100).intValue
        add("members-ldtt", excellent ? "Ít nhất \(needPct)% thành viên là Lao động tiên tiến" : "Trên \(needPct)% thành viên là Lao động tiên tiến",
            excellent ? "At least \(needPct)% of members advanced workers" : "More than \(needPct)% of members advanced workers",
            ok ? .met : .notMet, detail: Localized(vi: "\(advanced.count)/\(members.count) (\(pct)%)", en: "\(advanced.count)/\(members.count) (\(pct)%)"))
        if excellent {
            let fighters = members.flatMap { h.records(of: NomineeRef(.person, $0.id), code: "CSTDCS", year: year) }
            add("member-cstdcs", "Có cá nhân đạt CSTĐ cơ sở \(year)", "A member is grassroots fighter in \(year)",
                fighters.isEmpty ? .notMet : .met, detail: fighters.isEmpty ? Localized(vi: "không tìm thấy", en: "none found") : nil,
                fighters.map { r in Evidence(Localized(vi: "\(h.name(of: r.nominee))\(qd(r.decisionNumber, .vi))",
                                                       en: "\(h.name(of: r.nominee))\(qd(r.decisionNumber, .en))"), year: r.year, decisionNumber: r.decisionNumber) })
        } else {
            let disciplined = members.filter { p in p.disciplines.contains { $0.kind == .discipline && $0.period.overlaps(year: year) } }
            add("no-member-disciplined", "Không có thành viên bị kỷ luật năm \(year)", "No member disciplined in \(year)",
                disciplined.isEmpty ? .met : .notMet,
                detail: disciplined.isEmpty ? nil : Localized(vi: disciplined.map(\.name).joined(separator: ", "), en: disciplined.map(\.name).joined(separator: ", ")))
        }
    }

    static func provinceOrganised(_ c: Cluster) -> Bool {
        let o = SearchKey.fold(c.organiser)
        return o.contains("tinh") && !o.contains("chinh phu") && !o.contains("trung uong")
    }

    /// Clusters of the year whose closed round ranked the nominee first (the cluster's chair, cụm
    /// trưởng, is a rotating office and says nothing about the ranking).
    func ledClusters(provincial: Bool?) -> [Cluster] {
        h.clusters.filter { c in
            (provincial.map { Self.provinceOrganised(c) == $0 } ?? true)
                && h.standing(cluster: c.id, year: year)?.entry(nominee.id)?.rank == 1
        }.sorted { $0.id < $1.id }
    }

    func rankEvidence(_ c: Cluster, _ s: ClusterStanding, _ e: ClusterStanding.Entry) -> Evidence {
        Evidence(Localized(vi: "\(c.name) năm \(year): hạng \(e.rank)/\(s.entries.count), \(s.points(e.finalScore)) điểm (\(s.state.label("vi")))",
                           en: "\(c.name) \(year): ranked \(e.rank) of \(s.entries.count), \(s.points(e.finalScore, language: "en")) points (\(s.state.label("en")))"),
                 year: year)
    }

    /// Cờ thi đua tỉnh: ranked first in the closed round of a province-organised cluster or block in Y,
    /// one per cluster — rule 7. A lead smaller than the measured spread goes to the council with the figures.
    mutating func provincialFlag() {
        let led = ledClusters(provincial: true)
        let memberOf = h.clusters.filter { Self.provinceOrganised($0) && $0.memberIds.contains(nominee.id) }.sorted { $0.id < $1.id }
        if !led.isEmpty {
            add("cluster-leader", "Dẫn đầu cụm, khối thi đua do tỉnh tổ chức năm \(year)", "Leads a province-organised cluster or block in \(year)",
                .met, led.map { c in
                    let s = h.standing(cluster: c.id, year: year)!
                    return rankEvidence(c, s, s.entry(nominee.id)!)
                })
            for c in led {
                let s = h.standing(cluster: c.id, year: year)!
                if s.leaders.count > 1 {
                    let others = s.leaders.map(\.unitId).filter { $0 != nominee.id }.joined(separator: ", ")
                    add("lead-margin", "Dẫn đầu rõ ràng trong \(c.name)", "A clear lead in \(c.name)", .unknown,
                        detail: Localized(vi: "đồng hạng 1 với \(others): Hội đồng xem xét", en: "shares rank 1 with \(others): for the council"))
                } else if let lead = s.lead(of: nominee.id) {
                    let vi = "cách hạng 2 (\(lead.next.unitId)) \(s.points(lead.margin)) điểm; độ phân tán đo được \(s.points(ticks: lead.spread)) điểm"
                    let en = "\(s.points(lead.margin, language: "en")) points ahead of rank 2 (\(lead.next.unitId)); measured spread \(s.points(ticks: lead.spread, language: "en")) points"
                    add("lead-margin", "Dẫn đầu rõ ràng trong \(c.name)", "A clear lead in \(c.name)", lead.isClose ? .unknown : .met,
                        detail: Localized(vi: vi + (lead.isClose ? " — sát nút, Hội đồng xem xét" : ""),
                                          en: en + (lead.isClose ? " — a close call, for the council" : "")))
                }
            }
        } else {
            let ranked = memberOf.compactMap { c -> Evidence? in
                guard let s = h.standing(cluster: c.id, year: year) else { return nil }
                if let e = s.entry(nominee.id) { return rankEvidence(c, s, e) }
                if s.excluded.contains(nominee.id) {
                    return Evidence(Localized(vi: "\(c.name) năm \(year): không được xếp hạng", en: "\(c.name) \(year): excluded from ranking"), year: year)
                }
                return nil
            }
            let unclosed = memberOf.filter { h.standing(cluster: $0.id, year: year) == nil }
            let campaigns = h.campaigns.values.filter { c in
                c.kind == .thematic && c.targetUnitIds.contains(nominee.id) && SearchKey.fold(c.launchLevel + " " + c.launchingBody).contains("tinh")
                    && (c.period.end.map { $0.year - c.period.start.year + 1 >= 5 } ?? false)
                    && (c.reviews.contains { $0.kind == .final && $0.date.year == year } || c.period.end?.year == year)
            }
            let status: Status = !unclosed.isEmpty || !campaigns.isEmpty ? .unknown : .notMet
            var vi: [String] = [], en: [String] = []
            if !ranked.isEmpty { vi.append("không xếp hạng 1 trong đợt chấm đã khóa"); en.append("not ranked first in a closed round") }
            if !unclosed.isEmpty {
                let names = unclosed.map(\.name).joined(separator: ", ")
                vi.append("chưa khóa chấm chéo năm \(year): \(names)"); en.append("cross-scoring not closed for \(year): \(names)")
            }
            if memberOf.isEmpty { vi.append("không là thành viên cụm, khối nào do tỉnh tổ chức"); en.append("member of no province-organised cluster or block") }
            if !campaigns.isEmpty {
                vi.append("cần xác nhận dẫn đầu phong trào: " + campaigns.map(\.name).joined(separator: ", "))
                en.append("confirm it led the campaign: " + campaigns.map(\.name).joined(separator: ", "))
            } else if ranked.isEmpty && unclosed.isEmpty {
                vi.append("không có phong trào chuyên đề cấp tỉnh từ 5 năm tổng kết năm này")
                en.append("no provincial thematic campaign of 5+ years reviewed this year")
            }
            add("cluster-leader", "Dẫn đầu cụm, khối thi đua do tỉnh tổ chức năm \(year)", "Leads a province-organised cluster or block in \(year)",
                status, detail: Localized(vi: vi.joined(separator: "; "), en: en.joined(separator: "; ")), ranked)
        }
        ratingChain([year], minimum: .excellent, id: "unit-rating", "Hoàn thành xuất sắc, vượt chỉ tiêu năm \(year)",
                    "Rated excellent, targets exceeded in \(year)", unitRatings: true)
        // One flag per cluster: another member of the same cluster already proposed or awarded.
        var others: [Evidence] = []
        for c in led {
            let members = Set(c.memberIds).subtracting([nominee.id])
            for r in h.records(code: "CO_TINH", year: year) where r.nominee.kind == .unit && members.contains(r.nominee.id) {
                others.append(Evidence(Localized(vi: "\(h.name(of: r.nominee)) đã nhận\(qd(r.decisionNumber, .vi))",
                                                 en: "\(h.name(of: r.nominee)) already received it\(qd(r.decisionNumber, .en))"), year: year))
            }
            for p in h.proposals(code: "CO_TINH", year: year) where p.state.isOpen && p.nominee.kind == .unit && members.contains(p.nominee.id) {
                others.append(Evidence(Localized(vi: "\(h.name(of: p.nominee)) đã được đề nghị (\(p.id))",
                                                 en: "\(h.name(of: p.nominee)) already proposed (\(p.id))"), year: year))
            }
        }
        if !led.isEmpty {
            add("one-per-cluster", "Mỗi cụm, khối một cờ", "One flag per cluster", others.isEmpty ? .met : .notMet, others)
        }
    }

    /// Cờ thi đua Chính phủ: meets the provincial-flag standard, among the leaders, within the quota — rule 8.
    mutating func governmentFlag() {
        let flags = h.records(of: nominee, code: "CO_TINH", year: year).filter { $0.kind.countsForHistory }
        let ledCentral = ledClusters(provincial: false)
        if let f = flags.first {
            add("provincial-flag-standard", "Đạt tiêu chuẩn Cờ thi đua tỉnh năm \(year)", "Meets the provincial flag standard in \(year)", .met, [record(f)])
        } else if !ledCentral.isEmpty {
            add("provincial-flag-standard", "Dẫn đầu cụm, khối do Trung ương tổ chức năm \(year)", "Leads a centrally organised cluster in \(year)",
                .met, ledCentral.map { Evidence(Localized(vi: "cụm trưởng \(year): \($0.name)", en: "leader \(year): \($0.name)"), year: year) })
        } else {
            var sub = Checker(h: h, nominee: nominee, code: "CO_TINH", year: year, date: date, excluding: excluding)
            sub.provincialFlag()
            let ok = sub.conditions.allSatisfy { $0.status == .met }
            let unknown = !ok && !sub.conditions.contains { $0.status == .notMet }
            add("provincial-flag-standard", "Đạt tiêu chuẩn Cờ thi đua tỉnh năm \(year)", "Meets the provincial flag standard in \(year)",
                ok ? .met : (unknown ? .unknown : .notMet),
                detail: Localized(vi: sub.conditions.map { $0.line(.vi) }.joined(separator: "; "),
                                  en: sub.conditions.map { $0.line(.en) }.joined(separator: "; ")), sub.conditions.flatMap(\.evidence))
        }
        let standard = Set(h.records(code: "CO_TINH", year: year).filter { $0.kind.countsForHistory && $0.nominee.kind == .unit }.map(\.nominee.id))
            .union(h.clusters.filter { !Self.provinceOrganised($0) }.flatMap { c in
                (h.standing(cluster: c.id, year: year)?.leaders ?? []).map(\.unitId) })
            .union(flags.isEmpty && ledCentral.isEmpty ? [] : [nominee.id])
        var allowedDecimal = h.policy.governmentFlagQuota * Decimal(standard.count)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &allowedDecimal, 0, .down)
        let allowed = NSDecimalNumber(decimal: rounded).intValue
        let taken = Set(h.records(code: "CO_CP", year: year).map(\.nominee) + h.proposals(code: "CO_CP", year: year)
            .filter { $0.state.isOpen && $0.id != excluding }.map(\.nominee)).subtracting([nominee])
        let pct = NSDecimalNumber(decimal: h.policy.governmentFlagQuota * 100).intValue
        add("quota", "Trong chỉ tiêu \(pct)% số tập thể đạt chuẩn cờ tỉnh", "Within the \(pct)% quota of collectives meeting the provincial flag standard",
            taken.count + 1 <= allowed ? .met : .notMet,
            detail: Localized(vi: "\(standard.count) tập thể đạt chuẩn → tối đa \(allowed); đã dùng \(taken.count)",
                              en: "\(standard.count) collectives meet the standard → at most \(allowed); \(taken.count) used"))
    }
}
