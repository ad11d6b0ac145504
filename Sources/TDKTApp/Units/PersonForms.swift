import TDKTCore
import TerminalUI
import TDKTText

/// Add or edit a person's particulars (Workspace.savePerson).
final class PersonForm {
    static let fieldMap = ["name": "name", "id": "name", "unitId": "unit", "birthYear": "birthYear", "position": "position"]
    let form: FormView
    let picks = PickFields()
    /// The name the clerk said to save although the unit has someone of that name.
    private var acceptedDuplicateOf: String?
    /// The revision the next save is based on, and the form as filled from it (after a conflict: the other clerk's).
    private var base: Stored<Person>?
    private var read: FormSnapshot!

    init(ws: Workspace, lang: Language, personId: String?, unitId: String?, onSaved: @escaping (String) -> Void) {
        let stored = personId.flatMap { ws.people[$0] }
        base = stored
        let p = stored?.value
        let d = lang
        let cats = StatisticsCategory.allCases.map { $0.label.text(d) }
        let S = UnitStrings.self
        form = FormView(id: "person-" + (personId ?? "new"), title: (p == nil ? S.newPerson : S.editPerson).text(lang), fields: [
            .init(id: "name", label: ClerkStrings.personName.text(lang), kind: .text(maxLength: 120), value: p?.name ?? ""),
            .init(id: "unit", label: ClerkStrings.unit.text(lang), kind: .text(maxLength: 400), required: true),
            .init(id: "position", label: ClerkStrings.position.text(lang), kind: .text(maxLength: 120), value: p?.position ?? ""),
            .init(id: "category", label: S.category.text(lang), kind: .choice(cats),
                  value: (p?.category ?? .directWorker).label.text(d)),
            .init(id: "birthYear", label: S.birthYear.text(lang), kind: .number(min: 0, max: 9999), value: p?.birthYear.map(String.init) ?? ""),
        ])
        let form = self.form
        picks.attach(to: form)
        picks.define("unit", describe: { $0.map { ws.units[$0]?.value.name ?? $0 }.joined() }) { [self] app in
            Picker.units(ws, lang: lang, multi: false, preselected: self.picks.all("unit"), app: app) { ids, _ in self.picks.set("unit", ids) }
        }
        picks.set("unit", (p?.unitId ?? unitId).map { [$0] } ?? [])
        form.markSaved()
        read = FormSnapshot(form, picks: picks)
        form.onSaveResult = { [self] v, app in
            guard let unit = self.picks.first("unit") else { return .handled }
            let name = v["name"] ?? ""
            let id = personId ?? Workspace.makeIdentifier(from: name) { ws.people[$0] != nil }
            var person = self.base?.value ?? Person(id: id, name: name, unitId: unit)
            person.name = TextNormalization.clean(name); person.unitId = unit
            person.position = TextNormalization.clean(v["position"] ?? "")
            person.category = StatisticsCategory.allCases.first { $0.label.text(d) == v["category"] } ?? .directWorker
            person.birthYear = (v["birthYear"] ?? "").isEmpty ? nil : Int(v["birthYear"]!)
            // A likely duplicate (same name in the same unit) is asked about first.
            let twins = ws.likelyDuplicates(of: person)
            if !twins.isEmpty, self.acceptedDuplicateOf != person.name {
                let unitName = ws.units[unit]?.value.name ?? unit
                app.confirm(S.duplicatePerson(person.name, unitName, twins.compactMap(\.birthYear)).text(app.language),
                            title: S.duplicateTitle.text(app.language)) { [self] yes, app in
                    guard yes else { return }
                    self.acceptedDuplicateOf = person.name
                    self.form.save(app: app)
                }
                return .handled
            }
            do {
                try ws.savePerson(person, basedOn: self.base?.revision)
                app.remove(form)
                onSaved(id)
                app.setStatus(S.personSaved(person.name).text(app.language))
                return .saved
            } catch let e as StoreError {
                guard case .conflict = e, let personId else { return DomainErrors.refuse(e, form: form, fields: Self.fieldMap, app: app) }
                ConflictMerge.offer(e, form: form, picks: picks, read: read, lang: app.language, app: app, reread: {
                    ws.reload()
                    guard ws.people[personId]?.value.isCurrent == true else { return nil }
                    let theirs = PersonForm(ws: ws, lang: lang, personId: personId, unitId: nil) { _ in }
                    return FormSnapshot(theirs.form, picks: theirs.picks)
                }, adopt: { [weak self] snapshot in
                    self?.base = ws.people[personId]
                    self?.read = snapshot
                })
                return .handled
            } catch {
                return DomainErrors.refuse(error, form: form, fields: Self.fieldMap, app: app)
            }
        }
    }
}

