import Foundation
import TDKTCore
import TDKTDemo
import TDKTTestKit

// Usage: tdkt-fuzz [ITERATIONS] [SEED]
// Feeds mutated inputs to the loaders and prints the figures; exits 1 if any input crashed
// (the process would not get here) or was refused without naming its file and line.
let args = CommandLine.arguments
let iterations = args.count > 1 ? Int(args[1]) ?? 1_000_000 : 1_000_000
let seed = args.count > 2 ? UInt64(args[2]) ?? 1 : 1
let started = Date()
// With TDKT_FUZZ_KEEP=DIR, the inputs refused without a line are written there to be looked at.
let keepDir = ProcessInfo.processInfo.environment["TDKT_FUZZ_KEEP"]
let json = InputFuzzer.fuzzJSON(seeds: try InputFuzzer.jsonSeeds(), iterations: iterations, seed: seed) { i, bytes in
    if let keepDir { _ = FileManager.default.createFile(atPath: "\(keepDir)/json-\(i).bin", contents: Data(bytes)) }
}
let seconds = Date().timeIntervalSince(started)
print("JSON loader: \(json.inputs) inputs, \(json.accepted) accepted, \(json.refused) refused, \(json.badErrors.count) refusals without file and line, \(String(format: "%.1f", seconds)) s")
for e in json.badErrors.prefix(10) { print("  \(e)") }

// TDKT_FUZZ_ONLY=json stops here (the importers take far longer).
if ProcessInfo.processInfo.environment["TDKT_FUZZ_ONLY"] == "json" { exit(json.badErrors.isEmpty ? 0 : 1) }

// The importers work on a demo data directory, in dry runs.
let root = NSTemporaryDirectory() + "tdkt-fuzz-\(getpid())"
try DataInitializer.create(root: root, user: "fuzz", seed: DemoData.seed())
defer { try? FileManager.default.removeItem(atPath: root) }
let csvStarted = Date()
let csv = InputFuzzer.fuzzCSV(workspace: try Workspace(root: root, user: "fuzz"), iterations: iterations, seed: seed)
print("CSV importers: \(csv.inputs) inputs, \(csv.accepted) accepted, \(csv.refused) refused, \(csv.badErrors.count) refusals without file and line, \(String(format: "%.1f", Date().timeIntervalSince(csvStarted))) s")
for e in csv.badErrors.prefix(10) { print("  \(e)") }
exit(json.badErrors.isEmpty && csv.badErrors.isEmpty ? 0 : 1)
