import Foundation
import TDKTText

/// A value refused by the model: names the field and says why, in Vietnamese and English.
public struct ValidationError: Error, Equatable, Sendable, LocalizedError {
    /// The field's name in code (`name`, `period.end`), stable for tests and scripts.
    public var field: String
    public var fieldLabel: Localized
    public var reason: Localized

    public init(field: String, label: Localized, reason: Localized) {
        self.field = field
        self.fieldLabel = label
        self.reason = reason
    }

    /// Runs every check and keeps each refusal: how a record lists all its problems at once.
    public static func collect(_ checks: [() throws -> Void]) -> [ValidationError] {
        var out: [ValidationError] = []
        for check in checks {
            do { try check() } catch let e as ValidationError { out.append(e) } catch {}
        }
        return out
    }

    public func message(_ language: Language = .vi) -> String {
        "\(fieldLabel.text(language)): \(reason.text(language))"
    }

    public var errorDescription: String? { message(.vi) + " / " + message(.en) }
}

/// Small constructors for the reasons the model gives most often.
public enum Reason {
    public static let empty = Localized(vi: "không được để trống", en: "must not be empty")
    public static func tooLong(_ max: Int) -> Localized {
        Localized(vi: "dài quá \(max) ký tự", en: "longer than \(max) characters")
    }
    public static func outOfRange(_ low: Int, _ high: Int) -> Localized {
        Localized(vi: "phải trong khoảng \(low)–\(high)", en: "must be between \(low) and \(high)")
    }
    public static let badIdentifier = Localized(
        vi: "chỉ gồm chữ thường không dấu, số, '-' và '_' (tối đa 64 ký tự)",
        en: "only lowercase ASCII letters, digits, '-' and '_' (at most 64 characters)")
    public static func unknownReference(_ id: String) -> Localized {
        Localized(vi: "không tìm thấy '\(id)'", en: "'\(id)' not found")
    }
}

/// Checks shared by the model types.
public enum Check {
    public static func notBlank(_ value: String, _ field: String, _ label: Localized, max: Int = 500) throws {
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

    /// The years any record may be for; forms take their bounds from here.
    public static let years = 1945...2100

    public static func year(_ value: Int, _ field: String = "year") throws {
        if !years.contains(value) {
            throw ValidationError(field: field, label: Labels.year, reason: Reason.outOfRange(years.lowerBound, years.upperBound))
        }
    }
}

/// Field labels used by more than one type.
public enum Labels {
    public static let id = Localized(vi: "Mã", en: "Identifier")
    public static let name = Localized(vi: "Tên", en: "Name")
    public static let year = Localized(vi: "Năm", en: "Year")
    public static let unit = Localized(vi: "Đơn vị", en: "Unit")
    public static let award = Localized(vi: "Hình thức khen thưởng", en: "Award")
    public static let date = Localized(vi: "Ngày", en: "Date")
}
