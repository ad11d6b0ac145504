import Foundation

/// What a session works with: the office configuration, the records a screen or command needs,
/// and indexes for search. Small collections load eagerly; awards and proposals load by year on demand.
public final class Workspace: @unchecked Sendable {
    public let store: Store
    public internal(set) var config: OfficeConfig
    public private(set) var units: [String: Stored<Unit>] = [:]
    public private(set) var people: [String: Stored<Person>] = [:]
    public private(set) var campaigns: [String: Stored<Campaign>] = [:]
    public private(set) var clusters: [String: Stored<Cluster>] = [:]
    public private(set) var households: [String: Stored<Household>] = [:]
    public private(set) var catalogue: Stored<AwardCatalogue>?
    public private(set) var problems: [LoadProblem] = []
    private var awardsByYear: [Int: [Stored<AwardRecord>]] = [:]

    public var login: String { store.user }
    public var role: RoleAssignment? { config.role(of: login) }

    /// Opens an initialised data directory.
    public init(root: String, user: String) throws {
        guard let data = try FileIO.read(root + "/" + OfficeConfig.fileName) else {
            throw StoreError.notFound(path: root + "/" + OfficeConfig.fileName)
        }
        config = try JSONCoding.decode(OfficeConfig.self, from: data, path: OfficeConfig.fileName)
        store = try Store(root: root, user: user)
        reload()
    }

    /// Reads the eager collections again (after another clerk's change).
    public func reload() {
        problems = []
        units = index(store.loadAll(Unit.self)) { $0.id }
        people = index(store.loadAll(Person.self)) { $0.id }
        campaigns = index(store.loadAll(Campaign.self)) { $0.id }
        clusters = index(store.loadAll(Cluster.self)) { $0.id }
        households = index(store.loadAll(Household.self)) { $0.id }
        do { catalogue = try store.read(AwardCatalogue.self, at: "catalogue/awards.json") } catch let e as StoreError {
            problems.append(LoadProblem(path: "catalogue/awards.json", error: e))
        } catch {}
        awardsByYear = [:]
    }

    private func index<T>(_ loaded: Loaded<T>, key: (T) -> String) -> [String: Stored<T>] {
        problems += loaded.problems
        var out: [String: Stored<T>] = [:]
        for r in loaded.records { out[key(r.value)] = r }
        return out
    }

    /// Award records of one year, read on first use.
    public func awards(year: Int) -> [Stored<AwardRecord>] {
        if let cached = awardsByYear[year] { return cached }
        let loaded = store.loadAll(AwardRecord.self, year: year)
        problems += loaded.problems
        awardsByYear[year] = loaded.records
        return loaded.records
    }

    public func awardYears() -> [Int] { store.years(in: AwardRecord.collection) }

    public func allAwards() -> [Stored<AwardRecord>] { awardYears().flatMap { awards(year: $0) } }

    public func forget(awardYear year: Int) { awardsByYear[year] = nil }

    /// The name to show for a nominee.
    public func name(of nominee: NomineeRef) -> String {
        switch nominee.kind {
        case .unit: units[nominee.id]?.value.name ?? nominee.id
        case .person: people[nominee.id]?.value.name ?? nominee.id
        case .household: households[nominee.id]?.value.headName ?? nominee.id
        }
    }

    /// Stores a record and keeps the in-memory copy current. Internal: outside TDKTCore every change
    /// goes through an operation that checks the user's permission first.
    @discardableResult
    func save<T: StoredRecord>(_ value: T, basedOn revision: Int?, action: String) throws -> Stored<T> {
        let stored = try store.save(value, basedOn: revision, action: action)
        remember(stored)
        return stored
    }

    func remember<T: StoredRecord>(_ stored: Stored<T>) {
        switch stored {
        case let s as Stored<Unit>: units[s.value.id] = s
        case let s as Stored<Person>: people[s.value.id] = s
        case let s as Stored<Campaign>: campaigns[s.value.id] = s
        case let s as Stored<Cluster>: clusters[s.value.id] = s
        case let s as Stored<Household>: households[s.value.id] = s
        case let s as Stored<AwardCatalogue>: catalogue = s
        case let s as Stored<AwardRecord>: awardsByYear[s.value.year] = nil
        default: break
        }
    }
}
