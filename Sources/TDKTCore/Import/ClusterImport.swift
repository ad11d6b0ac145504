import Foundation
import TDKTText

/// Clusters and blocks from a CSV file, one row per member and year: cluster, kind, year, unit, role
/// (leader/cụm trưởng, deputy/cụm phó, member/thành viên), with optional name, organiser, agreement
/// and rotation (the member's place in the order of taking the chair).
/// Units are given by id or by name. Everything is checked before anything is written; the clusters
/// are then written in one batch (new ones created, existing ones given the year's members and roles).
public struct ClusterImportReport: Sendable, Equatable {
    public var created: [String]
    public var updated: [String]
    public var rows: Int
}

extension Workspace {
    static let clusterImportFields = HeaderMatcher(fields: [
        .init("cluster", Localized(vi: "Cụm, khối", en: "Cluster"), synonyms: ["cụm", "khối", "cụm khối", "mã cụm", "cluster id"], required: true),
        .init("kind", Localized(vi: "Loại", en: "Kind"), synonyms: ["loại", "cụm hay khối", "type"], required: true),
        .init("year", Localized(vi: "Năm", en: "Year"), synonyms: ["năm"], required: true),
        .init("unit", Localized(vi: "Đơn vị", en: "Unit"), synonyms: ["đơn vị", "mã đơn vị", "tên đơn vị", "unit id"], required: true),
        .init("role", Localized(vi: "Vai trò", en: "Role"), synonyms: ["vai trò", "chức danh"], required: true),
        .init("name", Localized(vi: "Tên cụm, khối", en: "Cluster name"), synonyms: ["tên cụm", "tên khối", "tên cụm khối", "cluster name"]),
        .init("organiser", Localized(vi: "Cơ quan tổ chức", en: "Organiser"), synonyms: ["cơ quan tổ chức", "organizer"]),
        .init("agreement", Localized(vi: "Giao ước", en: "Agreement"), synonyms: ["giao ước", "văn bản giao ước", "agreement reference"]),
        .init("rotation", Localized(vi: "Thứ tự luân phiên", en: "Rotation"), synonyms: ["thứ tự luân phiên", "luân phiên", "thứ tự", "rotation order"]),
    ])

