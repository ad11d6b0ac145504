import TDKTCore
import TerminalUI
import TDKTText

/// Đơn vị và cá nhân → people: everyone (or one unit's people, u), `/` searches without diacritics,
/// Enter opens a person's record, a/Ins adds a person.
public struct PeopleScreen: ShellScreen {
    public let id = "people"
    public let section = ShellSection.units
    public var title: Localized { UnitStrings.peopleTitle }
    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        return PeopleController(ws: ws, context: ctx, unitId: nil).list
    }
}

final class PeopleController {
    let ws: Workspace
    let ctx: ShellContext
    let list: ListView
    var unitId: String?
    var lang: Language { ctx.language }

    init(ws: Workspace, context: ShellContext, unitId: String?) {
        self.ws = ws
        self.ctx = context
        self.unitId = unitId
        let l = context.language
        list = ListView(title: "", columns: [
            ListView.Column(ClerkStrings.personName.text(l)), ListView.Column(ClerkStrings.position.text(l), width: 18),
            ListView.Column(ClerkStrings.unit.text(l), width: 26),
        ], rows: [])
        list.extraContexts = ws.may(.editUnitsAndPeople) ? [.peopleEdit, .people] : [.people]
        list.onActivate = { [self] row, app in app.push(PersonController(ws: ws, context: ctx, personId: row.id) { self.reload() }.list) }
        list.onKey = { [self] _, command, app in self.handle(command, app) }
        if unitId == nil {
            // Everyone: under the terminal loop, the rows kept from last time while the people are read (QuickRows).
            QuickRows.show(in: list, ws: ws, name: "people", key: [l.rawValue], quick: context.readsInBackground) { Self.rows($0, unitId: nil) }
            list.title = Self.title(ws, unitId: nil, l)
        } else {
            reload()
        }
    }

    func reload(select id: String? = nil) {
        list.setRows(Self.rows(ws, unitId: unitId))
        if let id { list.select(id: id) }
        list.title = Self.title(ws, unitId: unitId, lang)
    }

    static func rows(_ ws: Workspace, unitId: String?) -> [ListView.Row] {
        let people = unitId.map { ws.peopleListed(of: $0) } ?? ws.peopleListed
        // Each unit's name taken once, not once a person (a province's 15,000 people are in 1,101 units).
        let unitNames = ws.units.mapValues(\.value.name)
        return people.map { ListView.Row(id: $0.id, cells: [$0.name, $0.position, unitNames[$0.unitId] ?? $0.unitId]) }
    }

    static func title(_ ws: Workspace, unitId: String?, _ lang: Language) -> String {
        UnitStrings.peopleTitle.text(lang) + " · " + (unitId.flatMap { ws.units[$0]?.value.name } ?? UnitStrings.allUnits.text(lang))
    }

    private func handle(_ command: CommandID?, _ app: Application) -> Bool {
        switch command {
        case .clerkUnitFilter?:
            if unitId != nil { unitId = nil; reload(); return true }
            Picker.units(ws, lang: lang, multi: false, activeOnly: false, app: app) { [self] ids, _ in self.unitId = ids.first; self.reload() }
        case .clerkNew? where ws.may(.editUnitsAndPeople):
            app.push(PersonForm(ws: ws, lang: lang, personId: nil, unitId: unitId) { [self] id in self.reload(select: id) }.form)
        case .clerkEdit? where ws.may(.editUnitsAndPeople):
            guard let id = list.selectedRow?.id else { return true }
            app.push(PersonForm(ws: ws, lang: lang, personId: id, unitId: nil) { [self] id in self.reload(select: id) }.form)
        case .clerkRemovePerson? where ws.may(.editUnitsAndPeople):
            guard let id = list.selectedRow?.id, let p = ws.people[id]?.value else { return true }
            app.confirm(UnitStrings.removePerson(p.name).text(lang), destructive: true) { [self] yes, app in
                guard yes else { return }
                do {
                    try ws.removePerson(id, on: CivilDate.today())
                    reload()
                    app.setStatus(UnitStrings.personRemoved(p.name).text(app.language))
                } catch {
                    app.showError(DomainErrors.describe(error, app.language).message)
                }
            }
        case .clerkMergePerson? where ws.may(.editUnitsAndPeople):
            guard let id = list.selectedRow?.id, let dup = ws.people[id]?.value else { return true }
            // The record to keep, among the same unit's people (a namesake entered twice).
            Picker.people(ws, lang: lang, unitId: dup.unitId, app: app) { [self] ids, app in
                guard let keepId = ids.first, let keep = ws.people[keepId]?.value else { return }
                let clashes = ws.proposalsClashingOnMerge(id, into: keepId)
                let question = UnitStrings.mergePerson(dup.name, keep.name).text(lang)
                    + (clashes.isEmpty ? "" : "\n" + UnitStrings.mergeClashes(clashes.map { "\($0.duplicate) / \($0.kept)" }).text(lang))
                app.confirm(question, destructive: true) { [self] yes, app in
                    guard yes else { return }
                    do {
                        try ws.mergePerson(id, into: keepId, on: CivilDate.today())
                        reload(select: keepId)
                        app.setStatus(UnitStrings.personMerged(dup.name, keep.name).text(app.language))
                    } catch {
                        app.showError(DomainErrors.describe(error, app.language).message)
                    }
                }
            }
        default:
            return false
        }
        return true
    }
}

