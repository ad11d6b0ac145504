import Foundation
import TDKTCore
import TDKTText

/// `tdkt import units|people|ratings|initiatives|discipline FILE [--sheet NAME] [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]`.
enum ImportDirectoryCommand {
    static func run(_ ctx: CommandContext, kind: String, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, ImportCommand.spec, subcommand: kind)
        try args.expectPositional(max: 1, usage: "tdkt import \(kind) FILE.csv|FILE.xlsx [--sheet NAME] [--dry-run]")
        guard let path = args.positional.first else { throw UsageError(vi: "tdkt import \(kind): thiếu tệp FILE.csv", en: "tdkt import \(kind): missing FILE.csv") }
        let encoding = try args.value("--encoding").map { v -> VietnameseEncoding in
            guard let e = VietnameseEncoding(rawValue: v) else { throw UsageError("--encoding: utf8|tcvn3|vni") }
            return e
        }
        let ws = try ctx.workspace()
        try ws.authorize(.importData)
        if ["units", "people"].contains(kind), args.value("--sheet") == nil, !SpreadsheetImport.isWorkbookPath(path) {
            return try ImportStreamedCommand.run(ctx, kind: kind, path: path, encoding: encoding, args: args, in: ws)
        }
        let (table, decoded) = try ImportFile.read(path: path, encoding: encoding, sheet: args.value("--sheet"))
        let file = (path as NSString).lastPathComponent
        let plan: ImportPlan
        switch kind {
        case "units": plan = try DirectoryImport.planUnits(table, file: file, in: ws)
        case "people": plan = try DirectoryImport.planPeople(table, file: file, in: ws)
        default: plan = try HistoryImport.plan(ImportBatch.Kind(rawValue: kind)!, table, file: file, in: ws)
        }
        if SpreadsheetImport.isWorkbookPath(path) {
            ctx.say("Bảng tính Excel", "Excel workbook")
        } else {
            ctx.say("Mã hóa: \(decoded.encoding.rawValue)\(decoded.detected ? " (tự nhận)" : "")",
                    "Encoding: \(decoded.encoding.rawValue)\(decoded.detected ? " (detected)" : "")")
        }
        let history = !["units", "people"].contains(kind)
        for r in plan.rows {
            let verb = history ? (ctx.language == .en ? "update" : "bổ sung") : r.created ? (ctx.language == .en ? "create" : "tạo mới")
                : (ctx.language == .en ? "match " : "khớp   ")
            ctx.output.line(ctx.language == .en ? "line \(r.line): \(verb) \(r.id)  \(r.name)" : "dòng \(r.line): \(verb) \(r.id)  \(r.name)")
        }
        for w in plan.warnings { ctx.output.line((ctx.language == .vi ? "lưu ý: " : "warning: ") + w.message(ctx.language)) }
        for p in plan.problems { ctx.output.error(p.message(ctx.language)) }
        if history {
            let people = Set(plan.rows.map(\.id)).count
            ctx.say("\(plan.rows.count) dòng bổ sung cho \(people) người, \(plan.problems.count) dòng lỗi",
                    "\(plan.rows.count) rows adding to \(people) people, \(plan.problems.count) bad rows")
        } else {
            ctx.say("\(plan.created) tạo mới, \(plan.matched) khớp, \(plan.problems.count) dòng lỗi",
                    "\(plan.created) to create, \(plan.matched) matched, \(plan.problems.count) bad rows")
        }
        if args.has("--dry-run") {
            ctx.say("Chạy thử: chưa ghi gì.", "Dry run: nothing written.")
            return plan.problems.isEmpty ? 0 : 1
        }
        if !plan.problems.isEmpty && !args.has("--accept-good") {
            ctx.say("Không ghi gì vì có dòng lỗi; sửa tệp hoặc dùng --accept-good để chỉ nhập các dòng đúng.",
                    "Nothing written because of bad rows; fix the file or use --accept-good to import only the good rows.")
            return 1
        }
        let batch = try ws.apply(plan, acceptGoodRows: true)
        ctx.say("Đã nhập \(plan.rows.count) dòng (lô \(batch ?? "-"); hoàn tác: tdkt import undo \(batch ?? "-")).",
                "Imported \(plan.rows.count) rows (batch \(batch ?? "-"); to undo: tdkt import undo \(batch ?? "-")).")
        return 0
    }
}

/// `tdkt import KIND ...`: dispatches to the importer of each kind.
enum ImportCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        guard let kind = words.first else { throw UsageError("tdkt import units|people|awards|ratings|initiatives|discipline FILE | list | undo BATCH") }
        let rest = Array(words.dropFirst())
        switch kind {
        case "units", "people", "ratings", "initiatives", "discipline": return try ImportDirectoryCommand.run(ctx, kind: kind, rest)
        case "awards": return try ImportAwardsCommand.run(ctx, rest)
        case "list", "undo": return try ImportBatchCommand.run(ctx, kind, rest)
        default: throw UsageError(vi: "tdkt import: \'\(kind)\' không hợp lệ; units|people|awards|ratings|initiatives|discipline|list|undo", en: "tdkt import: unknown \'\(kind)\'; units|people|awards|ratings|initiatives|discipline|list|undo")
        }
    }
}

