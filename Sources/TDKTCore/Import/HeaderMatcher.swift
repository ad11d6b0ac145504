import Foundation
import TDKTText

/// Maps the header row of an imported file to the fields an importer knows, ignoring case, diacritics,
/// spacing and punctuation ("Họ và tên", "HO VA TEN", "ho_va_ten" are the same), with synonyms and English names.
public struct HeaderMatcher: Sendable {
    public struct Field: Sendable, Equatable {
        /// The field's name in code ("year"); also accepted as a header.
        public var name: String
        public var label: Localized
        public var synonyms: [String]
        public var required: Bool
        public init(_ name: String, _ label: Localized, synonyms: [String], required: Bool = false) {
            self.name = name; self.label = label; self.synonyms = synonyms; self.required = required
        }
    }

    public var fields: [Field]
    public init(fields: [Field]) { self.fields = fields }

    /// The form headers are compared in: folded (no case, no diacritics, đ → d), letters and digits only.
    public static func key(_ header: String) -> String {
        String(SearchKey.fold(header).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// Matches a header row. Unknown columns are listed (and ignored); a missing required field or a field
    /// given by two columns is an error naming the file and line.
    public func match(_ header: [String], file: String, line: Int = 1) throws -> HeaderMatch {
        var lookup: [String: String] = [:]
        for f in fields { for s in [f.name] + f.synonyms { lookup[Self.key(s)] = f.name } }
        var columns: [String: Int] = [:]
        var names: [String: String] = [:]
        var unknown: [String] = []
        for (i, raw) in header.enumerated() {
            let h = TextNormalization.clean(raw).trimmingCharacters(in: .whitespaces)
            if h.isEmpty { continue }
            guard let name = lookup[Self.key(h)] else { unknown.append(h); continue }
            if let first = columns[name] {
                throw ImportProblem(file: file, line: line, column: h, reason: Localized(
                    vi: "cột trùng nghĩa với cột \(first + 1) (\(names[name]!))",
                    en: "means the same as column \(first + 1) (\(names[name]!))"))
            }
            columns[name] = i; names[name] = h
        }
        for f in fields where f.required && columns[f.name] == nil {
            throw ImportProblem(file: file, line: line, column: f.label.vi, reason: Localized(
                vi: "thiếu cột \(f.label.vi) (chấp nhận: \(f.synonyms.joined(separator: ", ")))",
                en: "missing column \(f.label.en) (accepted: \(f.synonyms.joined(separator: ", ")))"))
        }
        return HeaderMatch(columns: columns, headers: names, unknown: unknown)
    }
}

/// Where each field is in the rows of a file.
public struct HeaderMatch: Sendable, Equatable {
    /// Field name → 0-based column index.
    public var columns: [String: Int]
    /// Field name → the header as written in the file (for error messages).
    public var headers: [String: String]
    /// Headers that matched no field.
    public var unknown: [String]

    /// The cleaned, trimmed value of a field in a row; nil when the column is absent or the cell blank.
    public func value(_ field: String, in row: CSVRow) -> String? {
        guard let i = columns[field], i < row.fields.count else { return nil }
        let v = TextNormalization.clean(row.fields[i]).trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
    }

    /// The header to name in an error about a field.
    public func header(_ field: String) -> String { headers[field] ?? field }
}
