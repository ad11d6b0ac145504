import Foundation
import TDKTCore
import TDKTText
import TDKTFormats

/// Phases of reading one year of proposals and the people, and of the history look-up, printed one per line
/// (`--profile-load DIR`).
struct LoadProfile {
    let root: String

    func run() throws {
        let store = try Store(root: root, user: "bench")
        let year = store.years(in: Proposal.collection).max() ?? 2025
        func show(_ name: String, _ body: () throws -> Void) rethrows {
            say(String(format: "%@ %8.1f ms", DisplayWidth.pad(name, to: 52), try Measure.seconds(body) * 1000))
        }
        show("listing proposals/\(year)") { _ = store.files(in: Proposal.collection, year: year) }
        show("reading the index file") { _ = FileManager.default.contents(atPath: root + "/" + YearIndex.indexPath(collection: Proposal.collection, year: year)) }
        show("loadYear proposals \(year) (index)") { _ = store.loadAll(Proposal.self, year: year) }
        show("loadYear proposals \(year) again") { _ = store.loadAll(Proposal.self, year: year) }
        store.useIndexes = false
        show("loadYear proposals \(year), every file") { _ = store.loadAll(Proposal.self, year: year) }
        store.useIndexes = true
        show("people (index)") { _ = try? Store(root: root, user: "bench").loadAll(Person.self) }
        show("units (index)") { _ = try? Store(root: root, user: "bench").loadAll(Unit.self) }
        store.useIndexes = false
        show("people, every file") { _ = store.loadAll(Person.self) }
        store.useIndexes = true
        // The proposals screen's first opening (nothing kept): the year and the names, the order, the rows' names.
        for indexed in [true, false] {
            let opened = try Workspace(root: root, user: "bench")
            let ws = indexed ? opened.asIndexed() : opened
            let label = indexed ? "proposals screen, indexes only:" : "proposals screen, checked:"
            let book = ProposalBook(workspace: ws)
            show("\(label) the year and the names") { book.load(year: year) }
            var listed: [Stored<Proposal>] = []
            show("\(label) in order") { listed = book.list(state: nil, year: year) }
            show("\(label) the nominees' names") { _ = listed.map { ws.name(of: $0.value.nominee) } }
        }
        // The people screen's first opening: the labels, their order, each one's unit.
        for indexed in [true, false] {
            let opened = try Workspace(root: root, user: "bench")
            let ws = indexed ? opened.asIndexed() : opened
            let label = indexed ? "people screen, indexes only:" : "people screen, checked:"
            show("\(label) the labels") { _ = ws.personLabel("") }
            show("\(label) in order") { _ = ws.peopleListed }
            show("\(label) the units' names") { _ = ws.peopleListed.map { ws.units[$0.unitId]?.value.name } }
        }
        // The year-end preview's opening, shown while the rest is made: the settings and campaigns, its pages.
        do {
            let ws = try Workspace(root: root, user: "bench")
            let period = try ReportPeriod(year: year)
            var opening: ReportDocument?
            show("preview's opening: the settings and campaigns, the document") {
                opening = Reports.opening("summary", period: period, data: Reports.openingData(ws))
            }
            try show("preview's opening: its pages") {
                _ = try PDFRenderer(frame: DocumentFrame.standard(config: ws.config, date: nil, year: year)).pageFlow(opening!, whole: false).allPages()
            }
        }
        // The year-end preview's first page: the year's records, the document, the pages' first one.
        do {
            let ws = try Workspace(root: root, user: "bench")
            let period = try ReportPeriod(year: year)
            var data: ReportData?
            show("preview: the year's records (ReportData)") { data = ReportData(workspace: ws, period: period) }
            var document: ReportDocument?
            try show("preview: the summary document") { document = try Reports.document("summary", period: period, data: data!) }
            var flow: PDFPageFlow?
            try show("preview: the page flow") {
                flow = try PDFRenderer(frame: DocumentFrame.standard(config: ws.config, date: nil, year: year)).pageFlow(document!)
            }
            show("preview: the first page") { _ = flow?.page(0) }
            show("preview: every page") { var i = 1; while flow?.page(i) != nil { i += 1 } }
        }
        // The history screen's reads: as the indexes tell it (shown first while the files are checked), then checked
        // against every file.
        for indexed in [true, false] {
            let opened = try Workspace(root: root, user: "bench")
            let ws = indexed ? opened.asIndexed() : opened
            let label = indexed ? "history, indexes only:" : "history, checked:"
            show("\(label) every year's recipients and the names") { ws.prepareAwardLookup(years: ws.awardYearsToPrepare, names: true) }
            show("\(label) the names folded") { _ = ws.foldedNames }
            show("\(label) search \"nguyen van\"") { _ = try? AwardQueries.history(search: "nguyen van", in: ws) }
            show("\(label) search \"nguyen van\" again") { _ = try? AwardQueries.history(search: "nguyen van", in: ws) }
        }
    }
}
