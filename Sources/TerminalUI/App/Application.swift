import TDKTText

/// Why the application stopped.
public enum TerminationReason: Hashable, Sendable {
    /// The user quit (F10).
    case quit
    /// Ctrl-C as a key in raw mode.
    case interrupt
    /// SIGINT, SIGTERM or SIGHUP.
    case signal(Int32)
    /// The terminal went away (repeated read errors, stdin no longer a tty).
    case terminalGone

    public var exitStatus: Int32 {
        switch self {
        case .quit: return 0
        case .interrupt: return 130
        case .signal(let s): return 128 + s
        case .terminalGone: return 129
        }
    }

    /// Whether the session ended without the user choosing to (save drafts then).
    public var isAbrupt: Bool { self != .quit }
}

/// The state of a running interface: a stack of views, the status line, the F-key bar.
/// It knows nothing of terminals: `render(size:)` returns a frame, `handle(_:)` takes keys.
public final class Application {
    public var language: Language
    /// The one command table, fixed for the whole session.
    public let commands: CommandTable
    /// Shown at the left of the top line.
    public var appTitle: String
    /// Left part of the status line (who is working: user and role).
    public var statusInfo: String
    /// Lines at the top of the F1 help (where the data lives, the version): kept off the status line
    /// so the screens keep their width.
    public var aboutLines: [String] = []
    /// Set by Ctrl-Z; the terminal runner suspends the process, then redraws everything.
    public var suspendRequested = false
    public private(set) var statusMessage: String?
    public private(set) var statusIsError = false
    /// The built-in Telex input method.
    public var telexEnabled = false
    public private(set) var stack: [View] = []
    public private(set) var terminationReason: TerminationReason?
    /// Set by Ctrl-L; the backend repaints everything once and clears it.
    public var needsFullRedraw = false
    /// The size of the last frame rendered: keys are refused while it is below `Size.minimum`,
    /// so nothing happens on a screen the clerk cannot see.
    public private(set) var screenSize: Size?
    /// A refused key rings the bell on the next frame.
    private var bellPending = false

    /// Rings the terminal bell with the next frame.
    public func bell() { bellPending = true }
    /// Called once when the session ends for any reason but `.quit`, before the terminal is restored:
    /// the place to save drafts.
    public var onAbruptEnd: ((Application, TerminationReason) -> Void)?
    /// Called when the user confirmed quitting.
    public var onQuit: ((Application) -> Void)?

    public init(root: View, language: Language = .vi, commands: CommandTable = .standard, appTitle: String = "", statusInfo: String = "") {
        self.language = language
        self.commands = commands
        self.appTitle = appTitle
        self.statusInfo = statusInfo
        push(root)
    }

    public var isRunning: Bool { terminationReason == nil }
    public var top: View? { stack.last }

    // MARK: Navigation

    /// Called after any view is pushed (the shell offers saved drafts back to forms this way).
    public var onViewAppear: ((View, Application) -> Void)?

    /// Work started with `start(_:)`, run a step at a time between keys (Work).
    var pendingWork: Work?
    /// Set by the terminal loop, which runs work between keys; otherwise work runs at once.
    public var runsWorkBetweenKeys = false

    public func push(_ view: View) {
        stack.append(view)
        view.didAppear(app: self)
        onViewAppear?(view, self)
    }

    /// Removes the top view (never the root).
    public func pop() {
        if stack.count > 1 { closed(stack.removeLast()) }
    }

    /// Removes a given view wherever it is (dialogs closing themselves).
    public func remove(_ view: View) {
        if let i = stack.lastIndex(where: { $0 === view }), stack.count > 1 { closed(stack.remove(at: i)) }
    }

    private func closed(_ view: View) {
        if !stack.contains(where: { $0 === view }) { view.didDisappear(app: self) }
    }

    /// Closes a view as Esc does: asks first when it holds unsaved changes.
    public func leave(_ view: View) {
        guard view.hasUnsavedChanges else { return remove(view) }
        confirm(UIText.discardChanges.text(language), destructive: true) { yes, app in
            if yes { app.remove(view) }
        }
    }

