import Foundation
import TDKTText

/// An exact fraction of two integers, always reduced, with a positive denominator.
///
/// Scoring stores points as integers in units of the criteria table's smallest step
/// ("ticks", see `CriteriaTable.decimals`); means of sheets are kept as `Rational`
/// so that aggregates never drift and criteria means add up exactly to the total.
/// Overflow traps (as Swift integer arithmetic does) instead of silently wrapping;
/// with a cluster's magnitudes (at most 30 sheets of at most a few hundred thousand
/// ticks) the values stay far from `Int.max`.
public struct Rational: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "Rational: denominator 0")
        var n = numerator, d = denominator
        if d < 0 { n = -n; d = -d }
        let g = Rational.gcd(abs(n), d)
        self.numerator = g > 1 ? n / g : n
        self.denominator = g > 1 ? d / g : d
    }

    private enum CodingKeys: String, CodingKey { case numerator, denominator }

    /// Decoding reduces the fraction (a hand-edited file may hold 2/4) and refuses a zero denominator.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let n = try c.decode(Int.self, forKey: .numerator), d = try c.decode(Int.self, forKey: .denominator)
        guard d != 0 else {
            throw DecodingError.dataCorruptedError(forKey: .denominator, in: c, debugDescription: "denominator 0")
        }
        self.init(n, d)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    public static func + (l: Rational, r: Rational) -> Rational {
        if l.denominator == r.denominator { return Rational(l.numerator + r.numerator, l.denominator) }
        let g = gcd(l.denominator, r.denominator)
        let ld = l.denominator / g
        return Rational(l.numerator * (r.denominator / g) + r.numerator * ld, ld * r.denominator)
    }
    public static prefix func - (x: Rational) -> Rational { Rational(-x.numerator, x.denominator) }
    public static func - (l: Rational, r: Rational) -> Rational { l + (-r) }
    public static func * (l: Rational, r: Rational) -> Rational {
        let g1 = gcd(abs(l.numerator), r.denominator), g2 = gcd(abs(r.numerator), l.denominator)
        return Rational((l.numerator / g1) * (r.numerator / g2), (l.denominator / g2) * (r.denominator / g1))
    }
    public static func / (l: Rational, r: Rational) -> Rational {
        precondition(r.numerator != 0, "Rational: division by zero")
        return l * Rational(r.denominator, r.numerator)
    }
    public static func += (l: inout Rational, r: Rational) { l = l + r }
    public static func -= (l: inout Rational, r: Rational) { l = l - r }

    public static func < (l: Rational, r: Rational) -> Bool {
        // Denominators are positive, so cross-multiplication keeps the order.
        l.numerator * r.denominator < r.numerator * l.denominator
    }

    /// Exact mean of integers.
    public static func mean(_ values: [Int]) -> Rational? {
        values.isEmpty ? nil : Rational(values.reduce(0, +), values.count)
    }

    public var doubleValue: Double { Double(numerator) / Double(denominator) }
    public var isInteger: Bool { denominator == 1 }

    /// Rounds to the nearest multiple of 1/10^places, halves away from zero.
    public func rounded(places: Int) -> (units: Int, places: Int) {
        var scale = 1
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaledNum = abs(numerator) * scale
        var q = scaledNum / denominator
        let r = scaledNum % denominator
        if r * 2 >= denominator { q += 1 }
        return (numerator < 0 ? -q : q, max(0, places))
    }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}

/// Formatting of points held as ticks (integers in units of 10^-decimals).
public enum PointsFormat {
    /// `ticks` = 75, `decimals` = 1 → "7,5" (vi) or "7.5" (en). Trailing zeros are removed.
    public static func string(ticks: Int, decimals: Int, language: String = "vi") -> String {
        decimalString(units: ticks, places: decimals, language: language, trimZeros: true)
    }

    /// An exact score in ticks shown in points with `places` decimals (rounded half away from zero,
    /// for display only; computations stay exact). 310/3 ticks with decimals 1 → "10,33".
    public static func string(_ value: Rational, decimals: Int, places: Int = 2, language: String = "vi") -> String {
        var up = 1, down = 1
        for _ in 0..<max(0, places) { up *= 10 }
        for _ in 0..<max(0, decimals) { down *= 10 }
        let units = (value * Rational(up, down)).rounded(places: 0).units
        return decimalString(units: units, places: max(0, places), language: language, trimZeros: true)
    }

    static func decimalString(units: Int, places: Int, language: String, trimZeros: Bool) -> String {
        let sep = language == "en" ? "." : ","
        let negative = units < 0
        var digits = String(abs(units))
        if places > 0 {
            while digits.count <= places { digits = "0" + digits }
            let cut = digits.index(digits.endIndex, offsetBy: -places)
            var intPart = String(digits[..<cut])
            var frac = String(digits[cut...])
            if trimZeros { while frac.hasSuffix("0") { frac.removeLast() } }
            if intPart.isEmpty { intPart = "0" }
            digits = frac.isEmpty ? intPart : intPart + sep + frac
        }
        return (negative ? "-" : "") + digits
    }

    /// Parses "7,5", "7.5" or "7" into ticks; nil when the text has more decimals than allowed
    /// or is not a number. An empty string is not zero: it returns nil too (callers treat it as
    /// "chưa chấm").
    public static func parse(_ text: String, decimals: Int) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty else { return nil }
        var negative = false
        var body = Substring(t)
        if body.first == "-" { negative = true; body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let intText = parts.first, !(intText.isEmpty && parts.count == 1) else { return nil }
        guard intText.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var frac = parts.count == 2 ? String(parts[1]) : ""
        guard frac.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        while frac.count > decimals, frac.hasSuffix("0") { frac.removeLast() }
        guard frac.count <= decimals else { return nil }
        while frac.count < decimals { frac += "0" }
        guard let v = Int((intText.isEmpty ? "0" : String(intText)) + frac) else { return nil }
        return negative ? -v : v
    }
}
