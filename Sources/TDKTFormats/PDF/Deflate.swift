import Foundation

/// zlib streams (RFC 1950/1951) for PDF's FlateDecode: LZ77 matches found through a hash of three bytes,
/// coded with the fixed Huffman codes. Smaller than stored blocks by about half for fonts and page contents.
enum Deflate {
    static func zlib(_ input: Data) -> Data {
        var out = BitWriter()
        out.bytes = [0x78, 0x01]
        let bytes = [UInt8](input)
        compress(bytes, into: &out)
        out.flush()
        let a = adler32(bytes)
        out.bytes += [UInt8(a >> 24), UInt8(a >> 16 & 0xFF), UInt8(a >> 8 & 0xFF), UInt8(a & 0xFF)]
        return Data(out.bytes)
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        var i = 0
        while i < bytes.count {
            let end = min(i + 5552, bytes.count)
            while i < end { a += UInt32(bytes[i]); b += a; i += 1 }
            a %= 65521; b %= 65521
        }
        return b << 16 | a
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        private var buffer: UInt32 = 0
        private var count: UInt32 = 0

        mutating func write(_ value: UInt32, bits: UInt32) {
            buffer |= value << count
            count += bits
            while count >= 8 { bytes.append(UInt8(buffer & 0xFF)); buffer >>= 8; count -= 8 }
        }

        /// Huffman codes go most significant bit first.
        mutating func writeReversed(_ code: UInt32, bits: UInt32) {
            var r: UInt32 = 0
            for i in 0..<bits { r |= ((code >> i) & 1) << (bits - 1 - i) }
            write(r, bits: bits)
        }

        mutating func flush() { if count > 0 { bytes.append(UInt8(buffer & 0xFF)); buffer = 0; count = 0 } }
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                            67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [UInt32] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                              1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [UInt32] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                                                  11, 11, 12, 12, 13, 13]

    private static func literal(_ symbol: Int, _ out: inout BitWriter) {
        switch symbol {
        case 0...143: out.writeReversed(UInt32(0x30 + symbol), bits: 8)
        case 144...255: out.writeReversed(UInt32(0x190 + symbol - 144), bits: 9)
        case 256...279: out.writeReversed(UInt32(symbol - 256), bits: 7)
        default: out.writeReversed(UInt32(0xC0 + symbol - 280), bits: 8)
        }
    }

    private static func match(length: Int, distance: Int, _ out: inout BitWriter) {
        var l = lengthBase.count - 1
        while lengthBase[l] > length { l -= 1 }
        literal(257 + l, &out)
        if lengthExtra[l] > 0 { out.write(UInt32(length - lengthBase[l]), bits: lengthExtra[l]) }
        var d = distanceBase.count - 1
        while distanceBase[d] > distance { d -= 1 }
        out.writeReversed(UInt32(d), bits: 5)
        if distanceExtra[d] > 0 { out.write(UInt32(distance - distanceBase[d]), bits: distanceExtra[d]) }
    }

    private static func compress(_ bytes: [UInt8], into out: inout BitWriter) {
        out.write(1, bits: 1) // the last block
        out.write(1, bits: 2) // fixed Huffman codes
        let window = 32768, hashSize = 1 << 15, maxChain = 32
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: window)
        func hash(_ i: Int) -> Int {
            (Int(bytes[i]) << 10 ^ Int(bytes[i + 1]) << 5 ^ Int(bytes[i + 2])) & (hashSize - 1)
        }
        func insert(_ i: Int) {
            guard i + 2 < bytes.count else { return }
            let h = hash(i)
            previous[i & (window - 1)] = head[h]
            head[h] = i
        }
        var i = 0
        while i < bytes.count {
            var bestLength = 0, bestDistance = 0
            if i + 2 < bytes.count {
                var candidate = head[hash(i)], chain = 0
                let limit = min(258, bytes.count - i)
                while candidate >= 0 && i - candidate <= window && chain < maxChain {
                    var n = 0
                    while n < limit && bytes[candidate + n] == bytes[i + n] { n += 1 }
                    if n > bestLength { bestLength = n; bestDistance = i - candidate; if n == limit { break } }
                    let next = previous[candidate & (window - 1)]
                    if next >= candidate { break }
                    candidate = next
                    chain += 1
                }
            }
            if bestLength >= 3 {
                match(length: bestLength, distance: bestDistance, &out)
                for k in 0..<bestLength { insert(i + k) }
                i += bestLength
            } else {
                literal(Int(bytes[i]), &out)
                insert(i)
                i += 1
            }
        }
        literal(256, &out)
    }
}
