import Foundation

/// A Vietnamese collation key computed once, for sorting many rows: comparing two keys is a plain
/// comparison of numbers, where `VietnameseCollation.less` rebuilds both keys at every comparison.
public struct CollationKey: OrderedKey, Hashable, Sendable {
    public let units: [UInt32]
    public init(_ text: String) { units = VietnameseCollation.key(text) }
    init(units: [UInt32]) { self.units = units }
    @inlinable public static func < (a: CollationKey, b: CollationKey) -> Bool { order(a, b) < 0 }

    /// -1, 0 or 1 as `a` sorts before, with or after `b` (one pass over the numbers).
    @inlinable public static func order(_ a: CollationKey, _ b: CollationKey) -> Int {
        a.units.withUnsafeBufferPointer { x in
            b.units.withUnsafeBufferPointer { y in
                let n = Swift.min(x.count, y.count)
                var i = 0
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
                    i += 1
                }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
    }
}

/// A person's name as Vietnamese lists order it: the given name (last word) first, then the whole name.
public struct PersonNameKey: OrderedKey, Hashable, Sendable {
    public let given: CollationKey
    public let whole: CollationKey
    public init(_ name: String) {
        if let keys = VietnameseCollation.nameKeys(name) {
            given = CollationKey(units: keys.given)
            whole = CollationKey(units: keys.whole)
        } else {
            given = CollationKey(VietnameseCollation.givenName(name))
            whole = CollationKey(name)
        }
    }
    /// A key ordering by the whole text only (a unit's name among people's keys).
    public init(whole text: String) {
        whole = CollationKey(text)
        given = whole
    }
    @inlinable public static func < (a: PersonNameKey, b: PersonNameKey) -> Bool { order(a, b) < 0 }
    @inlinable public static func order(_ a: PersonNameKey, _ b: PersonNameKey) -> Int {
        let given = CollationKey.order(a.given, b.given)
        return given != 0 ? given : CollationKey.order(a.whole, b.whole)
    }
}

/// A key that compares in one pass, saying before, same or after (-1, 0, 1). A sort asks it once per step,
/// where `<` is asked two to four times (is a before b, is b before a, and again inside a pair of keys):
/// with two collation keys a name, that was most of sorting a province's 15,000 people.
public protocol OrderedKey: Comparable {
    static func order(_ a: Self, _ b: Self) -> Int
}

extension String: OrderedKey {
    @inlinable public static func order(_ a: String, _ b: String) -> Int { a == b ? 0 : (a < b ? -1 : 1) }
}

extension Int: OrderedKey {
    @inlinable public static func order(_ a: Int, _ b: Int) -> Int { a == b ? 0 : (a < b ? -1 : 1) }
}

extension SortPair: OrderedKey where First: OrderedKey, Second: OrderedKey {
    @inlinable public static func order(_ a: Self, _ b: Self) -> Int {
        let first = First.order(a.first, b.first)
        return first != 0 ? first : Second.order(a.second, b.second)
    }
}

extension Sequence {
    /// Sorted by a key computed once per element (decorate, sort, undecorate); stable for equal keys.
    /// The positions are sorted, not the elements: moving a large element (a person, a proposal) at every
    /// step of the sort was a third of sorting 15,000 people. Inlinable, so that it is specialised for
    /// each key type instead of comparing through witness tables.
    @inlinable
    public func sorted<Key: Comparable>(byKey key: (Element) throws -> Key) rethrows -> [Element] {
        let (elements, keys) = try keyed(key)
        return SortOrder.positions(of: keys).map { elements[$0] }
    }

    /// The same, for a key that compares in one pass (`OrderedKey`).
    @inlinable
    public func sorted<Key: OrderedKey>(byKey key: (Element) throws -> Key) rethrows -> [Element] {
        let (elements, keys) = try keyed(key)
        return SortOrder.positions(of: keys).map { elements[$0] }
    }

    /// The elements and the key of each.
    @inlinable
    func keyed<Key>(_ key: (Element) throws -> Key) rethrows -> (elements: [Element], keys: [Key]) {
        let elements = Array(self)
        var keys: [Key] = []
        keys.reserveCapacity(elements.count)
        for e in elements { keys.append(try key(e)) }
        return (elements, keys)
    }
}

public enum SortOrder {
    /// The positions of `keys` in the order of the keys, equal keys in their order (a stable sort).
    @inlinable
    public static func positions<Key: Comparable>(of keys: [Key]) -> [Int] {
        var order = Array(keys.indices)
        keys.withUnsafeBufferPointer { k in
            order.sort { a, b in
                if k[a] < k[b] { return true }
                if k[b] < k[a] { return false }
                return a < b
            }
        }
        return order
    }

    /// The same, asking each pair of keys once. Keys already in order (a list kept in its order) are
    /// found so with one comparison each, and not sorted.
    @inlinable
    public static func positions<Key: OrderedKey>(of keys: [Key]) -> [Int] {
        positionsIfNeeded(of: keys) ?? Array(keys.indices)
    }

    /// The positions of `positions(of:)`, or nil when the keys are already in order.
    @inlinable
    public static func positionsIfNeeded<Key: OrderedKey>(of keys: [Key]) -> [Int]? {
        if isInOrder(keys) { return nil }
        var order = Array(keys.indices)
        keys.withUnsafeBufferPointer { k in
            order.sort { a, b in
                let o = Key.order(k[a], k[b])
                return o != 0 ? o < 0 : a < b
            }
        }
        return order
    }
}

extension SortOrder {
    /// Whether no key comes before the one ahead of it (a sort would leave them as they are).
    @inlinable
    public static func isInOrder<Key: OrderedKey>(_ keys: [Key]) -> Bool {
        keys.withUnsafeBufferPointer { k in
            var i = 1
            while i < k.count {
                if Key.order(k[i], k[i - 1]) < 0 { return false }
                i += 1
            }
            return true
        }
    }
}

extension SortPair: Sendable where First: Sendable, Second: Sendable {}

/// Two sort keys, the first deciding: `sorted(byKey: { SortPair($0.year, CollationKey($0.name)) })`.
public struct SortPair<First: Comparable, Second: Comparable>: Comparable {
    public let first: First
    public let second: Second
    public init(_ first: First, _ second: Second) { self.first = first; self.second = second }
    @inlinable public static func < (a: Self, b: Self) -> Bool { a.first < b.first || (!(b.first < a.first) && a.second < b.second) }
    @inlinable public static func == (a: Self, b: Self) -> Bool { a.first == b.first && a.second == b.second }
}
