import TDKTCore
import TerminalUI
import TDKTText

/// Adding an interim or final review (Workspace.addReview).
enum ReviewForm {
    static let fieldMap = ["reviews.date": "date", "date": "date", "status": "kind", "reviews": "summary"]

    static func make(ws: Workspace, lang: Language, campaignId: String, onSaved: @escaping () -> Void) -> FormView {
        let S = CampaignStrings.self
        let kinds = [S.interim.text(lang), S.final.text(lang)]
        let form = FormView(id: "review-" + campaignId, title: S.addReview.text(lang), fields: [
            .init(id: "kind", label: S.reviewKind.text(lang), kind: .choice(kinds)),
            .init(id: "date", label: S.reviewDate.text(lang), kind: .date, value: CivilDate.today().display, required: true),
            .init(id: "summary", label: S.summary.text(lang), kind: .longText(maxLength: 4000, lines: 4)),
            .init(id: "figures", label: S.figures.text(lang), kind: .text(maxLength: 1000), validate: { v in
                parseFigures(v) == nil ? S.figuresFormat.text(lang) : nil
            }),
        ])
        form.onSaveResult = { v, app in
            do {
                let date = try CivilDate.parse(v["date"] ?? "", field: "date", label: S.reviewDate.bilingual)
                let review = Campaign.Review(kind: v["kind"] == kinds[1] ? .final : .interim, date: date,
                                             summary: v["summary"] ?? "", figures: parseFigures(v["figures"] ?? "") ?? [:])
                try ws.addReview(review, to: campaignId)
                app.remove(form)
                onSaved()
                return .saved
            } catch {
                return DomainErrors.refuse(error, form: form, fields: fieldMap, app: app)
            }
        }
        return form
    }

    /// "đơn vị tham gia: 137; mô hình: 12" → figures; nil when a part is not "name: number".
    static func parseFigures(_ text: String) -> [String: Int]? {
        var out: [String: Int] = [:]
        for part in text.split(separator: ";") {
            let t = part.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            guard let colon = t.lastIndex(where: { $0 == ":" || $0 == "=" }),
                  let n = Int(t[t.index(after: colon)...].trimmingCharacters(in: .whitespaces)) else { return nil }
            let name = t[..<colon].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return nil }
            out[name] = n
        }
        return out
    }
}

/// Adding a model example (điển hình tiên tiến) of a campaign.
enum ExampleForm {
    static let fieldMap = ["name": "name", "year": "year", "id": "name"]

    static func make(ws: Workspace, lang: Language, campaignId: String, year: Int, onSaved: @escaping () -> Void) -> FormView {
        let S = CampaignStrings.self
        let kinds = ModelExample.Kind.allCases
        let form = FormView(id: "example-" + campaignId, title: S.addExample.text(lang), fields: [
            .init(id: "kind", label: S.exampleKindLabel.text(lang), kind: .choice(kinds.map { S.exampleKind($0).text(lang) })),
            .init(id: "name", label: S.exampleName.text(lang), kind: .text(maxLength: 200)),
            .init(id: "year", label: S.year.text(lang), kind: .number(min: 1945, max: 2100), value: "\(year)", required: true),
            .init(id: "description", label: S.description.text(lang), kind: .longText(maxLength: 4000, lines: 4)),
        ])
        form.onSaveResult = { v, app in
            let kind = kinds.first { S.exampleKind($0).text(lang) == v["kind"] } ?? .person
            let name = v["name"] ?? ""
            let y = Int(v["year"] ?? "") ?? year
            let existing = Set(ws.modelExamples(year: y).map(\.id))
            let id = Workspace.makeIdentifier(from: campaignId + " " + name) { existing.contains($0) }
            do {
                try ws.saveModelExample(ModelExample(id: id, campaignId: campaignId, year: y, kind: kind, name: name,
                                                     description: v["description"] ?? ""), basedOn: nil)
                app.remove(form)
                onSaved()
                return .saved
            } catch {
                return DomainErrors.refuse(error, form: form, fields: fieldMap, app: app)
            }
        }
        return form
    }
}

/// Adding an entry to a unit's registration for a year (saveRegistration; appended to what the unit registered).
final class RegistrationForm {
    static let fieldMap = ["unitId": "unit", "entries.awardCode": "award", "year": "unit"]
    let form: FormView
    let picks = PickFields()

    init(ws: Workspace, lang: Language, campaignId: String, year: Int, onSaved: @escaping () -> Void) {
        let S = CampaignStrings.self
        let whoOptions = [NomineeRef.Kind.unit, .person]
        form = FormView(id: "registration-" + campaignId, title: S.addRegistration(year).text(lang), fields: [
            .init(id: "unit", label: ClerkStrings.unit.text(lang), kind: .text(maxLength: 400), required: true),
            .init(id: "who", label: S.nomineeKind.text(lang), kind: .choice(whoOptions.map { $0.label.text(lang) })),
            .init(id: "person", label: ClerkStrings.personName.text(lang), kind: .text(maxLength: 400)),
            .init(id: "award", label: ClerkStrings.award.text(lang), kind: .text(maxLength: 400), required: true),
        ])
        let form = self.form
        picks.attach(to: form)
        picks.define("unit", describe: { $0.map { ws.units[$0]?.value.name ?? $0 }.joined() }) { [self] app in
            Picker.units(ws, lang: lang, multi: false, app: app) { ids, _ in self.picks.set("unit", ids) }
        }
        picks.define("person", describe: { $0.map { ws.people[$0]?.value.name ?? $0 }.joined() }) { [self] app in
            Picker.people(ws, lang: lang, unitId: self.picks.first("unit"), app: app) { ids, _ in self.picks.set("person", ids) }
        }
        picks.define("award", describe: { codes in codes.map { c in ws.catalogue?.value.award(c).map { lang == .en ? $0.nameEn : $0.name } ?? c }.joined() }) {
            [self] app in
            Picker.awards(ws, lang: lang, app: app) { ids, _ in self.picks.set("award", ids) }
        }
        form.onSaveResult = { [self] v, app in
            guard let unitId = picks.first("unit"), let code = picks.first("award") else { return .handled }
            let isPerson = v["who"] == NomineeRef.Kind.person.label.text(lang)
            var nominee = NomineeRef(.unit, unitId)
            if isPerson {
                guard let p = picks.first("person") else {
                    form.setMessage(UIText.required.text(lang), for: "person")
                    return .handled
                }
                nominee = NomineeRef(.person, p)
            }
            do {
                try ws.register(unitId: unitId, campaignId: campaignId, year: year, nominee: nominee, awardCode: code)
                app.remove(form)
                onSaved()
                return .saved
            } catch {
                return DomainErrors.refuse(error, form: form, fields: Self.fieldMap, app: app)
            }
        }
    }
}
