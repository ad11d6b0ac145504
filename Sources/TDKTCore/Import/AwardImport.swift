import Foundation
import TDKTText

/// Importing the award history an office keeps in Excel (DOMAIN.md, "Importing what offices already have").
public enum AwardImport {
    /// The columns of an award history file, with the header names clerks use.
    public static let headerMatcher = HeaderMatcher(fields: [
        .init("year", Labels.year, synonyms: ["Năm", "Năm khen thưởng", "Năm xét", "year"], required: true),
        .init("type", Localized(vi: "Loại", en: "Type"),
              synonyms: ["Loại", "Đối tượng", "Loại đối tượng", "Cá nhân/Tập thể", "Tập thể/Cá nhân", "type", "kind"]),
        .init("name", Labels.name, synonyms: ["Họ và tên", "Họ tên", "Tên tập thể", "Tên", "Tên cá nhân, tập thể",
                                              "Tên cá nhân/tập thể", "Họ tên/Tên tập thể", "Họ và tên / Tên tập thể", "name", "full name"], required: true),
        .init("unit", Labels.unit, synonyms: ["Đơn vị", "Đơn vị công tác", "Cơ quan", "unit", "agency"]),
        .init("award", Labels.award, synonyms: ["Hình thức khen thưởng", "Danh hiệu", "Hình thức", "Danh hiệu thi đua",
                                                "Khen thưởng", "award", "title"], required: true),
        .init("campaign", Localized(vi: "Phong trào", en: "Campaign"), synonyms: ["Phong trào", "Phong trào thi đua", "campaign"]),
        .init("awardKind", Localized(vi: "Loại khen thưởng", en: "Kind of award"),
              synonyms: ["Loại khen thưởng", "Loại hình khen thưởng", "Hình thức xét", "kind of award", "award kind"]),
        .init("decisionNumber", Localized(vi: "Số quyết định", en: "Decision number"),
              synonyms: ["Số quyết định", "Số QĐ", "Quyết định số", "decision number", "decision"]),
        .init("decisionDate", Localized(vi: "Ngày quyết định", en: "Decision date"),
              synonyms: ["Ngày quyết định", "Ngày QĐ", "Ngày ký", "decision date", "date"]),
    ])

    static let typeWords: [String: NomineeRef.Kind] = [
        "tap the": .unit, "collective": .unit, "unit": .unit, "don vi": .unit, "tt": .unit,
        "ca nhan": .person, "individual": .person, "person": .person, "cn": .person,
        "ho gia dinh": .household, "household": .household,
    ]

    /// Common short names clerks write for the catalogue's awards (folded).
    static let aliases: [String: String] = [
        "ldtt": "LDTT", "cstd co so": "CSTDCS", "cstdcs": "CSTDCS", "chien si thi dua co so": "CSTDCS",
        "cstd cap tinh": "CSTD_TINH", "cstd tinh": "CSTD_TINH", "cstd toan quoc": "CSTD_TQ",
        "ttldtt": "TTLDTT", "ttldxs": "TTLDXS", "co thi dua tinh": "CO_TINH", "co thi dua cap tinh": "CO_TINH",
        "co thi dua ubnd tinh": "CO_TINH", "co thi dua chinh phu": "CO_CP", "bang khen ubnd tinh": "BK_TINH",
        "bang khen chu tich ubnd tinh": "BK_TINH", "bang khen tinh": "BK_TINH", "bang khen thu tuong": "BK_TTG",
        "bang khen thu tuong chinh phu": "BK_TTG", "hcld hang ba": "HCLD3", "huan chuong lao dong hang 3": "HCLD3",
    ]

