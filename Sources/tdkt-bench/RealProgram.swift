import Foundation
import TDKTCore
import TDKTText

/// The real program on a generated province: its screens in tmux (time from the key to the rows on the
/// terminal) and its commands, each against `cat` and Python's `json.loads` over the files it is about,
/// measured in the same run (`tdkt-bench --real DIR`).
struct RealProgram {
    let root: String
    let tdkt: String
    var runs = 3

    func run() throws {
        guard FileManager.default.isExecutableFile(atPath: tdkt) else { say("no tdkt at \(tdkt) (swift build -c release)"); return }
        var table = BenchTable()
        table.add("figure", "value", "target", "")

        // References: every file of a collection read by cat, and parsed by Python's json.loads.
        let collections = ["proposals", "awards", "units", "people", "clusters"]
            + (FileManager.default.fileExists(atPath: root + "/scoring") ? ["scoring"] : [])
        var cat: [String: Double] = [:]
        for c in collections {
            cat[c] = median { try Measure.shell("find '\(root)/\(c)' -name '*.json' -print0 | xargs -0 cat > /dev/null").seconds }
            table.add("cat, every file of \(c) (reference)", String(format: "%.3f s", cat[c]!))
        }
        let catAll = median { try Measure.shell("find '\(root)' -name '*.json' -not -path '*/index/*' -print0 | xargs -0 cat > /dev/null").seconds }
        table.add("cat, every file (reference)", String(format: "%.3f s", catAll))
        let python = median { try Measure.shell("python3 -c \(Self.pythonLoads) '\(root)'").seconds }
        table.add("python json.loads, every file (reference)", String(format: "%.3f s", python))

        // The command line.
        let year = String(lastYear())
        let commands: [(String, [String], String, Double)] = [
            ("tdkt proposals list --year \(year)", ["proposals", "list", "--year", year], "≤ 0.2 s", 0.2),
            ("tdkt history --search \"nguyen van\"", ["history", "--search", "nguyen van"], "≤ 0.2 s", 0.2),
            ("tdkt list people --search \"nguyen van\"", ["list", "people", "--search", "nguyen van"], "≤ 0.2 s", 0.2),
            ("tdkt list people", ["list", "people"], "", 0),
            ("tdkt list units", ["list", "units"], "", 0),
            ("tdkt report summary --year \(year)", ["report", "summary", "--year", year], "", 0),
            ("tdkt report summary, 10 years", ["report", "summary", "--from", String(lastYear() - 9), "--to", year], "≤ 0.5× python", -0.5),
            ("tdkt check", ["check"], "≤ 1× python", -1),
        ]
        for (name, args, target, limit) in commands {
            let t = median { try Measure.run(tdkt, ["--data", root] + args).seconds }
            var verdict = ""
            if limit > 0 { verdict = t <= limit ? "met" : "missed" }
            if limit < 0 { verdict = String(format: "%.2f× python, %@", t / python, t <= -limit * python ? "met" : "missed") }
            table.add(name, String(format: "%.3f s", t), target, verdict)
        }

        // Peak memory with every year loaded (the ten-year summary reads every award and proposal), against the JSON.
        let jsonBytes = Int((try? Measure.shell("find '\(root)' -name '*.json' -not -path '*/index/*' -print0 | xargs -0 cat | wc -c").output)?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        let rssText = (try? Measure.shell("/usr/bin/time -f %M '\(tdkt)' --data '\(root)' report summary --from \(lastYear() - 9) --to \(year) 2>&1 >/dev/null | tail -1").output) ?? ""
        if let kb = Int(rssText.trimmingCharacters(in: .whitespacesAndNewlines)), jsonBytes > 0 {
            let ratio = Double(kb * 1024) / Double(jsonBytes)
            table.add("peak RSS, every year loaded (summary, 10 years)", Measure.mib(kb * 1024), "≤ 3× JSON (\(Measure.mib(3 * jsonBytes)))",
                      String(format: "%.2f× %@", ratio, ratio <= 3 ? "met" : "missed"))
        }

        // Keys inside the real screens, in-process on the memory screen.
        for figure in MainActor.assumeIsolated({ RealKeys.measure(root: root) }) {
            let p = Measure.percentiles(figure.times)
            table.add(figure.name + " (p50/p99)", Measure.p50p99(figure.times), String(format: "p99 ≤ %.0f ms", figure.limit * 1000),
                      p.p99 <= figure.limit ? "met" : "missed")
        }

        // The screens, in tmux.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") {
            for figure in try RealScreens(root: root, tdkt: tdkt, year: lastYear()).measure(runs: runs) {
                let reference = figure.limit ?? figure.collection.flatMap { cat[$0] }.map { max(0.05, 0.1 * $0) } ?? 0.05
                let shown = figure.seconds.map { String(format: "%.3f s", $0) } ?? "timed out"
                let verdict = figure.seconds.map { String(format: "%.2f× target, %@", $0 / reference, $0 <= reference ? "met" : "missed") } ?? "missed"
                table.add(figure.name, shown, String(format: "≤ %.3f s", reference), verdict)
            }
        }
    }

    /// The median of a few runs.
    func median(_ body: () throws -> Double) -> Double {
        let times = (0..<runs).compactMap { _ in try? body() }
        return Measure.percentiles(times).p50
    }

    /// The newest year of proposals in the data directory.
    func lastYear() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/proposals")) ?? []).compactMap(Int.init).max() ?? 2025
    }

    /// Python parsing every record file (not the indexes), as a one-liner for `python3 -c`.
    static let pythonLoads = """
    'import json,os,sys
    for d,_,fs in os.walk(sys.argv[1]):
        if "/index" in d: continue
        for f in fs:
            if f.endswith(".json"):
                json.loads(open(os.path.join(d,f),"rb").read())'
    """
}
