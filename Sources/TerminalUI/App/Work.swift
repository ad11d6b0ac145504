import TDKTText

/// Work too long for one key (reading ten years, say), cut into steps the application runs between keys:
/// the status line shows what is being read, keys stay live, and Esc stops it.
public final class Work {
    /// One step and what it is doing ("đọc năm 2019"), shown while it runs.
    public struct Step {
        public var label: String
        public var run: () -> Void
        public init(_ label: String, _ run: @escaping () -> Void) { self.label = label; self.run = run }
    }

    /// What the work does, for its progress line: reading (the default) or printing.
    public enum Verb: Sendable { case reading, printing }

    let title: String
    let verb: Verb
    var steps: [Step]
    let total: Int
    var done = 0
    let onFinish: (Application) -> Void
    let onCancel: (Application) -> Void

    public init(title: String, steps: [Step], verb: Verb = .reading, onFinish: @escaping (Application) -> Void,
                onCancel: @escaping (Application) -> Void = { _ in }) {
        self.title = title
        self.verb = verb
        self.steps = steps
        total = steps.count
        self.onFinish = onFinish
        self.onCancel = onCancel
    }

    /// "Đang đọc: đề nghị năm 2019 (3/10) · Esc: dừng"
    func progressLine(_ language: Language) -> String {
        let what = steps.first?.label ?? ""
        return UIText.working(title, what, done + 1, total, verb: verb).text(language)
    }
}

extension Application {
    /// Starts work in steps. Under the terminal loop each step runs between keys with a progress line;
    /// elsewhere (tests driving keys, scripts) the steps run at once.
    public func start(_ work: Work) {
        if runsWorkBetweenKeys {
            pendingWork = work
            setStatus(work.progressLine(language))
            return
        }
        for s in work.steps { s.run() }
        work.onFinish(self)
    }

    public var hasPendingWork: Bool { pendingWork != nil }

    /// The top view has work of its own to do between keys (`View.hasIdleWork`).
    public var hasIdleWork: Bool { top?.hasIdleWork ?? false }

    /// One slice of the top view's own work; started work (`start(_:)`) goes first.
    public func runIdleStep() {
        guard pendingWork == nil, let view = top, view.hasIdleWork else { return }
        view.runIdleStep(app: self)
    }

    /// Runs the next step of the work under way; at its end, its finish.
    public func runPendingStep() {
        guard let work = pendingWork else { return }
        if !work.steps.isEmpty {
            let step = work.steps.removeFirst()
            step.run()
            work.done += 1
        }
        if work.steps.isEmpty {
            pendingWork = nil
            clearStatus()
            work.onFinish(self)
        } else {
            setStatus(work.progressLine(language))
        }
    }

    /// Esc while work runs stops it.
    func cancelPendingWork() {
        guard let work = pendingWork else { return }
        pendingWork = nil
        setStatus(UIText.workStopped(work.title, verb: work.verb).text(language))
        work.onCancel(self)
    }
}
