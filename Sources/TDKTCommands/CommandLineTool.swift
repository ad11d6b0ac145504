import Foundation
import TDKTCore
import TDKTText

/// What the command line asked for: a command already run (with its exit status), or the interactive shell.
public enum Invocation: Equatable {
    case finished(Int32)
    case shell(dataDirectory: String, language: Language, demo: Bool)
}

/// `tdkt` and its subcommands. The terminal shell is started by the executable; everything else runs here,
/// on the same TDKTCore functions the screens call.
public struct CommandLineTool {
    public let environment: [String: String]
    public let output: CommandOutput
    public let user: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, output: CommandOutput = CommandOutput(echo: true),
                user: String = DataDirectory.currentLogin()) {
        self.environment = environment; self.output = output; self.user = user
    }

    static let globalValued: Set<String> = ["--data", "--lang", "--socket"]

    /// Set in a session of the office server: the server's data directory, which the clerk cannot change.
    public var serverDataDirectory: String?

    /// Commands that act on a data directory itself, never through the server.
    static let localOnly: Set<String> = ["init", "serve"]

    /// The language asked for on the command line, for messages written after a failure.
    func language(_ arguments: [String]) -> Language {
        if let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { return l }
        return Language.from(environment: environment)
    }

    public func run(_ arguments: [String]) -> Invocation {
        do {
            // Global options come before the subcommand.
            var i = 0
            var data: String?
            var lang: String?
            var demo = false
            while i < arguments.count, arguments[i].hasPrefix("-") {
                let w = arguments[i]
                switch w {
                case "--help", "-h": output.write(Help.main); return .finished(0)
                case "--version", "-V": output.line("tdkt \(TDKTVersion.string)"); return .finished(0)
                case "--demo": demo = true; i += 1
                case "--data", "--lang", "--socket":
                    guard i + 1 < arguments.count else { throw UsageError(vi: "\(w) cần một giá trị", en: "\(w) needs a value") }
                    if w == "--data" { data = arguments[i + 1] } else if w == "--lang" { lang = arguments[i + 1] }
                    i += 2
                default:
                    if w.hasPrefix("--data=") { data = String(w.dropFirst(7)); i += 1 }
                    else if w.hasPrefix("--lang=") { lang = String(w.dropFirst(7)); i += 1 }
                    else if w.hasPrefix("--socket=") { i += 1 }
                    else { throw UsageError(vi: "tùy chọn không hợp lệ: \(w)", en: "unknown option: \(w)") }
                }
            }
            let language: Language
            if let lang {
                guard let l = Language(rawValue: lang) else { throw UsageError(vi: "--lang: chọn vi hoặc en", en: "--lang: use vi or en") }
                language = l
            } else {
                language = Language.from(environment: environment)
            }
            if serverDataDirectory != nil && (data != nil || demo) {
                throw UsageError(vi: "máy chủ của cơ quan giữ dữ liệu; không dùng --data hay --demo qua máy chủ",
                                 en: "the office's server holds the data; --data and --demo are not available through it")
            }
            let root = serverDataDirectory ?? DataDirectory.locate(option: data, environment: environment)
            guard i < arguments.count else { return .shell(dataDirectory: root, language: language, demo: demo) }
            let command = arguments[i]
            if serverDataDirectory != nil && Self.localOnly.contains(command) {
                throw UsageError(vi: "lệnh \(command) chạy trên máy chủ, không qua ổ cắm", en: "\(command) runs on the server host, not through the socket")
            }
            let rest = Array(arguments[(i + 1)...])
            if rest.contains("--help") || rest.contains("-h") {
                guard let spec = Commands.byName[command] else { throw UsageError(vi: "lệnh không có: \(command)", en: "unknown command: \(command)") }
                output.write(Help.text(for: spec))
                return .finished(0)
            }
            let context = CommandContext(root: root, language: language, output: output, user: user, requireRole: serverDataDirectory != nil)
            guard let handler = Commands.byName[command]?.run else {
                throw UsageError(vi: "lệnh không có: \(command) (tdkt --help)", en: "unknown command: \(command) (tdkt --help)")
            }
            return .finished(try handler(context, rest))
        } catch let e as UsageError {
            output.error("tdkt: \(ErrorText.message(e, language(arguments)))")
            return .finished(2)
        } catch {
            // Every refusal in the language asked for (--lang, else the environment's).
            output.error("tdkt: \(ErrorText.message(error, language(arguments)))")
            return .finished(1)
        }
    }
}

/// What every subcommand receives.
public struct CommandContext {
    public let root: String
    public let language: Language
    public let output: CommandOutput
    public let user: String
    /// Through the office's server: a login without a role is refused before anything is read.
    public var requireRole = false

    public init(root: String, language: Language, output: CommandOutput, user: String, requireRole: Bool = false) {
        self.root = root; self.language = language; self.output = output; self.user = user; self.requireRole = requireRole
    }

    /// Opens the data directory, which must have been created by `tdkt init`.
    public func workspace() throws -> Workspace {
        guard DataDirectory.isInitialised(root) else {
            throw StoreError.noDataDirectory(root)
        }
        let ws = try Workspace(root: root, user: user)
        // A command runs once and reads nothing twice: no second copy of every record it reads.
        ws.keepsDecodedRecords = false
        if requireRole { try ws.requireRole() }
        return ws
    }

    public func say(_ vi: String, _ en: String) { output.line(language == .en ? en : vi) }
}

/// The commands, in the order `tdkt --help` lists them; each is declared once, in its own file (CommandSpec).
enum Commands {
    static let all: [CommandSpec] = [
        InitCommand.spec, CheckCommand.spec, ListCommand.spec, ImportCommand.spec, AuditCommand.spec, RolesCommand.spec, SettingsCommand.spec,
        ScoresCommand.spec, ClustersCommand.spec, ReportCommand.spec, EligibilityCommand.spec, ProposalsCommand.spec, DecideCommand.spec,
        RegistrationsCommand.spec, AwardsCommand.spec, HistoryCommand.spec, HonourRollCommand.spec, ServeCommand.spec, HelpCommand.spec,
    ]
    static let byName: [String: CommandSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}
