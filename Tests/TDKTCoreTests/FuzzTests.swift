import XCTest
@testable import TDKTCore

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
            XCTAssertNoThrow(try Store.decodeAny(kind: seed.kind, data: Data(seed.bytes), path: "x"), seed.kind)
        }
    }
}
