import TDKTCore
import TerminalUI
import TDKTText

extension CommandID {
    static let closeScoringRound: CommandID = "scoring.close-round"
    static let proposeFromScoring: CommandID = "scoring.propose"
}

extension TerminalUI.CommandContext {
    /// A result the user may close (open round, office role).
    static let scoringResultOpen: TerminalUI.CommandContext = "scoring-result-open"
    /// A result the user may turn into proposals (closed round, a role that edits proposals).
    static let scoringResultClosed: TerminalUI.CommandContext = "scoring-result-closed"
}

/// What the clusters and scoring screens share.
enum ClusterUI {

    static func unitName(_ ws: Workspace, _ id: String) -> String { ws.units[id]?.value.name ?? id }
    static func clusterName(_ ws: Workspace, _ id: String) -> String { ws.clusters[id]?.value.name ?? id }

    /// The result screen's rows of the one command table: letters, also in the F9 menu.
    static let commands: [Command] = [
        Command(.closeScoringRound, keys: [.char("c")], label: ClusterStrings.closeRound, help: ClusterStrings.closeRoundHelp,
                contexts: [.scoringResultOpen]),
        Command(.proposeFromScoring, keys: [.char("d")], label: ClusterStrings.propose, help: ClusterStrings.proposeHelp,
                contexts: [.scoringResultClosed]),
        Command(.scoringNextEmpty, keys: [.char("n")], label: ScoringSetupStrings.nextEmpty, help: ScoringSetupStrings.nextEmptyHelp,
                contexts: [.scoringGrid]),
    ]
    static let parents: [TerminalUI.CommandContext: TerminalUI.CommandContext] = [
        .scoringResultOpen: .text, .scoringResultClosed: .text, .scoringGrid: .grid,
    ]

    /// A page saying the data directory could not be opened.
}