/// A person's record: particulars, yearly ratings, initiatives, discipline periods.
/// e edits, r adds or changes a year's rating (Enter on a rating row too), i adds an initiative,
/// x a discipline or investigation period, c moves the person to another unit.
final class PersonController {
    let ws: Workspace
    let ctx: ShellContext
    let personId: String
    let list: ListView
    let onChange: () -> Void
    var lang: Language { ctx.language }

    init(ws: Workspace, context: ShellContext, personId: String, onChange: @escaping () -> Void) {
        self.ws = ws
        self.ctx = context
        self.personId = personId
        self.onChange = onChange
        list = ListView(title: "", columns: [ListView.Column("", width: 24), ListView.Column("")], rows: [])
        list.extraContexts = ws.may(.editUnitsAndPeople) ? [.personEdit] : []
        list.onKey = { [self] _, command, app in self.handle(command, app) }
        // Another clerk's save of this person shows here without a key.
        list.onRefresh = { [self] _, app in
            guard ws.personChangedElsewhere(personId) else { return false }
            ws.reload()
            reload()
            onChange()
            app.setStatus(ClerkStrings.changedElsewhere.text(app.language))
            return true
        }
        reload()
    }

    var person: Person? { ws.people[personId]?.value }

    func reload() {
        guard let p = person else { list.setRows([]); return }
        let S = UnitStrings.self, l = lang, d = l
        list.title = p.name
        var rows: [ListView.Row] = []
        var n = 0
        func row(_ a: String, _ b: String, id: String? = nil) { n += 1; rows.append(ListView.Row(id: id ?? "r\(n)", cells: [a, b])) }
        row(ClerkStrings.personName.text(l), p.name)
        row(ClerkStrings.unit.text(l), ws.units[p.unitId]?.value.name ?? p.unitId)
        row(ClerkStrings.position.text(l), p.position)
        row(S.category.text(l), p.category.label.text(d))
        row(S.birthYear.text(l), p.birthYear.map(String.init) ?? "")
        let (ratingsHead, ratingsKeys) = SectionHeading.cells(S.ratings.text(l))
        row(ratingsHead, ratingsKeys)
        for r in p.ratings.sorted(by: { $0.year > $1.year }) { row("\(r.year)", r.rating.label.text(d), id: "rating-\(r.year)") }
        let (initiativesHead, initiativesKeys) = SectionHeading.cells(S.initiatives.text(l))
        row(initiativesHead, initiativesKeys)
        for i in p.initiatives { row("\(i.year) · " + i.scope.label.text(d), i.title + (i.reference.map { " (\($0))" } ?? "")) }
        let (disciplinesHead, disciplinesKeys) = SectionHeading.cells(S.disciplines.text(l))
        row(disciplinesHead, disciplinesKeys)
        for x in p.disciplines {
            row(S.disciplineKind(x.kind).text(l), x.period.start.display + " – " + (x.period.end?.display ?? "…") + (x.note.isEmpty ? "" : " · " + x.note))
        }
        let keep = list.selectedRow?.id
        list.setRows(rows)
        if let keep { list.select(id: keep) }
    }

    private func changed() { reload(); onChange() }

    private func handle(_ command: CommandID?, _ app: Application) -> Bool {
        guard ws.may(.editUnitsAndPeople) else { return false }
        switch command {
        case .clerkEdit?:
            app.push(PersonForm(ws: ws, lang: lang, personId: personId, unitId: nil) { [self] _ in self.changed() }.form)
        case .clerkRating?:
            app.push(PersonRecordForms.rating(ws: ws, lang: lang, personId: personId, year: nil) { [self] in self.changed() })
        case .accept?:
            guard let id = list.selectedRow?.id, id.hasPrefix("rating-"), let y = Int(id.dropFirst(7)) else { return false }
            app.push(PersonRecordForms.rating(ws: ws, lang: lang, personId: personId, year: y) { [self] in self.changed() })
        case .clerkInitiative?:
            app.push(PersonRecordForms.initiative(ws: ws, lang: lang, personId: personId) { [self] in self.changed() })
        case .clerkDiscipline?:
            app.push(PersonRecordForms.discipline(ws: ws, lang: lang, personId: personId) { [self] in self.changed() })
        case .clerkMovePerson?:
            Picker.units(ws, lang: lang, multi: false, app: app) { [self] ids, app in
                guard let to = ids.first else { return }
                do {
                    try ws.movePerson(personId, to: to)
                    self.changed()
                    app.setStatus(UnitStrings.moved(ws.units[to]?.value.name ?? to).text(app.language))
                } catch {
                    app.showError(DomainErrors.describe(error, app.language).message)
                }
            }
        default:
            return false
        }
        return true
    }
}