    /// An award by code ("BK_TINH", any case) or by name, ignoring case and diacritics.
    public static func award(named text: String, in catalogue: AwardCatalogue) -> AwardType? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let a = catalogue.award(t.uppercased()) { return a }
        let f = SearchKey.fold(t)
        if let a = catalogue.awards.first(where: { SearchKey.fold($0.name) == f || SearchKey.fold($0.nameEn) == f }) { return a }
        return aliases[f].flatMap { catalogue.award($0) }
    }

    /// Reads a file and imports its award records (or, with `dryRun`, only says what it would do).
    /// Nothing is written unless every row is good: the records, units and people go in one store batch.
    public static func run(path: String, into ws: Workspace, encoding: VietnameseEncoding? = nil, sheet: String? = nil, dryRun: Bool,
                           actor: String) throws -> AwardImportReport {
        let data = try ImportFile.bytes(path)
        return try run(data: data, file: (path as NSString).lastPathComponent, into: ws, encoding: encoding, sheet: sheet, dryRun: dryRun, actor: actor)
    }

    public static func run(data: Data, file: String, into ws: Workspace, encoding: VietnameseEncoding? = nil, sheet: String? = nil, dryRun: Bool,
                           actor: String) throws -> AwardImportReport {
        if !dryRun { try ws.authorize(.importData) }
        guard let catalogue = ws.catalogue?.value else { throw StoreError.notFound(path: "catalogue/awards.json") }
        let (table, decoded) = try ImportFile.read(data: data, file: file, encoding: encoding, sheet: sheet)
        guard let header = table.rows.first(where: { !$0.isBlank }) else {
            throw ImportProblem(file: file, line: nil, reason: Localized(vi: "tệp rỗng", en: "the file is empty"))
        }
        let columns = try headerMatcher.match(header.fields, file: file, line: header.line)
        var report = AwardImportReport(file: file, encoding: decoded.encoding, encodingDetected: decoded.detected, unknownColumns: columns.unknown)
        var state = ImportState(ws: ws)
        for row in table.rows where row.line > header.line && !row.isBlank {
            if let c = columns.value("campaign", in: row), let y = columns.value("year", in: row).flatMap(Int.init), (1945...2100).contains(y) {
                let f = SearchKey.fold(c)
                state.campaignYears[f] = state.campaignYears[f].map { min($0.lowerBound, y)...max($0.upperBound, y) } ?? y...y
            }
        }
        for row in table.rows where row.line > header.line && !row.isBlank {
            report.rowsRead += 1
            do {
                try importRow(row, columns, file: file, catalogue: catalogue, state: &state, report: &report)
            } catch let p as ImportProblem {
                report.problems.append(p)
            } catch let e as ValidationError {
                report.problems.append(ImportProblem(file: file, line: row.line, column: e.field, reason: Localized(vi: e.message(.vi), en: e.message(.en))))
            }
        }
        report.createdUnits = state.createdUnits
        report.createdPeople = state.createdPeople
        report.createdCampaigns = state.createdCampaigns
        if dryRun || !report.problems.isEmpty || report.records.isEmpty { return report }
        let action = "import awards \(file) by \(actor)"
        let writes = report.createdUnits.map { PendingWrite($0, basedOn: nil, action: action) }
            + report.createdPeople.map { PendingWrite($0, basedOn: nil, action: action) }
            + report.createdCampaigns.map { PendingWrite($0, basedOn: nil, action: action) }
            + report.records.map { PendingWrite($0, basedOn: nil, action: action) }
        report.batchId = try ImportBatches.commit(writes, in: ws, kind: .awards, file: file, actor: actor,
                                                  created: ImportBatch.Created(units: report.createdUnits.map(\.id),
                                                                               people: report.createdPeople.map(\.id),
                                                                               campaigns: report.createdCampaigns.map(\.id),
                                                                               awards: report.records.map { "\($0.year)/\($0.id)" }))
        report.written = true
        return report
    }

    /// Names and ids known so far: the data directory's and those created by earlier rows.
    struct ImportState {
        let ws: Workspace
        var units: [Unit]
        var people: [Person]
        var createdUnits: [Unit] = []
        var createdPeople: [Person] = []
        var campaigns: [Campaign]
        var createdCampaigns: [Campaign] = []
        /// Years each campaign name (folded) is named in the file: the period of a campaign created for it.
        var campaignYears: [String: ClosedRange<Int>] = [:]
        var recordIds: Set<String>
        /// nominee/code/year → where it was seen ("dữ liệu" or a line number).
        var seen: [String: Int?] = [:]
        init(ws: Workspace) {
            self.ws = ws
            units = ws.units.values.map(\.value)
            people = ws.people.values.map(\.value)
            campaigns = ws.campaigns.values.map(\.value)
            let all = ws.allAwards().map(\.value)
            recordIds = Set(all.map(\.id))
            for r in all { seen["\(r.nominee)/\(r.awardCode)/\(r.year)"] = .some(nil) }
        }
    }

    static func problem(_ file: String, _ row: CSVRow, _ columns: HeaderMatch, _ field: String, _ vi: String, _ en: String) -> ImportProblem {
        ImportProblem(file: file, line: row.line, column: columns.header(field), reason: Localized(vi: vi, en: en))
    }

    static func importRow(_ row: CSVRow, _ columns: HeaderMatch, file: String, catalogue: AwardCatalogue,
                          state: inout ImportState, report: inout AwardImportReport) throws {
        func fail(_ field: String, _ vi: String, _ en: String) -> ImportProblem { problem(file, row, columns, field, vi, en) }
        let yearText = columns.value("year", in: row) ?? ""
        guard let year = Int(yearText), (1945...2100).contains(year) else {
            throw fail("year", yearText.isEmpty ? "trống" : "'\(yearText)' không phải năm (1945–2100)",
                       yearText.isEmpty ? "empty" : "'\(yearText)' is not a year (1945–2100)")
        }
        guard let awardText = columns.value("award", in: row) else { throw fail("award", "trống", "empty") }
        guard let award = award(named: awardText, in: catalogue) else {
            throw fail("award", "không có '\(awardText)' trong danh mục khen thưởng", "'\(awardText)' is not in the award catalogue")
        }
        guard let name = columns.value("name", in: row) else { throw fail("name", "trống", "empty") }
        var kind: NomineeRef.Kind
        if let t = columns.value("type", in: row) {
            guard let k = typeWords[SearchKey.fold(t)] else {
                throw fail("type", "'\(t)' không phải Cá nhân, Tập thể hay Hộ gia đình", "'\(t)' is not Individual, Collective or Household")
            }
            kind = k
        } else {
            switch award.recipients {
            case .individual: kind = .person
            case .collective: kind = .unit
            case .both: throw fail("type", "thiếu loại (Cá nhân/Tập thể) cho \(award.name)", "type (individual/collective) needed for \(award.nameEn)")
            }
        }
        if kind == .household {
            throw fail("type", "chưa nhập được khen thưởng hộ gia đình từ tệp", "household awards cannot be imported from a file yet")
        }
        if !award.recipients.accepts(kind) {
            throw fail("award", "\(award.name) không dành cho \(kind.label.vi.lowercased())",
                       "\(award.nameEn) is not for a \(kind.label.en.lowercased())")
        }
        let unitName = columns.value("unit", in: row)
        var decisionDate: CivilDate?
        if let d = columns.value("decisionDate", in: row) {
            do { decisionDate = try CivilDate.parse(d) } catch let e as ValidationError {
                throw fail("decisionDate", e.reason.vi, e.reason.en)
            }
        }
        let number = columns.value("decisionNumber", in: row)
        if let number, !Decision.isOfficialNumber(number) {
            report.warnings.append(fail("decisionNumber", "'\(number)' không đúng dạng số/QĐ-cơ quan; vẫn nhập",
                                        "'\(number)' is not of the form number/QĐ-issuer; imported as written"))
        }
        // A campaign named in the file is matched by id or folded name, or created (listed in the preview).
        var campaignId: String?
        var newCampaign: Campaign?
        if let c = columns.value("campaign", in: row) {
            let f = SearchKey.fold(c)
            if let found = state.campaigns.first(where: { $0.id == c || SearchKey.fold($0.name) == f }) {
                campaignId = found.id
            } else {
                let taken = Set(state.campaigns.map(\.id))
                let id = ImportIds.unique(ImportIds.slug(c, fallback: "phong-trao")) { taken.contains($0) }
                let years = state.campaignYears[f] ?? year...year
                let created = Campaign(id: id, name: c, kind: .thematic, launchLevel: "", launchingBody: "Chưa rõ (nhập từ \(file))",
                                       period: DatePeriod(start: CivilDate(years.lowerBound, 1, 1), end: CivilDate(years.upperBound, 12, 31)),
                                       goals: "Tạo khi nhập lịch sử khen thưởng từ \(file); bổ sung loại, cơ quan phát động và thời gian.")
                try created.validate()
                newCampaign = created
                campaignId = id
            }
        }
        // The kind of award comes from its column, or from the award itself: never from the campaign.
        // Emulation titles (LĐTT, CSTĐ, Tập thể lao động...) are yearly, so always regular.
        let isYearlyTitle = award.kind == .title && !award.code.hasPrefix("CO_")
        var awardKind = Proposal.Kind.regular
        if let k = columns.value("awardKind", in: row) {
            let f = SearchKey.fold(k)
            guard let kind = Proposal.Kind.allCases.first(where: { SearchKey.fold($0.label.vi) == f || SearchKey.fold($0.label.en) == f || $0.rawValue.lowercased() == f }) else {
                throw fail("awardKind", "'\(k)' không phải: " + Proposal.Kind.allCases.map(\.label.vi).joined(separator: ", "),
                           "'\(k)' is not one of: " + Proposal.Kind.allCases.map(\.label.en).joined(separator: ", "))
            }
            if isYearlyTitle && kind != .regular {
                report.warnings.append(fail("awardKind", "\(award.name) là danh hiệu thường xuyên; ghi Thường xuyên thay cho '\(k)'",
                                            "\(award.nameEn) is a yearly title; recorded as Regular instead of '\(k)'"))
            } else {
                awardKind = kind
            }
        }
        // Resolve the nominee (matching before creating anything, so that a bad row creates nothing).
        let nominee: NomineeRef
        var newUnits: [Unit] = [], newPeople: [Person] = []
        var matchedUnit: String?
        switch kind {
        case .unit:
            var parentId: String?
            if let unitName, SearchKey.fold(unitName) != SearchKey.fold(name) {
                let (parent, created) = try resolveUnit(unitName, parent: nil, state: state, fail: { fail("unit", $0, $1) })
                parentId = parent.id
                if created { newUnits.append(parent) }
            }
            var probe = state
            probe.units += newUnits
            let (u, created) = try resolveUnit(name, parent: parentId, state: probe, fail: { fail("name", $0, $1) })
            if created { newUnits.append(u) }
            if !created, let end = u.validity?.end, let d = decisionDate, d > end {
                report.warnings.append(fail("name", "\(u.name) đã thôi hoạt động từ \(end)", "\(u.name) ceased on \(end)"))
            }
            nominee = NomineeRef(.unit, u.id)
        default:
            guard let unitName else { throw fail("unit", "cần đơn vị của cá nhân \(name)", "the unit of \(name) is needed") }
            let (u, createdUnit) = try resolveUnit(unitName, parent: nil, state: state, fail: { fail("unit", $0, $1) })
            if createdUnit { newUnits.append(u) } else { matchedUnit = u.id }
            let f = SearchKey.fold(name)
            let same = state.people.filter { $0.unitId == u.id && SearchKey.fold($0.name) == f }
            if same.count > 1 {
                throw fail("name", "có \(same.count) người tên \(name) ở \(u.name): " + same.map(\.id).joined(separator: ", "),
                           "\(same.count) people named \(name) in \(u.name): " + same.map(\.id).joined(separator: ", "))
            }
            if let p = same.first {
                nominee = NomineeRef(.person, p.id)
                report.matchedPeople.insert(p.id)
                if p.name != name {
                    report.likelyDuplicates.append(fail("name", "'\(name)' được khớp với '\(p.name)' (\(p.id)) ở \(u.name)",
                                                        "'\(name)' matched to '\(p.name)' (\(p.id)) in \(u.name)"))
                }
            } else {
                let taken = Set(state.people.map(\.id))
                let id = ImportIds.unique(ImportIds.slug(name, fallback: "ca-nhan")) { taken.contains($0) }
                let p = Person(id: id, name: name, unitId: u.id)
                try p.validate()
                newPeople.append(p)
                nominee = NomineeRef(.person, id)
            }
        }
        let key = "\(nominee)/\(award.code)/\(year)"
        if let seen = state.seen[key] {
            let whereVi = seen.map { "dòng \($0)" } ?? "dữ liệu hiện có"
            let whereEn = seen.map { "line \($0)" } ?? "the existing data"
            throw fail("award", "\(name) đã có \(award.code) năm \(year) (trùng với \(whereVi))",
                       "\(name) already has \(award.code) for \(year) (same as \(whereEn))")
        }
        let base = String("imp-\(year)-\(award.code.lowercased())-\(nominee.id)".prefix(60))
        let rid = ImportIds.unique(base) { state.recordIds.contains($0) }
        let record = AwardRecord(id: rid, year: year, nominee: nominee, awardCode: award.code, kind: awardKind, campaignId: campaignId,
                                 decisionNumber: number, decisionDate: decisionDate, source: .imported)
        try record.validate()
        // The row is good: remember what it created.
        for u in newUnits { try u.validate(); state.units.append(u); state.createdUnits.append(u) }
        if let c = newCampaign { state.campaigns.append(c); state.createdCampaigns.append(c) }
        for p in newPeople { state.people.append(p); state.createdPeople.append(p) }
        if nominee.kind == .unit && !newUnits.contains(where: { $0.id == nominee.id }) { report.matchedUnits.insert(nominee.id) }
        if let matchedUnit { report.matchedUnits.insert(matchedUnit) }
        state.recordIds.insert(rid)
        state.seen[key] = .some(row.line)
        report.records.append(record)
        report.lines.append(row.line)
    }

    /// A unit by id or by name (ignoring case, diacritics and spacing); created when not found.
    static func resolveUnit(_ name: String, parent: String?, state: ImportState,
                            fail: (String, String) -> ImportProblem) throws -> (Unit, created: Bool) {
        if let u = state.units.first(where: { $0.id == name }) { return (u, false) }
        let f = SearchKey.fold(name)
        let same = state.units.filter { SearchKey.fold($0.name) == f }
        if same.count > 1 {
            let narrowed = parent.map { p in same.filter { $0.parentId == p } } ?? []
            if narrowed.count == 1 { return (narrowed[0], false) }
            throw fail("có \(same.count) đơn vị tên \(name): " + same.map(\.id).joined(separator: ", "),
                       "\(same.count) units are named \(name): " + same.map(\.id).joined(separator: ", "))
        }
        if let u = same.first { return (u, false) }
        let taken = Set(state.units.map(\.id))
        let id = ImportIds.unique(ImportIds.slug(name, fallback: "don-vi")) { taken.contains($0) }
        let u = Unit(id: id, name: name, kind: .other, parentId: parent)
        return (u, true)
    }
}

