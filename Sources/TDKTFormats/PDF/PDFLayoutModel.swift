import Foundation

/// A document to lay out on pages, knowing nothing of what it says: paragraphs, tables, and blocks set side
/// by side (the two-column head and foot of an administrative document).
public struct PDFDocument: Sendable {
    public var page: PDFPageSetup
    public var blocks: [PDFBlock]
    /// The document information dictionary's Title.
    public var title: String
    public var pageNumbers: PDFPageNumbers

    public init(page: PDFPageSetup = .a4Decree30, blocks: [PDFBlock], title: String = "",
                pageNumbers: PDFPageNumbers = .topCenterFromSecondPage) {
        self.page = page; self.blocks = blocks; self.title = title; self.pageNumbers = pageNumbers
    }
}

public enum PDFPageNumbers: Sendable, Equatable {
    case none
    /// Decree 30/2020: in Arabic numerals, centred in the top margin, from the second page on.
    case topCenterFromSecondPage
    case bottomCenter
}

/// Page size and margins, in points (1/72 inch).
public struct PDFPageSetup: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var top: Double
    public var bottom: Double
    public var left: Double
    public var right: Double

    public static func millimetres(_ mm: Double) -> Double { mm * 72 / 25.4 }

    /// A4 portrait (595 × 842 pt) with Decree 30/2020's margins: top and bottom 20 mm, left 30 mm, right 15 mm.
    public static let a4Decree30 = PDFPageSetup(width: 595, height: 842, top: millimetres(20), bottom: millimetres(20),
                                                left: millimetres(30), right: millimetres(15))

    public init(width: Double, height: Double, top: Double, bottom: Double, left: Double, right: Double) {
        self.width = width; self.height = height; self.top = top; self.bottom = bottom; self.left = left; self.right = right
    }

    public var contentWidth: Double { width - left - right }
    public var contentHeight: Double { height - top - bottom }
}

/// A stretch of text in one style.
public struct PDFSpan: Sendable, Equatable {
    public var text: String
    public var style: PDFFontStyle

    public init(_ text: String, style: PDFFontStyle = .regular) { self.text = text; self.style = style }
    public static func bold(_ text: String) -> PDFSpan { PDFSpan(text, style: .bold) }
    public static func italic(_ text: String) -> PDFSpan { PDFSpan(text, style: .italic) }
}

public enum PDFAlignment: Sendable, Equatable { case left, center, right, justify }

public struct PDFParagraph: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// A line under the last line of text, as wide as that text.
        case textWidth
        /// A line under the text, this fraction of the column's width, centred.
        case fraction(Double)
        /// A line under the last line of text, this fraction of that text's width, centred under it.
        case textFraction(Double)
    }

    public var spans: [PDFSpan]
    public var size: Double
    public var alignment: PDFAlignment
    public var firstLineIndent: Double
    public var leftIndent: Double
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Distance between baselines as a multiple of the size.
    public var leading: Double
    /// Moves to the next page with what follows rather than be left alone at the bottom of a page.
    public var keepWithNext: Bool
    public var rule: Rule?

    public init(_ spans: [PDFSpan], size: Double = 13, alignment: PDFAlignment = .left, firstLineIndent: Double = 0,
                leftIndent: Double = 0, spaceBefore: Double = 0, spaceAfter: Double = 0, leading: Double = 1.2,
                keepWithNext: Bool = false, rule: Rule? = nil) {
        self.spans = spans; self.size = size; self.alignment = alignment; self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.leading = leading
        self.keepWithNext = keepWithNext; self.rule = rule
    }

    public init(_ text: String, style: PDFFontStyle = .regular, size: Double = 13, alignment: PDFAlignment = .left,
                firstLineIndent: Double = 0, spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false,
                rule: Rule? = nil) {
        self.init([PDFSpan(text, style: style)], size: size, alignment: alignment, firstLineIndent: firstLineIndent,
                  spaceBefore: spaceBefore, spaceAfter: spaceAfter, keepWithNext: keepWithNext, rule: rule)
    }
}

public struct PDFTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var alignment: PDFAlignment
        /// A share of the table's width; nil sizes the column to its content.
        public var weight: Double?

        public init(alignment: PDFAlignment = .left, weight: Double? = nil) { self.alignment = alignment; self.weight = weight }
    }

    public struct Row: Sendable, Equatable {
        public var cells: [String]
        public var bold: Bool

        public init(_ cells: [String], bold: Bool = false) { self.cells = cells; self.bold = bold }
    }

    public var columns: [Column]
    /// Drawn bold and centred, and again at the top of every page the table continues on.
    public var header: [String]
    public var rows: [Row]
    public var size: Double
    public var padding: Double
    public var spaceAfter: Double
    /// Rows are never split across pages unless a row alone is taller than a page.
    public init(columns: [Column], header: [String], rows: [Row], size: Double = 11, padding: Double = 3, spaceAfter: Double = 8) {
        self.columns = columns; self.header = header; self.rows = rows; self.size = size; self.padding = padding
        self.spaceAfter = spaceAfter
    }
}

/// Blocks side by side, each in its share of the width; laid out together on one page.
public struct PDFColumns: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var weight: Double
        public var paragraphs: [PDFParagraph]
        public init(weight: Double, paragraphs: [PDFParagraph]) { self.weight = weight; self.paragraphs = paragraphs }
    }

    public var columns: [Column]
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Never alone at the top of a page: the last row of a table before it moves with it (a signature
    /// block goes with the end of what is signed).
    public var keepWithPrevious: Bool

    public init(_ columns: [Column], spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithPrevious: Bool = false) {
        self.columns = columns; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.keepWithPrevious = keepWithPrevious
    }
}

public enum PDFBlock: Sendable, Equatable {
    case paragraph(PDFParagraph)
    case table(PDFTable)
    case columns(PDFColumns)
    case space(Double)
    case pageBreak
}
