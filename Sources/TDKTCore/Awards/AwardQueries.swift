import Foundation
import TDKTText

/// Read-only questions about the award history, for the command line and the screens.
public enum AwardQueries {
    /// Every award of the people, households and units whose name (or id) matches the search, ignoring case
    /// and diacritics; by recipient in Vietnamese order, then year.
    public static func history(search: String, in ws: Workspace) throws -> [AwardRecord] {
        let q = SearchKey.fold(search)
        if q.isEmpty { throw ValidationError(field: "search", label: Localized(vi: "Tìm", en: "Search"), reason: Reason.empty) }
        ws.prepareAwardLookup(years: ws.awardYearsToPrepare, names: true)
        // Each name folded once for the session (`foldedNames`); here only bytes compared.
        let names = ws.foldedNames
        var matching = Set<NomineeRef>()
        names.names.withUnsafeBufferPointer { all in
            for i in all.indices where SearchKey.matches(foldedQuery: q, inFolded: all[i].folded) { matching.insert(all[i].nominee) }
        }
        var keys: [NomineeRef: CollationKey] = [:]
        // An award may name someone no longer (or never) on file: matched by the id it names.
        return ws.awards(where: { n in
                matching.contains(n) || (!names.all.contains(n) && SearchKey.matches(foldedQuery: q, inFolded: SearchKey.fold(ws.name(of: n) + " " + n.id)))
            })
            .map(\.value)
            .sorted(byKey: { r -> NameThenRecord in
                let key = keys[r.nominee] ?? CollationKey(ws.name(of: r.nominee))
                keys[r.nominee] = key
                return NameThenRecord(name: key, year: r.year, awardCode: r.awardCode, id: r.id)
            })
    }

    /// The awards of a year (optionally one award), by the catalogue's order then recipient name.
    public static func honourRoll(year: Int, award code: String? = nil, in ws: Workspace) -> [AwardRecord] {
        let order = Dictionary(uniqueKeysWithValues: (ws.catalogue?.value.awards ?? []).enumerated().map { ($1.code, $0) })
        return ws.awardsNamingRecipients(year: year).map(\.value).filter { code == nil || $0.awardCode == code }
            .sorted(byKey: { r -> HonourRollKey in
                let name = ws.name(of: r.nominee)
                // Units by their name; people by given name then whole name (PersonNameKey).
                return HonourRollKey(order: order[r.awardCode] ?? Int.max, isPerson: r.nominee.kind != .unit,
                                     name: r.nominee.kind == .unit ? PersonNameKey(whole: name) : PersonNameKey(name))
            })
    }

    struct NameThenRecord: Comparable {
        var name: CollationKey, year: Int, awardCode: String, id: String
        static func < (a: Self, b: Self) -> Bool {
            if a.name != b.name { return a.name < b.name }
            return (a.year, a.awardCode, a.id) < (b.year, b.awardCode, b.id)
        }
    }

    struct HonourRollKey: Comparable {
        var order: Int, isPerson: Bool, name: PersonNameKey
        static func < (a: Self, b: Self) -> Bool {
            if a.order != b.order { return a.order < b.order }
            if a.isPerson != b.isPerson { return !a.isPerson }
            return a.name < b.name
        }
    }
}
