import Foundation

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

    static let globalValued: Set<String> = ["--data", "--lang"]

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
                case "--data", "--lang":
                    guard i + 1 < arguments.count else { throw UsageError("\(w) cần một giá trị / needs a value") }
                    if w == "--data" { data = arguments[i + 1] } else { lang = arguments[i + 1] }
                    i += 2
                default:
                    if w.hasPrefix("--data=") { data = String(w.dropFirst(7)); i += 1 }
                    else if w.hasPrefix("--lang=") { lang = String(w.dropFirst(7)); i += 1 }
                    else { throw UsageError("tùy chọn không hợp lệ / unknown option: \(w)") }
                }
            }
            let language: Language
            if let lang {
                guard let l = Language(rawValue: lang) else { throw UsageError("--lang: chọn vi hoặc en / use vi or en") }
                language = l
            } else {
                language = Language.from(environment: environment)
            }
            let root = DataDirectory.locate(option: data, environment: environment)
            guard i < arguments.count else { return .shell(dataDirectory: root, language: language, demo: demo) }
            let command = arguments[i]
            let rest = Array(arguments[(i + 1)...])
            if rest.contains("--help") || rest.contains("-h") {
                guard let text = Help.commands[command] else { throw UsageError("lệnh không có / unknown command: \(command)") }
                output.write(text)
                return .finished(0)
            }
            let context = CommandContext(root: root, language: language, output: output, user: user)
            guard let handler = Commands.table[command] else {
                throw UsageError("lệnh không có / unknown command: \(command) (tdkt --help)")
            }
            return .finished(try handler(context, rest))
        } catch let e as UsageError {
            output.error("tdkt: \(e.message)")
            return .finished(2)
        } catch let e as StoreError {
            output.error("tdkt: \(e.message(.vi))")
            return .finished(1)
        } catch let e as ImportProblem {
            output.error("tdkt: \(e.message(language(arguments)))")
            return .finished(1)
        } catch let e as PermissionError {
            output.error("tdkt: \(e.message(.vi)) / \(e.message(.en))")
            return .finished(1)
        } catch let e as ValidationError {
            output.error("tdkt: \(e.message(.vi)) / \(e.message(.en))")
            return .finished(1)
        } catch let e as ScoringError {
            output.error("tdkt: \(e.message(language: "vi")) / \(e.message(language: "en"))")
            return .finished(1)
        } catch {
            output.error("tdkt: \(error)")
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

    /// Opens the data directory, which must have been created by `tdkt init`.
    public func workspace() throws -> Workspace {
        guard DataDirectory.isInitialised(root) else {
            throw StoreError.notFound(path: "\(root)/\(OfficeConfig.fileName) (tdkt init)")
        }
        return try Workspace(root: root, user: user)
    }

    public func say(_ vi: String, _ en: String) { output.line(language == .en ? en : vi) }
}

/// The subcommands, by name.
enum Commands {
    typealias Handler = @Sendable (CommandContext, [String]) throws -> Int32
    static let table: [String: Handler] = [
        "init": InitCommand.run,
        "check": CheckCommand.run,
        "list": ListCommand.run,
        "audit": AuditCommand.run,
        "import": ImportCommand.run,
        "roles": RolesCommand.run,
        "scores": ScoresCommand.run,
        "clusters": ClustersCommand.run,
        "report": ReportCommand.run,
        "eligibility": EligibilityCommand.run,
        "proposals": ProposalsCommand.run,
        "decide": DecideCommand.run,
        "history": HistoryCommand.run,
        "honour-roll": HonourRollCommand.run,
    ]
}
