import Dispatch

/// A read run on another thread while the screen stays live: the view shows what it already has, asks
/// between keys whether the read is done (`value(waiting:)`), and waits for it (`wait()`) before a key that
/// needs what is being read. The read starts at the first of these calls, or at `start()`.
///
/// The read must not share mutable state with the thread running the application loop while it runs:
/// the view that started it touches nothing the read uses until it has its value.
public final class BackgroundRead<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var read: (@Sendable () -> Value)?
    private var result: Value?
    private var taken: Value?

    public init(_ read: @escaping @Sendable () -> Value) { self.read = read }

    /// Starts the read on another thread, once.
    public func start() {
        guard let read else { return }
        self.read = nil
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = read()
            finished.signal()
        }
    }

    /// The value if the read ends within `milliseconds`; nil if it is still going on.
    public func value(waiting milliseconds: Int = 0) -> Value? {
        if let taken { return taken }
        if dropped { return nil }
        start()
        guard finished.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return nil }
        taken = result
        return taken
    }

    /// Waits for the read to end if it started; one not started never will (its value is not to be asked for).
    public func cancelOrWait() {
        if read != nil { read = nil; dropped = true; return }
        if !dropped { _ = wait() }
    }
    private var dropped = false

    /// Waits for the read to end.
    public func wait() -> Value {
        if let taken { return taken }
        precondition(!dropped, "a read dropped before it started has no value")
        start()
        finished.wait()
        taken = result
        return taken!
    }
}
