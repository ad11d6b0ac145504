import XCTest
import TDKTText
@testable import TDKTCore

/// Work spread over the cores gives what the same work in turn gives: results in the elements' order,
/// sorting with ties kept in order.
final class ParallelTests: XCTestCase {
    func testMapKeepsTheElementsOrder() {
        let numbers = Array(0..<1_000)
        XCTAssertEqual(Parallel.map(numbers) { $0 * 3 }, numbers.map { $0 * 3 })
        XCTAssertEqual(Parallel.map([7]) { $0 + 1 }, [8])
        XCTAssertEqual(Parallel.map([Int]()) { $0 }, [])
    }

    func testSortedIsTheSameAsSortedByKeyTiesIncluded() {
        let given = ["An", "Ánh", "Bình", "Đức", "Hà", "Long", "Lan", "Ân", "Anh"]
        let names = (0..<5_000).map { i in "Nguyễn Văn \(given[(i * 7) % given.count])" }
        let people = names.enumerated().map { (id: "p\($0.offset % 1_500)", name: $0.element) }
        let expected = people.sorted(byKey: { SortPair(PersonNameKey($0.name), $0.id) })
        let got = Parallel.sorted(people, byKey: { SortPair(PersonNameKey($0.name), $0.id) })
        XCTAssertEqual(got.map(\.name), expected.map(\.name))
        XCTAssertEqual(got.map(\.id), expected.map(\.id))
        // Equal keys keep their order (the offsets tell them apart).
        let tied = (0..<3_000).map { (n: $0 % 3, at: $0) }
        XCTAssertEqual(Parallel.sorted(tied, byKey: { $0.n }).map(\.at), tied.sorted(byKey: { $0.n }).map(\.at))
        // Keys only `Comparable` take the other path, with the same result.
        struct Plain: Comparable { let n: Int; static func < (a: Self, b: Self) -> Bool { a.n < b.n } }
        XCTAssertEqual(Parallel.sorted(tied, byKey: { Plain(n: $0.n) }).map(\.at), tied.sorted(byKey: { $0.n }).map(\.at))
        // Every element kept once, whichever half ends first.
        let skewed = (0..<4_097).map { (n: $0 < 2_048 ? 5_000 + $0 : $0, at: $0) }
        XCTAssertEqual(Parallel.sorted(skewed, byKey: { $0.n }).map(\.n), skewed.map(\.n).sorted())
    }

    /// Elements already in order come back as they are; each half in order but not where they meet, or one
    /// key out of place, are sorted as any others.
    func testElementsAlreadyInOrderComeBackAsTheyAre() {
        let inOrder = (0..<5_000).map { (n: $0 / 3, at: $0) }
        XCTAssertEqual(Parallel.sorted(inOrder, byKey: { $0.n }).map(\.at), inOrder.map(\.at))
        XCTAssertTrue(SortOrder.isInOrder(inOrder.map(\.n)))
        XCTAssertEqual(SortOrder.positions(of: inOrder.map(\.n)), Array(0..<5_000))
        // Two runs in order each, the second's keys below the first's: merged, ties first half first.
        let runs = (0..<5_000).map { (n: $0 < 2_500 ? $0 : $0 - 2_500, at: $0) }
        XCTAssertFalse(SortOrder.isInOrder(runs.map(\.n)))
        XCTAssertEqual(Parallel.sorted(runs, byKey: { $0.n }).map(\.at), runs.sorted(byKey: { $0.n }).map(\.at))
        XCTAssertEqual(Parallel.sorted(runs, byKey: { $0.n }).map(\.n), runs.map(\.n).sorted())
        // One key out of place, in either half.
        for misplaced in [10, 4_000] {
            var nearly = inOrder
            nearly[misplaced].n = -1
            XCTAssertFalse(SortOrder.isInOrder(nearly.map(\.n)))
            XCTAssertEqual(Parallel.sorted(nearly, byKey: { $0.n }).map(\.at), nearly.sorted(byKey: { $0.n }).map(\.at))
            XCTAssertEqual(SortOrder.positions(of: nearly.map(\.n)).first, misplaced)
        }
        XCTAssertTrue(SortOrder.isInOrder([Int]()))
        XCTAssertTrue(SortOrder.isInOrder([7]))
    }
}
