import Foundation

/// A JSON decoder for the store's own files and index lines, several times faster than Foundation's on
/// them: the text is parsed into a small tree (objects as short arrays of pairs, numbers kept as their
/// text) and `Decodable` types read from it. Dates are ISO 8601 in UTC, as JSONCoding writes them.
/// It accepts standard JSON only; callers fall back to JSONCoding for anything it refuses, which also
/// gives the line, column and key path of an error: this decoder keeps no coding path (building one for
/// every value was a fifth of its time).
enum FastJSONDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>) throws -> T {
        var parser = JSONParser(bytes)
        let value = try parser.parseDocument()
        return try TreeDecoder(value, codingPath: []).decodeValue(type)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { try decode(type, from: $0.bindMemory(to: UInt8.self)) }
    }

    struct SyntaxError: Error { var offset: Int }
}

/// A parsed JSON value.
enum JSONNode {
    case null
    case bool(Bool)
    /// The number's text, converted when a type asks for it.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([(key: String, value: JSONNode)])
}

struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parseDocument() throws -> JSONNode {
        let v = try parseValue(depth: 0)
        skipSpace()
        guard i == bytes.count else { throw FastJSONDecoder.SyntaxError(offset: i) }
        return v
    }

    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    func fail() -> FastJSONDecoder.SyntaxError { FastJSONDecoder.SyntaxError(offset: i) }

    mutating func parseValue(depth: Int) throws -> JSONNode {
        skipSpace()
        guard i < bytes.count, depth < 512 else { throw fail() }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var pairs: [(key: String, value: JSONNode)] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail() }
                let key = try parseString()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail() }
                i += 1
                pairs.append((key, try parseValue(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw fail() }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                throw fail()
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try parseValue(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw fail() }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw fail()
            }
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default:
            return .number(try parseNumber())
        }
    }

    private mutating func expect(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail() }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw fail() }
        i += n
    }

    private mutating func parseNumber() throws -> String {
        let start = i
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        guard i > digits, !(bytes[digits] == 0x30 && i - digits > 1) else { throw fail() }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            let f = i
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
            guard i > f else { throw fail() }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            let e = i
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
            guard i > e else { throw fail() }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    /// A string at `i` (the opening quote); escapes decoded, invalid UTF-8 refused.
    mutating func parseString() throws -> String {
        i += 1
        let start = i
        var ascii = true
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
                i += 1
                // ASCII needs no validation (most keys and codes); anything else is checked as UTF-8.
                if ascii { return String(decoding: slice, as: UTF8.self) }
                guard let s = String(validating: slice, as: UTF8.self) else { throw fail() }
                return s
            }
            if b == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            if b < 0x20 { throw fail() }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        throw fail()
    }

    private mutating func parseEscapedString(from start: Int) throws -> String {
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw fail() }
                return s
            }
            if b < 0x20 { throw fail() }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { throw fail() }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw fail() }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail() }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw fail()
                }
                guard let scalar = Unicode.Scalar(code) else { throw fail() }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: throw fail()
            }
        }
        throw fail()
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail() }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail()
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}

/// `Decoder` over a parsed tree.
struct TreeDecoder: Decoder {
    let node: JSONNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ node: JSONNode, codingPath: [CodingKey]) { self.node = node; self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let pairs) = node else { throw mismatch([String: Any].self) }
        return KeyedDecodingContainer(KeyedTree<Key>(pairs: pairs, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = node else { throw mismatch([Any].self) }
        return UnkeyedTree(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleTree(decoder: self) }

    func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "found \(node)"))
    }

    /// A value of any type, with the types JSONCoding writes in its own way (dates, decimals).
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == Date.self { return try decodeDate() as! T }
        if T.self == Decimal.self {
            guard case .number(let text) = node, let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { throw mismatch(Decimal.self) }
            return d as! T
        }
        if T.self == String.self {
            guard case .string(let s) = node else { throw mismatch(String.self) }
            return s as! T
        }
        if T.self == Int.self { return try int() as! T }
        if let shaped = T.self as? TreeDecodable.Type { return try shaped.init(tree: node) as! T }
        return try T(from: self)
    }

    func int() throws -> Int {
        guard case .number(let text) = node, let v = Int(text) else { throw mismatch(Int.self) }
        return v
    }

    func double() throws -> Double {
        guard case .number(let text) = node, let v = Double(text) else { throw mismatch(Double.self) }
        return v
    }

    /// "2026-01-05T08:00:00Z" (what JSONEncoder's .iso8601 writes); other ISO 8601 forms go to the formatter.
    func decodeDate() throws -> Date {
        guard case .string(let s) = node else { throw mismatch(Date.self) }
        let u = Array(s.utf8)
        func num(_ a: Int, _ n: Int) -> Int? {
            var v = 0
            for k in a..<(a + n) { guard (0x30...0x39).contains(u[k]) else { return nil }; v = v * 10 + Int(u[k] - 0x30) }
            return v
        }
        if u.count == 20, u[4] == 0x2D, u[7] == 0x2D, u[10] == 0x54, u[13] == 0x3A, u[16] == 0x3A, u[19] == 0x5A,
           let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2), let sec = num(17, 2),
           (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 60 {
            // Days from the civil date (H. Hinnant's algorithm), then seconds in UTC.
            let yy = mo <= 2 ? y - 1 : y
            let era = (yy >= 0 ? yy : yy - 399) / 400
            let yoe = yy - era * 400
            let doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            let days = era * 146_097 + doe - 719_468
            return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + h * 3_600 + mi * 60 + sec))
        }
        let f = ISO8601DateFormatter()
        guard let date = f.date(from: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "not an ISO 8601 date: \(s)"))
        }
        return date
    }
}

