import TerminalUI

/// The application's one command table, built once: the toolkit's rows (the F-keys, every key a widget
/// handles) and the screens' own. Key handling, the F-key bar, the F9 menu and the F1 help all come
/// from it, and a test checks that every key a screen or widget acts on is in it.
enum AppCommands {
    static let table: CommandTable = CommandTable.standard
        .adding(ClerkCommands.all)
        .adding(AwardCommands.all, parents: AwardCommands.parents)
        .adding(ReportCommands.all, parents: ReportCommands.parents)
        .adding(ClusterUI.commands, parents: ClusterUI.parents)
}
