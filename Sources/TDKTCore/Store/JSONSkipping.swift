import Foundation

/// Reading some fields of a JSON object and passing over the others without building them, for a reader
/// that needs a few fields of a long line (a person's name among their ratings, initiatives and history).
extension JSONParser {
    /// The next key of the object being read (the cursor after its colon), or nil after its closing brace.
    /// `first` is true before the first key and is cleared here.
    mutating func nextKey(first: inout Bool) throws -> String? {
        skipSpace()
        guard i < bytes.count else { throw fail() }
        if bytes[i] == UInt8(ascii: "}") { i += 1; return nil }
        if !first {
            guard bytes[i] == UInt8(ascii: ",") else { throw fail() }
            i += 1
            skipSpace()
        }
        first = false
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail() }
        let key = try parseString()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail() }
        i += 1
        return key
    }

    /// Moves past the opening brace of an object.
    mutating func openObject() throws {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw fail() }
        i += 1
    }

    /// Moves past one value, following nesting and string escapes, keeping nothing.
    mutating func skipValue(depth: Int = 0) throws {
        skipSpace()
        guard i < bytes.count, depth < 512 else { throw fail() }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var first = true
            while try nextKey(first: &first) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            i += 1
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return }
            while true {
                try skipValue(depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail() }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return }
                throw fail()
            }
        case UInt8(ascii: "\""):
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return }
                if b < 0x20 { throw fail() }
                i += b == UInt8(ascii: "\\") ? 2 : 1
            }
            throw fail()
        default:
            _ = try parseValue(depth: depth)
        }
    }

    /// Whether only white space is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return i == bytes.count
    }
}
