import XCTest
@testable import TDKTFormats

final class ZipTests: XCTestCase {
    func testWrittenArchiveReadsBack() throws {
        var writer = ZipWriter(modified: Date(timeIntervalSince1970: 1_750_000_000))
        let big = Array(String(repeating: "Bằng khen của Chủ tịch UBND tỉnh\n", count: 400).utf8)
        writer.add("a/stored.txt", Array("khen".utf8), method: .stored)
        writer.add("b/deflated.xml", big)
        writer.add("tiếng Việt.txt", text: "đ")
        let zip = try ZipReader(data: writer.finish())
        XCTAssertEqual(zip.entries.map(\.name), ["a/stored.txt", "b/deflated.xml", "tiếng Việt.txt"])
        XCTAssertEqual(zip.entries.map(\.method), [0, 8, 0])
        XCTAssertLessThan(zip.entries[1].compressedSize, big.count / 5)
        XCTAssertEqual(try zip.contents(of: "b/deflated.xml"), big)
        XCTAssertEqual(try zip.contents(of: "tiếng Việt.txt"), Array("đ".utf8))
        XCTAssertThrowsError(try zip.contents(of: "missing")) { XCTAssertEqual($0 as? ZipError, .missingEntry("missing")) }
    }

    /// Python's zipfile (and so any unzip) accepts the archives written here, CRCs included.
    func testPythonReadsWrittenArchive() throws {
        let python = try XCTUnwrap(externalTool(["/usr/bin/python3", "/usr/local/bin/python3"]), "python3 is not installed; the README lists what the tests need (apt-get install python3)")
        var writer = ZipWriter()
        writer.add("x.txt", text: String(repeating: "thi đua ", count: 200))
        writer.add("y.txt", text: "y", method: .stored)
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.zip")
        try writer.finish().write(to: file)
        let r = try runProgram(python, ["-c", "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(len(z.read('x.txt').decode()), z.read('y.txt').decode())", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "1600 y\n")
    }

    func testDamagedArchivesAreRefused() throws {
        var writer = ZipWriter()
        writer.add("x.txt", text: String(repeating: "abc", count: 100))
        var data = writer.finish()
        XCTAssertThrowsError(try ZipReader(data: Data("not a zip at all, just text".utf8))) { XCTAssertEqual($0 as? ZipError, .notAZipArchive) }
        // Flip a byte of the compressed data: the CRC-32 or the inflater must catch it.
        data[30 + 5 + 2] ^= 0x55
        let zip = try ZipReader(data: data)
        XCTAssertThrowsError(try zip.contents(of: "x.txt"))
        // An entry claiming more than the limit is refused before inflating.
        let limited = try ZipReader(data: writer.finish(), entrySizeLimit: 100)
        XCTAssertThrowsError(try limited.contents(of: "x.txt")) {
            XCTAssertEqual($0 as? ZipError, .tooLarge(entry: "x.txt", size: 300, limit: 100))
        }
    }
}
