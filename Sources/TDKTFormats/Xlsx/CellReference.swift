/// A cell reference such as "B7" or "$AA$10": zero-based column, one-based row.
public struct CellReference: Sendable, Equatable {
    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) { self.column = column; self.row = row }

    /// Nil when the text is not a reference (letters then digits, optional `$` before each).
    public init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for u in text.utf8 {
            switch u {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((u | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(u - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// Column letters for a zero-based index: 0 → A, 25 → Z, 26 → AA.
    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(out)
    }

    public var text: String { CellReference.letters(column) + String(row) }
}
