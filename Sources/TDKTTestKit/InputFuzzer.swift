import Foundation
import TDKTCore
import TDKTText

/// Generated and mutated inputs for the loaders: checks that no input crashes them and that every
/// refusal names the file and a line. Used by the tests (a short deterministic run) and by `tdkt-fuzz`
/// (a million inputs, outside CI).
public struct InputFuzzer {
    public typealias Generator = SplitMix64

    public struct Outcome: Sendable {
        public var inputs = 0
        public var accepted = 0
        public var refused = 0
        /// Refusals that did not name the file or a line: must stay empty.
        public var badErrors: [String] = []
    }

    /// Interesting bytes to splice in: JSON punctuation, escapes, controls, multi-byte UTF-8, huge numbers.
    static let tokens: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true", "-0", "1e999",
                                    "99999999999999999999", "\u{1B}[2J", "\u{202E}", "Đức", "\n", "\r\n", "\u{FEFF}"].map { Array($0.utf8) }
        + [[0xFF], [0xC0, 0x80], [0xE2, 0x82], [0x00], [0x80]]

    public static func mutate(_ input: [UInt8], _ g: inout Generator) -> [UInt8] {
        var b = input
        for _ in 0...Int(g.next() % 4) {
            let pos = b.isEmpty ? 0 : Int(g.next() % UInt64(b.count))
            switch g.next() % 7 {
            case 0: if !b.isEmpty { b[pos] ^= UInt8(1 << (g.next() % 8)) }
            case 1: if !b.isEmpty { b.remove(at: pos) }
            case 2: b.insert(contentsOf: tokens[Int(g.next() % UInt64(tokens.count))], at: pos)
            case 3: b = Array(b.prefix(pos))
            case 4: if !b.isEmpty { let end = min(b.count, pos + Int(g.next() % 40)); b.insert(contentsOf: b[pos..<end], at: pos) }
            case 5: if !b.isEmpty { b[pos] = UInt8(truncatingIfNeeded: g.next()) }
            default: if !b.isEmpty { let end = min(b.count, pos + Int(g.next() % 40)); b.removeSubrange(pos..<end) }
            }
        }
        return b
    }

    /// Feeds `iterations` mutated record files to the JSON loader.
    public static func fuzzJSON(seeds: [(kind: String, bytes: [UInt8])], iterations: Int, seed: UInt64,
                                keep: ((Int, [UInt8]) -> Void)? = nil) -> Outcome {
        var g = Generator(seed: seed)
        var outcome = Outcome()
        for i in 0..<iterations {
            let s = seeds[i % seeds.count]
            let input = mutate(s.bytes, &g)
            let path = "\(s.kind)/fuzz-\(i).json"
            outcome.inputs += 1
            do {
                try RecordFile.decode(kind: s.kind, data: Data(input), path: path)
                outcome.accepted += 1
            } catch let e as StoreError {
                outcome.refused += 1
                if !e.namesFileAndLine(path) { outcome.badErrors.append(e.message(.en)); keep?(i, input) }
            } catch {
                outcome.refused += 1
                outcome.badErrors.append("\(path): not a StoreError: \(error)")
            }
        }
        return outcome
    }
}

extension StoreError {
    /// True when the message names `path` and a line (line-less refusals of valid JSON name the field instead).
    func namesFileAndLine(_ path: String) -> Bool {
        switch self {
        case let .unreadable(p, line, _, _): return p == path && line != nil
        case let .invalid(p, _): return p == path
        default: return false
        }
    }
}
