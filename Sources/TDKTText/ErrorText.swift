import Foundation

/// An error a person reads: what went wrong in both languages, and the field it concerns when there is one
/// (the domain's name for it, e.g. `period.end`, so a form can show the message at that field).
/// Every error of the domain and the command line takes this form; screens and commands show it through `ErrorText`.
public protocol UserFacingError: Error {
    var text: Localized { get }
    var fieldID: String? { get }
}

extension UserFacingError {
    public var fieldID: String? { nil }
}

/// The one way an error becomes text for a person, in the language asked for, safe to show.
public enum ErrorText {
    public static func message(_ error: Error, _ language: Language) -> String {
        if let e = error as? UserFacingError { return TextNormalization.visible(e.text.text(language)) }
        return TextNormalization.visible(language == .en ? "unexpected error: \(error)" : "lỗi không lường trước: \(error)")
    }

    public static func field(_ error: Error) -> String? { (error as? UserFacingError)?.fieldID }
}
