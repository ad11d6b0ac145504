import Foundation
import TDKTCore
import TDKTText
import TDKTTestKit

/// Timing and process helpers for the benchmark.
enum Measure {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Median and 99th percentile of a sample.
    static func percentiles(_ values: [Double]) -> (p50: Double, p99: Double) {
        let s = values.sorted()
        guard !s.isEmpty else { return (0, 0) }
        return (s[s.count / 2], s[min(s.count - 1, Int(Double(s.count) * 0.99))])
    }

    /// Peak resident memory of this process, in bytes.
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// Runs a shell pipeline (the reference measurements only, never user input) and returns its wall time.
    @discardableResult
    static func shell(_ command: String) throws -> (seconds: Double, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        var text = ""
        let t = try seconds {
            try p.run()
            text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
        }
        return (t, text)
    }

    /// Runs a program directly (no shell) and returns its wall time and standard output. posix_spawn and
    /// waitpid, output through a file: Foundation's Process never returned from a `tmux new-session`,
    /// whose server keeps running (the end-to-end tests' harness found the same).
    @discardableResult
    static func run(_ path: String, _ args: [String]) throws -> (seconds: Double, output: String) {
        let outPath = NSTemporaryDirectory() + "tdkt-bench-out-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var failure: Int32 = 0
        let t = seconds {
            var pid: pid_t = 0
            failure = posix_spawn(&pid, path, &actions, nil, argv, envp)
            guard failure == 0 else { return }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        if failure != 0 { throw CocoaError(.executableNotLoadable) }
        return (t, (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "")
    }

    static func diskUsage(_ path: String) -> Int {
        let out = (try? shell("du -sk '\(path)' | cut -f1").output) ?? "0"
        return (Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) * 1024
    }

    static func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
    static func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }
    static func p50p99(_ values: [Double]) -> String {
        let p = percentiles(values)
        return String(format: "%.2f / %.2f ms", p.p50 * 1000, p.p99 * 1000)
    }
}

/// Writes a line at once (unbuffered), so rows appear as they are measured, also into a file.
func say(_ line: String = "") { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

/// The table the benchmark prints: one row per figure.
struct BenchTable {
    var rows: [(String, String, String, String)] = []
    mutating func add(_ figure: String, _ value: String, _ target: String = "", _ verdict: String = "") {
        rows.append((figure, value, target, verdict))
        // Padded by display width (Vietnamese letters, ×, ≤): String(format:) with %-48@ does not pad on Linux.
        say([DisplayWidth.pad(figure, to: 54), DisplayWidth.pad(value, to: 20), DisplayWidth.pad(target, to: 26), verdict]
            .joined(separator: " ").trimmingCharacters(in: .whitespaces))
    }
}
