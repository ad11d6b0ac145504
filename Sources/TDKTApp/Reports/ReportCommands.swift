import TerminalUI
import TDKTText

extension TerminalUI.CommandContext {
    /// The report preview: a scrolling text with search.
    static let reportPreview: TerminalUI.CommandContext = "report-preview"
}

extension CommandID {
    static let reportFigures: CommandID = "report-figures"
    static let reportSaveAs: CommandID = "report-save-as"
    static let reportPrint: CommandID = "report-print"
    static let scrollLeft: CommandID = "scroll-left"
    static let scrollRight: CommandID = "scroll-right"
}

/// The preview's rows of the command table (so its F-key bar and help come from the one table).
enum ReportCommands {
    static func install(in app: Application) {
        guard app.commands.command(.reportFigures) == nil else { return }
        let ctx: Set<TerminalUI.CommandContext> = [.reportPreview]
        let standard = CommandTable.standard
        // The list's navigation and search, bound in the preview too.
        for id in [CommandID.search, .searchNext, .searchPrevious, .up, .down, .pageUp, .pageDown, .first, .last] {
            guard var c = standard.command(id) else { continue }
            c.contexts = ctx
            if id == .search { c.help = ReportStrings.searchHelp }
            app.commands.add(c)
        }
        app.commands.add(Command(.scrollLeft, keys: [.left], label: Localized(vi: "Trái", en: "Left"),
                                 help: ReportStrings.scrollHelp, contexts: ctx))
        app.commands.add(Command(.scrollRight, keys: [.right], label: Localized(vi: "Phải", en: "Right"),
                                 help: ReportStrings.scrollHelp, contexts: ctx))
        app.commands.add(Command(.reportFigures, keys: [.function(5)], label: ReportStrings.figuresLabel,
                                 help: ReportStrings.figuresHelp, contexts: ctx, inBar: true))
        app.commands.add(Command(.reportSaveAs, keys: [.function(6), .char("s")], label: ReportStrings.saveAsLabel,
                                 help: ReportStrings.saveAsHelp, contexts: ctx, inBar: true))
        app.commands.add(Command(.reportPrint, keys: [.function(7), .char("p")], label: ReportStrings.printLabel,
                                 help: ReportStrings.printHelp, contexts: ctx, inBar: true))
    }
}
