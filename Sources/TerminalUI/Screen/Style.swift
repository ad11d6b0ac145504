import TDKTText

/// What a cell means; each backend turns a role into colours or monochrome attributes.
public enum Style: Int, Sendable, CaseIterable, Hashable {
    case normal
    case title
    case header
    case selection
    case fkeyBar
    case fkeyKey
    case status
    case error
    case warning
    case field
    case focusedField
    case border
    case placeholder
    case dialog
    case dialogTitle
    case button
    case focusedButton
}

/// Monochrome / colour attributes for a role, independent of curses.
public struct StyleAttributes: Sendable, Hashable {
    public enum Color: Int16, Sendable { case `default` = -1, black = 0, red, green, yellow, blue, magenta, cyan, white }
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool
    public init(_ fg: Color = .default, _ bg: Color = .default, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = fg
        self.background = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }
}

/// The two tables of attributes by role. Meaning never rests on colour alone:
/// selections also carry a marker, errors a "!" and text, focused fields the cursor.
public enum Theme {
    public static func colour(_ s: Style) -> StyleAttributes {
        switch s {
        case .normal, .border: return StyleAttributes()
        case .title: return StyleAttributes(.white, .blue, bold: true)
        case .header: return StyleAttributes(.cyan, .default, bold: true)
        case .selection: return StyleAttributes(.black, .cyan)
        case .fkeyBar: return StyleAttributes(.black, .cyan)
        case .fkeyKey: return StyleAttributes(.white, .black, bold: true)
        case .status: return StyleAttributes(.white, .blue)
        case .error: return StyleAttributes(.white, .red, bold: true)
        case .warning: return StyleAttributes(.yellow, .default, bold: true)
        case .field: return StyleAttributes(.black, .white)
        case .focusedField: return StyleAttributes(.black, .yellow, underline: true)
        case .placeholder: return StyleAttributes(.default, .default, dim: true)
        case .dialog: return StyleAttributes(.black, .white)
        case .dialogTitle: return StyleAttributes(.blue, .white, bold: true)
        case .button: return StyleAttributes(.black, .white)
        case .focusedButton: return StyleAttributes(.white, .blue, bold: true)
        }
    }

    public static func monochrome(_ s: Style) -> StyleAttributes {
        switch s {
        case .normal, .border, .dialog, .button: return StyleAttributes()
        case .title, .dialogTitle: return StyleAttributes(bold: true, reverse: true)
        case .header: return StyleAttributes(bold: true)
        case .selection, .fkeyBar, .status, .focusedButton: return StyleAttributes(reverse: true)
        case .fkeyKey: return StyleAttributes(bold: true)
        case .error: return StyleAttributes(bold: true, reverse: true)
        case .warning: return StyleAttributes(bold: true)
        case .field: return StyleAttributes(underline: true)
        case .focusedField: return StyleAttributes(bold: true, reverse: true)
        case .placeholder: return StyleAttributes(dim: true)
        }
    }
}
