import TDKTCore
import TerminalUI
import TDKTText

extension CommandID {
    static let closeScoringRound: CommandID = "close-scoring-round"
    static let proposeFromScoring: CommandID = "propose-from-scoring"
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

    /// The F-keys of the result screen, added once to the application's one command table.
    static func installCommands(_ app: Application) {
        if app.commands.command(.closeScoringRound) == nil {
            app.commands.add(Command(.closeScoringRound, keys: [.function(5)], label: ClusterStrings.closeRound,
                                     help: ClusterStrings.closeRoundHelp, contexts: [.scoringResultOpen], inBar: true))
        }
        if app.commands.command(.proposeFromScoring) == nil {
            app.commands.add(Command(.proposeFromScoring, keys: [.function(6)], label: ClusterStrings.propose,
                                     help: ClusterStrings.proposeHelp, contexts: [.scoringResultClosed], inBar: true))
        }
    }

    /// A page saying the data directory could not be opened.
}
