import TDKTCore
import TerminalUI
import TDKTText

/// The result of a round: ranking (aggregate, bonus, penalty, final score, provisional or excluded
/// marks), the sheets dropped by trimming, caps, tie-breaks, incomplete raters, flags and the
/// agreement figures with the small-cluster caution. c closes an open round (office roles, after
/// a confirmation); d on a closed round asks for the ballot and creates the draft proposals.
final class ScoringResultScreen {
    let ws: Workspace
    let clusterId: String
    let year: Int
    let lang: Language
    let panel: TextPanel

    init(ws: Workspace, clusterId: String, year: Int, lang: Language) {
        self.ws = ws; self.clusterId = clusterId; self.year = year; self.lang = lang
        panel = TextPanel(title: ClusterStrings.resultTitle(ClusterUI.clusterName(ws, clusterId), year).text(lang))
        panel.onKey = { [self] _, command, app in
            switch command {
            case .closeScoringRound? where panel.commandContext == .scoringResultOpen:
                confirmClose(app); return true
            case .proposeFromScoring? where panel.commandContext == .scoringResultClosed:
                openBallot(app); return true
            default: return false
            }
        }
        reload()
    }

    /// Reads the round again and lays the page out; the F-keys follow the state and the role.
    func reload() {
        do {
            let view = try ws.scoringView(clusterId: clusterId, year: year)
            let result = try ws.scoringResult(clusterId: clusterId, year: year)
            panel.setLines(Self.lines(result, view: view, ws: ws, lang: lang))
            let running = ws.mayRunRound(clusterId: clusterId, year: year)
            if view.state == .open && running {
                panel.commandContext = .scoringResultOpen
            } else if view.state != .open && view.state != .configuring && (ws.may(.editProposals) || running) {
                panel.commandContext = .scoringResultClosed
            } else {
                panel.commandContext = "text"
            }
        } catch {
            panel.setLines([TextPanel.Line(ErrorText.message(error, lang), style: .error)])
            panel.commandContext = "text"
        }
    }

    static func lines(_ r: ScoringResult, view: ScoringView, ws: Workspace, lang: Language) -> [TextPanel.Line] {
        typealias Line = TextPanel.Line
        let l = lang.rawValue
        let table = view.table
        func pts(_ x: Rational?) -> String { ScoringText.points(x, table, language: l) }
        func tks(_ x: Int?) -> String { ScoringText.ticks(x, table, language: l) }
        var out: [Line] = [Line("\(ClusterUI.clusterName(ws, view.clusterId)) — \(view.year) — \(view.state.label(l))", style: .header)]
        if view.state != .final { out.append(Line(ScoringText.provisionalBanner(language: l), style: .warning)) }
        out.append(Line(""))
        out.append(Line(ClusterStrings.rankingHeader.text(lang), style: .header))
        for u in r.units {
            let name = DisplayWidth.pad(DisplayWidth.truncate(ClusterUI.unitName(ws, u.unitId), to: 24), to: 24)
            let row = DisplayWidth.pad(u.rank.map(String.init) ?? "-", to: 4, alignRight: true) + " " + name + " "
                + DisplayWidth.pad("\(u.keptCount)/\(u.sheets.count)", to: 5, alignRight: true)
                + DisplayWidth.pad(pts(u.aggregate), to: 10, alignRight: true) + DisplayWidth.pad(tks(u.bonusApplied), to: 6, alignRight: true)
                + DisplayWidth.pad(tks(u.penalty), to: 6, alignRight: true) + DisplayWidth.pad(pts(u.finalScore), to: 11, alignRight: true)
            out.append(Line(row))
            let status = ScoringText.status(u, language: l)
            if !status.isEmpty { out.append(Line("       ↳ " + status, style: .warning)) }
            let basis = ScoringText.basis(u, language: l)
            if !basis.isEmpty { out.append(Line("       ↳ " + basis, style: .placeholder)) }
        }
        out += flagLines(r, view: view, ws: ws, lang: lang)
        out.append(Line(""))
        out.append(Line(ClusterStrings.droppedSheets.text(lang), style: .header))
        let dropped = r.units.map { ($0.unitId, ScoringText.dropped($0, table, language: l)) }.filter { !$0.1.isEmpty }
        if dropped.isEmpty { out.append(Line(ClusterStrings.noneDropped.text(lang))) }
        out += dropped.map { Line("  \($0.0): \($0.1)") }
        let withFacts = r.units.filter { $0.bonusClaimed > 0 || $0.penalty > 0 || !$0.caps.isEmpty }
        if !withFacts.isEmpty {
            out.append(Line(""))
            out.append(Line(ClusterStrings.bonusPenalty.text(lang), style: .header))
            for u in withFacts {
                var line = lang == .en
                    ? "  \(u.unitId): bonus \(tks(u.bonusClaimed)) claimed, \(tks(u.bonusApplied)) applied; penalty \(tks(u.penalty))"
                    : "  \(u.unitId): cộng \(tks(u.bonusClaimed)) (tính \(tks(u.bonusApplied))); trừ \(tks(u.penalty))"
                let caps = ScoringText.caps(u, table, language: l)
                if !caps.isEmpty { line += " — " + caps }
                out.append(Line(line))
            }
        }
        let ties = r.units.map { ($0.unitId, ScoringText.ties($0, in: r, language: l)) }.filter { !$0.1.isEmpty }
        if !ties.isEmpty {
            out.append(Line(""))
            out.append(Line(ClusterStrings.ties.text(lang), style: .header))
            out += ties.map { Line("  \($0.0): \($0.1)") }
        }
        if !r.incompleteRaters.isEmpty {
            out.append(Line(""))
            out.append(Line(ClusterStrings.incomplete.text(lang), style: .header))
            for (rater, units) in r.incompleteRaters.sorted(by: { $0.key < $1.key }) {
                out.append(Line("  \(rater) → \(units.joined(separator: ", "))"))
            }
        }
        if !r.flags.isEmpty {
            out.append(Line(""))
            out.append(Line(ClusterStrings.flags.text(lang), style: .header))
            out += r.flags.map { Line("  ! " + $0.message(language: l, decimals: table.decimals), style: .warning) }
        }
        out.append(Line(""))
        let a = r.agreement
        out.append(Line(ClusterStrings.agreementFigures.text(lang), style: .header))
        out.append(Line("  Krippendorff α (\(ClusterStrings.totals.text(lang))): \(ScoringText.ratio(a.alphaTotal, language: l))"
                        + a.alphaByGroup.map { " · α \($0.groupId): \(ScoringText.ratio($0.alpha, language: l))" }.joined()))
        out.append(Line("  \(ClusterStrings.reliability.text(lang)): \(ScoringText.ratio(a.reliabilityOfMean, language: l))"
                        + " (\(ScoringText.ratio(a.meanSheetsPerUnit, language: l)) \(ClusterStrings.sheetsPerUnit.text(lang)))"
                        + " · Kendall W: \(ScoringText.ratio(a.kendallW, language: l))"))
        if a.caution { out.append(Line("  " + ScoringText.smallClusterCaution(language: l), style: .warning)) }
        return out
    }

