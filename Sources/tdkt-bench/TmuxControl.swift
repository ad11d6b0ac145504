import Foundation

/// A control-mode client (`tmux -C attach`) of a bench pane's tmux server: commands go on its input, their
/// replies come back on its output between `%begin` and `%end`, and so do the notes that the pane wrote
/// output (`%output`). Waiting for a frame then spawns no process and reads the pane only after the program
/// wrote to it: a `tmux capture-pane` process spawned every millisecond kept one of the machine's two cores
/// busy while the program being timed worked.
final class TmuxControl {
    private var pid: pid_t = 0
    private var toTmux: Int32 = -1
    private var fromTmux: Int32 = -1
    private var pending: [UInt8] = []
    /// The pane wrote output since this was last cleared.
    private var sawOutput = false

    init?(socket: String, session: String) {
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in [input[0], input[1], output[0], output[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        let words: [String] = ["/usr/bin/tmux", "-L", socket, "-C", "attach", "-t", session]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, environ)
        close(input[0]); close(output[1])
        toTmux = input[1]; fromTmux = output[0]
        _ = fcntl(toTmux, F_SETFD, FD_CLOEXEC); _ = fcntl(fromTmux, F_SETFD, FD_CLOEXEC)
        // The attach answers with a block of its own.
        guard spawned == 0, block(timeout: 5) != nil else { return nil }
    }

    /// The client does not always leave when its input closes: it is told to.
    deinit {
        close(toTmux); close(fromTmux)
        guard pid > 0 else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Runs a tmux command; the lines of its reply, nil on an error reply or no reply within `timeout`.
    func run(_ command: String, timeout: Double = 10) -> [String]? {
        let bytes = Array((command + "\n").utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(toTmux, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            sent += n
        }
        return block(timeout: timeout)
    }

    /// The pane's text, as `capture-pane -p` prints it.
    func capture() -> String { (run("capture-pane -p -t b") ?? []).joined(separator: "\n") }

    /// Keys in tmux's names or literal text; false when the text cannot be written as one quoted word.
    func send(_ key: String, literal: Bool) -> Bool {
        guard !key.contains("'"), !key.contains("\n") else { return false }
        return run("send-keys -t b " + (literal ? "-l " : "") + "'" + key + "'") != nil
    }

    /// Seconds until `ready` holds for the pane's text, reading it again each time the pane writes; nil after
    /// `timeout`.
    func wait(timeout: Double, since start: UInt64, _ ready: (String) -> Bool) -> Double? {
        while true {
            sawOutput = false
            let screen = capture()
            let now = DispatchTime.now().uptimeNanoseconds
            if ready(screen) { return Double(now - start) / 1e9 }
            let left = timeout - Double(now - start) / 1e9
            if left <= 0 { return nil }
            // Read again at the pane's next output (and at least every 50 ms, should a note be missed).
            if !sawOutput { waitForOutput(timeout: min(left, 0.05)) }
        }
    }

    private func waitForOutput(timeout: Double) {
        let end = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        while !sawOutput, let line = nextLine(until: end) { note(line) }
    }

    /// The lines between the next `%begin` and its `%end`; nil for `%error` or nothing within `timeout`.
    private func block(timeout: Double) -> [String]? {
        let end = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        var lines: [String]?
        while let line = nextLine(until: end) {
            if lines == nil {
                if line.hasPrefix("%begin") { lines = [] } else { note(line) }
            } else if line.hasPrefix("%end") {
                return lines
            } else if line.hasPrefix("%error") {
                return nil
            } else {
                lines?.append(line)
            }
        }
        return nil
    }

    private func note(_ line: String) {
        if line.hasPrefix("%output") || line.hasPrefix("%extended-output") { sawOutput = true }
    }

    /// The next line from tmux, waiting until `end` (a monotonic time in nanoseconds) at most.
    private func nextLine(until end: UInt64) -> String? {
        while true {
            if let nl = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<nl], as: UTF8.self)
                pending.removeSubrange(...nl)
                return line
            }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < end else { return nil }
            var fds = pollfd(fd: fromTmux, events: Int16(POLLIN), revents: 0)
            let waited = poll(&fds, 1, Int32(max(1, (end - now) / 1_000_000)))
            if waited < 0 && errno == EINTR { continue }
            guard waited > 0 else { return nil }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = read(fromTmux, &buffer, buffer.count)
            guard n > 0 else { return nil }
            pending += buffer[..<n]
        }
    }
}
