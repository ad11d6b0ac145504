import TDKTCore
import TerminalUI
import TDKTText

/// The award screens of the shell: proposals, lookup, and the catalogue in Settings.
enum AwardScreens {
    static var all: [ShellScreen] { [
        AwardScreen(id: "award-proposals", section: .proposals, title: AwardStrings.proposalList) { ws, lang in ProposalListView(ws: ws, lang: lang) },
        AwardScreen(id: "award-decisions", section: .proposals, title: AwardStrings.decisionList) { ws, lang in DecisionListView(ws: ws, lang: lang) },
        AwardScreen(id: "award-history", section: .awardSearch, title: AwardStrings.historyLookup) { ws, lang in HistoryLookupView(ws: ws, lang: lang) },
        AwardScreen(id: "award-honour-roll", section: .awardSearch, title: AwardStrings.honourRoll) { ws, lang in HonourRollView(ws: ws, lang: lang) },
        AwardScreen(id: "award-catalogue", section: .settings, title: AwardStrings.catalogue) { ws, lang in CatalogueView(ws: ws, lang: lang, mode: .awards) },
        AwardScreen(id: "award-salaries", section: .settings, title: AwardStrings.baseSalaries) { ws, lang in CatalogueView(ws: ws, lang: lang, mode: .salaries) },
    ] }
}

struct AwardScreen: ShellScreen {
    let id: String
    let section: ShellSection
    let title: Localized
    let make: (Workspace, Language) -> View

    func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else {
            return NoWorkspaceView(ctx)
        }
        return make(ws, ctx.language)
    }
}
