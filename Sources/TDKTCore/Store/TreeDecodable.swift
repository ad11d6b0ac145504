import Foundation

/// A type read straight from a parsed JSON tree (FastJSONDecoder) by code written for its shape, without
/// `Codable`'s keyed containers: `perf` put four fifths of a record's decoding in that generic machinery
/// (a container box, generic metadata and retain/release for every key). A conforming type must read
/// exactly what its `Decodable` conformance reads; anything it does not expect (a wrong type, an unknown
/// enum value, a missing key) throws, and the caller then decodes the text with Foundation's decoder,
/// so a gap here costs time, never a record. Fields that are rare or complex are handed to `Decodable`.
protocol TreeDecodable {
    init(tree: JSONNode) throws
}

/// The fields of one JSON object, looked up by key.
struct TreeFields {
    let pairs: [(key: String, value: JSONNode)]

    init(_ node: JSONNode) throws {
        guard case .object(let pairs) = node else { throw TreeShapeError() }
        self.pairs = pairs
    }

    /// The first value under a key (null counts as present).
    func find(_ key: String) -> JSONNode? {
        for p in pairs where p.key == key { return p.value }
        return nil
    }

    func node(_ key: String) throws -> JSONNode {
        guard let v = find(key) else { throw TreeShapeError() }
        return v
    }

    /// A value that may be missing or null.
    func optional(_ key: String) -> JSONNode? {
        guard let v = find(key) else { return nil }
        if case .null = v { return nil }
        return v
    }

    func string(_ key: String) throws -> String { try TreeRead.string(node(key)) }
    func int(_ key: String) throws -> Int { try TreeRead.int(node(key)) }
    func bool(_ key: String) throws -> Bool { try TreeRead.bool(node(key)) }
    func optionalString(_ key: String) throws -> String? { try optional(key).map(TreeRead.string) }
    func optionalInt(_ key: String) throws -> Int? { try optional(key).map(TreeRead.int) }

    func value<T: RawRepresentable>(_ type: T.Type, _ key: String) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: try string(key)) else { throw TreeShapeError() }
        return v
    }

    /// A value of a type read through its own `TreeDecodable` or, failing that, its `Decodable` conformance.
    func decode<T: Decodable>(_ type: T.Type, _ key: String) throws -> T {
        try TreeRead.decode(type, node(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
        try optional(key).map { try TreeRead.decode(type, $0) }
    }

    /// An array; an empty one without any generic code.
    func array<T: Decodable>(_ type: T.Type, _ key: String) throws -> [T] {
        guard case .array(let items) = try node(key) else { throw TreeShapeError() }
        if items.isEmpty { return [] }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for item in items { out.append(try TreeRead.decode(type, item)) }
        return out
    }
}

enum TreeRead {
    static func string(_ node: JSONNode) throws -> String {
        guard case .string(let s) = node else { throw TreeShapeError() }
        return s
    }

    static func int(_ node: JSONNode) throws -> Int {
        guard case .number(let text) = node, let v = Int(text) else { throw TreeShapeError() }
        return v
    }

    static func bool(_ node: JSONNode) throws -> Bool {
        guard case .bool(let b) = node else { throw TreeShapeError() }
        return b
    }

    static func decode<T: Decodable>(_ type: T.Type, _ node: JSONNode) throws -> T {
        if let shaped = T.self as? TreeDecodable.Type { return try shaped.init(tree: node) as! T }
        return try TreeDecoder(node, codingPath: []).decodeValue(type)
    }
}

/// The tree is not of the shape a `TreeDecodable` reads (the caller falls back to `Decodable`).
struct TreeShapeError: Error {}

extension YearIndex.Row: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        self.init(path: try f.string("path"), file: try f.decode(YearIndex.FileStamp.self, "file"),
                  schemaVersion: try f.int("schemaVersion"), revision: try f.int("revision"),
                  modifiedBy: try f.string("modifiedBy"), modifiedAt: try f.string("modifiedAt"),
                  data: try f.decode(T.self, "data"))
    }
}

extension YearIndex.FileStamp: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        guard case .number(let ino) = try f.node("ino"), let i = UInt64(ino),
              case .number(let size) = try f.node("size"), let s = Int64(size),
              case .number(let mtime) = try f.node("mtime"), let m = Int64(mtime) else { throw TreeShapeError() }
        self.init(ino: i, size: s, mtime: m)
    }
}

extension Envelope: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        self.init(schemaVersion: try f.int("schemaVersion"), kind: try f.string("kind"), revision: try f.int("revision"),
                  modifiedBy: try f.string("modifiedBy"), modifiedAt: try f.string("modifiedAt"),
                  data: try f.decode(Value.self, "data"))
    }
}

extension NomineeRef: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        self.init(try f.value(Kind.self, "kind"), try f.string("id"))
    }
}

extension CivilDate: TreeDecodable {
    /// "yyyy-mm-dd" read by hand; any other text as `init(from:)` reads it.
    init(tree: JSONNode) throws {
        let text = try TreeRead.string(tree)
        if let (y, m, d) = text.utf8.withContiguousStorageIfAvailable(CivilDate.isoParts) ?? nil {
            try self.init(year: y, month: m, day: d)
        } else {
            self = try CivilDate.parse(text)
        }
    }

    private static func isoParts(_ u: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var v = 0
            for i in range {
                guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }
                v = v * 10 + Int(u[i] - 0x30)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return (y, m, d)
    }
}

extension YearRating: TreeDecodable {
    init(tree: JSONNode) throws {
        let f = try TreeFields(tree)
        self.init(year: try f.int("year"), rating: try f.value(Rating.self, "rating"))
    }
}
