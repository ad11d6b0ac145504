import Foundation
import TDKTText

/// What a session works with: the office configuration, the records a screen or command needs,
/// and indexes for search. Small collections load eagerly; awards and proposals load by year on demand.
public final class Workspace: @unchecked Sendable {
    /// Internal: everything outside TDKTCore reads and writes through the domain operations.
    let store: Store
    public internal(set) var config: OfficeConfig
    /// Collections are read on first use, so the program starts without reading the archive;
    /// `reload()` forgets them after another clerk's change.
    private var cachedUnits: [String: Stored<Unit>]?
    private var cachedPeople: [String: Stored<Person>]?
    /// Each person's name and unit, for lists that only name people (read without whole records).
    private var cachedPersonLabels: [String: PersonLabel]?
    private var cachedCampaigns: [String: Stored<Campaign>]?
    private var cachedClusters: [String: Stored<Cluster>]?
    private var cachedHouseholds: [String: Stored<Household>]?
    private var cachedCatalogue: Stored<AwardCatalogue>??
    private var loadProblems: [String: [LoadProblem]] = [:]
    private var awardsByYear: [Int: [Stored<AwardRecord>]] = [:]
    /// Each award year's recipients, for a look-up by name without decoding the year (`awards(where:)`).
    private var awardNominees: [Int: KeyedFolder<AwardRecord, NomineeRef>] = [:]
    /// Derived from the units and people, built on first use and dropped when they change: each unit's
    /// children and people in Vietnamese order, so drawing a tree does not sort the units at every row.
    private var unitChildren: [String: [Unit]]?
    private var peopleByUnit: [String: [Person]]?
    private var peopleInOrder: [Person]?
    private var labelsInOrder: [PersonLabel]?
    private var labelsByUnit: [String: [PersonLabel]]?
    /// Everyone's names folded for search (`foldedNames`), dropped when a name changes.
    private var foldedNamesRead: FoldedNames?

    /// Every current person (not removed or merged away), by given name then whole name (sorted once per
    /// change of the people).
    public var peopleSorted: [Person] {
        if let ready = peopleInOrder { return ready }
        let sorted = people.values.map(\.value).filter(\.isCurrent).sorted(byKey: { SortPair(PersonNameKey($0.name), $0.id) })
        peopleInOrder = sorted
        return sorted
    }

    /// Every current person as a list shows them (name, position, unit), in the order of `peopleSorted`,
    /// read without whole records when the people are not loaded (`personLabel`).
    public var peopleListed: [PersonLabel] {
        if let ready = labelsInOrder { return ready }
        let sorted = peopleListed(where: { _ in true })
        labelsInOrder = sorted
        return sorted
    }

    /// The current people `chosen` accepts, in the order of `peopleListed` (only they are sorted).
    public func peopleListed(where chosen: (PersonLabel) -> Bool) -> [PersonLabel] {
        if let ready = labelsInOrder { return ready.filter(chosen) }
        // As the indexes say, in the order their digest keeps: most often already in order.
        let labels = cachedPeople.map { $0.values.map { PersonLabel($0.value) } }
            ?? (cachedPersonLabels == nil ? store.labelsFromIndexInOrder() : nil) ?? Array(labelsById.values)
        return Parallel.sorted(labels.filter { $0.isCurrent && chosen($0) }, byKey: PersonLabel.listKey)
    }

    /// Current people of a unit as `peopleListed` shows them.
    public func peopleListed(of unitId: String) -> [PersonLabel] {
        if labelsByUnit == nil { labelsByUnit = Dictionary(grouping: peopleListed, by: \.unitId) }
        return labelsByUnit?[unitId] ?? []
    }

    /// Direct children of a unit (nil: the roots), in Vietnamese order.
    public func children(of id: String?) -> [Unit] {
        if unitChildren == nil {
            var byParent: [String: [Unit]] = [:]
            for u in units.values.map(\.value).sorted(byKey: { SortPair(CollationKey($0.name), $0.id) }) {
                byParent[u.parentId ?? "", default: []].append(u)
            }
            unitChildren = byParent
        }
        return unitChildren?[id ?? ""] ?? []
    }

    /// Current people of a unit, sorted by given name.
    public func people(of unitId: String) -> [Person] {
        if peopleByUnit == nil {
            var byUnit: [String: [Person]] = [:]
            for p in peopleSorted {
                byUnit[p.unitId, default: []].append(p)
            }
            peopleByUnit = byUnit
        }
        return peopleByUnit?[unitId] ?? []
    }

