import TDKTText

/// Editable text kept as Characters (grapheme clusters) in NFC, with a cursor between them.
/// Backspace and Delete remove a whole Character; whatever form an IME sends, the stored text is NFC.
public struct LineEditor: Sendable, Equatable {
    public private(set) var chars: [Character]
    /// Cursor as a Character index, 0...chars.count.
    public private(set) var cursor: Int
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 1000) {
        self.chars = Array(TextNormalization.nfc(text))
        self.maxLength = maxLength
        self.cursor = chars.count
    }

    public var text: String { String(chars) }

    public mutating func setText(_ s: String) {
        chars = Array(TextNormalization.nfc(s))
        cursor = chars.count
    }

    /// Inserts text at the cursor, normalising to NFC (a combining mark joins the character before it).
    /// Refuses what would exceed `maxLength`; returns false then.
    @discardableResult
    public mutating func insert(_ s: String) -> Bool {
        let prefix = String(chars[..<cursor]) + s
        let suffix = String(chars[cursor...])
        let p = Array(TextNormalization.nfc(prefix))
        let all = Array(TextNormalization.nfc(prefix + suffix))
        guard all.count <= maxLength else { return false }
        chars = all
        cursor = min(p.count, all.count)
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
        cursor = start + replacement.count
        return true
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        chars.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(chars.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = chars.count }
    public mutating func clear() { chars = []; cursor = 0 }

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
