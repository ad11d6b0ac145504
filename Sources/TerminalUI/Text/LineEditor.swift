import TDKTText

/// Editable text kept as Characters (grapheme clusters) in NFC, with a cursor between them.
/// Whatever form an IME sends, the stored text is NFC.
///
/// Backspace follows the input method. An IME fixing a tone sends as many backspaces as it sent code
/// points, then the letter again. After decomposed input (Unikey's "Unicode tổ hợp": "ê" then U+0303)
/// one Backspace removes one code point of the letter as it was typed; after precomposed input ("ễ")
/// it removes the whole letter. Delete always removes a whole Character.
public struct LineEditor: Sendable, Equatable {
    public private(set) var chars: [Character]
    /// Cursor as a Character index, 0...chars.count.
    public private(set) var cursor: Int
    public var maxLength: Int
    /// Each Character's code points as they were typed (its NFC form when it was not typed here).
    private var typed: [[Unicode.Scalar]]

    public init(_ text: String = "", maxLength: Int = 1000) {
        self.chars = Array(TextNormalization.nfc(text))
        self.maxLength = maxLength
        self.cursor = chars.count
        self.typed = chars.map { Array($0.unicodeScalars) }
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    public var text: String { String(chars) }

    public mutating func setText(_ s: String) {
        chars = Array(TextNormalization.nfc(s))
        cursor = chars.count
        typed = chars.map { Array($0.unicodeScalars) }
    }

    /// Inserts text at the cursor, normalising to NFC (a combining mark joins the character before it).
    /// Refuses what would exceed `maxLength`; returns false then.
    @discardableResult
    public mutating func insert(_ s: String) -> Bool {
        // The prefix as typed, cut into letters again: a combining mark joins the letter before it.
        let typedPrefix = Self.string(typed[..<cursor].flatMap { $0 } + Array(s.unicodeScalars))
        let prefixForms = typedPrefix.map { Array($0.unicodeScalars) }
        let prefixChars = prefixForms.map { Array(TextNormalization.nfc(Self.string($0))) }
        // A letter always stays one Character in NFC; if not, fall back to NFC over the whole text.
        guard prefixChars.allSatisfy({ $0.count == 1 }) else {
            let all = Array(TextNormalization.nfc(String(chars[..<cursor]) + s + String(chars[cursor...])))
            guard all.count <= maxLength else { return false }
            let p = Array(TextNormalization.nfc(String(chars[..<cursor]) + s))
            chars = all
            typed = all.map { Array($0.unicodeScalars) }
            cursor = min(p.count, all.count)
            return true
        }
        guard prefixChars.count + chars.count - cursor <= maxLength else { return false }
        chars = prefixChars.map { $0[0] } + chars[cursor...]
        typed = prefixForms + typed[cursor...]
        cursor = prefixChars.count
        return true
    }

    /// Types one key with Telex: when it modifies the word before the cursor, the word is replaced.
    @discardableResult
    public mutating func typeTelex(_ c: Character) -> Bool {
        guard c.isLetter else { return insert(String(c)) }
        var start = cursor
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        guard let word = Telex.apply(key: c, to: String(chars[start..<cursor])) else { return insert(String(c)) }
        let replacement = Array(TextNormalization.nfc(word))
        guard chars.count - (cursor - start) + replacement.count <= maxLength else { return false }
        chars.replaceSubrange(start..<cursor, with: replacement)
        typed.replaceSubrange(start..<cursor, with: replacement.map { Array($0.unicodeScalars) })
        cursor = start + replacement.count
        return true
    }

    /// True when the letter before the cursor was typed in more code points than it has in NFC.
    public var letterBeforeCursorWasDecomposed: Bool {
        cursor > 0 && typed[cursor - 1].count > chars[cursor - 1].unicodeScalars.count
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        if letterBeforeCursorWasDecomposed {
            typed[cursor - 1].removeLast()
            let rest = Array(TextNormalization.nfc(Self.string(typed[cursor - 1])))
            if rest.count == 1 {
                chars[cursor - 1] = rest[0]
                return
            }
        }
        chars.remove(at: cursor - 1)
        typed.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
        typed.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(chars.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = chars.count }
    public mutating func clear() { chars = []; typed = []; cursor = 0 }

    /// Screen column of the cursor from the start of the text.
    public var cursorColumn: Int { DisplayWidth.of(String(chars[..<cursor])) }

    /// The part to show in a field `width` columns wide so the cursor stays visible,
    /// and the cursor column inside it.
    public func visibleSlice(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        // Move the window start until the cursor fits (leave one column for the cursor).
        while start < cursor, DisplayWidth.of(String(chars[start..<cursor])) > width - 1 { start += 1 }
        let shown = DisplayWidth.prefix(String(chars[start...]), to: width)
        return (shown, DisplayWidth.of(String(chars[start..<cursor])))
    }
}
