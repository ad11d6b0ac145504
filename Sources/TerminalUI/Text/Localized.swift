/// The two languages of the interface.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}

/// A piece of interface text in Vietnamese and English.
public struct Localized: Sendable, Hashable {
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
    public func text(_ language: Language) -> String {
        language == .vi ? vi : en
    }
    public func callAsFunction(_ language: Language) -> String { text(language) }
}
