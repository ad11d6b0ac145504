import TDKTCore
import TerminalUI
import TDKTText

/// Đơn vị và cá nhân → the unit tree: Enter or →/← expands and collapses, `/` searches every unit
/// (without diacritics) and opens the branches down to the match; inactive units show their end and successor.
/// a/Ins adds a child unit, e edits, d deactivates, m merges, p lists the unit's people.
public struct UnitTreeScreen: ShellScreen {
    public let id = "unit-tree"
    public let section = ShellSection.units
    public var title: Localized { UnitStrings.treeTitle }
    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        return UnitTreeController(ws: ws, context: ctx).list
    }
}

final class UnitTreeController {
    let ws: Workspace
    let ctx: ShellContext
    let list: ListView
    var expanded: Set<String> = []
    /// Unit names folded for search, each once (keyed by the name itself, so an edit cannot leave it stale).
    private var folded: [String: String] = [:]
    var lang: Language { ctx.language }

    init(ws: Workspace, context: ShellContext) {
        self.ws = ws
        self.ctx = context
        let l = context.language
        list = ListView(title: UnitStrings.treeTitle.text(l), columns: [
            ListView.Column(ClerkStrings.unitName.text(l)), ListView.Column(ClerkStrings.kind.text(l), width: 12),
            ListView.Column(UnitStrings.note.text(l), width: 30),
        ], rows: [])
        list.extraContexts = ws.may(.editUnitsAndPeople) ? [.unitTreeEdit, .unitTree] : [.unitTree]
        // A single top unit (the province) starts open; several start closed.
        let roots = ws.children(of: nil)
        if roots.count == 1 { expanded.insert(roots[0].id) }
        list.onKey = { [self] key, command, app in self.handle(key, command, app) }
        list.onSearchChange = { [self] q in self.reveal(q, after: nil) }
        // Another clerk's save of the selected unit shows here without a key (one file read per check).
        list.onRefresh = { [self] _, app in
            guard let id = list.selectedRow?.id, ws.unitChangedElsewhere(id) else { return false }
            ws.reload()
            reload()
            app.setStatus(ClerkStrings.changedElsewhere.text(app.language))
            return true
        }
        reload()
    }

    /// Every unit in tree order, with its depth.
    func walk(all: Bool) -> [(unit: Unit, depth: Int)] {
        var out: [(Unit, Int)] = []
        func visit(_ parent: String?, _ depth: Int) {
            for u in ws.children(of: parent) {
                out.append((u, depth))
                if all || expanded.contains(u.id) { visit(u.id, depth + 1) }
            }
        }
        visit(nil, 0)
        return out
    }

    func note(_ u: Unit) -> String {
        guard !u.isActive else { return "" }
        var text = UnitStrings.inactiveSince(u.validity?.end?.display ?? "").text(lang)
        if let s = u.successorId { text += " → " + (ws.units[s]?.value.name ?? s) }
        return text
    }

    func reload(select id: String? = nil) {
        let keep = id ?? list.selectedRow?.id
        list.setRows(walk(all: false).map { u, depth in
            let hasChildren = !ws.children(of: u.id).isEmpty
            let marker = hasChildren ? (expanded.contains(u.id) ? "▾ " : "▸ ") : "  "
            return ListView.Row(id: u.id, cells: [String(repeating: "  ", count: depth) + marker + u.name,
                                                  u.kind.label.text(lang), note(u)])
        })
        if let keep { list.select(id: keep) }
    }

    /// Opens the branches down to the first unit (after `after` in tree order) whose name matches; returns its id.
    @discardableResult
    func reveal(_ query: String, after: String?) -> String? {
        let all = walk(all: true).map(\.unit)
        var start = 0
        if let a = after, let i = all.firstIndex(where: { $0.id == a }) { start = i + 1 }
        let order = Array(all[start...]) + Array(all[..<start])
        let q = SearchKey.fold(query)
        guard let hit = order.first(where: { u in
            let name = folded[u.name] ?? SearchKey.fold(u.name)
            folded[u.name] = name
            return SearchKey.matches(foldedQuery: q, inFolded: name)
        }) else { return nil }
        for a in ws.ancestors(of: hit.id) { expanded.insert(a) }
        reload()
        return hit.id
    }

    private func toggle(_ id: String, open: Bool?) {
        let isOpen = expanded.contains(id)
        if open ?? !isOpen { expanded.insert(id) } else { expanded.remove(id) }
        reload(select: id)
    }

    private func handle(_ key: Key, _ command: CommandID?, _ app: Application) -> Bool {
        guard let id = list.selectedRow?.id else { return command == .clerkNew ? newUnit(parent: nil, app) : false }
        let canEdit = ws.may(.editUnitsAndPeople)
        switch command {
        case .accept?:
            if ws.children(of: id).isEmpty { openPeople(id, app) } else { toggle(id, open: nil) }
        case .clerkExpand?: toggle(id, open: true)
        case .clerkCollapse?:
            if expanded.contains(id) { toggle(id, open: false) } else if let p = ws.units[id]?.value.parentId { toggle(p, open: false) }
        case .searchNext?, .searchPrevious?:
            // Search the whole tree, not only the open branches.
            guard !list.lastSearch.isEmpty else { return false }
            if let hit = reveal(list.lastSearch, after: id) { list.select(id: hit) } else { app.setStatus(UIText.notFound.text(lang), error: true) }
        case .clerkPeople?: openPeople(id, app)
        case .clerkNew? where canEdit: return newUnit(parent: id, app)
        case .clerkEdit? where canEdit:
            app.push(UnitForm(ws: ws, lang: lang, unitId: id, parentId: nil) { [self] saved in self.reload(select: saved) }.form)
        case .clerkDeactivate? where canEdit: deactivate(id, app)
        case .clerkMerge? where canEdit:
            app.push(MergeForm(ws: ws, lang: lang, preselected: [id]) { [self] successor in
                self.reveal(ws.units[successor]?.value.name ?? "", after: nil)
                self.reload(select: successor)
            }.form)
        default:
            return false
        }
        return true
    }

    private func newUnit(parent: String?, _ app: Application) -> Bool {
        guard ws.may(.editUnitsAndPeople) else { return false }
        app.push(UnitForm(ws: ws, lang: lang, unitId: nil, parentId: parent) { [self] saved in
            if let p = parent { self.expanded.insert(p) }
            self.reload(select: saved)
        }.form)
        return true
    }

    private func openPeople(_ id: String, _ app: Application) {
        app.push(PeopleController(ws: ws, context: ctx, unitId: id).list)
    }

    private func deactivate(_ id: String, _ app: Application) {
        guard let u = ws.units[id]?.value else { return }
        let today = CivilDate.today()
        app.confirm(UnitStrings.confirmDeactivate(u.name, today.display).text(lang), destructive: true) { [self] yes, app in
            guard yes else { return }
            do {
                try ws.deactivateUnit(id, on: today)
                reload(select: id)
                app.setStatus(UnitStrings.deactivated(u.name).text(app.language))
            } catch {
                app.showError(DomainErrors.describe(error, app.language).message)
            }
        }
    }
}
