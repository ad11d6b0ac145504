import Foundation
import TDKTCore
import TDKTText

/// `tdkt import units|people FILE.csv [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]`.
enum ImportDirectoryCommand {
    static func run(_ ctx: CommandContext, kind: String, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: ["--encoding"], flags: ["--dry-run", "--accept-good"])
        try args.expectPositional(max: 1, usage: "tdkt import \(kind) FILE.csv [--dry-run]")
        guard let path = args.positional.first else { throw UsageError("tdkt import \(kind): thiếu tệp / missing FILE.csv") }
        let encoding = try args.value("--encoding").map { v -> VietnameseEncoding in
            guard let e = VietnameseEncoding(rawValue: v) else { throw UsageError("--encoding: utf8|tcvn3|vni") }
            return e
        }
        let ws = try ctx.workspace()
        try ws.authorize(.importData)
        let (table, decoded) = try ImportFile.read(path: path, encoding: encoding)
        let file = (path as NSString).lastPathComponent
        let plan = kind == "units" ? try DirectoryImport.planUnits(table, file: file, in: ws)
                                   : try DirectoryImport.planPeople(table, file: file, in: ws)
        ctx.say("Mã hóa: \(decoded.encoding.rawValue)\(decoded.detected ? " (tự nhận)" : "")",
                "Encoding: \(decoded.encoding.rawValue)\(decoded.detected ? " (detected)" : "")")
        for r in plan.rows {
            ctx.output.line(ctx.language == .en ? "line \(r.line): \(r.created ? "create" : "match ") \(r.id)  \(r.name)"
                                                : "dòng \(r.line): \(r.created ? "tạo mới" : "khớp   ") \(r.id)  \(r.name)")
        }
        for p in plan.problems { ctx.output.error(p.message(ctx.language)) }
        ctx.say("\(plan.created) tạo mới, \(plan.matched) khớp, \(plan.problems.count) dòng lỗi",
                "\(plan.created) to create, \(plan.matched) matched, \(plan.problems.count) bad rows")
        if args.has("--dry-run") {
            ctx.say("Chạy thử: chưa ghi gì.", "Dry run: nothing written.")
            return plan.problems.isEmpty ? 0 : 1
        }
        if !plan.problems.isEmpty && !args.has("--accept-good") {
            ctx.say("Không ghi gì vì có dòng lỗi; sửa tệp hoặc dùng --accept-good để chỉ nhập các dòng đúng.",
                    "Nothing written because of bad rows; fix the file or use --accept-good to import only the good rows.")
            return 1
        }
        try ws.apply(plan, acceptGoodRows: true)
        ctx.say("Đã nhập \(plan.rows.count) dòng.", "Imported \(plan.rows.count) rows.")
        return 0
    }
}

/// `tdkt import KIND ...`: dispatches to the importer of each kind.
enum ImportCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        guard let kind = words.first else { throw UsageError("tdkt import units|people|awards FILE.csv") }
        let rest = Array(words.dropFirst())
        switch kind {
        case "units", "people": return try ImportDirectoryCommand.run(ctx, kind: kind, rest)
        case "awards": return try ImportAwardsCommand.run(ctx, rest)
        default: throw UsageError("tdkt import: '\(kind)' không hợp lệ / unknown; units|people|awards")
        }
    }
}