    public var units: [String: Stored<Unit>] { cached(&cachedUnits, "units") }
    public var people: [String: Stored<Person>] { cached(&cachedPeople, "people") }
    public var campaigns: [String: Stored<Campaign>] { cached(&cachedCampaigns, "campaigns") }
    public var clusters: [String: Stored<Cluster>] { cached(&cachedClusters, "clusters") }
    public var households: [String: Stored<Household>] { cached(&cachedHouseholds, "households") }
    public var catalogue: Stored<AwardCatalogue>? {
        if let c = cachedCatalogue { return c }
        var found: Stored<AwardCatalogue>?
        do { found = try store.read(AwardCatalogue.self, at: "catalogue/awards.json") } catch let e as StoreError {
            loadProblems["catalogue"] = [LoadProblem(path: "catalogue/awards.json", error: e)]
        } catch {}
        cachedCatalogue = .some(found)
        return found
    }
    /// Notes the files of a collection read elsewhere (the proposal book's years) that could not be read.
    func noteLoadProblems(_ collection: String, _ problems: [LoadProblem]) { loadProblems[collection] = problems }

    /// Files that could not be read, among the collections read so far.
    public var problems: [LoadProblem] { loadProblems.keys.sorted().flatMap { loadProblems[$0]! } }

    public var login: String { store.user }

    /// Whether a year's records are taken from its index where it matches the files (YearIndex);
    /// off, every file is read (`tdkt check`, the benchmark's "before").
    public var useIndexes: Bool {
        get { store.useIndexes }
        set { store.useIndexes = newValue }
    }
    public var role: RoleAssignment? { config.role(of: login) }

    /// Whether records decoded are kept to be handed out again while their files are unchanged (on for a
    /// session; a command that runs once turns it off and holds one copy of what it reads).
    public var keepsDecodedRecords: Bool {
        get { store.decoded.isKeeping }
        set { store.decoded.isKeeping = newValue }
    }

    /// Opens an initialised data directory.
    /// The data directory (files for the clerk are never written inside it).
    public var dataDirectory: String { store.root }

    public init(root: String, user: String) throws {
        guard let data = try FileIO.read(root + "/" + OfficeConfig.fileName) else {
            throw StoreError.notFound(path: root + "/" + OfficeConfig.fileName)
        }
        config = try JSONCoding.decode(OfficeConfig.self, from: data, path: OfficeConfig.fileName)
        store = try Store(root: root, user: user)
    }

    /// A workspace on the same data directory that takes every folder for what its index says, checking no
    /// record file (`Store.readsIndexesOnly`): what a screen shows for the moment it takes this workspace to
    /// check the files. It writes nothing (its store refuses), and is dropped once the files are checked.
    public func asIndexed() -> Workspace { Workspace(config: config, store: Store(indexesOf: store)) }

    private init(config: OfficeConfig, store: Store) {
        self.config = config
        self.store = store
    }

    /// Changes the office configuration as it is on disk now (not as this session read it), under the store's
    /// lock: concurrent changes to roles or settings are never lost. `change` may refuse by throwing.
    func updateConfig(action: String, _ change: (inout OfficeConfig) throws -> Void) throws {
        let data = try store.update(OfficeConfig.fileName, action: action) { current in
            guard let current else { throw StoreError.noDataDirectory(store.root) }
            var next = try JSONCoding.decode(OfficeConfig.self, from: current, path: OfficeConfig.fileName)
            try change(&next)
            return try JSONCoding.encode(next)
        }
        config = try JSONCoding.decode(OfficeConfig.self, from: data, path: OfficeConfig.fileName)
    }

    /// Forgets what was read, so the next use reads the files again (after another clerk's change).
    public func reload() {
        cachedUnits = nil; cachedPeople = nil; cachedCampaigns = nil; cachedClusters = nil
        cachedHouseholds = nil; cachedCatalogue = nil; cachedPersonLabels = nil; foldedNamesRead = nil
        loadProblems = [:]
        awardsByYear = [:]; awardNominees = [:]
        unitChildren = nil; peopleByUnit = nil; peopleInOrder = nil; labelsInOrder = nil; labelsByUnit = nil
    }

    private func cached<T: StoredRecord & Identifiable>(_ slot: inout [String: Stored<T>]?, _ name: String) -> [String: Stored<T>]
        where T.ID == String {
        if let ready = slot { return ready }
        let out = adopt(store.loadAll(T.self), name)
        slot = out
        return out
    }

    /// A collection read whole, by id, its unreadable files noted under `name`.
    private func adopt<T: StoredRecord & Identifiable>(_ loaded: Loaded<T>, _ name: String) -> [String: Stored<T>] where T.ID == String {
        loadProblems[name] = loaded.problems
        var out: [String: Stored<T>] = [:]
        for r in loaded.records { out[r.value.id] = r }
        return out
    }

