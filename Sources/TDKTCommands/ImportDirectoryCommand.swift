import Foundation
import TDKTCore
import TDKTText

/// `tdkt import units|people FILE.csv [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]`.
enum ImportDirectoryCommand {
    static func run(_ ctx: CommandContext, kind: String, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, ImportCommand.spec, subcommand: kind)
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

extension ImportCommand {
    static let spec = CommandSpec(
        name: "import", summary: Localized(vi: "nhập từ tệp Excel (CSV)", en: "import from Excel files (CSV)"),
        usage: ["import units FILE.csv [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]",
                "import people FILE.csv [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]",
                "import awards FILE.csv [--dry-run] [--encoding utf8|tcvn3|vni]"],
        about: [Localized(vi: "Nhập từ tệp CSV xuất từ Excel (UTF-8 có/không BOM, TCVN3, VNI). Tên cột không phân biệt dấu, hoa thường.",
                          en: "Imports a CSV exported from Excel (UTF-8 with or without BOM, TCVN3, VNI). Column names are matched ignoring case and diacritics."),
                Localized(vi: "Đơn vị: Mã, Tên đơn vị, Loại, Đơn vị cấp trên, Số thành viên. Cá nhân: Mã, Họ và tên, Đơn vị, Chức vụ, Nhóm thống kê, Năm sinh, Năm xếp loại, Xếp loại.",
                          en: "Units: Mã, Tên đơn vị, Loại, Đơn vị cấp trên, Số thành viên. People: Mã, Họ và tên, Đơn vị, Chức vụ, Nhóm thống kê, Năm sinh, Năm xếp loại, Xếp loại."),
                Localized(vi: "Khen thưởng: Năm; Loại (Cá nhân/Tập thể); Họ và tên/Tên tập thể; Đơn vị; Hình thức khen thưởng/Danh hiệu; Phong trào; Số QĐ; Ngày QĐ.",
                          en: "Awards: Năm; Loại (Cá nhân/Tập thể); Họ và tên/Tên tập thể; Đơn vị; Hình thức khen thưởng/Danh hiệu; Phong trào; Số QĐ; Ngày QĐ."),
                Localized(vi: "Dòng lỗi được báo kèm số dòng; mặc định có dòng lỗi thì không ghi gì.",
                          en: "Bad rows are reported by line; by default any bad row means nothing is written.")],
        options: [OptionSpec("--dry-run", nil, "cho biết sẽ tạo, khớp gì, không ghi", "show what would be created or matched, write nothing"),
                  OptionSpec("--accept-good", nil, "khi có dòng lỗi, vẫn nhập các dòng đúng", "with bad rows, still import the good ones",
                             only: ["units", "people"]),
                  OptionSpec("--encoding", "utf8|tcvn3|vni", "bảng mã của tệp (mặc định tự nhận)", "the file's encoding (detected unless named)")],
        run: run)
}