struct KeyedTree<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let pairs: [(key: String, value: JSONNode)]
    let codingPath: [CodingKey]

    var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

    private func find(_ key: Key) -> JSONNode? {
        let name = key.stringValue
        for p in pairs where p.key == name { return p.value }
        return nil
    }

    private func child(_ key: Key) throws -> TreeDecoder {
        guard let v = find(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
        }
        return TreeDecoder(v, codingPath: codingPath)
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let v = find(key) else { return true }
        if case .null = v { return true }
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        let d = try child(key)
        guard case .bool(let b) = d.node else { throw d.mismatch(Bool.self) }
        return b
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decodeValue(String.self) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try child(key).double()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).int() }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try exact(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try exact(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try exact(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try exact(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try exact(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try exact(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try exact(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try exact(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try exact(key) }

    private func exact<N: FixedWidthInteger>(_ key: Key) throws -> N {
        let d = try child(key)
        guard case .number(let text) = d.node, let v = N(text) else { throw d.mismatch(N.self) }
        return v
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeValue(type) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let v = find(key) else { return nil }
        if case .null = v { return nil }
        return try TreeDecoder(v, codingPath: codingPath).decodeValue(type)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let v = find(key) else { return nil }
        switch v {
        case .null: return nil
        case .string(let s): return s
        default: throw TreeDecoder(v, codingPath: codingPath).mismatch(String.self)
        }
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let v = find(key) else { return nil }
        if case .null = v { return nil }
        return try TreeDecoder(v, codingPath: codingPath).int()
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let v = find(key) else { return nil }
        switch v {
        case .null: return nil
        case .bool(let b): return b
        default: throw TreeDecoder(v, codingPath: codingPath).mismatch(Bool.self)
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
    func superDecoder() throws -> Decoder { TreeDecoder(.object(pairs), codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }
}

struct UnkeyedTree: UnkeyedDecodingContainer {
    let items: [JSONNode]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(items: [JSONNode], codingPath: [CodingKey]) { self.items = items; self.codingPath = codingPath }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }


    private mutating func next() throws -> TreeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "end of array"))
        }
        defer { currentIndex += 1 }
        return TreeDecoder(items[currentIndex], codingPath: codingPath)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex] { currentIndex += 1; return true }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }
    mutating func decode(_ type: Bool.Type) throws -> Bool {
        let d = try next()
        guard case .bool(let b) = d.node else { throw d.mismatch(Bool.self) }
        return b
    }
    mutating func decode(_ type: String.Type) throws -> String { try next().decodeValue(String.self) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().int() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().double() }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> Decoder { try next() }
}

struct SingleTree: SingleValueDecodingContainer {
    let decoder: TreeDecoder
    var codingPath: [CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { if case .null = decoder.node { return true }; return false }
    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = decoder.node else { throw decoder.mismatch(Bool.self) }
        return b
    }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeValue(String.self) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.double()) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.int() }
    func decode(_ type: Int8.Type) throws -> Int8 { try exact() }
    func decode(_ type: Int16.Type) throws -> Int16 { try exact() }
    func decode(_ type: Int32.Type) throws -> Int32 { try exact() }
    func decode(_ type: Int64.Type) throws -> Int64 { try exact() }
    func decode(_ type: UInt.Type) throws -> UInt { try exact() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try exact() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try exact() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try exact() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try exact() }
    private func exact<N: FixedWidthInteger>() throws -> N {
        guard case .number(let text) = decoder.node, let v = N(text) else { throw decoder.mismatch(N.self) }
        return v
    }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
}
