import Foundation
import TDKTCore

import TerminalUI
import TDKTText
import TDKTTestKit

// tdkt-bench [--scale N] [--seed S] [--dir DIR] [--tdkt PATH]
// Generates (once) a province-scale data directory and prints the figures of BENCHMARKS.md.
// tdkt-bench --generate DIR [--scale N] [--years N] [--seed S]: only writes the data directory (with its scoring rounds).
// tdkt-bench --add-scoring DIR [--seed S]: adds the scoring rounds to a directory generated without them.
// tdkt-bench [--runs N] [--tdkt PATH] [--only TEXT] --screens DIR: only the screens in tmux (those whose name
// contains TEXT). Options act in order: those of --screens and --grid come before them.
// tdkt-bench [--runs N] --grid DIR: only the scoring grid of the largest cluster, in tmux and in-process.
// tdkt-bench --real DIR [--tdkt PATH]: the real program on DIR — its screens in tmux and its commands —
// against `cat` and Python's json.loads over the same files.
// (`tdkt-bench --ui list|grid` shows the benchmark's list or grid on the terminal: the bench runs itself
// that way in tmux to count the bytes a key costs.)
var scale = 1, seed: UInt64 = 2026, years = 10
var generateInto: String?
var addScoringTo: String?
var realOn: String?
var realRuns = 3
var onlyScreens: String?
var base = NSTemporaryDirectory() + "tdkt-bench"
let selfPath = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
var tdktBinary = (selfPath as NSString).deletingLastPathComponent + "/tdkt"
var args = Array(CommandLine.arguments.dropFirst())
while let a = args.first {
    args.removeFirst()
    switch a {
    case "--only": onlyScreens = args.removeFirst()
    case "--scale": scale = Int(args.removeFirst()) ?? 1
    case "--seed": seed = UInt64(args.removeFirst()) ?? 2026
    case "--dir": base = args.removeFirst()
    case "--years": years = Int(args.removeFirst()) ?? 10
    case "--generate": generateInto = args.removeFirst()
    case "--add-scoring": addScoringTo = args.removeFirst()
    case "--real": realOn = args.removeFirst()
    case "--runs": realRuns = Int(args.removeFirst()) ?? 3
    case "--tdkt": tdktBinary = args.removeFirst()
    case "--profile-summary":
        // Only the summary's computation, for a profiler: `perf record -g tdkt-bench --profile-summary ROOT`.
        let ws = try Workspace(root: args.removeFirst(), user: "bench")
        let period = try ReportPeriod(from: 2016, to: 2025)
        let data = ReportData(workspace: ws, period: period)
        say(String(format: "computing the summary: %.2f s", try Measure.seconds { _ = try Reports.document("summary", period: period, data: data) }))
        exit(0)
    case "--profile-load":
        // Where a year's load goes, phase by phase (for a profiler too).
        try LoadProfile(root: args.removeFirst()).run()
        exit(0)
    case "--screens":
        // Only the screens in tmux, on a generated data directory (`--runs N` before it).
        let root = args.removeFirst()
        let year = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/proposals")) ?? []).compactMap(Int.init).max() ?? 2025
        for f in try RealScreens(root: root, tdkt: tdktBinary, year: year).measure(runs: realRuns, only: onlyScreens) {
            say("\(f.name): \(f.seconds.map { String(format: "%.3f s", $0) } ?? "timed out")")
        }
        exit(0)
    case "--grid":
        // Only the scoring grid of the largest cluster: in tmux as the rater (`--runs N` before it), then in-process.
        let root = args.removeFirst()
        let grid = RealGrid(root: root, tdkt: tdktBinary)
        if grid.isPossible {
            for f in grid.measure(runs: realRuns) { say("\(f.name): \(f.seconds.map { String(format: "%.3f s", $0) } ?? "timed out")") }
        }
        if let f = MainActor.assumeIsolated({ RealGridKeys.measure(root: root) }) {
            say("open: scoring grid, in-process (p50/p99): \(Measure.p50p99(f.open))")
            say("key: scoring grid, move, in-process (p50/p99): \(Measure.p50p99(f.moves)) (\(f.moves.count) keys)")
            say("key: scoring grid, score edit, in-process (p50/p99): \(Measure.p50p99(f.edits)) (\(f.edits.count) keys)")
        }
        exit(0)
    case "--keys-real":
        // Only the keys inside the real screens, on a generated data directory.
        let root = args.removeFirst()
        for f in MainActor.assumeIsolated({ RealKeys.measure(root: root) }) { say("\(f.name) (p50/p99): \(Measure.p50p99(f.times))") }
        exit(0)
    case "--keys":
        // Only the key timings (no data directory needed).
        let memory = MainActor.assumeIsolated { Interactive.keysOnMemoryScreen() }
        say("key: move in 10,000-row list, memory (p50/p99): \(Measure.p50p99(memory.listMove))")
        say("key: search letter in 10,000 rows, memory (p50/p99): \(Measure.p50p99(memory.search))")
        say("key: grid cell edit, memory (p50/p99): \(Measure.p50p99(memory.gridEdit))")
        let curses = try MainActor.assumeIsolated { try Interactive.keysOnCurses() }
        say("key: move in 10,000-row list, ncurses (p50/p99): \(Measure.p50p99(curses.times.listMove))")
        say("key: search letter in 10,000 rows, ncurses (p50/p99): \(Measure.p50p99(curses.times.search))")
        say("key: grid cell edit, ncurses (p50/p99): \(Measure.p50p99(curses.times.gridEdit))")
        say(String(format: "bytes per cursor move (ncurses): %.0f B; per grid cell edit: %.0f B", curses.bytesPerMove, curses.bytesPerEdit))
        exit(0)
    case "--ui":
        let what = args.first ?? "list"
        exit(TerminalRunner.run(Application(root: what == "grid" ? Interactive.grid() : Interactive.list())))
    default:
        say("usage: tdkt-bench [--scale N] [--seed S] [--dir DIR] [--tdkt PATH] | --generate DIR [--scale N] [--years N] | --add-scoring DIR | --real DIR | --keys | --ui list|grid")
        exit(2)
    }
}

