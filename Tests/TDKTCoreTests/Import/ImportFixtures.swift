import Foundation
@testable import TDKTCore

/// Files under Import/Fixtures (made by Import/Fixtures/make-fixtures.py with openpyxl and gnumeric).
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
}

/// A demo data directory made by `tdkt init --demo` as the command-line tests' user, who may import.
final class CommandDemo {
    let root = temporaryDirectory("import-demo")
    init() { _ = runTool(["--data", root, "init", "--demo"]) }
    func workspace() throws -> Workspace { try Workspace(root: root, user: "tester") }
    deinit { try? FileManager.default.removeItem(atPath: root) }
}
