import TDKTCore
import TerminalUI

/// What the executable hands the interactive shell.
public struct ShellOptions: Sendable {
    public var dataDirectory: String
    public var userLogin: String
    public var role: String
    /// "vi" or "en".
    public var language: String
    public init(dataDirectory: String, userLogin: String, role: String, language: String) {
        self.dataDirectory = dataDirectory
        self.userLogin = userLogin
        self.role = role
        self.language = language
    }
}

/// Runs the interactive shell until the user quits; returns the process exit status.
public func runShell(_ options: ShellOptions) -> Int32 {
    print("tdkt: the interactive shell is being built (data: \(options.dataDirectory))")
    return 0
}