/// What an award import did, or would do on a dry run.
public struct AwardImportReport: Sendable {
    public var file: String
    public var encoding: VietnameseEncoding
    public var encodingDetected: Bool
    public var unknownColumns: [String]
    public var rowsRead = 0
    /// The records made from the good rows, and the line each came from.
    public var records: [AwardRecord] = []
    public var lines: [Int] = []
    public var createdUnits: [Unit] = []
    public var createdPeople: [Person] = []
    public var createdCampaigns: [Campaign] = []
    /// People matched by a name written differently (same folded name in the same unit).
    public var likelyDuplicates: [ImportProblem] = []
    /// The recorded batch, once written (`tdkt import undo`).
    public var batchId: String?
    public var matchedUnits: Set<String> = []
    public var matchedPeople: Set<String> = []
    /// Bad rows, each with its line: while there is one, nothing is written.
    public var problems: [ImportProblem] = []
    /// Rows imported with a remark (unknown campaign, odd decision number).
    public var warnings: [ImportProblem] = []
    public var written = false

    public func summary(_ language: Language) -> String {
        let vi = language == .vi
        var out = vi
            ? "\(file) (\(encoding.label)\(encodingDetected ? ", tự nhận" : "")): \(rowsRead) dòng; \(records.count) khen thưởng; tạo mới \(createdUnits.count) đơn vị, \(createdPeople.count) cá nhân, \(createdCampaigns.count) phong trào; khớp \(matchedUnits.count) đơn vị, \(matchedPeople.count) cá nhân; \(problems.count) lỗi, \(warnings.count) lưu ý."
            : "\(file) (\(encoding.label)\(encodingDetected ? ", detected" : "")): \(rowsRead) rows; \(records.count) awards; new: \(createdUnits.count) units, \(createdPeople.count) people, \(createdCampaigns.count) campaigns; matched: \(matchedUnits.count) units, \(matchedPeople.count) people; \(problems.count) errors, \(warnings.count) warnings."
        if !unknownColumns.isEmpty {
            out += vi ? " Bỏ qua cột: \(unknownColumns.joined(separator: ", "))." : " Ignored columns: \(unknownColumns.joined(separator: ", "))."
        }
        return out
    }
}
