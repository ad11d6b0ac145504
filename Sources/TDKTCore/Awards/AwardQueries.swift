import Foundation
import TDKTText

/// Read-only questions about the award history, for the command line and the screens.
public enum AwardQueries {
    /// Every award of the people, households and units whose name (or id) matches the search, ignoring case
    /// and diacritics; by recipient in Vietnamese order, then year.
    public static func history(search: String, in ws: Workspace) throws -> [AwardRecord] {
        let q = SearchKey.fold(search)
        if q.isEmpty { throw ValidationError(field: "search", label: Localized(vi: "Tìm", en: "Search"), reason: Reason.empty) }
        return ws.allAwards().map(\.value)
            .filter { SearchKey.matches(foldedQuery: q, inFolded: SearchKey.fold(ws.name(of: $0.nominee) + " " + $0.nominee.id)) }
            .sorted { a, b in
                let na = ws.name(of: a.nominee), nb = ws.name(of: b.nominee)
                if na != nb { return VietnameseCollation.less(na, nb) }
                return (a.year, a.awardCode, a.id) < (b.year, b.awardCode, b.id)
            }
    }

    /// The awards of a year (optionally one award), by the catalogue's order then recipient name.
    public static func honourRoll(year: Int, award code: String? = nil, in ws: Workspace) -> [AwardRecord] {
        let order = Dictionary(uniqueKeysWithValues: (ws.catalogue?.value.awards ?? []).enumerated().map { ($1.code, $0) })
        return ws.awards(year: year).map(\.value).filter { code == nil || $0.awardCode == code }
            .sorted { a, b in
                let oa = order[a.awardCode] ?? Int.max, ob = order[b.awardCode] ?? Int.max
                if oa != ob { return oa < ob }
                if a.nominee.kind != b.nominee.kind { return a.nominee.kind == .unit }
                let na = ws.name(of: a.nominee), nb = ws.name(of: b.nominee)
                return a.nominee.kind == .unit ? VietnameseCollation.less(na, nb) : VietnameseCollation.personNameLess(na, nb)
            }
    }
}