    public func importClusters(csv text: String, file: String) throws -> ClusterImportReport {
        try authorize(.editClusters)
        let table = try CSVReader.parse(text, file: file)
        guard let header = table.rows.first else {
            throw ImportProblem(file: file, line: 1, reason: Localized(vi: "tệp rỗng", en: "the file is empty"))
        }
        let m = try Self.clusterImportFields.match(header.fields, file: file, line: header.line)
        struct Entry { var name: String?; var kind: Cluster.Kind; var organiser: String?; var years: [Int: (members: [String], leader: String?, deputy: String?, agreement: String?)]
                       var rotation: [(Int, String)] = [] }
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var count = 0
        for row in table.rows.dropFirst() where !row.isBlank {
            count += 1
            func problem(_ field: String, _ vi: String, _ en: String) -> ImportProblem {
                ImportProblem(file: file, line: row.line, column: m.header(field), reason: Localized(vi: vi, en: en))
            }
            guard let rawCluster = m.value("cluster", in: row) else { throw problem("cluster", "thiếu mã cụm, khối", "cluster missing") }
            let id = clusters[rawCluster] != nil ? rawCluster : ImportIds.slug(rawCluster)
            let kindText = SearchKey.fold(m.value("kind", in: row) ?? "")
            let kind: Cluster.Kind
            switch kindText {
            case "cum", "cum thi dua", "cluster": kind = .cluster
            case "khoi", "khoi thi dua", "block": kind = .block
            default: throw problem("kind", "'\(m.value("kind", in: row) ?? "")' không phải cụm hay khối", "'\(m.value("kind", in: row) ?? "")' is neither cluster nor block")
            }
            guard let yText = m.value("year", in: row), let year = Int(yText), (1945...2100).contains(year) else {
                throw problem("year", "năm không hợp lệ: '\(m.value("year", in: row) ?? "")'", "not a year: '\(m.value("year", in: row) ?? "")'")
            }
            guard let unitText = m.value("unit", in: row) else { throw problem("unit", "thiếu đơn vị", "unit missing") }
            guard let unit = resolveUnit(unitText) else {
                throw problem("unit", "không tìm thấy đơn vị '\(unitText)' (hoặc trùng tên)", "unit '\(unitText)' not found (or its name is ambiguous)")
            }
            let roleText = SearchKey.fold(m.value("role", in: row) ?? "")
            let role: String
            switch roleText {
            case "cum truong", "khoi truong", "truong cum", "truong khoi", "leader": role = "leader"
            case "cum pho", "khoi pho", "pho cum", "pho khoi", "deputy": role = "deputy"
            case "thanh vien", "member", "": role = "member"
            default: throw problem("role", "vai trò '\(m.value("role", in: row)!)' không rõ (cụm trưởng, cụm phó, thành viên)",
                                   "unknown role '\(m.value("role", in: row)!)' (leader, deputy, member)")
            }
            if entries[id] == nil { order.append(id); entries[id] = Entry(name: nil, kind: kind, organiser: nil, years: [:]) }
            if entries[id]!.kind != kind { throw problem("kind", "cụm \(id) vừa là cụm vừa là khối", "\(id) is both a cluster and a block") }
            if let n = m.value("name", in: row) { entries[id]!.name = n }
            if let o = m.value("organiser", in: row) { entries[id]!.organiser = o }
            var y = entries[id]!.years[year] ?? ([], nil, nil, nil)
            if y.members.contains(unit) { throw problem("unit", "\(unit) được ghi hai lần cho \(id) năm \(year)", "\(unit) listed twice for \(id), \(year)") }
            y.members.append(unit)
            if role == "leader" {
                if let l = y.leader { throw problem("role", "\(id) năm \(year) đã có cụm trưởng \(l)", "\(id) already has leader \(l) in \(year)") }
                y.leader = unit
            }
            if role == "deputy" {
                if let d = y.deputy { throw problem("role", "\(id) năm \(year) đã có cụm phó \(d)", "\(id) already has deputy \(d) in \(year)") }
                y.deputy = unit
            }
            if let a = m.value("agreement", in: row) { y.agreement = a }
            if let r = m.value("rotation", in: row) {
                guard let k = Int(r), k > 0 else { throw problem("rotation", "thứ tự luân phiên không hợp lệ: '\(r)'", "not a rotation position: '\(r)'") }
                if !entries[id]!.rotation.contains(where: { $0.1 == unit }) { entries[id]!.rotation.append((k, unit)) }
            }
            entries[id]!.years[year] = y
        }
        var writes: [PendingWrite] = []
        var report = ClusterImportReport(created: [], updated: [], rows: count)
        for id in order {
            let e = entries[id]!
            let existing = clusters[id]
            var c = existing?.value ?? Cluster(id: id, name: e.name ?? id, kind: e.kind,
                                                organiser: e.organiser ?? config.parentBody, memberIds: [])
            if let n = e.name { c.name = TextNormalization.clean(n) }
            if let o = e.organiser { c.organiser = TextNormalization.clean(o) }
            c.kind = e.kind
            if !e.rotation.isEmpty { c.rotation = e.rotation.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1) }
            let latest = e.years.keys.max()!
            for (year, y) in e.years.sorted(by: { $0.key < $1.key }) {
                c.years.removeAll { $0.year == year }
                c.years.append(Cluster.Year(year: year, leaderId: y.leader, deputyId: y.deputy, agreementReference: y.agreement,
                                            memberIds: year == latest && (c.year(latest + 1) == nil) ? nil : y.members))
            }
            c.years.sort { $0.year < $1.year }
            if c.years.last?.year == latest {
                let newMembers = e.years[latest]!.members
                c.formerMemberIds = Array(Set(c.formerMemberIds + c.memberIds.filter { !newMembers.contains($0) })).sorted()
                c.memberIds = newMembers
            }
            do { try checkClusterReferences(c) } catch let v as ValidationError {
                throw ImportProblem(file: file, line: nil, column: v.field, reason: Localized(vi: "\(id): \(v.message(.vi))", en: "\(id): \(v.message(.en))"))
            }
            writes.append(PendingWrite(c, basedOn: existing?.revision, action: existing == nil ? "cluster.import-create" : "cluster.import"))
            if existing == nil { report.created.append(id) } else { report.updated.append(id) }
        }
        try store.commit(writes)
        reload()
        return report
    }
}
