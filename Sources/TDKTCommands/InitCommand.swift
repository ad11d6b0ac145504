import Foundation
import TDKTCore
import TDKTDemo
import TDKTText

/// `tdkt init [--demo]`: a new data directory with the default catalogue, optionally the demo data.
enum InitCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: ["--office"], flags: ["--demo"])
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