    /// Award records of one year, read on first use.
    public func awards(year: Int) -> [Stored<AwardRecord>] {
        if let cached = awardsByYear[year] { return cached }
        let loaded = store.loadAll(AwardRecord.self, year: year)
        loadProblems["awards/\(year)"] = loaded.problems
        awardsByYear[year] = loaded.records
        return loaded.records
    }

    /// The awards of a year for a list that names their recipients (the names read beside them).
    public func awardsNamingRecipients(year: Int) -> [Stored<AwardRecord>] {
        prepareAwards(years: [year], namingRecipients: true)
        return awards(year: year)
    }

    public func awardYears() -> [Int] { store.years(in: AwardRecord.collection) }

    /// Every year's awards; the years not read yet are read in parallel.
    public func allAwards() -> [Stored<AwardRecord>] {
        let years = awardYears()
        prepareAwards(years: years)
        return years.flatMap { awards(year: $0) }
    }

    /// Reads the awards of these years that are not read yet, in parallel (a report over several years);
    /// `namingRecipients`: with the people's names read beside them.
    public func prepareAwards(years: [Int], namingRecipients: Bool = false) {
        let missing = years.filter { awardsByYear[$0] == nil }
        guard !missing.isEmpty else { return }
        let store = store
        let read: @Sendable () -> [Loaded<AwardRecord>] = { Parallel.map(missing) { store.loadAll(AwardRecord.self, year: $0) } }
        for (year, loaded) in zip(missing, namingRecipients ? alongsidePersonLabels(read) : read()) {
            loadProblems["awards/\(year)"] = loaded.problems
            awardsByYear[year] = loaded.records
        }
    }

    public func forget(awardYear year: Int) { awardsByYear[year] = nil; awardNominees[year] = nil }

    /// The awards of every year whose recipient `wanted` accepts: from the years already read, else from
    /// the years' recipients (`prepareAwardLookup`), decoding only the awards chosen: a look-up by name
    /// reads no other award whole. `wanted` is asked once per award.
    public func awards(where wanted: (NomineeRef) -> Bool) -> [Stored<AwardRecord>] {
        let years = awardYears()
        prepareAwardLookup(years: years)
        var out: [Stored<AwardRecord>] = []
        for year in years {
            if let loaded = awardsByYear[year] {
                out += loaded.filter { wanted($0.value.nominee) }
            } else if let nominees = awardNominees[year] {
                let chosen = store.records(in: nominees, by: .nominee, where: wanted)
                out += chosen.records
                for p in chosen.problems where !(loadProblems["awards/\(year)"]?.contains(p) ?? false) {
                    loadProblems["awards/\(year)", default: []].append(p)
                }
            }
        }
        return out
    }

    /// Everyone an award can name (every person, unit and household, removed ones too) with their name and id
    /// folded for search (`SearchKey.fold`): a person's as read from the people's digest, folded once there for
    /// every reader; the others' here, half on each core. Kept until a name changes, so a screen can make it
    /// while the clerk types and each search of the session only compares bytes.
    public var foldedNames: FoldedNames {
        if let ready = foldedNamesRead { return ready }
        var named: [(nominee: NomineeRef, folded: String?, text: String)] = []
        for label in personLabels.values {
            named.append((NomineeRef(.person, label.id), label.searchText, label.searchText == nil ? label.name + " " + label.id : ""))
        }
        for u in units.values { named.append((NomineeRef(.unit, u.value.id), nil, u.value.name + " " + u.value.id)) }
        for h in households.values { named.append((NomineeRef(.household, h.value.id), nil, h.value.headName + " " + h.value.id)) }
        let half = named.count / 2
        let folded = FoldedNames(Parallel.map([named[..<half], named[half...]]) { part in
            part.map { (nominee: $0.nominee, folded: $0.folded ?? SearchKey.fold($0.text)) }
        }.flatMap { $0 })
        foldedNamesRead = folded
        return folded
    }

    /// The award years whose recipients are not read yet (a screen reads them with a progress line).
    public var awardYearsToPrepare: [Int] { awardYears().filter { awardsByYear[$0] == nil && awardNominees[$0] == nil } }