    /// The topmost view that can hold a draft.
    public var focusedDraftSource: DraftSource? {
        for v in stack.reversed() { if let d = v as? DraftSource { return d } }
        return nil
    }

    // MARK: Messages

    public func setStatus(_ text: String, error: Bool = false) {
        statusMessage = text
        statusIsError = error
    }

    public func clearStatus() {
        statusMessage = nil
        statusIsError = false
    }

    public func showMessage(_ text: String, title: String? = nil) {
        push(MessageDialog(title: title ?? UIText.notice.text(language), text: text, kind: .info))
    }

    public func showError(_ text: String, title: String? = nil) {
        push(MessageDialog(title: title ?? UIText.error.text(language), text: text, kind: .error))
    }

    /// Asks a yes/no question. `destructive`: "yes" deletes, merges or drops something, so "Không" is preselected.
    public func confirm(_ text: String, title: String? = nil, destructive: Bool = false, onAnswer: @escaping (Bool, Application) -> Void) {
        push(ConfirmDialog(title: title ?? UIText.confirm.text(language), text: text, defaultYes: !destructive, onAnswer: onAnswer))
    }

    // MARK: Ending

    /// F10: asks first if anything is unsaved.
    public func requestQuit() {
        if stack.contains(where: { $0.hasUnsavedChanges }) {
            confirm(UIText.quitUnsaved.text(language), destructive: true) { yes, app in
                if yes { app.finish(.quit) }
            }
        } else {
            finish(.quit)
        }
    }

    /// Ends the session. For abrupt ends the draft hook runs first.
    public func finish(_ reason: TerminationReason) {
        guard terminationReason == nil else { return }
        terminationReason = reason
        if reason.isAbrupt {
            onAbruptEnd?(self, reason)
        } else {
            onQuit?(self)
        }
    }

    // MARK: Keys

    /// Applies one key.
    public func handle(_ key: Key) {
        guard isRunning else { return }
        if key == .interrupt { finish(.interrupt); return }
        if key == .resize { return }  // the next render lays out again from scratch
        if let size = screenSize, size.isBelowMinimum {
            if key == .ctrl("l") { needsFullRedraw = true } else { bell() }
            return
        }
        guard let view = top else { return }
        if pendingWork != nil && key == .escape { cancelPendingWork(); return }
        if pendingWork == nil { clearStatus() }
        let command = commands.lookup(key, in: view.allContexts, typing: view.wantsTyping, hiding: hiddenCommands(of: view))
        switch command {
        case .redraw?:
            needsFullRedraw = true
            return
        case .quit?:
            requestQuit()
            return
        case .telex?:
            telexEnabled.toggle()
            setStatus((telexEnabled ? UIText.telexOn : UIText.telexOff).text(language))
            return
        case .suspend?:
            suspendRequested = true
            return
        case .help? where !(view is HelpView):
            push(HelpView(contexts: view.allContexts, hidden: hiddenCommands(of: view)))
            return
        case .actions? where !(view is ActionsMenu):
            openActions(for: view)
            return
        default:
            break
        }
        if view.handle(key, command: command, app: self) { return }
        if command == .back { pop() }
    }

    public func handle(_ keys: [Key]) {
        for k in keys { handle(k) }
    }

    /// Lets every open view read again what another clerk saved meanwhile (see `View.refreshFromOutside`).
    public func refreshFromOutside() {
        for v in stack { _ = v.refreshFromOutside(app: self) }
    }

    /// What a view does not offer now; F9 too when it has no actions of its own.
    public func hiddenCommands(of view: View) -> Set<CommandID> {
        var hidden = view.hiddenCommands
        if commands.actions(for: view.allContexts, hiding: hidden).isEmpty { hidden.insert(.actions) }
        return hidden
    }

    /// F9: the screen's own actions from the table, chosen from a menu and handed to the screen as if
    /// their key had been pressed.
    private func openActions(for view: View) {
        let actions = commands.actions(for: view.allContexts, hiding: hiddenCommands(of: view))
        guard !actions.isEmpty else {
            setStatus(UIText.noActions.text(language))
            return
        }
        push(ActionsMenu(actions: actions, target: view))
    }

    // MARK: Drawing

