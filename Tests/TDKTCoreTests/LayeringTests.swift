import Foundation
import XCTest

/// The layers of Package.swift, checked in the sources: arrows point down, and only the domain writes.
final class LayeringTests: XCTestCase {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func sources(of target: String) throws -> [(path: String, text: String)] {
        let folder = packageRoot.appendingPathComponent("Sources/\(target)")
        guard let e = FileManager.default.enumerator(atPath: folder.path) else { throw CocoaError(.fileNoSuchFile) }
        return try e.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map {
            ("\(target)/\($0)", try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    func imports(_ text: String) -> Set<String> {
        // Only declarations at the start of a line: help texts also hold the word "import".
        Set(text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("import ") || line.hasPrefix("@") else { return nil }
            let words = line.split(separator: " ").map(String.init)
            guard let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasPrefix("@") }) else { return nil }
            return words[i + 1]
        })
    }

    func assertImportsOnly(_ target: String, allowed: Set<String>, file: StaticString = #filePath, line: UInt = #line) throws {
        let files = try sources(of: target)
        XCTAssertFalse(files.isEmpty, "no sources found for \(target)", file: file, line: line)
        for (path, text) in files {
            let extra = imports(text).subtracting(allowed)
            XCTAssertTrue(extra.isEmpty, "\(path) imports \(extra.sorted())", file: file, line: line)
        }
    }

    func testEachLayerImportsOnlyTheLayersBelowIt() throws {
        let system: Set<String> = ["Foundation", "FoundationXML", "Glibc", "Darwin", "Dispatch", "Synchronization"]
        try assertImportsOnly("TDKTText", allowed: system)
        try assertImportsOnly("TDKTFormats", allowed: system)
        // TDKTFormats is a leaf that knows no domain: the domain lays its documents out in it (PDF), so the
        // command line and the screens share one way to a file.
        try assertImportsOnly("TDKTCore", allowed: system.union(["TDKTText", "TDKTFormats"]))
        try assertImportsOnly("TerminalUI", allowed: system.union(["TDKTText", "CNcursesw"]))
        try assertImportsOnly("TDKTDemo", allowed: system.union(["TDKTText", "TDKTCore"]))
        try assertImportsOnly("TDKTApp", allowed: system.union(["TDKTText", "TDKTCore", "TDKTFormats", "TerminalUI"]))
        // The server knows the domain and the socket, not the screens: the terminal interface runs in its sessions.
        try assertImportsOnly("TDKTServer", allowed: system.union(["TDKTText", "TDKTCore"]))
        try assertImportsOnly("TDKTCommands", allowed: system.union(["TDKTText", "TDKTCore", "TDKTFormats", "TDKTDemo", "TDKTApp", "TDKTServer"]))
        try assertImportsOnly("tdkt", allowed: ["TDKTCommands"])
    }

    /// The store's writers are internal to TDKTCore (the compiler refuses them elsewhere); no layer above
    /// reaches for the store at all, so every write goes through a domain operation that checks the role.
    func testNoScreenOrCommandTouchesTheStore() throws {
        let forbidden = [".store.", "Store(root:", "PendingWrite", "writeRaw(", "withLock", "FixtureWriter"]
        // (TerminalUI cannot import TDKTCore at all; its own writeRaw writes to the terminal.)
        for target in ["TDKTApp", "TDKTCommands", "TDKTDemo", "TDKTServer"] {
            for (path, text) in try sources(of: target) {
                for token in forbidden {
                    XCTAssertFalse(text.contains(token), "\(path) uses \(token)")
                }
            }
        }
    }

    func testTheExecutableIsMainOnly() throws {
        let files = try sources(of: "tdkt")
        XCTAssertEqual(files.map(\.path), ["tdkt/main.swift"])
    }
}