if let root = generateInto {
    if FileManager.default.fileExists(atPath: root + "/config.json") { say("\(root) already holds a data directory"); exit(1) }
    var g = ProvinceGenerator(seed: seed, scale: scale)
    g.years = years
    var figures: ProvinceGenerator.Figures!
    // The login running the bench is the directory's administrator, so every screen opens for it in tmux.
    let t = try Measure.seconds { figures = try g.write(to: root, user: NSUserName()) }
    say(String(format: "generated %@ in %.1f s: %d files, %@ of JSON; %d units, %d people, %d proposals, %d awards",
               root, t, figures.files, Measure.mib(figures.bytes), figures.units, figures.people, figures.proposals, figures.awards))
    try addScoring(root)
    exit(0)
}
if let root = addScoringTo {
    try addScoring(root)
    exit(0)
}

/// The scoring rounds of the newest year, added as the login running the bench (an administrator of `root`).
@MainActor func addScoring(_ root: String) throws {
    var f: ProvinceScoring.Figures!
    let t: Double
    do {
        t = try Measure.seconds { f = try ProvinceScoring(seed: seed).add(to: root, admin: NSUserName()) }
    } catch {
        say("\(root): \(error)")
        exit(1)
    }
    say(String(format: "scoring rounds %d added in %.1f s: %d rounds, %d cross sheets; largest %@ (%d members), login %@ scores as %@",
               f.year, t, f.rounds, f.crossSheets, f.largestCluster, f.members, ProvinceScoring.raterLogin, f.raterUnit))
}
if let root = realOn {
    try RealProgram(root: root, tdkt: tdktBinary, runs: realRuns).run()
    exit(0)
}

@MainActor func dataset(_ name: String, archive: Int) throws -> String {
    let root = "\(base)/\(name)-s\(scale)-seed\(seed)"
    if FileManager.default.fileExists(atPath: root + "/config.json") { return root }
    try? FileManager.default.removeItem(atPath: root)
    var g = ProvinceGenerator(seed: seed, scale: scale)
    g.awardsPerYearPerScale *= archive
    let t = try Measure.seconds { _ = try g.write(to: root) }
    say("generated \(root) in \(String(format: "%.1f", t)) s")
    return root
}

