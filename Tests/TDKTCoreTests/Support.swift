import Foundation
import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// A helper executable that `swift build` should have made is missing: the test fails, it is not skipped.
struct MissingProduct: Error, CustomStringConvertible {
    let name: String
    var description: String { "\(name) is not built; run `swift build` first" }
}

/// A fresh data directory for one test, removed afterwards.
func temporaryDirectory(_ name: String = #function) -> String {
    TestDirectories.make(name)
}

/// A small generated province written with its indexes, in a folder of the test's own.
func indexedProvince(seed: UInt64, years: Int, people: Int, awardsPerYear: Int, _ name: String = #function) throws -> String {
    let root = temporaryDirectory(name)
    XCTAssertFalse(try ProvinceGenerator.small(seed: seed, years: years, people: people, awardsPerYear: awardsPerYear)
        .writeIndexed(to: root, user: "tester").isEmpty)
    return root
}

/// The folder holding the built executables (beside the test bundle), e.g. .build/debug.
func builtProduct(_ name: String) throws -> String {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var candidates = [runner.deletingLastPathComponent().appendingPathComponent(name).path]
    // On Linux the runner is .build/<triple>/debug/tdktPackageTests.xctest.
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)").path)
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        throw MissingProduct(name: name)
    }
    return found
}

/// Runs a program and returns its exit status and output.
@discardableResult
func runProcess(_ path: String, _ args: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    if let environment { p.environment = environment }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out; p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// A command line run in-process, its output captured.
func runTool(_ args: [String], env: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
    let output = CommandOutput(echo: false)
    let tool = CommandLineTool(environment: env, output: output, user: "tester")
    switch tool.run(args) {
    case let .finished(s): return (s, output.out, output.err)
    case .shell: return (-1, output.out, output.err)
    }
}

/// Rewrites a record file in place (same inode, as an editor might), so its index line no longer matches.
func editInPlace<T: StoredRecord>(_ type: T.Type, _ root: String, _ relative: String, _ change: (inout T) -> Void) throws {
    var r = try XCTUnwrap(Store(root: root, user: "tester").read(T.self, at: relative))
    change(&r.value)
    let text = try JSONCoding.encode(Envelope(schemaVersion: Schema.version, kind: T.collection, revision: r.revision,
                                              modifiedBy: "someone", modifiedAt: "2026-02-01T00:00:00Z", data: r.value))
    let fd = open(root + "/" + relative, O_WRONLY | O_TRUNC)
    XCTAssertGreaterThanOrEqual(fd, 0)
    _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}
