import Foundation
import XCTest
@testable import TDKTFormats

/// Runs poppler's tools (Debian's poppler-utils) on written PDFs. A missing tool fails the test: CI installs them.
enum Poppler {
    struct Result { var status: Int32; var output: Data; var text: String { String(decoding: output, as: UTF8.self) } }

    static func run(_ tool: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let path = (dirs + ["/usr/bin"]).map({ "\($0)/\(tool)" }).first(where: FileManager.default.isExecutableFile) else {
            XCTFail("\(tool) is not installed (Debian package poppler-utils)", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("poppler-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Result(status: process.terminationStatus, output: try Data(contentsOf: out))
    }

    /// Writes the PDF to a temporary file for the duration of `body`.
    static func withFile<T>(_ data: Data, _ body: (String) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pdftest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("doc.pdf").path
        try data.write(to: URL(fileURLWithPath: path))
        return try body(path)
    }

    /// pdfinfo's fields ("Pages", "Page size"...).
    static func info(_ pdf: Data) throws -> [String: String] {
        try withFile(pdf) { path in
            let r = try run("pdfinfo", [path])
            XCTAssertEqual(r.status, 0, "pdfinfo rejects the file")
            var fields: [String: String] = [:]
            for line in r.text.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return fields
        }
    }

    /// The text of the pages (all, or one), in reading order, as pdftotext extracts it; pages end with a form feed.
    static func text(_ pdf: Data, page: Int? = nil, layout: Bool = false) throws -> String {
        try withFile(pdf) { path in
            var args = ["-enc", "UTF-8"] + (layout ? ["-layout"] : [])
            if let page { args += ["-f", String(page), "-l", String(page)] }
            let r = try run("pdftotext", args + [path, "-"])
            XCTAssertEqual(r.status, 0, "pdftotext rejects the file")
            return r.text
        }
    }

    /// A page rendered in grey at `dpi` by pdftoppm: its width, height and pixels (0 black … 255 white).
    static func gray(_ pdf: Data, page: Int, dpi: Int = 72) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        try withFile(pdf) { path in
            let r = try run("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), path])
            XCTAssertEqual(r.status, 0, "pdftoppm rejects the file")
            return try parsePGM([UInt8](r.output))
        }
    }

    /// A binary PGM (P5): header fields separated by white space, then one byte per pixel.
    static func parsePGM(_ bytes: [UInt8]) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        var fields: [Int] = [], i = 2, current = ""
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else { throw CocoaError(.fileReadCorruptFile) }
        while fields.count < 3 && i < bytes.count {
            let c = bytes[i]
            if c >= 48 && c <= 57 { current.append(Character(Unicode.Scalar(c))) } else if !current.isEmpty { fields.append(Int(current)!); current = "" }
            i += 1
        }
        guard fields.count == 3 else { throw CocoaError(.fileReadCorruptFile) }
        let pixels = Array(bytes[i...])
        guard pixels.count >= fields[0] * fields[1] else { throw CocoaError(.fileReadCorruptFile) }
        return (fields[0], fields[1], pixels)
    }
}

enum TestFonts {
    /// The system family the writer would pick; fails the test when none is installed (CI installs fonts-croscore).
    static func family(file: StaticString = #filePath, line: UInt = #line) throws -> PDFFontFamily {
        guard let family = PDFFontFamily.system() else {
            XCTFail("no serif TrueType font installed (Debian packages fonts-croscore, fonts-liberation2 or fonts-dejavu-core)",
                    file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return family
    }
}