    /// Reads the recipients of these award years for `awards(where:)`, and, if `names` is asked, the names of
    /// whoever they can be (the people's labels, the units, the households) not read yet, all in parallel; kept
    /// until a year changes.
    public func prepareAwardLookup(years: [Int], names: Bool = false) {
        // The names and the years as one list of tasks, not the years nested beside the names: the cores
        // then share them evenly (nested, the look-up took 0.24 s instead of 0.20 s on the province). The
        // units and households, which name the other recipients, are read beside them when names are asked.
        enum Task: Sendable { case labels, units, households, year(Int) }
        enum Part {
            case labels([String: PersonLabel]?), units(Loaded<Unit>), households(Loaded<Household>)
            case year(Int, KeyedFolder<AwardRecord, NomineeRef>)
        }
        let store = store
        var tasks: [Task] = years.filter { awardsByYear[$0] == nil && awardNominees[$0] == nil }.map { .year($0) }
        if names {
            if !hasPersonLabels { tasks.insert(.labels, at: 0) }
            if cachedUnits == nil { tasks.append(.units) }
            if cachedHouseholds == nil { tasks.append(.households) }
        }
        let parts = Parallel.map(tasks) { task -> Part in
            switch task {
            case .labels: .labels(store.personLabels())
            case .units: .units(store.loadAll(Unit.self))
            case .households: .households(store.loadAll(Household.self))
            case .year(let year): .year(year, store.keyed(AwardRecord.self, folder: "\(AwardRecord.collection)/\(year)", by: .nominee))
            }
        }
        for part in parts {
            switch part {
            case .labels(let labels): cachedPersonLabels = labels ?? people.mapValues { PersonLabel($0.value) }
            case .units(let loaded): cachedUnits = adopt(loaded, "units")
            case .households(let loaded): cachedHouseholds = adopt(loaded, "households")
            case .year(let year, let nominees):
                awardNominees[year] = nominees
                loadProblems["awards/\(year)"] = nominees.problems
            }
        }
    }

    /// Whether the people's names are read.
    private var hasPersonLabels: Bool { cachedPeople != nil || cachedPersonLabels != nil }

    /// Runs `work` while the people's names are read on another core (when they are not read yet).
    public func alongsidePersonLabels<T>(_ work: @Sendable () -> T) -> T {
        guard !hasPersonLabels else { return work() }
        let store = store
        let parts = Parallel.map([false, true]) { isWork -> (labels: [String: PersonLabel]?, value: T?) in
            isWork ? (nil, work()) : (store.personLabels(), nil)
        }
        cachedPersonLabels = parts[0].labels ?? people.mapValues { PersonLabel($0.value) }
        return parts[1].value!
    }

    /// The name to show for a nominee.
    public func name(of nominee: NomineeRef) -> String {
        switch nominee.kind {
        case .unit: units[nominee.id]?.value.name ?? nominee.id
        case .person: personLabel(nominee.id)?.name ?? nominee.id
        case .household: households[nominee.id]?.value.headName ?? nominee.id
        }
    }

    /// A person's name and unit: from the people when they are loaded, else from their labels alone
    /// (`Store.personLabels`, several times quicker than whole records).
    public func personLabel(_ id: String) -> PersonLabel? {
        if let people = cachedPeople { return people[id].map { PersonLabel($0.value) } }
        return labelsById[id]
    }

    /// Every person's label (removed people included, as `people`), by id.
    public var personLabels: [String: PersonLabel] { cachedPeople?.mapValues { PersonLabel($0.value) } ?? labelsById }

    private var labelsById: [String: PersonLabel] {
        if let ready = cachedPersonLabels { return ready }
        let labels = store.personLabels() ?? people.mapValues { PersonLabel($0.value) }
        cachedPersonLabels = labels
        return labels
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
        case is Stored<Unit>, is Stored<Person>, is Stored<Household>: foldedNamesRead = nil
        default: break
        }
        switch stored {
        case let s as Stored<Unit>: cachedUnits?[s.value.id] = s; unitChildren = nil; peopleByUnit = nil; peopleInOrder = nil
        case let s as Stored<Person>: cachedPeople?[s.value.id] = s; peopleByUnit = nil; peopleInOrder = nil
            cachedPersonLabels?[s.value.id] = PersonLabel(s.value); labelsInOrder = nil; labelsByUnit = nil
        case let s as Stored<Campaign>: cachedCampaigns?[s.value.id] = s
        case let s as Stored<Cluster>: cachedClusters?[s.value.id] = s
        case let s as Stored<Household>: cachedHouseholds?[s.value.id] = s
        case let s as Stored<AwardCatalogue>: cachedCatalogue = .some(s)
        case let s as Stored<AwardRecord>: awardsByYear[s.value.year] = nil; awardNominees[s.value.year] = nil
        default: break
        }
    }
}

/// Everyone an award can name with their names folded for search, and the set of them.
public struct FoldedNames: Sendable {
    public let names: [(nominee: NomineeRef, folded: String)]
    public let all: Set<NomineeRef>
    init(_ names: [(nominee: NomineeRef, folded: String)]) {
        self.names = names
        all = Set(names.map(\.nominee))
    }
}
