import Foundation

/// A page as laid out: what to draw where, in points from the page's top-left corner.
public struct PDFPage: Sendable, Equatable {
    public struct Text: Sendable, Equatable {
        public var x: Double
        /// The baseline, from the top of the page.
        public var baseline: Double
        public var text: String
        public var style: PDFFontStyle
        public var size: Double
        /// Added after each run of spaces (justified lines).
        public var gapExtra: Double
        public var width: Double
    }

    public struct Line: Sendable, Equatable {
        public var x1: Double, y1: Double, x2: Double, y2: Double
        public var thickness: Double
    }

    public var texts: [Text] = []
    public var lines: [Line] = []

    /// The page's text in reading order, a line per baseline (for previews and tests).
    public func textLines() -> [String] {
        let sorted = texts.sorted { abs($0.baseline - $1.baseline) > 0.5 ? $0.baseline < $1.baseline : $0.x < $1.x }
        var out: [String] = [], lastBaseline = -Double.infinity
        for t in sorted {
            if abs(t.baseline - lastBaseline) > 0.5 { out.append(t.text); lastBaseline = t.baseline } else { out[out.count - 1] += " " + t.text }
        }
        return out
    }

    /// The page drawn in character cells, `columns` across the page's width, a row per baseline:
    /// a preview that keeps the page's lines, indents and table columns where they print.
    public func characterGrid(columns: Int, pageWidth: Double, displayWidth: (String) -> Int) -> [String] {
        let scale = pageWidth / Double(max(columns, 1))
        let sorted = texts.sorted { abs($0.baseline - $1.baseline) > 0.5 ? $0.baseline < $1.baseline : $0.x < $1.x }
        var rows: [String] = [], rowWidths: [Int] = [], lastBaseline = -Double.infinity
        for t in sorted {
            if abs(t.baseline - lastBaseline) > 0.5 {
                // Blank rows where the page leaves vertical space (more than about two lines).
                if !rows.isEmpty, t.baseline - lastBaseline > 2.6 * t.size { rows.append(""); rowWidths.append(0) }
                rows.append(""); rowWidths.append(0); lastBaseline = t.baseline
            }
            let i = rows.count - 1
            let column = Int((t.x / scale).rounded())
            if column > rowWidths[i] {
                rows[i] += String(repeating: " ", count: column - rowWidths[i]); rowWidths[i] = column
            } else if rowWidths[i] > 0 {
                rows[i] += " "; rowWidths[i] += 1
            }
            rows[i] += t.text; rowWidths[i] += displayWidth(t.text)
        }
        return rows
    }
}
