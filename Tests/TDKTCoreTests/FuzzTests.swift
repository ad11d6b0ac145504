import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class FuzzTests: XCTestCase {
    func testMutatedRecordFilesNeverCrashAndAlwaysNameFileAndLine() throws {
        let outcome = InputFuzzer.fuzzJSON(seeds: try InputFuzzer.jsonSeeds(), iterations: 3_000, seed: 20261125)
        print("JSON fuzz: \(outcome.inputs) inputs, \(outcome.accepted) accepted, \(outcome.refused) refused")
        XCTAssertEqual(outcome.inputs, 3_000)
        XCTAssertGreaterThan(outcome.refused, 1_000, "the mutations do break files")
        XCTAssertGreaterThan(outcome.accepted, 0, "some mutations keep files valid")
        XCTAssertEqual(outcome.badErrors, [])
    }

    func testSeedsAreValidRecords() throws {
        for seed in try InputFuzzer.jsonSeeds() {
            XCTAssertNoThrow(try RecordFile.decode(kind: seed.kind, data: Data(seed.bytes), path: "x"), seed.kind)
        }
    }
}

final class CSVFuzzTests: XCTestCase {
    func testMutatedImportFilesNeverCrashAndNameFileAndLine() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "fuzz")
        let ws = try Workspace(root: root, user: "fuzz")
        let before = try FileManager.default.contentsOfDirectory(atPath: root + "/units").count
        let outcome = InputFuzzer.fuzzCSV(workspace: ws, iterations: 2_000, seed: 20261125)
        print("CSV fuzz: \(outcome.inputs) inputs, \(outcome.accepted) accepted, \(outcome.refused) refused")
        XCTAssertEqual(outcome.inputs, 2_000)
        XCTAssertGreaterThan(outcome.accepted, 100)
        XCTAssertEqual(outcome.badErrors, [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/units").count, before, "dry runs write nothing")
    }

    func testSeedsImportCleanly() throws {
        let root = temporaryDirectory()
        try DemoFixture.make(root: root, user: "fuzz")
        let ws = try Workspace(root: root, user: "fuzz")
        let tcvn = InputFuzzer.csvSeeds()[3]
        let (table, decoded) = try ImportFile.read(data: Data(tcvn.bytes), file: "tcvn3.csv")
        XCTAssertEqual(decoded.encoding, .tcvn3)
        XCTAssertEqual(table.rows[1].fields[1], "Nguyễn Văn Khoa")
        let report = try AwardImport.run(data: Data(InputFuzzer.csvSeeds()[0].bytes), file: "a.csv", into: ws, dryRun: true, actor: "t")
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.records.count, 2)
    }
}
