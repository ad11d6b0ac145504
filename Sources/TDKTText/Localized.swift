import Foundation

/// The two languages the program speaks; Vietnamese is the default.
public enum Language: String, Sendable, Codable, CaseIterable {
    case vi, en

    /// English when asked for, or when the environment's language is English.
    public static func from(environment env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("en") ? .en : .vi }
        }
        return .vi
    }
}

/// A text in both languages of the program: interface labels, messages, reasons in the domain.
public struct Localized: Sendable, Hashable, Codable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The same text in both languages (numbers, names, key labels).
    public init(_ both: String) {
        self.vi = both
        self.en = both
    }

    public func text(_ language: Language) -> String { language == .en ? en : vi }
    public func callAsFunction(_ language: Language) -> String { text(language) }
}
