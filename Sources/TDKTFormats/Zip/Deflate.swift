import Foundation

/// A small DEFLATE encoder: LZ77 over a 32 KiB window with hash chains, coded in one fixed-Huffman
/// block. Workbook XML, fonts and page contents repeat themselves so much that this already shrinks them
/// several times over. Raw for zip entries; wrapped as zlib (RFC 1950) for PDF's FlateDecode.
public enum Deflate {
    /// A zlib stream: header, the deflated data, Adler-32 of the input.
    public static func zlib(_ input: Data) -> Data {
        let bytes = [UInt8](input)
        var out: [UInt8] = [0x78, 0x01]
        out += compress(bytes)
        let a = adler32(bytes)
        out += [UInt8(a >> 24), UInt8(a >> 16 & 0xFF), UInt8(a >> 8 & 0xFF), UInt8(a & 0xFF)]
        return Data(out)
    }

    public static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        var i = 0
        while i < bytes.count {
            let end = min(i + 5552, bytes.count)
            while i < end { a += UInt32(bytes[i]); b += a; i += 1 }
            a %= 65521; b %= 65521
        }
        return b << 16 | a
    }

    static let windowSize = 1 << 15
    static let hashBits = 15
    static let maxChain = 48
    static let minMatch = 3
    static let maxMatch = 258

    public static func compress(_ input: [UInt8]) -> [UInt8] {
        var out = BitWriter()
        out.write(1, bits: 1)  // final block
        out.write(1, bits: 2)  // fixed Huffman
        let n = input.count
        var head = [Int32](repeating: -1, count: 1 << hashBits)
        var prev = [Int32](repeating: -1, count: windowSize)
        func hash(_ i: Int) -> Int {
            let v = Int(input[i]) << 16 | Int(input[i + 1]) << 8 | Int(input[i + 2])
            return ((v &* 2_654_435_761) >> 17) & ((1 << hashBits) - 1)
        }
        func insert(_ i: Int) {
            guard i + 2 < n else { return }
            let h = hash(i)
            prev[i & (windowSize - 1)] = head[h]
            head[h] = Int32(i)
        }
        var i = 0
        while i < n {
            var bestLength = 0, bestDistance = 0
            if i + 2 < n {
                var candidate = Int(head[hash(i)])
                var chain = maxChain
                let limit = min(maxMatch, n - i)
                while candidate >= 0 && i - candidate <= windowSize && chain > 0 {
                    if input[candidate + bestLength] == input[i + bestLength] || bestLength == 0 {
                        var l = 0
                        while l < limit && input[candidate + l] == input[i + l] { l += 1 }
                        if l > bestLength { bestLength = l; bestDistance = i - candidate; if l == limit { break } }
                    }
                    let next = Int(prev[candidate & (windowSize - 1)])
                    if next >= candidate { break }
                    candidate = next
                    chain -= 1
                }
            }
            if bestLength >= minMatch {
                writeLength(&out, bestLength)
                writeDistance(&out, bestDistance)
                for k in 0..<bestLength { insert(i + k) }
                i += bestLength
            } else {
                writeLiteral(&out, Int(input[i]))
                insert(i)
                i += 1
            }
        }
        writeLiteral(&out, 256)
        return out.finish()
    }

    /// Fixed literal/length code for a symbol (RFC 1951 §3.2.6), written most significant bit first.
    static func writeLiteral(_ out: inout BitWriter, _ symbol: Int) {
        switch symbol {
        case 0...143: out.writeCode(0x30 + symbol, length: 8)
        case 144...255: out.writeCode(0x190 + symbol - 144, length: 9)
        case 256...279: out.writeCode(symbol - 256, length: 7)
        default: out.writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    static func writeLength(_ out: inout BitWriter, _ length: Int) {
        var index = InflateState.lengthBase.count - 1
        while InflateState.lengthBase[index] > length { index -= 1 }
        // 258 has its own code (285) though 227 + 31 would also reach it.
        if length == 258 { index = 28 }
        writeLiteral(&out, 257 + index)
        out.write(length - InflateState.lengthBase[index], bits: InflateState.lengthExtra[index])
    }

    static func writeDistance(_ out: inout BitWriter, _ distance: Int) {
        var index = InflateState.distanceBase.count - 1
        while InflateState.distanceBase[index] > distance { index -= 1 }
        out.writeCode(index, length: 5)
        out.write(distance - InflateState.distanceBase[index], bits: InflateState.distanceExtra[index])
    }
}

struct BitWriter {
    var bytes: [UInt8] = []
    var buffer: UInt64 = 0
    var count = 0

    /// Writes `bits` low bits of `value`, least significant first (how DEFLATE packs extra bits).
    mutating func write(_ value: Int, bits: Int) {
        guard bits > 0 else { return }
        buffer |= UInt64(value & ((1 << bits) - 1)) << UInt64(count)
        count += bits
        while count >= 8 {
            bytes.append(UInt8(buffer & 0xFF))
            buffer >>= 8
            count -= 8
        }
    }

    /// Writes a Huffman code, whose bits go most significant first.
    mutating func writeCode(_ code: Int, length: Int) {
        var reversed = 0
        for i in 0..<length where code & (1 << i) != 0 { reversed |= 1 << (length - 1 - i) }
        write(reversed, bits: length)
    }

    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(buffer & 0xFF)) }
        buffer = 0; count = 0
        return bytes
    }
}
