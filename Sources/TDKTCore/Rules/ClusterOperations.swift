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

    /// Ends a cluster after `lastYear` (its records stay).
    @discardableResult
    public func retireCluster(_ clusterId: String, after lastYear: Int, basedOn revision: Int) throws -> Stored<Cluster> {
        guard let stored = clusters[clusterId] else { throw StoreError.notFound(path: "clusters/\(clusterId).json") }
        var c = stored.value
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
