import Foundation
import TDKTCore

extension ProvinceGenerator {
    /// A province small enough for a test: `years` of records, `people` people, `awardsPerYear` awards a year.
    public static func small(seed: UInt64, years: Int, people: Int, awardsPerYear: Int) -> ProvinceGenerator {
        var g = ProvinceGenerator(seed: seed, scale: 1)
        g.years = years
        g.peoplePerScale = people
        g.awardsPerYearPerScale = awardsPerYear
        return g
    }

    /// Writes the province with its indexes built, as `tdkt check` leaves it (the generator writes only
    /// files); returns the index files written.
    @discardableResult
    public func writeIndexed(to root: String, user: String) throws -> [String] {
        _ = try write(to: root, user: user)
        return try IndexedCollections.refresh(Store(root: root, user: user))
    }
}
