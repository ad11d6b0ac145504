import Foundation
import TDKTCore
import TDKTDemo
import TDKTText

/// `tdkt init [--demo]`: a new data directory with the default catalogue, optionally the demo data.
enum InitCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 0, usage: "tdkt init [--demo]")
        if DataDirectory.isInitialised(ctx.root) {
            ctx.output.error("tdkt: \(ctx.root) đã có dữ liệu, không ghi đè / already holds a data directory; nothing overwritten")
            return 1
        }
        try DataInitializer.create(root: ctx.root, user: ctx.user, officeName: args.value("--office"),
                                  seed: args.has("--demo") ? DemoData.seed() : nil)
        ctx.say("Đã tạo thư mục dữ liệu \(ctx.root)", "Created the data directory \(ctx.root)")
        return 0
    }
}

/// Data directories with the demo content.
public enum DemoDirectory {
    /// A fresh temporary copy of the demo data, so trying the program never touches real data.
    public static func temporary(user: String) throws -> String {
        let root = NSTemporaryDirectory() + "tdkt-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try DataInitializer.create(root: root, user: user, seed: DemoData.seed())
        return root
    }
}

extension InitCommand {
    static let spec = CommandSpec(
        name: "init", summary: Localized(vi: "tạo thư mục dữ liệu", en: "create a data directory"),
        usage: ["init [--demo] [--office NAME]"],
        about: [Localized(vi: "Tạo thư mục dữ liệu với danh mục khen thưởng mặc định; người tạo là quản trị viên.",
                          en: "Creates a data directory with the default award catalogue; its creator is the administrator.")],
        options: [OptionSpec("--demo", nil, "thêm dữ liệu mẫu (Thái Nguyên, Cao Bằng 2014–2018, cụm Trung du và Miền núi phía Bắc)",
                             "add the demo data (Thái Nguyên, Cao Bằng 2014–2018, the northern midland cluster)"),
                  OptionSpec("--office", "NAME", "tên cơ quan", "the office's name")],
        run: run)
}