    /// The title bar, the views, the status line and the F-key bar, laid out from scratch.
    public func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        screenSize = size
        frame.bell = bellPending
        bellPending = false
        if size.isBelowMinimum {
            drawTooSmall(&frame)
            return frame
        }
        let w = size.width, h = size.height
        // Title bar.
        frame.fill(Rect(x: 0, y: 0, width: w, height: 1), style: .title)
        let base = stack.last(where: { !$0.isModal })
        frame.put(" " + Self.fitTitle(app: appTitle, view: base?.title ?? "", width: w - 1), x: 0, y: 0, style: .title, maxWidth: w)
        // Views: the last full-screen one, then the dialogs above it.
        let content = Rect(x: 0, y: 1, width: w, height: h - 3)
        let firstVisible = stack.lastIndex(where: { !$0.isModal }) ?? 0
        for v in stack[firstVisible...] {
            frame.cursor = nil
            v.draw(in: &frame, area: content, app: self)
        }
        drawStatus(&frame, y: h - 2)
        drawBar(&frame, y: h - 1)
        return frame
    }

    /// The title line for a width. The parts of a screen's title (joined by " · ": its name, a year, a
    /// filter, a count) are never dropped: the application's name goes first, then the longest part is
    /// shortened, so a short part such as the year always stays whole.
    static func fitTitle(app: String, view: String, width: Int) -> String {
        let full = app.isEmpty ? view : view.isEmpty ? app : app + " — " + view
        if DisplayWidth.of(full) <= width || view.isEmpty { return DisplayWidth.truncate(full, to: width) }
        var parts = view.components(separatedBy: " · ")
        let joined = { parts.joined(separator: " · ") }
        while DisplayWidth.of(joined()) > width {
            guard let i = parts.indices.max(by: { DisplayWidth.of(parts[$0]) < DisplayWidth.of(parts[$1]) }),
                  DisplayWidth.of(parts[i]) > 6 else { return DisplayWidth.truncate(joined(), to: width) }
            let excess = DisplayWidth.of(joined()) - width
            parts[i] = DisplayWidth.truncate(parts[i], to: max(6, DisplayWidth.of(parts[i]) - excess))
        }
        return joined()
    }

    private func drawTooSmall(_ frame: inout Frame) {
        let lines = DisplayWidth.wrap(UIText.tooSmall.text(language), width: max(1, frame.width))
            + [UIText.currentSize(frame.size).text(language)]
        let top = max(0, (frame.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (frame.width - DisplayWidth.of(line)) / 2)
            frame.put(line, x: x, y: top + i, style: i < lines.count - 1 ? .warning : .normal)
        }
    }

    private func drawStatus(_ frame: inout Frame, y: Int) {
        let w = frame.width
        frame.fill(Rect(x: 0, y: y, width: w, height: 1), style: .status)
        var right = ""
        if telexEnabled { right = "[TELEX]" }
        var rightWidth = DisplayWidth.of(right)
        if let m = statusMessage {
            let room = max(0, w / 2 + 8 - rightWidth)
            let msg = DisplayWidth.truncate((statusIsError ? "! " : "") + m, to: room)
            let mw = DisplayWidth.of(msg)
            let x = w - rightWidth - mw - 1 - (right.isEmpty ? 0 : 1)
            frame.put(msg, x: x, y: y, style: statusIsError ? .error : .status)
            rightWidth += mw + 1
        }
        if !right.isEmpty { frame.put(right, x: w - DisplayWidth.of(right) - 1, y: y, style: .status) }
        let leftRoom = max(0, w - rightWidth - 3)
        frame.put(" " + DisplayWidth.truncate(statusInfo, to: leftRoom - 1), x: 0, y: y, style: .status, maxWidth: leftRoom)
    }

    private func drawBar(_ frame: inout Frame, y: Int) {
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), style: .fkeyBar)
        guard let view = top else { return }
        let items = commands.barItems(for: view.allContexts, language: language, hiding: hiddenCommands(of: view))
        var x = 0
        for item in FunctionBar.fit(items, width: frame.width) {
            x += frame.put(item.key, x: x, y: y, style: .fkeyKey)
            x += frame.put(" " + item.label + " ", x: x, y: y, style: .fkeyBar)
        }
    }
}
