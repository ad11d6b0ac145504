import Foundation
import TDKTCore
import TDKTText

/// `tdkt check`: every file read, every problem reported; exit 1 if any.
enum CheckCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: [], flags: [])
        try args.expectPositional(max: 0, usage: "tdkt check")
        let ws = try ctx.workspace()
        let report = DataCheck.run(ws)
        for note in report.notes { ctx.output.line(note) }
        for problem in report.problems { ctx.output.line(problem) }
        for index in report.rebuiltIndexes {
            ctx.say("Đã dựng lại chỉ mục \(index)", "Rebuilt the index \(index)")
        }
        ctx.say("Đã đọc \(report.filesRead) tệp; \(report.problems.count) vấn đề.",
                "Read \(report.filesRead) files; \(report.problems.count) problems.")
        return report.problems.isEmpty ? 0 : 1
    }
}
