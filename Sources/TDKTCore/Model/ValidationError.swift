import Foundation

/// A text in both languages of the program.
public struct Bilingual: Sendable, Equatable, Codable {
    public var vi: String
    public var en: String
    public init(vi: String, en: String) { self.vi = vi; self.en = en }
    public func text(_ language: Language) -> String { language == .en ? en : vi }
}

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

/// A value refused by the model: names the field and says why, in Vietnamese and English.
public struct ValidationError: Error, Equatable, Sendable, LocalizedError {
    /// The field's name in code (`name`, `period.end`), stable for tests and scripts.
    public var field: String
    public var fieldLabel: Bilingual
    public var reason: Bilingual

    public init(field: String, label: Bilingual, reason: Bilingual) {
        self.field = field
        self.fieldLabel = label
        self.reason = reason
    }

    public func message(_ language: Language = .vi) -> String {
        "\(fieldLabel.text(language)): \(reason.text(language))"
    }

    public var errorDescription: String? { message(.vi) + " / " + message(.en) }
}

/// Small constructors for the reasons the model gives most often.
public enum Reason {
    public static let empty = Bilingual(vi: "không được để trống", en: "must not be empty")
    public static func tooLong(_ max: Int) -> Bilingual {
        Bilingual(vi: "dài quá \(max) ký tự", en: "longer than \(max) characters")
    }
    public static func outOfRange(_ low: Int, _ high: Int) -> Bilingual {
        Bilingual(vi: "phải trong khoảng \(low)–\(high)", en: "must be between \(low) and \(high)")
    }
    public static let badIdentifier = Bilingual(
        vi: "chỉ gồm chữ thường không dấu, số, '-' và '_' (tối đa 64 ký tự)",
        en: "only lowercase ASCII letters, digits, '-' and '_' (at most 64 characters)")
    public static func unknownReference(_ id: String) -> Bilingual {
        Bilingual(vi: "không tìm thấy '\(id)'", en: "'\(id)' not found")
    }
}

/// Checks shared by the model types.
public enum Check {
    public static func notBlank(_ value: String, _ field: String, _ label: Bilingual, max: Int = 500) throws {
        if TextNormalization.isBlank(value) { throw ValidationError(field: field, label: label, reason: Reason.empty) }
        if value.count > max { throw ValidationError(field: field, label: label, reason: Reason.tooLong(max)) }
    }

    /// Identifiers become file names, so only a safe alphabet is accepted (no "/", "..", spaces).
    public static func identifier(_ value: String, _ field: String = "id") throws {
        let ok = !value.isEmpty && value.count <= 64 && value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        } && value.first != "-"
        if !ok { throw ValidationError(field: field, label: Labels.id, reason: Reason.badIdentifier) }
    }

    public static func year(_ value: Int, _ field: String = "year") throws {
        if !(1945...2100).contains(value) {
            throw ValidationError(field: field, label: Labels.year, reason: Reason.outOfRange(1945, 2100))
        }
    }
}

/// Field labels used by more than one type.
public enum Labels {
    public static let id = Bilingual(vi: "Mã", en: "Identifier")
    public static let name = Bilingual(vi: "Tên", en: "Name")
    public static let year = Bilingual(vi: "Năm", en: "Year")
    public static let unit = Bilingual(vi: "Đơn vị", en: "Unit")
    public static let award = Bilingual(vi: "Hình thức khen thưởng", en: "Award")
    public static let date = Bilingual(vi: "Ngày", en: "Date")
}
