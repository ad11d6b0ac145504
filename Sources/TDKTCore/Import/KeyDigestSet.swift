import Foundation

/// The keys an import has seen, kept as 128-bit digests rather than strings: a planner must remember every
/// row's key to refuse a second one, and a file of a million rows would otherwise keep a million strings.
/// Two unrelated 64-bit hashes (FNV-1a, and a multiply-rotate hash) over the key's UTF-8 bytes.
public struct KeyDigestSet {
    struct Digest: Hashable { var a: UInt64, b: UInt64 }
    var digests = Set<Digest>()

    public init() {}

    static func digest(_ key: String) -> Digest {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x9E37_79B9_7F4A_7C15
        for byte in key.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = ((b &+ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9)
            b = (b << 31) | (b >> 33)
        }
        return Digest(a: a, b: b ^ UInt64(key.utf8.count))
    }

    /// True when the key was not there before.
    @discardableResult
    public mutating func insert(_ key: String) -> Bool { digests.insert(Self.digest(key)).inserted }
    public func contains(_ key: String) -> Bool { digests.contains(Self.digest(key)) }
    public var count: Int { digests.count }
}
