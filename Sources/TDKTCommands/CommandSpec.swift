import TDKTCore
import TDKTText

/// One option of a command: `--name VALUE` (or a flag when `value` is nil), with its help in both languages.
/// `only` limits it to some subcommands (nil: every one).
struct OptionSpec: Sendable {
    let name: String
    let value: String?
    let help: Localized
    let only: Set<String>?

    init(_ name: String, _ value: String? = nil, _ vi: String, _ en: String, only: Set<String>? = nil) {
        self.name = name; self.value = value; self.help = Localized(vi: vi, en: en); self.only = only
    }

    func applies(to subcommand: String?) -> Bool { only == nil || subcommand.map { only!.contains($0) } == true }
}

/// A command of the command line, declared once: name, synopsis, what it does, its options and the code
/// that runs it. Parsing (`Arguments`), `tdkt --help`, `tdkt COMMAND --help` and the manual page come from here.
struct CommandSpec: Sendable {
    typealias Handler = @Sendable (CommandContext, [String]) throws -> Int32

    let name: String
    /// One line for the list of commands.
    let summary: Localized
    /// Synopsis lines, each after "tdkt ".
    let usage: [String]
    /// What it does, in Vietnamese then English, line by line (the same text in the help and the manual).
    let about: [Localized]
    let options: [OptionSpec]
    let run: Handler

    func valued(for subcommand: String?) -> Set<String> {
        Set(options.filter { $0.value != nil && $0.applies(to: subcommand) }.map(\.name))
    }

    func flags(for subcommand: String?) -> Set<String> {
        Set(options.filter { $0.value == nil && $0.applies(to: subcommand) }.map(\.name))
    }
}

extension Arguments {
    /// Parses with the options the command declares for this subcommand (nil: a command without subcommands).
    init(_ words: [String], _ spec: CommandSpec, subcommand: String? = nil) throws {
        try self.init(words, valued: spec.valued(for: subcommand), flags: spec.flags(for: subcommand))
    }
}
