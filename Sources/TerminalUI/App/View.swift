import TDKTText

/// A screen or dialog. Views handle keys and change their state; drawing is a separate step.
/// Views are plain classes used only from the thread running the application loop.
public protocol View: AnyObject {
    /// Shown in the title bar.
    var title: String { get }
    /// Which commands of the table apply (and appear in the F-key bar and help).
    var context: CommandContext { get }
    /// Further contexts whose commands also apply here (a screen's own commands, e.g. "new" on a list);
    /// they are looked up before `context`.
    var extraContexts: [CommandContext] { get }
    /// Dialogs are drawn over the view below them.
    var isModal: Bool { get }
    /// True while printable keys are text (a focused text field, a search prompt).
    var wantsTyping: Bool { get }
    /// Unsaved edits: Esc asks before dropping them, F10 asks before quitting.
    var hasUnsavedChanges: Bool { get }
    /// Draws into `area` of the frame; may set `frame.cursor`.
    func draw(in frame: inout Frame, area: Rect, app: Application)
    /// Handles a key (with the command it maps to, if any). Returns false if not handled.
    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool
    /// Called once when the view is pushed.
    func didAppear(app: Application)
    /// Called once when the view is closed (taken off the stack): it is not shown again.
    func didDisappear(app: Application)
    /// Called between keys and on the idle wake-up (about once a second): a view showing stored records
    /// reads them again when another clerk saved them. Returns true when it changed what it shows.
    func refreshFromOutside(app: Application) -> Bool
    /// Commands of its context this view does not offer now (e.g. what the user's role may not do):
    /// left out of the F-key bar and the help screen, and their keys do nothing.
    var hiddenCommands: Set<CommandID> { get }
    /// Work the view does a slice at a time while no key waits (the rest of a long preview's pages):
    /// true while some remains. Unlike `Work` it shows no progress line and Esc does not stop it (Esc
    /// leaves the view, and the work with it).
    var hasIdleWork: Bool { get }
    /// Does one short slice of that work (under the terminal loop, between keys).
    func runIdleStep(app: Application)
}

extension View {
    public var isModal: Bool { false }
    public var extraContexts: [CommandContext] { [] }
    /// `extraContexts` then `context`.
    public var allContexts: [CommandContext] { extraContexts + [context] }
    public var wantsTyping: Bool { false }
    public var hasUnsavedChanges: Bool { false }
    public func didAppear(app: Application) {}
    public func didDisappear(app: Application) {}
    public var hiddenCommands: Set<CommandID> { [] }
    public func refreshFromOutside(app: Application) -> Bool { false }
    public var hasIdleWork: Bool { false }
    public func runIdleStep(app: Application) {}
}

/// A view whose contents can be saved as a draft when the session ends abruptly.
public protocol DraftSource: AnyObject {
    var draftID: String { get }
    func draftValues() -> [String: String]
    func restoreDraft(_ values: [String: String])
}
