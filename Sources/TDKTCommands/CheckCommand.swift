import Foundation
import TDKTCore
import TDKTText

/// `tdkt check`: every file read, every problem reported; exit 1 if any.
enum CheckCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
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

extension CheckCommand {
    static let spec = CommandSpec(
        name: "check", summary: Localized(vi: "kiểm tra mọi tệp", en: "check every file"),
        usage: ["check"],
        about: [Localized(vi: "Đọc mọi tệp và báo mọi lỗi: cú pháp JSON (dòng, cột), tham chiếu hỏng, giá trị ngoài phạm vi.",
                          en: "Reads every file and reports every problem: JSON syntax (line, column), broken references, values out of range."),
                Localized(vi: "Dựng lại chỉ mục đã cũ; xóa các tệp bị hỏng trong những gì chương trình giữ lại để mở nhanh: dòng màn hình và trang đầu báo cáo cho lần mở sau (index/snapshots), bản tóm tắt chỉ mục (index/digests); chúng được dựng lại khi cần.",
                          en: "Rebuilds stale indexes; removes damaged files of what the program keeps to open faster: the rows and a report's first page kept for a screen's next opening (index/snapshots), the indexes' digests (index/digests); they are made again when needed."),
                Localized(vi: "Mã thoát: 0 không lỗi, 1 có lỗi, 2 sai tham số.", en: "Exit status: 0 no problem, 1 problems found, 2 wrong arguments.")],
        options: [], run: run)
}
