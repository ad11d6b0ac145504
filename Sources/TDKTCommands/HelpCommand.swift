import Foundation
import TDKTCore
import TDKTText

/// `tdkt help [COMMAND]` and `tdkt help --man`: the same texts as --help, and the manual page.
enum HelpCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 1, usage: "tdkt help [COMMAND] [--man]")
        if args.has("--man") {
            ctx.output.write(ManualPage.text)
        } else if let name = args.positional.first {
            guard let command = Commands.byName[name] else { throw UsageError(vi: "lệnh không có: \(name)", en: "unknown command: \(name)") }
            ctx.output.write(Help.text(for: command))
        } else {
            ctx.output.write(Help.main)
        }
        return 0
    }

    static let spec = CommandSpec(
        name: "help", summary: Localized(vi: "trợ giúp, trang hướng dẫn", en: "help, the manual page"),
        usage: ["help [COMMAND]", "help --man"],
        about: [Localized(vi: "--man in trang hướng dẫn (docs/tdkt.1) sinh từ khai báo các lệnh.",
                          en: "--man prints the manual page (docs/tdkt.1), made from the commands' declarations.")],
        options: [OptionSpec("--man", nil, "trang hướng dẫn dạng man", "the manual page, in man format")],
        run: run)
}
