import Foundation
import XCTest
@testable import TDKTCore

/// Files written for the clerk: relative to the current folder, never hidden, never in the data directory,
/// never through a symbolic link, replaced only with force.
final class ReportFileTests: XCTestCase {
    func testOutIsRelativeToTheCurrentFolder() throws {
        let dir = temporaryDirectory()
        let fm = FileManager.default
        let previous = fm.currentDirectoryPath
        XCTAssertTrue(fm.changeCurrentDirectoryPath(dir))
        defer { _ = fm.changeCurrentDirectoryPath(previous) }
        let r = runTool(["--data", ReportCommandTests.demoRoot, "report", "summary", "--year", "2025", "--format", "html",
                         "--out", "tongket-2025.html"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(try String(contentsOfFile: dir + "/tongket-2025.html", encoding: .utf8).contains("BÁO CÁO"))
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: dir), ["tongket-2025.html"])
    }

    func testHiddenNamesAndTheDataDirectoryAreRefused() throws {
        let dir = temporaryDirectory()
        XCTAssertThrowsError(try ReportFile.write("x", to: dir + "/.bashrc", force: true)) { e in
            XCTAssertTrue((e as? ReportError)?.message.en.contains("hidden") ?? false, "\(e)")
        }
        let data = temporaryDirectory("data")
        try FileManager.default.createDirectory(atPath: data + "/awards", withIntermediateDirectories: true)
        for target in [data + "/bao-cao.pdf", data + "/awards/bao-cao.pdf", dir + "/../" + (data as NSString).lastPathComponent + "/x.pdf"] {
            XCTAssertThrowsError(try ReportFile.write("x", to: target, force: true, dataDirectory: data), target) { e in
                XCTAssertTrue((e as? ReportError)?.message.en.contains("data directory") ?? false, "\(e)")
            }
        }
        // Through a link to the data directory too.
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: data)
        XCTAssertThrowsError(try ReportFile.write("x", to: dir + "/link/x.pdf", force: true, dataDirectory: data))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data), ["awards"])
        let cli = runTool(["--data", ReportCommandTests.demoRoot, "report", "summary", "--year", "2025", "--format", "pdf",
                           "--out", ReportCommandTests.demoRoot + "/tong-ket.pdf"])
        XCTAssertEqual(cli.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: ReportCommandTests.demoRoot + "/tong-ket.pdf"))
    }

    func testASymbolicLinkAtTheTargetIsNeverWrittenThrough() throws {
        let dir = temporaryDirectory()
        let victim = dir + "/victim.txt"
        try "giữ nguyên".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/bao-cao.txt", withDestinationPath: victim)
        XCTAssertThrowsError(try ReportFile.write("mới", to: dir + "/bao-cao.txt", force: false))
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "giữ nguyên")
        // With force, the link itself is replaced by a new file; what it pointed to is untouched.
        try ReportFile.write("mới", to: dir + "/bao-cao.txt", force: true)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "giữ nguyên")
        XCTAssertEqual(try String(contentsOfFile: dir + "/bao-cao.txt", encoding: .utf8), "mới")
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/bao-cao.txt")
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular)
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: dir)), ["victim.txt", "bao-cao.txt"])
    }
}
