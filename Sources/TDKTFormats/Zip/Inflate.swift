/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Written here because the design allows no packages and Foundation has no public inflate on Linux.
/// `limit` bounds the output so that a small hostile entry cannot expand without end.
public enum Inflate {
    public static func decompress(_ input: [UInt8], expectedSize: Int? = nil, limit: Int = 1 << 30) throws -> [UInt8] {
        try input.withUnsafeBufferPointer { try decompress($0, expectedSize: expectedSize, limit: limit) }
    }

    public static func decompress(_ input: UnsafeBufferPointer<UInt8>, expectedSize: Int? = nil, limit: Int = 1 << 30) throws -> [UInt8] {
        var state = InflateState(input: input, limit: limit)
        if let n = expectedSize { state.output.reserveCapacity(min(n, limit)) }
        try state.run()
        return state.output
    }
}

public enum InflateError: Error, Equatable, CustomStringConvertible {
    case truncated
    case invalidBlockType
    case storedLengthMismatch
    case invalidCodeLengths
    case invalidSymbol
    case distanceTooFar
    case outputTooLarge(limit: Int)

    public var description: String {
        switch self {
        case .truncated: return "deflate data ends too early"
        case .invalidBlockType: return "deflate block of reserved type 3"
        case .storedLengthMismatch: return "stored block length and its complement disagree"
        case .invalidCodeLengths: return "invalid Huffman code lengths"
        case .invalidSymbol: return "invalid Huffman code in data"
        case .distanceTooFar: return "back-reference before the start of the data"
        case .outputTooLarge(let limit): return "inflated data larger than \(limit) bytes"
        }
    }
}

/// A canonical Huffman code as a single lookup table indexed by the next `maxLength` input bits
/// (least significant bit first, as DEFLATE packs them). Entry: symbol << 4 | code length; 0 = no code.
struct HuffmanTable {
    var table: [UInt32]
    var maxLength: Int

    init(lengths: [UInt8]) throws {
        var counts = [Int](repeating: 0, count: 16)
        for l in lengths { counts[Int(l)] += 1 }
        counts[0] = 0
        // Over-subscribed codes are invalid; incomplete ones are allowed (a single distance code is common).
        var left = 1
        for len in 1...15 {
            left <<= 1
            left -= counts[len]
            if left < 0 { throw InflateError.invalidCodeLengths }
        }
        let maxLength = max(1, lengths.map(Int.init).max() ?? 1)
        self.maxLength = maxLength
        table = [UInt32](repeating: 0, count: 1 << maxLength)
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for len in 1...15 {
            code = (code + counts[len - 1]) << 1
            nextCode[len] = code
        }
        for (symbol, l) in lengths.enumerated() where l > 0 {
            let len = Int(l)
            let c = nextCode[len]
            nextCode[len] += 1
            // Codes are stored most significant bit first; the table is indexed by reversed bits.
            var reversed = 0
            for i in 0..<len where c & (1 << i) != 0 { reversed |= 1 << (len - 1 - i) }
            let entry = UInt32(symbol) << 4 | UInt32(len)
            var index = reversed
            while index < table.count {
                table[index] = entry
                index += 1 << len
            }
        }
    }
}

struct InflateState {
    let input: UnsafeBufferPointer<UInt8>
    let limit: Int
    var position = 0
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    var output: [UInt8] = []

    init(input: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.input = input
        self.limit = limit
    }

    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which code-length code lengths are sent in a dynamic block header.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static let fixedTables: (HuffmanTable, HuffmanTable) = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        // The fixed codes are complete by construction.
        let literal = try! HuffmanTable(lengths: lengths)
        let distance = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))
        return (literal, distance)
    }()

    mutating func refill() {
        while bitCount <= 56 && position < input.count {
            bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    mutating func bits(_ n: Int) throws -> Int {
        if n == 0 { return 0 }
        if bitCount < n { refill() }
        if bitCount < n { throw InflateError.truncated }
        let v = Int(bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return v
    }

    mutating func decode(_ h: HuffmanTable) throws -> Int {
        if bitCount < h.maxLength { refill() }
        // Near the end of the input fewer bits than the longest code may remain; the missing ones read as 0.
        let entry = h.table[Int(bitBuffer & ((1 << UInt64(h.maxLength)) - 1))]
        let len = Int(entry & 15)
        if len == 0 { throw InflateError.invalidSymbol }
        if len > bitCount { throw InflateError.truncated }
        bitBuffer >>= UInt64(len)
        bitCount -= len
        return Int(entry >> 4)
    }

    mutating func run() throws {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(InflateState.fixedTables.0, InflateState.fixedTables.1)
            case 2:
                let (lit, dist) = try dynamicTables()
                try codes(lit, dist)
            default: throw InflateError.invalidBlockType
            }
        }
    }

    mutating func stored() throws {
        // Drop to a byte boundary, then give back whole bytes still held in the bit buffer.
        _ = try bits(bitCount % 8)
        let len = try bits(16)
        let complement = try bits(16)
        if len != (~complement & 0xFFFF) { throw InflateError.storedLengthMismatch }
        var remaining = len
        while remaining > 0 && bitCount >= 8 {
            try append(UInt8(try bits(8)))
            remaining -= 1
        }
        if position + remaining > input.count { throw InflateError.truncated }
        if output.count + remaining > limit { throw InflateError.outputTooLarge(limit: limit) }
        output.append(contentsOf: input[position..<(position + remaining)])
        position += remaining
    }

    mutating func append(_ byte: UInt8) throws {
        if output.count >= limit { throw InflateError.outputTooLarge(limit: limit) }
        output.append(byte)
    }

    mutating func dynamicTables() throws -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        if literalCount > 286 || distanceCount > 30 { throw InflateError.invalidCodeLengths }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[InflateState.codeLengthOrder[i]] = UInt8(try bits(3)) }
        let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths)
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(codeLengthTable)
            switch symbol {
            case 0...15: lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw InflateError.invalidCodeLengths }
                lengths.append(contentsOf: repeatElement(previous, count: 3 + (try bits(2))))
            case 17: lengths.append(contentsOf: repeatElement(0, count: 3 + (try bits(3))))
            default: lengths.append(contentsOf: repeatElement(0, count: 11 + (try bits(7))))
            }
        }
        if lengths.count > literalCount + distanceCount { throw InflateError.invalidCodeLengths }
        if lengths[256] == 0 { throw InflateError.invalidCodeLengths }  // no end-of-block code
        let literal = try HuffmanTable(lengths: Array(lengths[0..<literalCount]))
        let distance = try HuffmanTable(lengths: Array(lengths[literalCount...]))
        return (literal, distance)
    }

    mutating func codes(_ literal: HuffmanTable, _ distance: HuffmanTable) throws {
        while true {
            let symbol = try decode(literal)
            if symbol < 256 {
                try append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let li = symbol - 257
                if li >= 29 { throw InflateError.invalidSymbol }
                let length = InflateState.lengthBase[li] + (try bits(InflateState.lengthExtra[li]))
                let di = try decode(distance)
                if di >= 30 { throw InflateError.invalidSymbol }
                let dist = InflateState.distanceBase[di] + (try bits(InflateState.distanceExtra[di]))
                if dist > output.count { throw InflateError.distanceTooFar }
                if output.count + length > limit { throw InflateError.outputTooLarge(limit: limit) }
                let start = output.count - dist
                // Copies may overlap their own output (a run), so go byte by byte.
                for i in 0..<length { output.append(output[start + i]) }
            }
        }
    }
}
