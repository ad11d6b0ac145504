import Foundation
import TDKTCore
import TDKTText

/// The help texts, generated from the commands' declarations (CommandSpec), Vietnamese first, then English.
enum Help {
    static let globalOptions: [OptionSpec] = [
        OptionSpec("--data", "DIR", "thư mục dữ liệu; mặc định $TDKT_DATA, rồi $XDG_DATA_HOME/tdkt (~/.local/share/tdkt)",
                   "the data directory; else $TDKT_DATA, else $XDG_DATA_HOME/tdkt (~/.local/share/tdkt)"),
        OptionSpec("--socket", "PATH", "máy chủ của cơ quan; mặc định $TDKT_SOCKET, rồi /run/tdkt/tdkt.sock nếu có",
                   "the office's server; else $TDKT_SOCKET, else /run/tdkt/tdkt.sock when it exists"),
        OptionSpec("--lang", "vi|en", "ngôn ngữ giao diện và thông báo", "language of the interface and messages"),
        OptionSpec("--demo", nil, "mở bản sao tạm của dữ liệu mẫu", "open a temporary copy of the demo data"),
        OptionSpec("--version", nil, "phiên bản", "the version"),
        OptionSpec("--help", nil, "trợ giúp; tdkt LỆNH --help cho một lệnh", "this help; tdkt COMMAND --help for one command"),
    ]

    static func optionLine(_ o: OptionSpec) -> String {
        let head = o.name + (o.value.map { " " + $0 } ?? "")
        let help = o.help.vi + " / " + o.help.en
        // A long option head gets a line of its own rather than being cut.
        if DisplayWidth.of(head) > 24 { return "  " + head + "\n  " + String(repeating: " ", count: 25) + help }
        return "  " + DisplayWidth.pad(head, to: 24, ellipsis: false) + " " + help
    }

    static var main: String {
        var out = """
        tdkt — quản lý thi đua, khen thưởng / emulation and commendation management

        Cách dùng / Usage:
          tdkt [--data DIR] [--lang vi|en]            mở giao diện / open the terminal interface
          tdkt --demo                                 mở bản sao tạm của dữ liệu mẫu / open a temporary copy of the demo data
          tdkt [--data DIR] LỆNH/COMMAND [tùy chọn]
          tdkt [--socket PATH] [LỆNH/COMMAND]         qua máy chủ của cơ quan / through the office's server

        Lệnh / Commands:

        """
        for spec in Commands.all {
            out += "  " + DisplayWidth.pad(spec.name, to: 12, ellipsis: false) + " " + spec.summary.vi + " / " + spec.summary.en + "\n"
        }
        out += "\nTùy chọn chung / Global options:\n"
        for o in globalOptions { out += optionLine(o) + "\n" }
        out += "\ntdkt LỆNH --help cho chi tiết / for details.\n"
        return out
    }

    static func text(for spec: CommandSpec) -> String {
        var out = spec.usage.map { "tdkt " + $0 }.joined(separator: "\n") + "\n"
        for line in spec.about { out += "  " + line.vi + "\n" + "  " + line.en + "\n" }
        if !spec.options.isEmpty {
            out += "Tùy chọn / Options:\n"
            for o in spec.options { out += optionLine(o) + "\n" }
        }
        return out + "\n"
    }
}