extension ImportCommand {
    static let spec = CommandSpec(
        name: "import", summary: Localized(vi: "nhập từ bảng tính Excel (.xlsx) hoặc CSV; các lần nhập, hoàn tác",
                                           en: "import from Excel workbooks (.xlsx) or CSV; import batches, undo"),
        usage: ["import units FILE.csv|FILE.xlsx [--sheet NAME] [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]",
                "import people FILE.csv|FILE.xlsx [--sheet NAME] [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]",
                "import awards FILE.csv|FILE.xlsx [--sheet NAME] [--dry-run] [--encoding utf8|tcvn3|vni]",
                "import ratings|initiatives|discipline FILE.csv|FILE.xlsx [--sheet NAME] [--dry-run] [--accept-good]",
                "import list [--format text|csv|json|xlsx --out FILE]",
                "import undo BATCH"],
        about: [Localized(vi: "Nhập từ bảng tính Excel (.xlsx: trang đầu hoặc --sheet) hoặc tệp CSV (UTF-8 có/không BOM, TCVN3, VNI; cả tệp một bảng mã, tệp trộn bảng mã bị từ chối kèm số dòng). Tên cột không phân biệt dấu, hoa thường.",
                          en: "Imports an Excel workbook (.xlsx: the first sheet, or --sheet) or a CSV file (UTF-8 with or without BOM, TCVN3, VNI; one encoding per file, a file mixing them is refused with its lines). Column names are matched ignoring case and diacritics."),
                Localized(vi: "Đơn vị: Mã, Tên đơn vị, Loại, Đơn vị cấp trên, Số thành viên; dòng theo thứ tự bất kỳ; loại như văn phòng viết (\"Xã, phường, thị trấn\"), loại lạ giữ là Khác kèm chữ gốc. Cá nhân: Mã, Họ và tên, Đơn vị, Chức vụ, Nhóm thống kê, Năm sinh, Năm xếp loại, Xếp loại.",
                          en: "Units: Mã, Tên đơn vị, Loại, Đơn vị cấp trên, Số thành viên; rows in any order; kinds as offices write them, unknown ones kept as Other with their text. People: Mã, Họ và tên, Đơn vị, Chức vụ, Nhóm thống kê, Năm sinh, Năm xếp loại, Xếp loại."),
                Localized(vi: "Khen thưởng: Năm; Loại (Cá nhân/Tập thể); Họ và tên/Tên tập thể; Đơn vị; Hình thức khen thưởng/Danh hiệu; Phong trào (chưa có thì tạo); Loại khen thưởng; Số QĐ; Ngày QĐ. Loại khen thưởng lấy từ cột hoặc từ danh hiệu, không suy từ phong trào.",
                          en: "Awards: Năm; Loại (Cá nhân/Tập thể); Họ và tên/Tên tập thể; Đơn vị; Hình thức khen thưởng/Danh hiệu; Phong trào (created when new); Loại khen thưởng; Số QĐ; Ngày QĐ. The kind of award comes from its column or the award, never from the campaign."),
                Localized(vi: "Xếp loại: Năm, Họ và tên, Đơn vị (hoặc Mã), Xếp loại — một dòng mỗi người mỗi năm. Sáng kiến: Năm, Họ và tên, Đơn vị, Tên sáng kiến, Cấp công nhận, Số quyết định. Kỷ luật: Họ và tên, Đơn vị, Hình thức kỷ luật, Từ ngày, Đến ngày, Ghi chú.",
                          en: "Ratings: Năm, Họ và tên, Đơn vị (or Mã), Xếp loại — one row per person and year. Initiatives: Năm, Họ và tên, Đơn vị, Tên sáng kiến, Cấp công nhận, Số quyết định. Discipline: Họ và tên, Đơn vị, Hình thức kỷ luật, Từ ngày, Đến ngày, Ghi chú."),
                Localized(vi: "Chạy thử kể tên mọi đơn vị, cá nhân, phong trào sẽ tạo và người có thể trùng. Dòng lỗi được báo kèm số dòng; mặc định có dòng lỗi thì không ghi gì.",
                          en: "The dry run names every unit, person and campaign it would create and every likely duplicate. Bad rows are reported by line; by default any bad row means nothing is written."),
                Localized(vi: "Mỗi lần nhập là một lô (tdkt import list). undo xóa bản ghi lô đã tạo, khôi phục bản ghi lô đã sửa; từ chối kèm lý do nếu việc sau đó dựa vào chúng.",
                          en: "Every import is one batch (tdkt import list). undo removes what the batch created and restores what it changed; refused, with the reasons, when later work depends on it.")],
        options: [OptionSpec("--sheet", "NAME", "trang tính của tệp .xlsx (mặc định trang đầu)", "the sheet of an .xlsx file (the first by default)",
                             only: ["units", "people", "awards", "ratings", "initiatives", "discipline"]),
                  OptionSpec("--dry-run", nil, "cho biết sẽ tạo, khớp gì, không ghi", "show what would be created or matched, write nothing",
                             only: ["units", "people", "awards", "ratings", "initiatives", "discipline"]),
                  OptionSpec("--accept-good", nil, "khi có dòng lỗi, vẫn nhập các dòng đúng", "with bad rows, still import the good ones",
                             only: ["units", "people", "ratings", "initiatives", "discipline"]),
                  OptionSpec("--encoding", "utf8|tcvn3|vni", "bảng mã của tệp CSV (mặc định tự nhận)", "the CSV file's encoding (detected unless named)",
                             only: ["units", "people", "awards", "ratings", "initiatives", "discipline"]),
                  OptionSpec("--format", "text|csv|json|xlsx", "dạng đầu ra", "output format", only: ["list"]),
                  OptionSpec("--out", "FILE", "tệp ghi ra (cần cho xlsx)", "the file to write (needed for xlsx)", only: ["list"]),
                  OptionSpec("--force", nil, "cho phép ghi đè tệp --out", "allow --out to overwrite a file", only: ["list"])],
        run: run)
}
