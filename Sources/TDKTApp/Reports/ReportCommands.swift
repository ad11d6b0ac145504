import TerminalUI
import TDKTText

extension TerminalUI.CommandContext {
    /// The report preview: a scrolling text with search (its parent is the toolkit's text page).
    static let reportPreview: TerminalUI.CommandContext = "report-preview"
}

extension CommandID {
    static let reportFigures: CommandID = "report.figures"
    static let reportSaveAs: CommandID = "report.save-as"
    static let reportPrint: CommandID = "report.print"
    static let scrollLeft: CommandID = "report.scroll-left"
    static let scrollRight: CommandID = "report.scroll-right"
}

/// The report preview's rows of the one command table. Saving to a file is F2 as saving is everywhere.
enum ReportCommands {
    static let all: [Command] = [
        Command(.scrollLeft, keys: [.left], label: Localized(vi: "Trái", en: "Left"), help: ReportStrings.scrollHelp, contexts: [.reportPreview]),
        Command(.scrollRight, keys: [.right], label: Localized(vi: "Phải", en: "Right"), help: ReportStrings.scrollHelp,
                contexts: [.reportPreview]),
        Command(.reportSaveAs, keys: [.function(2)], label: ReportStrings.saveAsLabel, help: ReportStrings.saveAsHelp,
                contexts: [.reportPreview], inBar: true),
        Command(.reportFigures, keys: [.char("s")], label: ReportStrings.figuresLabel, help: ReportStrings.figuresHelp,
                contexts: [.reportPreview]),
        Command(.reportPrint, keys: [.char("p")], label: ReportStrings.printLabel, help: ReportStrings.printHelp,
                contexts: [.reportPreview]),
    ]
    static let parents: [TerminalUI.CommandContext: TerminalUI.CommandContext] = [.reportPreview: .text]
}
