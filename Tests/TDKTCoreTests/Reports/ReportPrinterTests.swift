import Foundation
import XCTest
@testable import TDKTCore

/// Printing with `lp` (or `lpr`) run with an argument vector: fake programs on PATH record what they were given.
final class ReportPrinterTests: XCTestCase {
    private var bin: String!
    private var log: String { bin + "/log" }

    override func setUpWithError() throws {
        bin = temporaryDirectory("printer-bin")
    }

    override func tearDown() { if let b = bin { try? FileManager.default.removeItem(atPath: b) } }

    /// A program that writes its arguments, one a line, and copies the file it was given (the last argument).
    private func fake(_ name: String, status: Int32 = 0, says: String = "request id is office-7 (1 file(s))") throws {
        let script = """
        #!/bin/sh
        for a in "$@"; do printf '%s\\n' "$a"; done > '\(log)'
        for a in "$@"; do last="$a"; done
        cp -- "$last" '\(bin!)/printed'
        if [ \(status) -ne 0 ]; then echo '\(says)' >&2; exit \(status); fi
        echo '\(says)'
        """
        let path = bin + "/" + name
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
    }

    private var env: [String: String] { ["PATH": bin + ":/usr/bin:/bin"] }
    private let pdf = Data("%PDF-1.7 thử nghiệm\n".utf8)

    func testLpGetsPrinterCopiesTitleAndTheFileAsArguments() throws {
        try fake("lp")
        let marker = bin + "/should-not-exist"
        let title = "BÁO CÁO $(touch \(marker)) `id`; rm -rf /"
        let receipt = try ReportPrinter.print(pdf, fileName: "summary-2025.pdf",
                                              options: .init(printer: "office", copies: 2, title: title), environment: env)
        XCTAssertEqual(receipt.output, "request id is office-7 (1 file(s))")
        XCTAssertEqual(receipt.program, "lp")
        let args = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(args.prefix(9)), ["-d", "office", "-n", "2", "-t", title, "-o", "media=A4", "--"])
        XCTAssertTrue(args[9].hasSuffix("/summary-2025.pdf"), args[9])
        XCTAssertEqual(FileManager.default.contents(atPath: bin + "/printed"), pdf)
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "no shell ran")
        XCTAssertFalse(FileManager.default.fileExists(atPath: args[9]), "the temporary copy is removed")
    }

    func testDefaultPrinterOmitsTheDestination() throws {
        try fake("lp")
        try ReportPrinter.print(pdf, fileName: "a.pdf", options: .init(), environment: env)
        let args = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(args.prefix(7)), ["-n", "1", "-t", "tdkt", "-o", "media=A4", "--"])
    }

    func testLprWhenThereIsNoLp() throws {
        try fake("lpr")
        let receipt = try ReportPrinter.print(pdf, fileName: "a.pdf", options: .init(printer: "office", copies: 3, title: "T"),
                                              environment: ["PATH": bin!])
        XCTAssertEqual(receipt.program, "lpr")
        let args = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(args.prefix(9)), ["-P", "office", "-#", "3", "-T", "T", "-o", "media=A4", "--"])
    }

    func testNoLpSaysSoInBothLanguages() {
        XCTAssertThrowsError(try ReportPrinter.print(pdf, fileName: "a.pdf", options: .init(), environment: ["PATH": bin!])) { e in
            let m = (e as? ReportError)?.message
            XCTAssertTrue(m?.vi.contains("không tìm thấy lệnh in lp") ?? false, "\(e)")
            XCTAssertTrue(m?.en.contains("neither lp nor lpr found") ?? false, "\(e)")
        }
    }

    func testNoPrinterGivesLpsMessageAndAHint() throws {
        try fake("lp", status: 1, says: "lp: Error - No default destination.")
        XCTAssertThrowsError(try ReportPrinter.print(pdf, fileName: "a.pdf", options: .init(), environment: env)) { e in
            let m = (e as? ReportError)?.message
            XCTAssertTrue(m?.en.contains("failed (status 1): lp: Error - No default destination.") ?? false, "\(e)")
            XCTAssertTrue(m?.en.contains("tdkt settings set printer") ?? false, "\(e)")
            XCTAssertTrue(m?.vi.contains("không có máy in nào trả lời") ?? false, "\(e)")
        }
    }

    func testPrinterNamesThatCouldBeOptionsAreRefused() throws {
        try fake("lp")
        for bad in ["-o", "two words", "a/b", ""] {
            XCTAssertThrowsError(try ReportPrinter.print(pdf, fileName: "a.pdf", options: .init(printer: bad), environment: env), bad)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: log), "lp never ran")
    }
}
