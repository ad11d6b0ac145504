import TDKTCore
import TerminalUI

// Both modules name their language type `Language`; inside the app it is the toolkit's,
// and the domain's is reached as `TDKTCore.Language` through `.domain`.
typealias Language = TerminalUI.Language

extension TerminalUI.Language {
    var domain: TDKTCore.Language { self == .en ? .en : .vi }
}

extension Localized {
    /// A domain text in both languages, for the toolkit.
    init(_ text: Bilingual) { self.init(vi: text.vi, en: text.en) }
}