    // MARK: Close

    /// The recorded ballot of the round, if any.
    var recordedBallot: BallotRecord? { try? ws.scoringBallot(clusterId: clusterId, year: year) }

    /// Once cross-scoring is closed: the provincial flag's check for the unit ranked first (its rank
    /// in the closed round, not the chair), and the ballot recorded.
    static func flagLines(_ r: ScoringResult, view: ScoringView, ws: Workspace, lang: Language) -> [TextPanel.Line] {
        guard view.state != .open && view.state != .configuring, let first = r.ranking.first else { return [] }
        var out = [TextPanel.Line("")]
        if let report = try? Eligibility.check(nominee: NomineeRef(.unit, first), award: "CO_TINH", year: view.year, in: ws) {
            out.append(TextPanel.Line(ScoringSetupStrings.flagLine(ClusterUI.unitName(ws, first), report.status.label.text(lang)).text(lang),
                                      style: report.isEligible ? .header : .warning))
            for c in report.conditions where c.status != .met {
                out.append(TextPanel.Line("    " + c.line(lang, withEvidence: false), style: .warning))
            }
        }
        if let b = try? ws.scoringBallot(clusterId: view.clusterId, year: view.year) {
            out.append(TextPanel.Line(ScoringSetupStrings.recordedBallot(b.result.votesFor, b.result.members, b.documentReference).text(lang)))
        }
        return out
    }

    func confirmClose(_ app: Application) {
        guard let view = try? ws.scoringView(clusterId: clusterId, year: year) else { return }
        let p = view.progress
        let text = ClusterStrings.confirmClose(ClusterUI.clusterName(ws, clusterId), year, p.completeCount, p.expectedCount).text(lang)
        app.confirm(text, destructive: true) { [self] yes, app in
            guard yes else { return }
            do {
                try ws.closeScoring(clusterId: clusterId, year: year, basedOn: view.revision)
                reload()
                app.setStatus(ClusterStrings.closed.text(app.language))
            } catch {
                app.showError(ErrorText.message(error, app.language))
            }
        }
    }

    // MARK: Propose

