import Foundation
import TDKTCore

// tdkt-bench [--scale N] [--seed S] [--dir DIR]
// Generates (once) a province-scale data directory and prints the figures of BENCHMARKS.md.
var scale = 1, seed: UInt64 = 2026
var base = NSTemporaryDirectory() + "tdkt-bench"
var args = Array(CommandLine.arguments.dropFirst())
while let a = args.first {
    args.removeFirst()
    switch a {
    case "--scale": scale = Int(args.removeFirst()) ?? 1
    case "--seed": seed = UInt64(args.removeFirst()) ?? 2026
    case "--dir": base = args.removeFirst()
    default: print("usage: tdkt-bench [--scale N] [--seed S] [--dir DIR]"); exit(2)
    }
}

@MainActor func dataset(_ name: String, archive: Int) throws -> String {
    let root = "\(base)/\(name)-s\(scale)-seed\(seed)"
    if FileManager.default.fileExists(atPath: root + "/config.json") { return root }
    try? FileManager.default.removeItem(atPath: root)
    var g = ProvinceGenerator(seed: seed, scale: scale)
    g.awardsPerYearPerScale *= archive
    let t = try Measure.seconds { _ = try g.write(to: root) }
    print("generated \(root) in \(String(format: "%.1f", t)) s")
    return root
}

let one = try dataset("archive1x", archive: 1)
let ten = try dataset("archive10x", archive: 10)
let files = Int((try Measure.shell("find '\(one)' -name '*.json' | wc -l").output).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
let size = Measure.diskUsage(one)
print("")
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Measure.mib(Int(ProcessInfo.processInfo.physicalMemory))) RAM; scale \(scale), seed \(seed)")
print("data: \(files) files, \(Measure.mib(size)) on disk (archive 1×)")
print("")
var table = BenchTable()
table.add("figure", "value", "target", "")

// Reference: jq parsing every file of the data directory once.
let jq = try Measure.shell("find '\(one)' -name '*.json' -print0 | xargs -0 jq empty").seconds
table.add("jq empty, all files (reference)", String(format: "%.2f s", jq))

// One save, and the same save with ten times the archive.
func medianSave(_ root: String) throws -> Double {
    let ws = try Workspace(root: root, user: "bench")
    var times: [Double] = []
    for i in 0..<60 {
        let id = "p\(i % 50)"
        guard let p = try ws.store.read(Person.self, at: "people/\(id).json") else { continue }
        var v = p.value
        v.position = "Chuyên viên \(i)"
        times.append(try Measure.seconds { try ws.store.save(v, basedOn: p.revision, action: "bench") })
    }
    return Measure.percentiles(times).p50
}
let save1 = try medianSave(one), save10 = try medianSave(ten)
table.add("save one record, archive 1× (p50)", Measure.ms(save1))
table.add("save one record, archive 10× (p50)", Measure.ms(save10), "≤ 1.2× the 1× time",
          String(format: "%.2f× %@", save10 / save1, save10 <= save1 * 1.2 ? "met" : "missed"))

// The year-end summary over ten years, read from disk.
var summaryTime = 0.0
do {
    let ws = try Workspace(root: one, user: "bench")
    summaryTime = try Measure.seconds { _ = try Reports.document("summary", period: ReportPeriod(from: 2016, to: 2025), workspace: ws) }
}
table.add("summary over 10 years", String(format: "%.2f s", summaryTime), "≤ 0.5× jq empty",
          String(format: "%.2f× %@", summaryTime / jq, summaryTime <= jq * 0.5 ? "met" : "missed"))

// Everything loaded: peak memory against the data's size on disk.
do {
    let ws = try Workspace(root: one, user: "bench")
    _ = (ws.units.count, ws.people.count, ws.clusters.count, ws.campaigns.count, ws.allAwards().count)
    let rss = Measure.peakRSS()
    table.add("peak RSS, all loaded", Measure.mib(rss), "≤ 3× data (\(Measure.mib(3 * size)))",
              String(format: "%.2f× %@", Double(rss) / Double(size), rss <= 3 * size ? "met" : "missed"))
}
