import Foundation

/// A Vietnamese collation key computed once, for sorting many rows: comparing two keys is a plain
/// comparison of numbers, where `VietnameseCollation.less` rebuilds both keys at every comparison.
public struct CollationKey: Comparable, Hashable, Sendable {
    public let units: [UInt32]
    public init(_ text: String) { units = VietnameseCollation.key(text) }
    public static func < (a: CollationKey, b: CollationKey) -> Bool { a.units.lexicographicallyPrecedes(b.units) }
}

/// A person's name as Vietnamese lists order it: the given name (last word) first, then the whole name.
public struct PersonNameKey: Comparable, Hashable, Sendable {
    public let given: CollationKey
    public let whole: CollationKey
    public init(_ name: String) {
        given = CollationKey(VietnameseCollation.givenName(name))
        whole = CollationKey(name)
    }
    /// A key ordering by the whole text only (a unit's name among people's keys).
    public init(whole text: String) {
        whole = CollationKey(text)
        given = whole
    }
    public static func < (a: PersonNameKey, b: PersonNameKey) -> Bool {
        a.given != b.given ? a.given < b.given : a.whole < b.whole
    }
}

extension Sequence {
    /// Sorted by a key computed once per element (decorate, sort, undecorate); stable for equal keys.
    public func sorted<Key: Comparable>(byKey key: (Element) throws -> Key) rethrows -> [Element] {
        var decorated: [(key: Key, index: Int, element: Element)] = []
        decorated.reserveCapacity(underestimatedCount)
        for (i, e) in enumerated() { decorated.append((try key(e), i, e)) }
        decorated.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        return decorated.map(\.element)
    }
}

/// Two sort keys, the first deciding: `sorted(byKey: { SortPair($0.year, CollationKey($0.name)) })`.
public struct SortPair<First: Comparable, Second: Comparable>: Comparable {
    public let first: First
    public let second: Second
    public init(_ first: First, _ second: Second) { self.first = first; self.second = second }
    public static func < (a: Self, b: Self) -> Bool { a.first != b.first ? a.first < b.first : a.second < b.second }
    public static func == (a: Self, b: Self) -> Bool { a.first == b.first && a.second == b.second }
}
