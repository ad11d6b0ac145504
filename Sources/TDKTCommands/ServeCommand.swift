import Foundation
import TDKTCore
import TDKTServer
import TDKTText

/// `tdkt serve`: the office's server, under its own account, owning the data directory (docs/deployment.md).
enum ServeCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, spec)
        try args.expectPositional(max: 0, usage: "tdkt [--data DIR] serve [--socket PATH]")
        let socket = args.value("--socket") ?? ServerLocation.defaultSocket
        var mode: mode_t = 0o666
        if let m = args.value("--socket-mode") {
            guard let v = mode_t(m, radix: 8), v <= 0o777 else { throw UsageError(vi: "--socket-mode: ví dụ 660", en: "--socket-mode: for example 660") }
            mode = v
        }
        let output = ctx.output
        try OfficeServer.run(OfficeServer.Settings(dataDirectory: ctx.root, socketPath: socket, socketMode: mode)) { line in
            output.error(TextNormalization.visible(line))
        }
    }

    static let spec = CommandSpec(
        name: "serve", summary: Localized(vi: "máy chủ của cơ quan (giữ thư mục dữ liệu)", en: "the office's server (holds the data directory)"),
        usage: ["[--data DIR] serve [--socket PATH] [--socket-mode 660]"],
        about: [Localized(vi: "Chạy dưới tài khoản riêng sở hữu thư mục dữ liệu (đặt quyền 0700). Mỗi cán bộ chạy tdkt dưới tài khoản của mình; tdkt nối tới ổ cắm, máy chủ nhận biết người dùng qua ổ cắm (SO_PEERCRED), kiểm tra quyền và tự ghi mọi tệp dữ liệu và nhật ký. Tệp của cán bộ (báo cáo, tệp nhập, in) do tdkt của chính cán bộ đọc, ghi.",
                          en: "Runs under an account of its own that owns the data directory (made 0700). Each clerk runs tdkt as themselves; tdkt connects to the socket, the server knows the clerk from the socket (SO_PEERCRED), checks the role and alone writes every data file and the audit log. The clerk's own files (reports, import files, printing) are read and written by the clerk's own tdkt.")],
        options: [OptionSpec("--socket", "PATH", "ổ cắm; mặc định /run/tdkt/tdkt.sock", "the socket; default /run/tdkt/tdkt.sock"),
                  OptionSpec("--socket-mode", "MODE", "quyền của ổ cắm (bát phân); mặc định 666, vai trò vẫn quyết định",
                             "the socket's permissions (octal); default 666, roles still decide")],
        run: run)
}

/// Where the office's server listens, and whether this invocation goes to it.
public enum ServerLocation {
    public static let defaultSocket = "/run/tdkt/tdkt.sock"

    /// The socket to use: `--socket`, else `TDKT_SOCKET`, else the default when a socket is there — unless the
    /// command line names a data directory or the demo (single-user mode), or asks for something that never
    /// needs the server (help, version; init and serve unless `--socket` is given). Also returns the arguments
    /// without `--socket`.
    public static func socket(for arguments: [String], environment: [String: String]) -> (path: String, arguments: [String])? {
        var explicit: String?
        var rest: [String] = []
        var i = 0
        var local = !(environment["TDKT_DATA"] ?? "").isEmpty
        while i < arguments.count, arguments[i].hasPrefix("-") {
            let w = arguments[i]
            if w == "--socket", i + 1 < arguments.count { explicit = arguments[i + 1]; i += 2; continue }
            if w.hasPrefix("--socket=") { explicit = String(w.dropFirst(9)); i += 1; continue }
            if ["--data", "--demo", "--help", "-h", "--version", "-V"].contains(w) || w.hasPrefix("--data=") { local = true }
            rest.append(w)
            if w == "--lang" || w == "--data", i + 1 < arguments.count { rest.append(arguments[i + 1]); i += 1 }
            i += 1
        }
        if i < arguments.count {
            let command = arguments[i]
            let words = arguments[(i + 1)...]
            if command == "help" || words.contains("--help") || words.contains("-h") { return nil }
            // Asked of a server named on purpose, `init` is refused there rather than run here.
            if CommandLineTool.localOnly.contains(command) && explicit == nil { return nil }
        }
        rest += arguments[i...]
        if let explicit { return (explicit, rest) }
        if local { return nil }
        if let env = environment["TDKT_SOCKET"], !env.isEmpty { return (env, rest) }
        var st = stat()
        if lstat(defaultSocket, &st) == 0, (st.st_mode & S_IFMT) == S_IFSOCK { return (defaultSocket, rest) }
        return nil
    }
}
