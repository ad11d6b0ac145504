import XCTest
@testable import TDKTFormats

final class InflateTests: XCTestCase {
    // Raw DEFLATE streams written by zlib (Python's zlib.compressobj(level, DEFLATED, -15)).
    func testZlibFixedHuffmanBlock() throws {
        let stream: [UInt8] = [0x2B, 0xC9, 0xC8, 0x54, 0x48, 0x29, 0x4D, 0x54, 0x28, 0x41, 0xA5, 0x01]
        XCTAssertEqual(stream[0] >> 1 & 3, 1, "the stream must be a fixed-Huffman block")
        XCTAssertEqual(try Inflate.decompress(stream), Array("thi dua thi dua thi dua".utf8))
    }

    func testZlibStoredBlock() throws {
        let stream: [UInt8] = [0x01, 0x0B, 0x00, 0xF4, 0xFF, 0x6B, 0x68, 0x65, 0x6E, 0x20, 0x74, 0x68, 0x75, 0x6F, 0x6E, 0x67]
        XCTAssertEqual(try Inflate.decompress(stream), Array("khen thuong".utf8))
    }

    /// Deflated parts of workbooks from openpyxl (zlib) and gnumeric: several use dynamic Huffman blocks.
    func testDynamicHuffmanEntriesOfRealWorkbooks() throws {
        var dynamic = 0
        for name in ["types.xlsx", "types-gnumeric.xlsx", "rich.xlsx"] {
            let data = try FixtureFiles.data(name)
            let zip = try ZipReader(data: data)
            for e in zip.entries where e.method == 8 {
                let bytes = try zip.contents(of: e)  // checks size and CRC-32
                XCTAssertEqual(bytes.count, e.uncompressedSize)
                let start = e.localHeaderOffset + 30 + Int(data[e.localHeaderOffset + 26]) + Int(data[e.localHeaderOffset + 27]) << 8
                    + Int(data[e.localHeaderOffset + 28]) + Int(data[e.localHeaderOffset + 29]) << 8
                if data[start] >> 1 & 3 == 2 { dynamic += 1 }
            }
        }
        XCTAssertGreaterThan(dynamic, 5, "expected dynamic-Huffman entries among the fixtures")
    }

    func testRoundTripThroughOwnDeflate() throws {
        var generator = SplitMix(seed: 7)
        let random = (0..<70_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let text = Array(String(repeating: "<c r=\"B7\" s=\"2\"><v>135300000</v></c>Nguyễn Văn Bình; ", count: 3000).utf8)
        for input in [[], [42], random, text, [UInt8](repeating: 0, count: 100_000)] {
            let packed = Deflate.compress(input)
            XCTAssertEqual(try Inflate.decompress(packed), input)
        }
        XCTAssertLessThan(Deflate.compress(text).count, text.count / 10, "repetitive XML must shrink")
    }

    /// What this module deflates, zlib inflates (when Python is installed).
    func testZlibInflatesOwnDeflate() throws {
        let python = try XCTUnwrap(externalTool(["/usr/bin/python3", "/usr/local/bin/python3"]), "python3 is not installed; the README lists what the tests need (apt-get install python3)")
        let text = Array(String(repeating: "Tập thể lao động xuất sắc 2024; ", count: 500).utf8)
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("d.bin")
        try Data(Deflate.compress(text)).write(to: file)
        let r = try runProgram(python, ["-c", "import sys,zlib; sys.stdout.write(zlib.decompress(open(sys.argv[1],'rb').read(), -15).decode())", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, String(decoding: text, as: UTF8.self))
    }

    /// The zlib framing PDF uses holds the same raw stream.
    func testZlibFramingInflates() throws {
        let text = Data(String(repeating: "Bằng khen ", count: 300).utf8)
        let z = [UInt8](Deflate.zlib(text))
        XCTAssertEqual((Int(z[0]) << 8 | Int(z[1])) % 31, 0, "a valid zlib header")
        XCTAssertEqual(try Inflate.decompress(Array(z[2..<(z.count - 4)])), [UInt8](text))
    }

    func testDamagedStreamsAreRefused() {
        let stream: [UInt8] = [0x2B, 0xC9, 0xC8, 0x54, 0x48, 0x29, 0x4D, 0x54, 0x28, 0x41, 0xA5, 0x01]
        XCTAssertThrowsError(try Inflate.decompress(Array(stream.prefix(6)))) { XCTAssertEqual($0 as? InflateError, .truncated) }
        XCTAssertThrowsError(try Inflate.decompress([0x07])) { XCTAssertEqual($0 as? InflateError, .invalidBlockType) }
        XCTAssertThrowsError(try Inflate.decompress([0x01, 0x0B, 0x00, 0xF5, 0xFF])) { XCTAssertEqual($0 as? InflateError, .storedLengthMismatch) }
        XCTAssertThrowsError(try Inflate.decompress(stream, limit: 10)) { XCTAssertEqual($0 as? InflateError, .outputTooLarge(limit: 10)) }
    }
}

/// A small deterministic generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
