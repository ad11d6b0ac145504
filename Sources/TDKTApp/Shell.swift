import Foundation
import TDKTCore
import TerminalUI
import TDKTText

/// What the executable hands the interactive shell.
public struct ShellOptions: Sendable {
    public var dataDirectory: String
    public var userLogin: String
    public var role: String
    /// "vi" or "en".
    public var language: String
    public init(dataDirectory: String, userLogin: String, role: String, language: String) {
        self.dataDirectory = dataDirectory
        self.userLogin = userLogin
        self.role = role
        self.language = language
    }
}

/// The main menu and the application around it; no terminal involved (tests drive it with keys).
public func makeShellApplication(_ options: ShellOptions, registry: ScreenRegistry = .standard()) -> Application {
    let lang: Language = options.language == "en" ? .en : .vi
    let workspace = DataDirectory.isInitialised(options.dataDirectory)
        ? try? Workspace(root: options.dataDirectory, user: options.userLogin) : nil
    let context = ShellContext(options: options, language: lang, drafts: DraftStore(dataDirectory: options.dataDirectory, login: options.userLogin),
                               workspace: workspace)
    let items = ShellSection.allCases.map { section in
        MenuView.Item(ShellStrings.section(section).text(lang)) { app in
            openSection(section, registry: registry, context: context, app: app)
        }
    }
    let menu = MenuView(title: ShellStrings.mainMenu.text(lang), items: items, footer: ShellStrings.menuFooter.text(lang))
    let app = Application(root: menu, language: lang, commands: AppCommands.table, appTitle: ShellStrings.appTitle.text(lang),
                          statusInfo: ShellStrings.status(login: options.userLogin, role: options.role).text(lang))
    // The data directory is in F1, not on the status line: the status line's width goes to the screens.
    app.aboutLines = [ShellStrings.dataDirectory(options.dataDirectory).text(lang)]
    // A form interrupted by a dropped link (or Ctrl-C) is offered back when it opens again.
    app.onViewAppear = { view, app in
        if let form = view as? DraftSource { DraftOffer.offer(form: form, drafts: context.drafts, app: app) }
    }
    // On SIGHUP/SIGTERM/Ctrl-C: keep what the focused form holds.
    app.onAbruptEnd = { app, _ in
        guard let source = app.focusedDraftSource else { return }
        if let v = source as? View, !v.hasUnsavedChanges { return }
        try? context.drafts.save(formID: source.draftID, values: source.draftValues())
    }
    return app
}

func openSection(_ section: ShellSection, registry: ScreenRegistry, context: ShellContext, app: Application) {
    let lang = context.language
    let screens = registry.screens(in: section).filter { $0.isAvailable(context) }
    if screens.isEmpty {
        app.showMessage(ShellStrings.notBuilt.text(lang), title: ShellStrings.section(section).text(lang))
        return
    }
    // A section with one screen opens it directly: no menu of one item.
    if screens.count == 1 {
        open(screens[0], context: context, app: app)
        return
    }
    let items = screens.map { screen in
        MenuView.Item(screen.title.text(lang)) { app in open(screen, context: context, app: app) }
    }
    app.push(MenuView(title: ShellStrings.section(section).text(lang), items: items))
}

/// Opens a screen; files its collections hold that could not be read are named on the status line, so a
/// record missing from a list is never silently missing.
func open(_ screen: ShellScreen, context: ShellContext, app: Application) {
    var context = context
    context.readsInBackground = app.runsWorkBetweenKeys
    app.push(screen.makeView(context))
    reportUnreadable(context.workspace?.problems ?? [], context.language, app)
}

/// Names on the status line the files of a collection that could not be read (after a screen reads it).
func reportUnreadable(_ problems: [LoadProblem], _ language: Language, _ app: Application) {
    guard !problems.isEmpty else { return }
    app.setStatus(ShellStrings.unreadable(problems.map(\.path)).text(language), error: true)
}

/// Runs the interactive shell until the user quits; returns the process exit status.
/// Call it from the main thread (main.swift's top level).
public func runShell(_ options: ShellOptions) -> Int32 {
    runShell(options, registry: .standard())
}

public func runShell(_ options: ShellOptions, registry: sending ScreenRegistry) -> Int32 {
    MainActor.assumeIsolated {
        let app = makeShellApplication(options, registry: registry)
        return TerminalRunner.run(app)
    }
}

/// How Ctrl-Z stops the terminal interface when this process is not the one to stop (a session of the office
/// server: the clerk's own `tdkt` stops instead, and this returns when it is resumed).
public enum ShellSuspension {
    public static func use(_ stop: @escaping @Sendable () -> Void) { CursesTerminal.stopProcess = stop }
}
