import Foundation

/// The keys an import has seen, kept as 128-bit digests rather than strings: a planner must remember every
/// row's key to refuse a second one, and a file of a million rows would otherwise keep a million strings.
/// The digest is two SipHash values (Swift's `Hasher`, keyed afresh in every process), so a file cannot be
/// written to make two different names collide; by chance, two of a million keys share one with a
/// probability near 10⁻²⁷.
public struct KeyDigestSet {
    struct Digest: Hashable { var a: Int, b: Int }
    var digests = Set<Digest>()

    public init() {}

    static func digest(_ key: String) -> Digest {
        var first = Hasher(), second = Hasher()
        first.combine(0 as UInt8)
        first.combine(key)
        second.combine(1 as UInt8)
        second.combine(key)
        return Digest(a: first.finalize(), b: second.finalize())
    }

    /// True when the key was not there before.
    @discardableResult
    public mutating func insert(_ key: String) -> Bool { digests.insert(Self.digest(key)).inserted }
    public func contains(_ key: String) -> Bool { digests.contains(Self.digest(key)) }
    public var count: Int { digests.count }
}
