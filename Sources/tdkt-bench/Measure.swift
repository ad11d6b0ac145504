import Foundation

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

    /// Runs a program directly (no shell) and returns its wall time and standard output.
    @discardableResult
    static func run(_ path: String, _ args: [String]) throws -> (seconds: Double, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        var text = ""
        let t = try seconds {
            try p.run()
            text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
        }
        return (t, text)
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

/// The table the benchmark prints: one row per figure.
struct BenchTable {
    var rows: [(String, String, String, String)] = []
    mutating func add(_ figure: String, _ value: String, _ target: String = "", _ verdict: String = "") {
        rows.append((figure, value, target, verdict))
        print(String(format: "%-48@ %-22@ %-26@ %@", figure as NSString, value as NSString, target as NSString, verdict as NSString))
    }
}
