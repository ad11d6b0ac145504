import Foundation
import XCTest
@testable import TDKTCore

/// `tdkt check` finds the temporaries of interrupted saves at any depth, hidden as they are, and does not
/// follow a symbolic link out of the data directory.
final class InterruptedSaveTests: XCTestCase {
    func testTemporariesAreFoundAtAnyDepthAndRemoved() throws {
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: "tester")
        let outside = temporaryDirectory() + "-outside"
        try FileIO.makeDirectories(outside)
        try FileIO.atomicWrite(Data("x".utf8), to: outside + "/.p.json.tmp-9")
        for dir in ["awards/2025", "people", "index/awards"] { try FileIO.makeDirectories(root + "/" + dir) }
        for file in ["awards/2025/.kt-1.json.tmp-123", "people/.p1.json.tmp-7", "people/p1.json", "index/awards/2025.jsonl"] {
            try FileIO.atomicWrite(Data("{}".utf8), to: root + "/" + file)
        }
        XCTAssertEqual(symlink(outside, root + "/linked"), 0)
        XCTAssertEqual(DataCheck.temporaryFiles(root), ["awards/2025/.kt-1.json.tmp-123", "people/.p1.json.tmp-7"])
        let store = try Store(root: root, user: "tester")
        XCTAssertEqual(DataCheck.removeInterruptedSaves(store), ["awards/2025/.kt-1.json.tmp-123", "people/.p1.json.tmp-7"])
        XCTAssertEqual(DataCheck.temporaryFiles(root), [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: outside + "/.p.json.tmp-9"), "nothing removed through the link")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/people/p1.json"))
    }
}
