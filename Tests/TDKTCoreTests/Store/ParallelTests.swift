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
}
