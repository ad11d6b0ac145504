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

    /// Moves past one value, following nesting and string escapes, keeping nothing. Objects and arrays are
    /// passed over by their brackets alone (a torn value runs off the end and throws; one with its
    /// brackets mismatched inside is not noticed, which is why the reader of a line must not need it).
    mutating func skipValue(depth: Int = 0) throws {
        skipSpace()
        guard i < bytes.count else { throw fail() }
        switch bytes[i] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var level = 0
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""): try skipString(); continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): level += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    level -= 1
                    if level == 0 { i += 1; return }
                default: break
                }
                i += 1
            }
            throw fail()
        case UInt8(ascii: "\""):
            try skipString()
        default:
            _ = try parseValue(depth: depth)
        }
    }

    /// Moves past the string at the cursor (its opening quote).
    private mutating func skipString() throws {
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return }
            if b < 0x20 { throw fail() }
            i += b == UInt8(ascii: "\\") ? 2 : 1
        }
        throw fail()
    }

    /// Whether only white space is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return i == bytes.count
    }
}
