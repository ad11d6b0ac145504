import TDKTCore
import TerminalUI
import TDKTText

/// Add or edit a unit (Workspace.saveUnit).
final class UnitForm {
    static let fieldMap = ["name": "name", "id": "name", "parentId": "parent", "memberCount": "members",
                           "validity": "start", "validity.end": "start"]
    let form: FormView
    let picks = PickFields()
    /// The revision the next save is based on, and the form as filled from it (after a conflict: the other clerk's).
    private var base: Stored<Unit>?
    private var read: FormSnapshot!

    init(ws: Workspace, lang: Language, unitId: String?, parentId: String?, onSaved: @escaping (String) -> Void) {
        let stored = unitId.flatMap { ws.units[$0] }
        base = stored
        let u = stored?.value
        let d = lang
        let kinds = Unit.Kind.allCases.map { $0.label.text(d) }
        let S = UnitStrings.self
        form = FormView(id: "unit-" + (unitId ?? "new"), title: (u == nil ? S.newUnit : S.editUnit).text(lang), fields: [
            .init(id: "name", label: ClerkStrings.unitName.text(lang), kind: .text(maxLength: 200), value: u?.name ?? ""),
            .init(id: "kind", label: ClerkStrings.kind.text(lang), kind: .choice(kinds), value: u?.kind.label.text(d) ?? kinds[0]),
            .init(id: "parent", label: S.parentUnit.text(lang), kind: .text(maxLength: 400)),
            .init(id: "members", label: S.members.text(lang), kind: .number(min: -1_000_000, max: 10_000_000),
                  value: u?.memberCount.map(String.init) ?? ""),
            .init(id: "start", label: S.since.text(lang), kind: .date, value: u?.validity?.start.display ?? ""),
        ])
        let form = self.form
        picks.attach(to: form)
        picks.define("parent", describe: { $0.map { ws.units[$0]?.value.name ?? $0 }.joined() }) { [self] app in
            Picker.units(ws, lang: lang, multi: false, preselected: self.picks.all("parent"), app: app) { ids, _ in self.picks.set("parent", ids) }
        }
        picks.set("parent", (u?.parentId ?? parentId).map { [$0] } ?? [])
        form.markSaved()
        read = FormSnapshot(form, picks: picks)
        form.onSaveResult = { [self] v, app in
            do {
                let name = v["name"] ?? ""
                let kind = Unit.Kind.allCases.first { $0.label.text(d) == v["kind"] } ?? .other
                let id = unitId ?? Workspace.makeIdentifier(from: name) { ws.units[$0] != nil }
                var unit = self.base?.value ?? Unit(id: id, name: name, kind: kind)
                unit.name = TextNormalization.clean(name); unit.kind = kind
                unit.parentId = self.picks.first("parent")
                unit.memberCount = (v["members"] ?? "").isEmpty ? nil : Int(v["members"]!)
                if let s = v["start"], !s.isEmpty {
                    let start = try CivilDate.parse(s, field: "validity", label: S.since.bilingual)
                    unit.validity = DatePeriod(start: start, end: unit.validity?.end)
                } else if unit.validity?.end == nil {
                    unit.validity = nil
                }
                try ws.saveUnit(unit, basedOn: self.base?.revision)
                app.remove(form)
                onSaved(id)
                app.setStatus(S.unitSaved(unit.name).text(app.language))
                return .saved
            } catch let e as StoreError {
                guard case .conflict = e, let unitId else { return DomainErrors.refuse(e, form: form, fields: Self.fieldMap, app: app) }
                ConflictMerge.offer(e, form: form, picks: picks, read: read, lang: app.language, app: app, reread: {
                    ws.reload()
                    guard ws.units[unitId] != nil else { return nil }
                    let theirs = UnitForm(ws: ws, lang: lang, unitId: unitId, parentId: nil) { _ in }
                    return FormSnapshot(theirs.form, picks: theirs.picks)
                }, adopt: { [weak self] snapshot in
                    self?.base = ws.units[unitId]
                    self?.read = snapshot
                })
                return .handled
            } catch {
                return DomainErrors.refuse(error, form: form, fields: Self.fieldMap, app: app)
            }
        }
    }
}

/// Merging units into a successor on a date (Workspace.mergeUnits), after a confirmation.
final class MergeForm {
    static let fieldMap = ["ids": "units", "successorId": "successor", "date": "date"]
    let form: FormView
    let picks = PickFields()

    init(ws: Workspace, lang: Language, preselected: [String], onMerged: @escaping (String) -> Void) {
        let S = UnitStrings.self
        form = FormView(id: "unit-merge", title: S.mergeTitle.text(lang), fields: [
            .init(id: "units", label: S.mergedUnits.text(lang), kind: .text(maxLength: 4000), required: true),
            .init(id: "successor", label: S.successor.text(lang), kind: .text(maxLength: 400), required: true),
            .init(id: "date", label: S.mergeDate.text(lang), kind: .date, value: CivilDate.today().display, required: true),
        ])
        let form = self.form
        picks.attach(to: form)
        let names: ([String]) -> String = { $0.map { ws.units[$0]?.value.name ?? $0 }.joined(separator: "; ") }
        picks.define("units", describe: names) { [self] app in
            Picker.units(ws, lang: lang, multi: true, preselected: self.picks.all("units"), app: app) { ids, _ in self.picks.set("units", ids) }
        }
        picks.define("successor", describe: names) { [self] app in
            Picker.units(ws, lang: lang, multi: false, preselected: self.picks.all("successor"), app: app) { ids, _ in self.picks.set("successor", ids) }
        }
        picks.set("units", preselected)
        form.onSaveResult = { [self] v, app in
            let ids = self.picks.all("units")
            guard let successor = self.picks.first("successor") else { return .handled }
            let date: CivilDate
            do { date = try CivilDate.parse(v["date"] ?? "", field: "date", label: S.mergeDate.bilingual) } catch {
                return DomainErrors.refuse(error, form: form, fields: Self.fieldMap, app: app)
            }
            app.confirm(S.confirmMerge(names(ids), names([successor]), date.display).text(lang), destructive: true) { yes, app in
                guard yes else { return }
                do {
                    try ws.mergeUnits(ids, into: successor, on: date)
                    form.markSaved()
                    app.remove(form)
                    onMerged(successor)
                    app.setStatus(S.merged(names([successor])).text(app.language))
                } catch {
                    if case .error(let m) = DomainErrors.refuse(error, form: form, fields: Self.fieldMap, app: app) { app.showError(m) }
                }
            }
            return .handled
        }
    }
}