/// The small forms of a person's record; each saves the whole person against the revision it was read at.
enum PersonRecordForms {
    private static func save(_ ws: Workspace, _ personId: String, _ form: FormView, _ map: [String: String], _ app: Application,
                             _ change: (inout Person) throws -> Void) -> FormView.SaveResult {
        guard let s = ws.people[personId] else { return .error(StoreError.notFound(path: "people/\(personId).json").message(app.language)) }
        var p = s.value
        do {
            try change(&p)
            try ws.savePerson(p, basedOn: s.revision)
            return .saved
        } catch {
            return DomainErrors.refuse(error, form: form, fields: map, app: app)
        }
    }

    static func rating(ws: Workspace, lang: Language, personId: String, year: Int?, onSaved: @escaping () -> Void) -> FormView {
        let d = lang
        let ratings = Rating.allCases.reversed().map { $0 }
        let current = year.flatMap { ws.people[personId]?.value.rating(in: $0) }
        let form = FormView(id: "rating-" + personId, title: UnitStrings.ratingTitle.text(lang), fields: [
            .init(id: "year", label: CampaignStrings.year.text(lang), kind: .number(min: 0, max: 9999),
                  value: "\(year ?? CivilDate.today().year - 1)", required: true),
            .init(id: "rating", label: UnitStrings.rating.text(lang), kind: .choice(ratings.map { $0.label.text(d) }),
                  value: (current ?? .good).label.text(d)),
        ])
        form.onSaveResult = { v, app in
            let r = save(ws, personId, form, ["ratings.year": "year", "ratings": "year"], app) { p in
                let rating = ratings.first { $0.label.text(d) == v["rating"] } ?? .good
                p.setRating(rating, year: Int(v["year"] ?? "") ?? 0)
            }
            if case .saved = r { app.remove(form); onSaved() }
            return r
        }
        return form
    }

    static func initiative(ws: Workspace, lang: Language, personId: String, onSaved: @escaping () -> Void) -> FormView {
        let d = lang
        let scopes = Initiative.Scope.allCases
        let form = FormView(id: "initiative-" + personId, title: UnitStrings.initiativeTitle.text(lang), fields: [
            .init(id: "year", label: CampaignStrings.year.text(lang), kind: .number(min: 0, max: 9999), value: "\(CivilDate.today().year)", required: true),
            .init(id: "title", label: UnitStrings.initiativeName.text(lang), kind: .text(maxLength: 300)),
            .init(id: "scope", label: UnitStrings.scope.text(lang), kind: .choice(scopes.map { $0.label.text(d) })),
            .init(id: "reference", label: UnitStrings.reference.text(lang), kind: .text(maxLength: 200)),
        ])
        form.onSaveResult = { v, app in
            let r = save(ws, personId, form, ["initiatives.year": "year", "initiatives.title": "title"], app) { p in
                let scope = scopes.first { $0.label.text(d) == v["scope"] } ?? .base
                let ref = (v["reference"] ?? "").isEmpty ? nil : v["reference"]
                p.initiatives.append(Initiative(year: Int(v["year"] ?? "") ?? 0, title: v["title"] ?? "", scope: scope, reference: ref))
            }
            if case .saved = r { app.remove(form); onSaved() }
            return r
        }
        return form
    }

    static func discipline(ws: Workspace, lang: Language, personId: String, onSaved: @escaping () -> Void) -> FormView {
        let kinds: [DisciplinePeriod.Kind] = [.discipline, .investigation]
        let label = UnitStrings.disciplinePeriod.bilingual
        let form = FormView(id: "discipline-" + personId, title: UnitStrings.disciplineTitle.text(lang), fields: [
            .init(id: "kind", label: ClerkStrings.kind.text(lang), kind: .choice(kinds.map { UnitStrings.disciplineKind($0).text(lang) })),
            .init(id: "start", label: CampaignStrings.start.text(lang), kind: .date, required: true),
            .init(id: "end", label: CampaignStrings.end.text(lang), kind: .date),
            .init(id: "note", label: UnitStrings.note.text(lang), kind: .text(maxLength: 300)),
        ])
        form.onSaveResult = { v, app in
            let r = save(ws, personId, form, ["disciplines.period": "start", "disciplines.period.end": "end", "date": "start"], app) { p in
                let start = try CivilDate.parse(v["start"] ?? "", field: "disciplines.period", label: label)
                let end = try (v["end"] ?? "").isEmpty ? nil : CivilDate.parse(v["end"]!, field: "disciplines.period.end", label: label)
                let kind = kinds.first { UnitStrings.disciplineKind($0).text(lang) == v["kind"] } ?? .discipline
                p.disciplines.append(DisciplinePeriod(kind: kind, period: DatePeriod(start: start, end: end), note: v["note"] ?? ""))
            }
            if case .saved = r { app.remove(form); onSaved() }
            return r
        }
        return form
    }
}
