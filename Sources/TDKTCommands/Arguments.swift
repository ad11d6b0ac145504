import Foundation
import TDKTCore
import TDKTText

/// A wrong command line: reported in one line, exit status 2.
public struct UsageError: UserFacingError, Equatable {
    public var text: Localized
    /// A message written once with both languages in it ("thiếu tệp / missing FILE.csv"): shown as it is.
    public init(_ message: String) { text = Localized(message) }
    public init(vi: String, en: String) { text = Localized(vi: vi, en: en) }
    public var message: String { text.vi }
}

/// Options and positional words of one command line, parsed without a library.
public struct Arguments {
    public private(set) var positional: [String] = []
    private var options: [String: String] = [:]
    private var flags: Set<String> = []

    /// `valued` options take the next word (or `--opt=value`); `flags` take none. Anything else is refused.
    public init(_ words: [String], valued: Set<String>, flags allowed: Set<String>) throws {
        var i = 0
        var onlyPositional = false
        while i < words.count {
            let w = words[i]
            i += 1
            if onlyPositional || !w.hasPrefix("-") || w == "-" { positional.append(w); continue }
            if w == "--" { onlyPositional = true; continue }
            var name = w, value: String?
            if let eq = w.firstIndex(of: "=") { name = String(w[..<eq]); value = String(w[w.index(after: eq)...]) }
            if valued.contains(name) {
                if value == nil {
                    guard i < words.count else { throw UsageError(vi: "\(name) cần một giá trị", en: "\(name) needs a value") }
                    value = words[i]; i += 1
                }
                options[name] = value
            } else if allowed.contains(name), value == nil {
                flags.insert(name)
            } else {
                throw UsageError(vi: "tùy chọn không hợp lệ: \(name)", en: "unknown option: \(name)")
            }
        }
    }

    public func value(_ name: String) -> String? { options[name] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    public func int(_ name: String) throws -> Int? {
        guard let v = options[name] else { return nil }
        guard let n = Int(v) else { throw UsageError(vi: "\(name): '\(v)' không phải số", en: "\(name): '\(v)' is not a number") }
        return n
    }

    /// One of the listed choices, or the default.
    public func choice(_ name: String, _ choices: [String], default def: String) throws -> String {
        let v = options[name] ?? def
        guard choices.contains(v) else {
            throw UsageError(vi: "\(name): '\(v)' không hợp lệ, chọn một trong: \(choices.joined(separator: ", "))",
                             en: "\(name): '\(v)' must be one of: \(choices.joined(separator: ", "))")
        }
        return v
    }

    public func expectPositional(max: Int, usage: String) throws {
        if positional.count > max { throw UsageError(vi: "thừa tham số '\(positional[max])'; \(usage)", en: "unexpected argument '\(positional[max])'; \(usage)") }
    }
}

/// Where a command writes: standard output and standard error, replaceable in tests.
public final class CommandOutput: @unchecked Sendable {
    public private(set) var out = ""
    public private(set) var err = ""
    private let echo: Bool
    public init(echo: Bool) { self.echo = echo }

    /// Writes text for a person: characters that could act on a terminal are made visible.
    public func line(_ text: String = "") { write(TextNormalization.visible(text) + "\n") }
    public func write(_ text: String) {
        if echo { FileHandle.standardOutput.write(Data(text.utf8)) } else { out += text }
    }
    public func error(_ text: String) {
        let t = TextNormalization.visible(text) + "\n"
        if echo { FileHandle.standardError.write(Data(t.utf8)) } else { err += t }
    }
}
