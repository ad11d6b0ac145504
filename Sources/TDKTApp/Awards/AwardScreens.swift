import TDKTCore
import TerminalUI
import TDKTText

/// The award screens of the shell: proposals, lookup, and the catalogue in Settings.
enum AwardScreens {
    static var all: [ShellScreen] { [
        AwardScreen(id: "award-proposals", section: .proposals, title: AwardStrings.proposalList) { ws, ctx in ProposalListView(ws: ws, lang: ctx.language, quick: ctx.readsInBackground) },
        AwardScreen(id: "award-decisions", section: .proposals, title: AwardStrings.decisionList) { ws, ctx in DecisionListView(ws: ws, lang: ctx.language) },
        AwardScreen(id: "award-history", section: .awardSearch, title: AwardStrings.historyLookup) { ws, ctx in HistoryLookupView(ws: ws, lang: ctx.language) },
        AwardScreen(id: "award-honour-roll", section: .awardSearch, title: AwardStrings.honourRoll) { ws, ctx in HonourRollView(ws: ws, lang: ctx.language, quick: ctx.readsInBackground) },
        AwardScreen(id: "award-catalogue", section: .settings, title: AwardStrings.catalogue) { ws, ctx in CatalogueView(ws: ws, lang: ctx.language, mode: .awards) },
        AwardScreen(id: "award-salaries", section: .settings, title: AwardStrings.baseSalaries) { ws, ctx in CatalogueView(ws: ws, lang: ctx.language, mode: .salaries) },
    ] }
}

struct AwardScreen: ShellScreen {
    let id: String
    let section: ShellSection
    let title: Localized
    let make: (Workspace, ShellContext) -> View

    func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else {
            return NoWorkspaceView(ctx)
        }
        return make(ws, ctx)
    }
}
