import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// The council's vote on proposals before the council: votes for, against, members; the outcome under the
/// form per award threshold (ProposalWorkflow.councilPasses). F2 records it on every chosen proposal.
enum VoteForm {
    static func view(_ proposals: [Proposal], book: ProposalBook, lang: Language, onChange: @escaping () -> Void) -> View {
        let ws = book.workspace
        let names = AwardNames(ws: ws, lang: lang)
        let existing = proposals.first?.vote
        let form = FormView(id: "award-vote", title: AwardStrings.voteTitle.text(lang), fields: [
            FormView.Field(id: "for", label: AwardStrings.forVotes.text(lang), kind: .number(min: 0, max: 999),
                           value: existing.map { String($0.forVotes) } ?? "", required: true),
            FormView.Field(id: "against", label: AwardStrings.against.text(lang), kind: .number(min: 0, max: 999),
                           value: existing.map { String($0.against) } ?? "0", required: true),
            FormView.Field(id: "members", label: AwardStrings.members.text(lang), kind: .number(min: 1, max: 999),
                           value: existing.map { String($0.members) } ?? "", required: true),
        ])
        let v = PanelFormView(form: form, formRows: 8)
        func vote() -> Proposal.Vote? {
            guard let f = Int(form.field("for")?.value ?? ""), let a = Int(form.field("against")?.value ?? ""),
                  let m = Int(form.field("members")?.value ?? "") else { return nil }
            return Proposal.Vote(forVotes: f, against: a, members: m)
        }
        let codes = Array(Set(proposals.map(\.awardCode))).sorted()
        v.panel = { width, lang in
            var out: [(text: String, style: Style)] = []
            for code in codes {
                guard let award = ws.catalogue?.value.award(code) else { continue }
                let percent = "\(NSDecimalNumber(decimal: award.councilThreshold * 100).stringValue)%"
                var line = AwardStrings.threshold(names.award(code), percent).text(lang)
                var style = Style.normal
                if let vt = vote() {
                    let passes = ProposalWorkflow.councilPasses(vt, threshold: award.councilThreshold)
                    line += " → " + (passes ? AwardStrings.passes : AwardStrings.fails).text(lang)
                    style = passes ? .header : .error
                }
                out += PanelFormView.wrap(line, width: width, style: style)
            }
            out.append((AwardStrings.voteApplies.text(lang), .placeholder))
            for p in proposals { out.append(("  \(p.awardCode) \(p.year) — \(names.nominee(p.nominee))", .normal)) }
            return out
        }
        v.onSave = { app in
            guard v.validate(app), let vt = vote() else { return }
            do {
                let done = try ProposalWorkflow.vote(proposals.map(\.id), vt, actor: ws.login, in: book)
                let outcome = codes.map { code in
                    let t = ws.catalogue?.value.award(code)?.councilThreshold ?? 0.5
                    return "\(code) " + (ProposalWorkflow.councilPasses(vt, threshold: t) ? AwardStrings.passes : AwardStrings.fails).text(lang)
                }.joined(separator: ", ")
                form.markSaved()
                app.remove(v)
                onChange()
                app.setStatus(AwardStrings.voteRecorded(done.count, outcome).text(lang))
            } catch {
                app.showError(ErrorText.message(error, lang))
            }
        }
        return v
    }
}