let one = try dataset("archive1x", archive: 1)
let ten = try dataset("archive10x", archive: 10)
let files = Int((try Measure.shell("find '\(one)' -name '*.json' | wc -l").output).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
let size = Measure.diskUsage(one)
say("")
say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Measure.mib(Int(ProcessInfo.processInfo.physicalMemory))) RAM; scale \(scale), seed \(seed)")
say("data: \(files) files, \(Measure.mib(size)) on disk (archive 1×)")
say("")
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
        ws.reload()
        guard let p = ws.people[id] else { continue }
        var v = p.value
        v.position = "Chuyên viên \(i)"
        times.append(try Measure.seconds { try ws.savePerson(v, basedOn: p.revision) })
    }
    return Measure.percentiles(times).p50
}
let save1 = try medianSave(one), save10 = try medianSave(ten)
table.add("save one record, archive 1× (p50)", Measure.ms(save1))
table.add("save one record, archive 10× (p50)", Measure.ms(save10), "≤ 1.2× the 1× time",
          String(format: "%.2f× %@", save10 / save1, save10 <= save1 * 1.2 ? "met" : "missed"))

// The year-end summary over ten years: before (every record file decoded) and after the year index.
let period = try ReportPeriod(from: 2016, to: 2025)
func summaryPhases(indexes: Bool) throws -> (total: Double, phases: [(String, Double)]) {
    // The whole summary as the screen and `tdkt report summary` make it, on a fresh workspace...
    let fresh = try Workspace(root: one, user: "bench")
    fresh.useIndexes = indexes
    let whole = try Measure.seconds { _ = try Reports.document("summary", period: period, workspace: fresh) }
    // ...then the same by phase on another (reading the collections first, so gathering then reuses them,
    // except the proposals, which ReportData reads itself).
    let ws = try Workspace(root: one, user: "bench")
    ws.useIndexes = indexes
    var phases: [(String, Double)] = []
    var data: ReportData!
    _ = try Measure.seconds {
        let years = Array(period.previous.from...period.to)
        phases.append(("units, people, campaigns, clusters", Measure.seconds { _ = (ws.units.count, ws.people.count, ws.campaigns.count, ws.clusters.count, ws.households.count) }))
        phases.append(("awards, 20 years", Measure.seconds { for y in years { _ = ws.awards(year: y) } }))
        phases.append(("gathering (ReportData)", Measure.seconds { data = ReportData(workspace: ws, period: period) }))
        var doc: ReportDocument!
        phases.append(("computing the summary", try Measure.seconds { doc = try Reports.document("summary", period: period, data: data) }))
        phases.append(("rendering it as text", Measure.seconds { _ = Reports.render(doc, format: .text, config: ws.config, period: period) }))
    }
    return (whole, phases)
}
let before = try summaryPhases(indexes: false)
table.add("summary over 10 years, no index", String(format: "%.2f s", before.total), "≤ 0.5× jq empty",
          String(format: "%.2f× %@", before.total / jq, before.total <= jq * 0.5 ? "met" : "missed"))
for (name, t) in before.phases { table.add("  · " + name, String(format: "%.2f s", t)) }
// The index as `tdkt check` builds it for a data directory made before it (the generator writes files directly).
do {
    let store = try Store(root: one, user: "bench")
    var lines = 0
    let t = try Measure.seconds {
        for y in store.years(in: AwardRecord.collection) { lines += try store.rebuildIndex(AwardRecord.self, year: y) }
        for y in store.years(in: Proposal.collection) { lines += try store.rebuildIndex(Proposal.self, year: y) }
    }
    table.add("year indexes rebuilt (tdkt check)", String(format: "%.2f s", t), "", "\(lines) records")
    let indexBytes = Measure.diskUsage(one + "/index")
    table.add("year indexes on disk", Measure.mib(indexBytes), "", String(format: "%.1f%% of the data", 100 * Double(indexBytes) / Double(size)))
}
let after = try summaryPhases(indexes: true)
let summaryTime = after.total
table.add("summary over 10 years, year index", String(format: "%.2f s", summaryTime), "≤ 0.5× jq empty",
          String(format: "%.2f× %@", summaryTime / jq, summaryTime <= jq * 0.5 ? "met" : "missed"))
