import Foundation
import TDKTText

/// A decision's number and symbol (số, ký hiệu), parsed: "Số: 05/QĐ-UBND" → 5, "QĐ-UBND". Leading zeros are
/// not significant, so "5/QĐ-UBND" and "05/QĐ-UBND" are the same number; the symbol keeps its official case
/// ("QĐ-TTg") and is compared without it. Normative decisions carry their year ("15/2025/QĐ-UBND").
public struct DecisionNumber: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var number: Int
    /// The year in the number of a normative decision, if any.
    public var year: Int?
    /// "QĐ-UBND", "QĐ-TTg", "QĐ-CTN", "QĐ-SNV".
    public var symbol: String

    /// The issuer's part of the symbol: "UBND", "TTg", "CTN", "SNV".
    public var issuer: String { String(symbol.dropFirst(3)) }

    /// The form written on documents: numbers below 10 with a leading zero (Decree 30/2020), "05/QĐ-UBND".
    public var description: String {
        (number < 10 ? "0\(number)" : "\(number)") + (year.map { "/\($0)" } ?? "") + "/" + symbol
    }

    /// What two numbers are compared on: the number without zeros, the year and the symbol in capitals.
    public var key: String { "\(number)/\(year.map(String.init) ?? "")/\(symbol.uppercased())" }

    /// Parses "163/QĐ-UBND", "Số: 05/QĐ-UBND", "789/QĐ-TTg", "15/2025/QĐ-UBND"; "QD" is read as "QĐ".
    public static func parse(_ text: String) -> DecisionNumber? {
        var t = TextNormalization.nfc(text).trimmingCharacters(in: .whitespaces)
        for prefix in ["Số:", "số:", "SỐ:", "Số", "số"] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces); break
        }
        let parts = t.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 || parts.count == 3 else { return nil }
        guard !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
              let n = Int(parts[0]), n > 0, n < 1_000_000 else { return nil }
        var year: Int?
        if parts.count == 3 {
            guard parts[1].count == 4, let y = Int(parts[1]), Check.years.contains(y) else { return nil }
            year = y
        }
        var symbol = parts[parts.count - 1]
        for written in ["QD-", "Qđ-", "qđ-", "qd-", "QĐ-"] where symbol.hasPrefix(written) {
            symbol = "QĐ-" + symbol.dropFirst(written.count); break
        }
        guard symbol.hasPrefix("QĐ-") else { return nil }
        let issuer = symbol.dropFirst(3)
        guard !issuer.isEmpty, issuer.first != "-", issuer.last != "-", !issuer.contains("--"),
              issuer.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
              issuer.first.map({ $0.isUppercase || $0.isNumber }) == true else { return nil }
        return DecisionNumber(number: n, year: year, symbol: symbol)
    }

    /// The level that signs under this symbol, when the symbol says it: the Prime Minister (TTg), the President
    /// (CTN), the provincial (or commune) people's committee or its chairman (UBND, CT), a department or unit
    /// (anything else: SNV, SGDĐT...).
    public var issuerLevels: Set<AwardType.Level> {
        switch issuer.split(separator: "-").first.map({ $0.uppercased() }) ?? "" {
        case "TTG": [.primeMinister]
        case "CTN": [.president]
        // A commune's people's committee also writes QĐ-UBND, for the titles of a unit head.
        case "UBND", "CT": [.province, .unitHead]
        case "BTĐKT": [.primeMinister]
        default: [.unitHead]
        }
    }
}
