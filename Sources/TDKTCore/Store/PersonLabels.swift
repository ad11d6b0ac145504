import Foundation
import TDKTText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a list shows of a person: the name and unit of one it only names (a nominee, a recipient), and the
/// position, category and whether they are current for the people's list.
public struct PersonLabel: Sendable, Equatable {
    public var id: String
    public var name: String
    public var unitId: String
    public var position: String
    public var category: StatisticsCategory
    /// Not removed (as `Person.isCurrent`).
    public var isCurrent: Bool
    /// The name and id folded for search (`SearchKey.fold`), when read from the people's digest, where it was
    /// folded once for every reader; nil when the label was made from a record.
    var searchText: String?
    public init(id: String, name: String, unitId: String, position: String, category: StatisticsCategory, isCurrent: Bool) {
        self.id = id; self.name = name; self.unitId = unitId; self.position = position; self.category = category; self.isCurrent = isCurrent
    }

    /// What the label says; how it was read (`searchText`) does not count.
    public static func == (a: PersonLabel, b: PersonLabel) -> Bool {
        a.id == b.id && a.name == b.name && a.unitId == b.unitId && a.position == b.position && a.category == b.category
            && a.isCurrent == b.isCurrent
    }

    /// The order people are listed in: by given name, then the whole name (Vietnamese order), then id.
    @Sendable static func listKey(_ l: PersonLabel) -> SortPair<PersonNameKey, String> { SortPair(PersonNameKey(l.name), l.id) }

    /// The text a search by name matches: the name and the id, folded.
    static func searchText(name: String, id: String) -> String { SearchKey.fold(name + " " + id) }
    init(_ p: Person) {
        self.init(id: p.id, name: p.name, unitId: p.unitId, position: p.position, category: p.category, isCurrent: p.isCurrent)
    }
}

/// One line of the people's index with only what a label needs: the rest of the line (ratings,
/// initiatives, disciplines) is passed over, not built.
struct PersonLabelLine {
    var path: String
    var file: YearIndex.FileStamp
    var schemaVersion: Int
    var id: String
    var label: PersonLabel

    init(_ line: UnsafeBufferPointer<UInt8>) throws {
        var id: String?, name: String?, unitId: String?, position: String?, category: StatisticsCategory?, removed = false
        let head = try IndexLineHead(line) { p, field in
            switch field {
            case "id": id = try TreeRead.string(p.parseValue(depth: 2))
            case "name": name = try TreeRead.string(p.parseValue(depth: 2))
            case "unitId": unitId = try TreeRead.string(p.parseValue(depth: 2))
            case "position": position = try TreeRead.string(p.parseValue(depth: 2))
            case "category":
                guard let c = try StatisticsCategory(rawValue: TreeRead.string(p.parseValue(depth: 2))) else { throw TreeShapeError() }
                category = c
            // As the record's decoder: a date or null (a date that does not read throws there too).
            case "removedOn":
                let node = try p.parseValue(depth: 2)
                if case .null = node { removed = false } else { _ = try TreeRead.decode(CivilDate.self, node); removed = true }
            default: try p.skipValue(depth: 2)
            }
        }
        guard let id, let name, let unitId, let position, let category else { throw TreeShapeError() }
        path = head.path; file = head.file; schemaVersion = head.schemaVersion; self.id = id
        label = PersonLabel(id: id, name: name, unitId: unitId, position: position, category: category, isCurrent: !removed)
    }

    /// The labels kept in the order people are listed (`PersonLabel.listKey`), so that a list made from them
    /// finds them in order instead of sorting them. (The "labels" digest before it kept them by path.)
    static let digestKind = "labels-by-name"

    /// The line as the people's digest keeps it (`IndexDigest`); nil when its cells do not read as a label.
    init?(_ line: IndexDigest.Line) {
        let c = line.fields
        guard c.count == 7, let category = StatisticsCategory(rawValue: c[4]), c[5] == "1" || c[5] == "0" else { return nil }
        path = line.path; file = line.file; schemaVersion = line.schemaVersion; id = c[0]
        label = PersonLabel(id: c[0], name: c[1], unitId: c[2], position: c[3], category: category, isCurrent: c[5] == "1")
        label.searchText = c[6]
    }

    /// The label's cells, its search text folded here once for every later reader.
    var digested: IndexDigest.Line {
        IndexDigest.Line(path: path, file: file, schemaVersion: schemaVersion, range: 0..<0,
                         fields: [id, label.name, label.unitId, label.position, label.category.rawValue, label.isCurrent ? "1" : "0",
                                  label.searchText ?? PersonLabel.searchText(name: label.name, id: id)])
    }
}

extension Store {
    /// Every person's label by id, without decoding whole records: from the people's index where a line
    /// matches its file, from a record already decoded, else from the file (as `loadAll` would).
    /// Nil when this cannot be done as `loadAll(Person.self)` would see it (indexes off, or people kept
    /// in folders below `people/`): the caller then loads the people.
    func personLabels() -> [String: PersonLabel]? {
        let folder = Person.collection
        guard useIndexes, subfolders(of: folder).isEmpty else { return nil }
        if readsIndexesOnly { return Dictionary(uniqueKeysWithValues: labelsInDigestOrder().map { ($0.id, $0) }) }
        let files = YearIndex.listing(root: root, folder: folder)
        let lines = Dictionary(labelLines().map { ($0.path, $0) }, uniquingKeysWith: { _, later in later })
        var out: [String: PersonLabel] = [:]
        out.reserveCapacity(files.count)
        for (relative, stamp) in files {
            if let known = decoded.record(Person.self, at: relative, stamp: stamp) {
                out[known.value.id] = PersonLabel(known.value)
            } else if let l = lines[relative], l.file == stamp, l.schemaVersion == Schema.version {
                out[l.id] = l.label
            } else if let r = try? read(Person.self, at: relative) {
                out[r.value.id] = PersonLabel(r.value)
            }
        }
        return out
    }

    /// Every label as the people's index says (`readsIndexesOnly`), in the order its digest keeps them (the
    /// order people are listed), the first line of an id kept. Nil where `personLabels` gives nil.
    func labelsFromIndexInOrder() -> [PersonLabel]? {
        guard readsIndexesOnly, useIndexes, subfolders(of: Person.collection).isEmpty else { return nil }
        return labelsInDigestOrder()
    }

    private func labelsInDigestOrder() -> [PersonLabel] {
        var seen = Set<String>()
        return labelLines().compactMap { seen.insert($0.id).inserted ? $0.label : nil }
    }

    /// The latest line of each person in the people's index (from its digest if it is current).
    private func labelLines() -> [PersonLabelLine] {
        latestLines(folder: Person.collection, kind: PersonLabelLine.digestKind, fromDigest: PersonLabelLine.init, parse: { data in
            // The index read in two halves on two cores; a later line wins, as when appended.
            let halves = Parallel.map(Parallel.lineHalves(data)) { part -> [String: PersonLabelLine] in
                var found: [String: PersonLabelLine] = [:]
                part.withUnsafeBytes { raw in
                    IndexLineDecoder.eachLine(raw.bindMemory(to: UInt8.self)) { line in
                        if let l = try? PersonLabelLine(line) { found[l.path] = l }
                    }
                }
                return found
            }
            return halves.dropFirst().reduce(halves[0]) { $0.merging($1) { _, later in later } }
        }, digested: \.digested, order: { lines in Parallel.sorted(lines, byKey: { PersonLabel.listKey($0.label) }) }, supersedes: "labels")
    }
}