for (name, t) in after.phases { table.add("  · " + name, String(format: "%.2f s", t)) }

// Everything loaded: peak memory against the data's size on disk.
do {
    let ws = try Workspace(root: one, user: "bench")
    _ = (ws.units.count, ws.people.count, ws.clusters.count, ws.campaigns.count, ws.allAwards().count)
    let rss = Measure.peakRSS()
    table.add("peak RSS, all loaded", Measure.mib(rss), "≤ 3× data (\(Measure.mib(3 * size)))",
              String(format: "%.2f× %@", Double(rss) / Double(size), rss <= 3 * size ? "met" : "missed"))
}


// Cold start: exec of the real binary to its first frame (the main menu, workspace open), under a pseudo-terminal.
if FileManager.default.isExecutableFile(atPath: tdktBinary) {
    let cold = try Interactive.coldStart(binary: tdktBinary, root: one)
    table.add("cold start to first frame (p50 of 15)", Measure.ms(cold.p50), "", "script + /bin/true alone: \(Measure.ms(cold.baseline))")
    let startFiles = Interactive.filesReadAtStart(binary: tdktBinary, root: one)
    let list = startFiles.map { "'\($0)'" }.joined(separator: " ")
    let jqStart = try Measure.shell("jq empty \(list)").seconds
    table.add("jq empty, the files read at start (reference)", Measure.ms(jqStart), "",
              startFiles.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
} else {
    table.add("cold start to first frame", "skipped", "", "no tdkt at \(tdktBinary) (swift build -c release)")
}

// Keys: a key handled and its frame drawn, in a 10,000-row list and in a scoring grid.
let memory = MainActor.assumeIsolated { Interactive.keysOnMemoryScreen() }
table.add("key: move in 10,000-row list, memory screen (p50/p99)", Measure.p50p99(memory.listMove))
table.add("key: search letter in 10,000 rows, memory (p50/p99)", Measure.p50p99(memory.search))
table.add("key: grid cell edit (7, Enter), memory (p50/p99)", Measure.p50p99(memory.gridEdit))
let curses = try MainActor.assumeIsolated { try Interactive.keysOnCurses() }
table.add("key: move in 10,000-row list, ncurses (p50/p99)", Measure.p50p99(curses.times.listMove))
table.add("key: search letter in 10,000 rows, ncurses (p50/p99)", Measure.p50p99(curses.times.search))
table.add("key: grid cell edit, ncurses (p50/p99)", Measure.p50p99(curses.times.gridEdit))
table.add("bytes per cursor move, 1,000 moves (ncurses)", String(format: "%.0f B", curses.bytesPerMove))
table.add("bytes per grid cell edit (ncurses)", String(format: "%.0f B", curses.bytesPerEdit))

// Bytes on the wire through a real terminal (tmux pipe-pane): this list, and Midnight Commander's panel
// over a folder of 10,000 files, 200 moves down from the top, each key let settle.
if let tdktList = try Interactive.bytesPerKey(command: "env TERM=xterm-256color LANG=C.UTF-8 '\(selfPath)' --ui list",
                                               ready: "Danh sách cá nhân", key: "Down", count: 200) {
    table.add("bytes per cursor move, tmux (tdkt list)", String(format: "%.0f B", tdktList))
}
if FileManager.default.isExecutableFile(atPath: "/usr/bin/mc") {
    let folder = base + "/mc-10000"
    if !FileManager.default.fileExists(atPath: folder + "/f09999.txt") {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for i in 0..<10_000 { _ = FileManager.default.createFile(atPath: folder + String(format: "/f%05d.txt", i), contents: nil) }
    }
    if let mc = try Interactive.bytesPerKey(command: "env TERM=xterm-256color LANG=C.UTF-8 HOME='\(base)' mc --nosubshell --nomouse '\(folder)' '\(folder)'",
                                           ready: "f00001", key: "Down", count: 200) {
        table.add("bytes per cursor move, tmux (mc, reference)", String(format: "%.0f B", mc))
    }
}
