import Foundation
import TDKTText

/// Clusters and blocks as the office keeps them: created, edited, copied to a new year and retired,
/// every change checked for permission and validity and saved against the revision it was read at.
extension Workspace {
    /// Creates (`basedOn` nil) or edits a cluster. Members, leaders, deputies and the rotation must be known units.
    @discardableResult
    public func saveCluster(_ cluster: Cluster, basedOn revision: Int?) throws -> Stored<Cluster> {
        try authorize(.editClusters)
        try checkClusterReferences(cluster)
        return try save(cluster, basedOn: revision, action: revision == nil ? "cluster.create" : "cluster.edit")
    }

    /// What the cluster form edits: the cluster's name, kind, organiser and members, and for one year its
    /// leader, deputy and agreement document.
    public struct ClusterEdit: Sendable, Equatable {
        public var name: String
        public var kind: Cluster.Kind
        public var organiser: String
        public var memberIds: [String]
        public var year: Int
        public var leaderId: String?
        public var deputyId: String?
        public var agreementReference: String?
        public init(name: String, kind: Cluster.Kind, organiser: String, memberIds: [String], year: Int,
                    leaderId: String?, deputyId: String?, agreementReference: String?) {
            self.name = name; self.kind = kind; self.organiser = organiser; self.memberIds = memberIds; self.year = year
            self.leaderId = leaderId; self.deputyId = deputyId
            let ref = agreementReference.map { TextNormalization.clean($0).trimmingCharacters(in: .whitespaces) }
            self.agreementReference = ref?.isEmpty == true ? nil : ref
        }
    }

    /// Creates a cluster (`clusterId` nil: its id made from the name) or edits one. A unit taken off the
    /// members moves to the former members, so earlier years that name it stay valid; one put back leaves
    /// them. The year's agreement targets and its own member list are kept. Refused for a retired cluster
    /// when the year is after its last one.
    @discardableResult
    public func saveCluster(_ edit: ClusterEdit, clusterId: String?, basedOn revision: Int?) throws -> Stored<Cluster> {
        var c: Cluster
        if let clusterId {
            guard let stored = clusters[clusterId] else { throw StoreError.notFound(path: "clusters/\(clusterId).json") }
            c = stored.value
            let removed = c.memberIds.filter { !edit.memberIds.contains($0) }
            c.formerMemberIds = (c.formerMemberIds + removed).filter { !edit.memberIds.contains($0) }
            c.name = TextNormalization.clean(edit.name); c.kind = edit.kind
            c.organiser = TextNormalization.clean(edit.organiser); c.memberIds = edit.memberIds
        } else {
            let id = Self.makeIdentifier(from: edit.name) { self.clusters[$0] != nil }
            c = Cluster(id: id, name: edit.name, kind: edit.kind, organiser: edit.organiser, memberIds: edit.memberIds)
        }
        guard c.isActive(in: edit.year) else {
            throw ValidationError(field: "retiredAfter", label: Localized(vi: "Năm", en: "Year"),
                                  reason: Localized(vi: "cụm, khối đã giải thể sau năm \(c.retiredAfter!)", en: "retired after \(c.retiredAfter!)"))
        }
        for (field, id, vi, en) in [("years.leaderId", edit.leaderId, "Cụm trưởng", "Leader"), ("years.deputyId", edit.deputyId, "Cụm phó", "Deputy")] {
            if let id, !edit.memberIds.contains(id) {
                throw ValidationError(field: field, label: Localized(vi: vi, en: en),
                                      reason: Localized(vi: "\(id) không phải thành viên (năm \(edit.year))", en: "\(id) is not a member (\(edit.year))"))
            }
        }
        let old = c.year(edit.year)
        c.years.removeAll { $0.year == edit.year }
        if edit.leaderId != nil || edit.deputyId != nil || edit.agreementReference != nil || old != nil {
            c.years.append(Cluster.Year(year: edit.year, leaderId: edit.leaderId, deputyId: edit.deputyId, agreement: old?.agreement,
                                        agreementReference: edit.agreementReference, memberIds: old?.memberIds))
            c.years.sort { $0.year < $1.year }
        }
        return try saveCluster(c, basedOn: clusterId == nil ? nil : revision)
    }

