import Foundation
import TDKTApp
import TDKTCore

// No subcommand (only --data DIR / --lang vi|en): the interactive shell.
if let options = ShellOptions.fromEnvironment(arguments: Array(CommandLine.arguments.dropFirst())) {
    exit(runShell(options))
}
print("tdkt \(TDKTVersion.string)")
