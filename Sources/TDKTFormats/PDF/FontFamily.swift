import Foundation

/// The styles a document uses.
public enum PDFFontStyle: Int, Sendable, CaseIterable, Hashable {
    case regular, bold, italic, boldItalic

    public static func with(bold: Bool, italic: Bool) -> PDFFontStyle {
        switch (bold, italic) {
        case (false, false): .regular
        case (true, false): .bold
        case (false, true): .italic
        case (true, true): .boldItalic
        }
    }

    var isBold: Bool { self == .bold || self == .boldItalic }
    var isItalic: Bool { self == .italic || self == .boldItalic }
}

/// One typeface in its styles, plus a font to draw characters the typeface lacks.
public struct PDFFontFamily: Sendable {
    public var regular: TrueTypeFont
    public var bold: TrueTypeFont
    public var italic: TrueTypeFont
    public var boldItalic: TrueTypeFont
    /// Drawn for characters the styled font has no glyph for (DejaVu covers more than Times-like fonts).
    public var fallback: TrueTypeFont?

    public init(regular: TrueTypeFont, bold: TrueTypeFont? = nil, italic: TrueTypeFont? = nil,
                boldItalic: TrueTypeFont? = nil, fallback: TrueTypeFont? = nil) {
        self.regular = regular
        self.bold = bold ?? regular
        self.italic = italic ?? regular
        self.boldItalic = boldItalic ?? bold ?? italic ?? regular
        self.fallback = fallback
    }

    public func font(_ style: PDFFontStyle) -> TrueTypeFont {
        switch style {
        case .regular: regular
        case .bold: bold
        case .italic: italic
        case .boldItalic: boldItalic
        }
    }

    /// The Times New Roman–compatible serif faces Decree 30/2020 documents are printed in, in order of
    /// preference: Tinos (fonts-croscore), Liberation Serif 2 (fonts-liberation2), then DejaVu Serif.
    public static let systemCandidates: [(folder: String, regular: String, bold: String, italic: String, boldItalic: String)] = [
        ("/usr/share/fonts/truetype/croscore", "Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf"),
        ("/usr/share/fonts/truetype/liberation2", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
         "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
        ("/usr/share/fonts/truetype/liberation", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
         "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
        ("/usr/share/fonts/truetype/dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
         "DejaVuSerif-BoldItalic.ttf"),
    ]

    static let fallbackPath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

    /// The first installed family among the candidates; nil when none is installed.
    /// `folders` replaces the system folders (tests, or an office that installs fonts elsewhere).
    public static func system(searching folders: [String]? = nil) -> PDFFontFamily? {
        let fm = FileManager.default
        for c in systemCandidates {
            let dirs = folders ?? [c.folder]
            for dir in dirs {
                let path = { (name: String) in dir + "/" + name }
                guard fm.fileExists(atPath: path(c.regular)), let regular = try? TrueTypeFont(contentsOf: path(c.regular)) else {
                    continue
                }
                let load = { (name: String) in try? TrueTypeFont(contentsOf: path(name)) }
                let fallback = c.regular.hasPrefix("DejaVu") ? nil : try? TrueTypeFont(contentsOf: fallbackPath)
                return PDFFontFamily(regular: regular, bold: load(c.bold), italic: load(c.italic),
                                     boldItalic: load(c.boldItalic), fallback: fallback)
            }
        }
        return nil
    }
}