    /// Sets a year's leader, deputy, members and agreement document of a cluster.
    @discardableResult
    public func setClusterYear(_ clusterId: String, _ year: Cluster.Year, basedOn revision: Int) throws -> Stored<Cluster> {
        guard let stored = clusters[clusterId] else { throw StoreError.notFound(path: "clusters/\(clusterId).json") }
        var c = stored.value
        c.years.removeAll { $0.year == year.year }
        c.years.append(year)
        c.years.sort { $0.year < $1.year }
        try authorize(.editClusters)
        try checkClusterReferences(c)
        return try save(c, basedOn: revision, action: "cluster.year")
    }

    /// Copies last year's cluster to `year`: the same members, the leader the rotation proposes (the
    /// deputy of last year when no rotation was agreed and it is next), no agreement yet. Refused when the
    /// year is already there or the cluster is retired.
    @discardableResult
    public func copyClusterYear(_ clusterId: String, to year: Int, basedOn revision: Int) throws -> Stored<Cluster> {
        guard let stored = clusters[clusterId] else { throw StoreError.notFound(path: "clusters/\(clusterId).json") }
        let c = stored.value
        let label = Localized(vi: "Năm", en: "Year")
        guard c.year(year) == nil else {
            throw ValidationError(field: "years", label: label, reason: Localized(vi: "đã có năm \(year)", en: "\(year) is already there"))
        }
        guard c.isActive(in: year) else {
            throw ValidationError(field: "retiredAfter", label: label,
                                  reason: Localized(vi: "cụm, khối đã giải thể sau năm \(c.retiredAfter!)", en: "retired after \(c.retiredAfter!)"))
        }
        let leader = c.proposedLeader(for: year)
        let deputy = c.rotation.flatMap { r -> String? in
            guard let l = leader, let i = r.firstIndex(of: l) else { return nil }
            return (1..<max(2, r.count)).map { r[(i + $0) % r.count] }.first { c.memberIds.contains($0) && $0 != l }
        }
        return try setClusterYear(clusterId, Cluster.Year(year: year, leaderId: leader, deputyId: deputy,
                                                          memberIds: c.year(year - 1)?.memberIds), basedOn: revision)
    }

    /// Ends a cluster after `lastYear` (its records stay). Refused when already retired, or when a round
    /// of a later year exists (it would be orphaned).
    @discardableResult
    public func retireCluster(_ clusterId: String, after lastYear: Int, basedOn revision: Int) throws -> Stored<Cluster> {
        guard let stored = clusters[clusterId] else { throw StoreError.notFound(path: "clusters/\(clusterId).json") }
        var c = stored.value
        let label = Localized(vi: "Năm cuối", en: "Last year")
        try Check.year(lastYear, "retiredAfter")
        if let r = c.retiredAfter {
            throw ValidationError(field: "retiredAfter", label: label,
                                  reason: Localized(vi: "đã giải thể sau năm \(r)", en: "already retired after \(r)"))
        }
        if let later = (Set(c.years.map(\.year)).union([lastYear + 1])).filter({ $0 > lastYear && hasScoringRound(clusterId: clusterId, year: $0) }).min() {
            throw ValidationError(field: "retiredAfter", label: label,
                                  reason: Localized(vi: "đã có đợt chấm điểm năm \(later)", en: "a scoring round of \(later) exists"))
        }
        c.retiredAfter = lastYear
        try authorize(.editClusters)
        return try save(c, basedOn: revision, action: "cluster.retire")
    }

    func checkClusterReferences(_ c: Cluster) throws {
        try c.validate()
        let label = Localized(vi: "Đơn vị thành viên", en: "Member units")
        for m in c.memberIds + c.years.flatMap({ $0.memberIds ?? [] }) where units[m] == nil {
            throw ValidationError(field: "memberIds", label: label, reason: Reason.unknownReference(m))
        }
    }

    /// A unit named in a file: its id, or its name compared without case and diacritics (one match only).
    public func resolveUnit(_ text: String) -> String? {
        if units[text] != nil { return text }
        let key = SearchKey.fold(text)
        let found = units.values.filter { SearchKey.fold($0.value.name) == key }
        return found.count == 1 ? found[0].value.id : nil
    }
}
