import TDKTCore
import TerminalUI
import TDKTText

/// Searchable pick lists (units, people, clusters, awards), single or multiple (Space marks).
enum Picker {
    /// Pushes a list; Enter picks the selected row (or, with marks, every marked row).
    static func pick(title: String, columns: [ListView.Column], rows: [ListView.Row], multi: Bool, preselected: [String],
                     app: Application, onPick: @escaping ([String], Application) -> Void) {
        let list = ListView(title: title, columns: columns, rows: rows)
        list.allowsMarking = multi
        list.typeAhead = true  // typing a name jumps to it, no `/` needed
        list.setMarked(Set(preselected))
        if let first = preselected.first { list.select(id: first) }
        list.onActivate = { row, app in
            app.remove(list)
            if multi, !list.markedIDs.isEmpty {
                onPick(rows.map(\.id).filter { list.markedIDs.contains($0) }, app)
            } else {
                onPick([row.id], app)
            }
        }
        app.push(list)
    }

    static func unitRows(_ ws: Workspace, _ lang: Language, activeOnly: Bool) -> [ListView.Row] {
        // A unit's officer chooses among its unit and the units under it (TDKTCore's scope).
        ws.units.values.map(\.value).filter { (!activeOnly || $0.isActive) && ws.inScope(unitId: $0.id) }
            .sorted(byKey: { CollationKey($0.name) })
            .map { u in ListView.Row(id: u.id, cells: [u.name, u.kind.label.text(lang), u.parentId.flatMap { ws.units[$0]?.value.name } ?? ""]) }
    }

    static func units(_ ws: Workspace, lang: Language, multi: Bool, activeOnly: Bool = true, preselected: [String] = [],
                      app: Application, onPick: @escaping ([String], Application) -> Void) {
        pick(title: ClerkStrings.pickUnit.text(lang),
             columns: [ListView.Column(ClerkStrings.unitName.text(lang)), ListView.Column(ClerkStrings.kind.text(lang), width: 16),
                       ListView.Column(ClerkStrings.parent.text(lang), width: 20)],
             rows: unitRows(ws, lang, activeOnly: activeOnly), multi: multi, preselected: preselected, app: app, onPick: onPick)
    }

    static func clusters(_ ws: Workspace, lang: Language, preselected: [String], app: Application,
                         onPick: @escaping ([String], Application) -> Void) {
        let rows = ws.clusters.values.map(\.value).sorted(byKey: { CollationKey($0.name) })
            .map { ListView.Row(id: $0.id, cells: [$0.name]) }
        pick(title: ClerkStrings.pickCluster.text(lang), columns: [ListView.Column(ClerkStrings.clusterName.text(lang))],
             rows: rows, multi: true, preselected: preselected, app: app, onPick: onPick)
    }

    static func people(_ ws: Workspace, lang: Language, unitId: String?, app: Application,
                       onPick: @escaping ([String], Application) -> Void) {
        let list = unitId.map { ws.people(of: $0) }
            ?? ws.peopleSorted
        // Namesakes told apart: birth year, position and unit beside the name; a unit's officer sees its scope only.
        let rows = list.filter { ws.inScope(unitId: $0.unitId) }
            .map { ListView.Row(id: $0.id, cells: [$0.name, $0.birthYear.map(String.init) ?? "", $0.position,
                                                   ws.units[$0.unitId]?.value.name ?? $0.unitId]) }
        pick(title: ClerkStrings.pickPerson.text(lang),
             columns: [ListView.Column(ClerkStrings.personName.text(lang)), ListView.Column(ClerkStrings.born.text(lang), width: 4),
                       ListView.Column(ClerkStrings.position.text(lang), width: 16), ListView.Column(ClerkStrings.unit.text(lang), width: 22)],
             rows: rows, multi: false, preselected: [], app: app, onPick: onPick)
    }

    static func awards(_ ws: Workspace, lang: Language, app: Application, onPick: @escaping ([String], Application) -> Void) {
        let rows = (ws.catalogue?.value.awards ?? []).map { ListView.Row(id: $0.code, cells: [lang == .en ? $0.nameEn : $0.name, $0.code]) }
        pick(title: ClerkStrings.pickAward.text(lang),
             columns: [ListView.Column(ClerkStrings.award.text(lang)), ListView.Column(ClerkStrings.code.text(lang), width: 14)],
             rows: rows, multi: false, preselected: [], app: app, onPick: onPick)
    }
}

/// Form fields whose value is picked from a list: the field shows names, the ids are kept here.
/// Enter, Space or any letter opens the list; Del or Backspace clears.
final class PickFields {
    private(set) var ids: [String: [String]] = [:]
    private var openers: [String: (Application) -> Void] = [:]
    private var describe: [String: ([String]) -> String] = [:]
    weak var form: FormView?

    func attach(to form: FormView) {
        self.form = form
        form.extraContexts.append(.pickForm)
        // Weak: the form keeps this closure, so holding the form here would keep it alive after it closes.
        form.onKey = { [self, weak form] key, command, app in
            guard let f = form?.focusedField, let open = self.openers[f.id] else { return false }
            switch key {
            case .enter, .char(" "): open(app); return true
            case .delete, .backspace, .ctrl("u"): self.set(f.id, []); return true
            case .char, .paste: open(app); return true
            default: return command == .clerkPick
            }
        }
    }

    func define(_ field: String, describe: @escaping ([String]) -> String, open: @escaping (Application) -> Void) {
        self.describe[field] = describe
        openers[field] = open
    }

    func set(_ field: String, _ values: [String]) {
        ids[field] = values
        form?.setValue(describe[field]?(values) ?? values.joined(separator: ", "), for: field)
        form?.setMessage(nil, for: field)
    }

    func first(_ field: String) -> String? { ids[field]?.first }
    func all(_ field: String) -> [String] { ids[field] ?? [] }
}
