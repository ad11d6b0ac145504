import TDKTText

// Every refusal of the domain reads the same way on the command line and in the screens (ErrorText).

extension ValidationError: UserFacingError {
    public var text: Localized { Localized(vi: message(.vi), en: message(.en)) }
    public var fieldID: String? { field }
}

extension StoreError: UserFacingError {
    /// A record refused by its own rules reads as the rule ("Kết thúc: trước ngày bắt đầu"), shown at its field;
    /// the file it would have gone to means nothing to the clerk.
    public var text: Localized {
        if case let .invalid(_, e) = self { return e.text }
        return Localized(vi: message(.vi), en: message(.en))
    }
    public var fieldID: String? {
        if case let .invalid(_, e) = self { return e.field }
        return nil
    }
}

extension PermissionError: UserFacingError {
    public var text: Localized { Localized(vi: message(.vi), en: message(.en)) }
}

extension ImportProblem: UserFacingError {
    public var text: Localized { Localized(vi: message(.vi), en: message(.en)) }
}

extension ScoringError: UserFacingError {
    public var text: Localized { Localized(vi: message(language: "vi"), en: message(language: "en")) }
}

extension ReportError: UserFacingError {
    public var text: Localized { message }
}