    func openBallot(_ app: Application) {
        let leader: String
        do { leader = try ws.scoringResult(clusterId: clusterId, year: year).ranking.first ?? "" } catch {
            app.showError(ErrorText.message(error, lang)); return
        }
        let members = (try? ws.scoringView(clusterId: clusterId, year: year).configuration.members.count) ?? 0
        let fields = [
            FormView.Field(id: "leader", label: ClusterStrings.leadingUnit.text(lang), kind: .choice([ClusterUI.unitName(ws, leader)])),
            FormView.Field(id: "for", label: ClusterStrings.votesFor.text(lang), kind: .number(min: 0, max: 999)),
            FormView.Field(id: "against", label: ClusterStrings.votesAgainst.text(lang), kind: .number(min: 0, max: 999)),
            FormView.Field(id: "members", label: ClusterStrings.voters.text(lang), kind: .number(min: 1, max: 999), value: String(members), required: true),
            FormView.Field(id: "document", label: ScoringSetupStrings.ballotDocument.text(lang), kind: .text(maxLength: 200),
                           value: recordedBallot?.documentReference ?? ""),
        ]
        let form = FormView(id: "ballot-\(clusterId)-\(year)", title: ClusterStrings.ballotTitle(ClusterUI.clusterName(ws, clusterId), year).text(lang),
                            fields: fields)
        form.onAppear = { _, app in app.setStatus(ClusterStrings.ballotHint.text(app.language)) }
        form.onSave = { [self] values, app in
            var ballot: BallotResult?
            if let f = Int(values["for"] ?? "") {
                ballot = BallotResult(unitId: leader, votesFor: f, votesAgainst: Int(values["against"] ?? "") ?? 0,
                                      members: Int(values["members"] ?? "") ?? members)
            } else if !(values["against"] ?? "").isEmpty {
                return ClusterStrings.votesNeeded.text(app.language)
            }
            if ballot != nil, (values["document"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty,
               ws.mayRunRound(clusterId: clusterId, year: year) {
                return ScoringSetupStrings.documentNeeded.text(app.language)
            }
            do {
                // The ballot is kept in the round (with its minutes) by whoever runs the round; the
                // proposals then carry it.
                if let b = ballot, b != recordedBallot?.result || (values["document"] ?? "") != recordedBallot?.documentReference,
                   ws.mayRunRound(clusterId: clusterId, year: year) {
                    let view = try ws.scoringView(clusterId: clusterId, year: year)
                    try ws.recordScoringBallot(b, documentReference: values["document"] ?? "", clusterId: clusterId, year: year,
                                               basedOn: view.revision)
                    ballot = nil
                    app.setStatus(ScoringSetupStrings.ballotRecorded(b.votesFor, b.members).text(app.language))
                }
                guard ws.may(.editProposals) else {
                    app.remove(form)
                    reload()
                    return nil
                }
                let outcome = try ws.proposeFromScoring(clusterId: clusterId, year: year, ballot: ballot)
                app.remove(form)
                app.push(TextPanel(title: ClusterStrings.proposalsTitle(ClusterUI.clusterName(ws, clusterId), year).text(app.language),
                                   lines: proposalLines(outcome, app.language)))
                return nil
            } catch {
                return ErrorText.message(error, app.language)
            }
        }
        app.push(form)
    }

    func proposalLines(_ o: ScoringProposalOutcome, _ lang: Language) -> [TextPanel.Line] {
        typealias Line = TextPanel.Line
        let l = lang.rawValue
        let decimals = (try? ws.scoringView(clusterId: clusterId, year: year).table.decimals) ?? 1
        var out = [Line(ClusterStrings.proposalsCreated(o.proposals.count).text(lang), style: .header), Line("")]
        for d in o.drafts {
            let id = o.proposals.first { $0.value.nominee.id == d.unitId && $0.value.awardCode == d.awardCode }?.value.id
            let head = (id ?? "(\(ClusterStrings.alternate.text(lang)))") + " — " + ClusterUI.unitName(ws, d.unitId)
            out.append(Line(head, style: id == nil ? .placeholder : .normal))
            out.append(Line("    \(ClusterStrings.award.text(lang)) \(d.awardCode) · \(ClusterStrings.rank.text(lang)) \(d.rank) · "
                            + "\(PointsFormat.string(d.finalScore, decimals: decimals, language: l)) \(ClusterStrings.score.text(lang))"))
            if d.needsCouncilReview {
                out.append(Line("    ! \(ClusterStrings.councilReview.text(lang)): "
                                + d.reviewReasons.map { $0.message(language: l, decimals: decimals) }.joined(separator: "; "), style: .warning))
            } else {
                out.append(Line("    " + ClusterStrings.noReview.text(lang)))
            }
        }
        return out
    }
}
