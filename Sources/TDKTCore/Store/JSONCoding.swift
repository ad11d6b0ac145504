import Foundation
import TDKTText

/// The one way tdkt writes and reads JSON: pretty-printed, sorted keys, NFC text,
/// parse errors turned into a line and column.
public enum JSONCoding {
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }

    /// Decodes `data`, reporting a failure as `StoreError.unreadable` with the file's path,
    /// and the line and column of a syntax error or the key path of a shape error.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            return try decoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data, path: path)
        } catch let error as ValidationError {
            throw StoreError.invalid(path: path, error)
        } catch {
            throw StoreError.unreadable(path: path, line: nil, column: nil, detail: "\(error)")
        }
    }

    static func describe(_ error: DecodingError, data: Data, path: String) -> StoreError {
        func keyPath(_ codingPath: [CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            let (line, column, detail) = syntaxError(in: data)
            return .unreadable(path: path, line: line, column: column, detail: detail)
        case let .dataCorrupted(context):
            if let v = context.underlyingError as? ValidationError { return .invalid(path: path, v) }
            return .unreadable(path: path, line: line(of: context.codingPath, in: data), column: nil, detail: "\(keyPath(context.codingPath)): \(context.debugDescription)")
        case let .keyNotFound(key, context):
            return .unreadable(path: path, line: line(of: context.codingPath, in: data), column: nil,
                               detail: "thiếu trường / missing field '\(keyPath(context.codingPath + [key]))'")
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return .unreadable(path: path, line: line(of: context.codingPath, in: data), column: nil,
                               detail: "sai kiểu ở / wrong type at '\(keyPath(context.codingPath))': \(context.debugDescription)")
        @unknown default:
            return .unreadable(path: path, line: nil, column: nil, detail: "\(error)")
        }
    }

    /// The line where the innermost named key of a coding path is written (the shape error is there
    /// or in the value that follows); line 1 when the path names no key.
    static func line(of codingPath: [CodingKey], in data: Data) -> Int {
        guard let key = codingPath.last(where: { $0.intValue == nil })?.stringValue else { return 1 }
        let text = String(decoding: data, as: UTF8.self)
        guard let range = text.range(of: "\"\(key)\"") else { return 1 }
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// Finds where JSON syntax breaks, as 1-based line and column.
    static func syntaxError(in data: Data) -> (Int?, Int?, String) {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            // Valid JSON that the decoder still refuses at the top: a number too large for its field
            // (19 digits or more, or written with an exponent such as 2E25).
            let text = String(decoding: data, as: UTF8.self)
            // Else, the likeliest culprit is a fraction where a whole number belongs ("year": 2.25).
            for (pattern, what) in [(#"[0-9]{19,}|[0-9][eE][+-]?[0-9]+"#, "số quá lớn / number too large"),
                                    (#"[0-9]\.[0-9]"#, "có lẽ số lẻ ở trường cần số nguyên / perhaps a fraction where a whole number belongs")] {
                guard let r = text.range(of: pattern, options: .regularExpression) else { continue }
                let before = text[..<r.lowerBound]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
                return (line, column, what)
            }
            return (nil, nil, "không phải JSON hợp lệ / not valid JSON")
        } catch {
            let text = "\((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error)"
            // The parser names a byte offset ("around character 25"), or only says the text ended too soon.
            let offset: Int
            if let n = text.split(whereSeparator: { !$0.isNumber }).last.flatMap({ Int($0) }) {
                offset = n
            } else if text.lowercased().contains("end of file") {
                offset = data.count
            } else {
                return (nil, nil, text)
            }
            var line = 1, column = 1
            for (i, byte) in data.enumerated() {
                if i >= offset { break }
                if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            let what = offset >= data.count ? "JSON bị cắt cụt / JSON ends too soon" : "JSON sai cú pháp / invalid JSON"
            return (line, column, what)
        }
    }
}
