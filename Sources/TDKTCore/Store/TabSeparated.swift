import Foundation

/// The cells of the program's own tab-separated files (a screen's kept rows, an index's digest): a tab, a
/// line break or a backslash inside a cell is escaped (`\t`, `\n`, `\r`, `\\`), so one line is one row.
enum TabSeparated {
    /// Appends `cell` escaped.
    static func put(_ cell: String, into out: inout [UInt8]) {
        for b in cell.utf8 {
            switch b {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            default: out.append(b)
            }
        }
    }

    /// Appends a row: its cells escaped, between tabs, and a line break.
    static func putRow(_ cells: [String], into out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(0x09) }
            put(cell, into: &out)
        }
        out.append(0x0A)
    }

    /// Hands each line of `bytes` to `row` as its cells' bytes (still escaped), in order, until `row` returns
    /// false. Split on bytes: a tab and a line break are never part of a longer UTF-8 sequence. False when a
    /// row refused, or the last line has no line break (a file cut short).
    static func eachRow(_ bytes: UnsafeBufferPointer<UInt8>, _ row: ([UnsafeBufferPointer<UInt8>]) -> Bool) -> Bool {
        guard bytes.last == 0x0A else { return false }
        var cells: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x09 || bytes[i] == 0x0A {
            cells.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            start = i + 1
            if bytes[i] == 0x0A {
                if !row(cells) { return false }
                cells.removeAll(keepingCapacity: true)
            }
        }
        return true
    }

    /// A whole number written in decimal digits (and a leading minus) that fits 64 bits; nil for anything else.
    static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0, negative = false, value: Int64 = 0
        if bytes.first == 0x2D { negative = true; i = 1 }
        guard i < bytes.count else { return nil }
        while i < bytes.count {
            let d = bytes[i] &- 0x30
            guard d < 10 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int64(d))
            guard !o1 && !o2 else { return nil }
            value = sum
            i += 1
        }
        return negative ? -value : value
    }

    /// A cell as written by `put`; nil when its bytes are not UTF-8.
    static func cell(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return bytes.contains(0x5C) ? unescape(Substring(text)) : text
    }

    static func unescape(_ s: Substring) -> String {
        guard s.contains("\\") else { return String(s) }
        var out = ""
        var escaping = false
        for c in s {
            if escaping {
                switch c {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
