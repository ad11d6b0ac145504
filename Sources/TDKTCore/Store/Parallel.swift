import Foundation
import TDKTText

/// Work on independent folders (the years of a collection) spread over the machine's cores: a ten-year
/// read is mostly looking up files and parsing their index lines, which two cores do in about half the time.
enum Parallel {
    /// `body` of each element, in the elements' order. `body` must be safe to call from several threads
    /// at once (the store's reads are: its caches are locked).
    static func map<Element: Sendable, Result>(_ elements: [Element], _ body: @Sendable (Element) -> Result) -> [Result] {
        guard elements.count > 1 else { return elements.map(body) }
        let results = Results<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { i in
            results.set(i, body(elements[i]))
        }
        return results.values()
    }

    /// A file's bytes as runs of whole lines to read on two cores: two halves split at a line's end from a
    /// megabyte on, else one run.
    static func lineHalves(_ data: Data) -> [Data] {
        guard data.count >= 1 << 20, let end = data[(data.startIndex + data.count / 2)...].firstIndex(of: 0x0A), end + 1 < data.endIndex
        else { return [data] }
        return [data[..<(end + 1)], data[(end + 1)...]]
    }

    /// The elements in the order of their keys (ties kept in order, as `sorted(byKey:)`), the keys computed
    /// on two cores: a collation key per row is most of sorting 15,000 names.
    static func sorted<Element: Sendable, Key: Comparable & Sendable>(_ elements: [Element], byKey key: @Sendable (Element) -> Key) -> [Element] {
        let middle = elements.count < 2048 ? elements.count : elements.count / 2
        let keys = map([0..<middle, middle..<elements.count]) { range in range.map { key(elements[$0]) } }.flatMap { $0 }
        return SortOrder.positions(of: keys).map { elements[$0] }
    }

    /// The same, for a key that compares in one pass (`OrderedKey`): each half keyed and sorted on its own core,
    /// then the two merged, the first half's element first among equal keys (so the sort stays stable).
    /// Elements already in order (a list kept in its order) come back as they are.
    static func sorted<Element: Sendable, Key: OrderedKey & Sendable>(_ elements: [Element], byKey key: @Sendable (Element) -> Key) -> [Element] {
        guard elements.count >= 2048 else { return elements.sorted(byKey: key) }
        let middle = elements.count / 2
        let halves = map([0..<middle, middle..<elements.count]) { range -> (keys: [Key], order: [Int]?) in
            let keys = range.map { key(elements[$0]) }
            return (keys, SortOrder.positionsIfNeeded(of: keys))
        }
        let (a, b) = (halves[0], halves[1])
        if a.order == nil, b.order == nil, let last = a.keys.last, let first = b.keys.first, Key.order(first, last) >= 0 {
            return elements
        }
        let aOrder = a.order ?? Array(a.keys.indices), bOrder = b.order ?? Array(b.keys.indices)
        var out: [Element] = []
        out.reserveCapacity(elements.count)
        var i = 0, j = 0
        while i < aOrder.count && j < bOrder.count {
            if Key.order(b.keys[bOrder[j]], a.keys[aOrder[i]]) < 0 {
                out.append(elements[middle + bOrder[j]]); j += 1
            } else {
                out.append(elements[aOrder[i]]); i += 1
            }
        }
        for k in aOrder[i...] { out.append(elements[k]) }
        for k in bOrder[j...] { out.append(elements[middle + k]) }
        return out
    }

    /// Slots filled from several threads, each once.
    private final class Results<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: Value) { lock.lock(); slots[i] = value; lock.unlock() }
        func values() -> [Value] { slots.map { $0! } }
    }
}
