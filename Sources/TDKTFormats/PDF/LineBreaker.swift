import Foundation

/// A line of a paragraph: pieces of text in their styles, with where each starts.
struct BrokenLine: Equatable {
    struct Piece: Equatable {
        var text: String
        var style: PDFFontStyle
        /// Offset from the line's start, before any justification.
        var x: Double
        var width: Double
        /// Spaces between the line's start and this piece (justification moves the piece by that many gaps).
        var spacesBefore: Int
    }

    var pieces: [Piece] = []
    var width: Double = 0
    var spaces: Int = 0
    /// The last line of its paragraph (or before a forced break): never justified.
    var isLast = false
}

/// Greedy line breaking by measured width: breaks at spaces, splits a word longer than the line between
/// characters, and honours "\n" as a forced break.
struct LineBreaker {
    let shaper: TextShaper

    private struct Part { var text: String; var style: PDFFontStyle; var width: Double }
    private enum Token { case word([Part]), space(Part), newline }

    func breakLines(_ spans: [PDFSpan], size: Double, width: Double, firstLineWidth: Double? = nil) -> [BrokenLine] {
        var lines: [BrokenLine] = []
        var line = BrokenLine()
        var pendingSpace: Part?
        // Spaces at the start of a paragraph or after a forced break are kept (blanks to write in by hand);
        // spaces at a soft break are dropped.
        var keepsLeadingSpace = true
        func available() -> Double { lines.isEmpty ? (firstLineWidth ?? width) : width }
        func finish(last: Bool) {
            line.isLast = last
            lines.append(line)
            line = BrokenLine()
            pendingSpace = nil
            keepsLeadingSpace = last
        }
        func append(_ part: Part) {
            if let last = line.pieces.last, last.style == part.style {
                line.pieces[line.pieces.count - 1].text += part.text
                line.pieces[line.pieces.count - 1].width += part.width
            } else {
                line.pieces.append(.init(text: part.text, style: part.style, x: line.width, width: part.width, spacesBefore: line.spaces))
            }
            line.width += part.width
        }
        for token in tokens(spans, size: size) {
            switch token {
            case .newline:
                finish(last: true)
            case let .space(part):
                if !line.pieces.isEmpty || keepsLeadingSpace {
                    pendingSpace = pendingSpace.map { Part(text: $0.text + part.text, style: $0.style, width: $0.width + part.width) } ?? part
                }
            case let .word(parts):
                let wordWidth = parts.reduce(0) { $0 + $1.width }
                let spaceWidth = pendingSpace?.width ?? 0
                if !line.pieces.isEmpty && line.width + spaceWidth + wordWidth > available() + 0.01 {
                    finish(last: false)
                }
                if let space = pendingSpace {
                    if !line.pieces.isEmpty { line.spaces += 1 }
                    append(space)
                }
                pendingSpace = nil
                if wordWidth <= available() - line.width + 0.01 {
                    parts.forEach(append)
                } else {
                    // Longer than a whole line: cut between characters.
                    for part in parts {
                        for ch in part.text {
                            let w = shaper.width(String(ch), style: part.style, size: size)
                            if !line.pieces.isEmpty && line.width + w > available() + 0.01 { finish(last: false) }
                            append(Part(text: String(ch), style: part.style, width: w))
                        }
                    }
                }
            }
        }
        if !line.pieces.isEmpty || lines.isEmpty { finish(last: true) }
        return lines
    }

    private func tokens(_ spans: [PDFSpan], size: Double) -> [Token] {
        var out: [Token] = []
        var word: [Part] = []
        func flushWord() { if !word.isEmpty { out.append(.word(word)); word = [] } }
        for span in spans {
            var current = "", currentIsSpace = false
            func flush() {
                guard !current.isEmpty else { return }
                let part = Part(text: current, style: span.style, width: shaper.width(current, style: span.style, size: size))
                if currentIsSpace { flushWord(); out.append(.space(part)) } else { word.append(part) }
                current = ""
            }
            for ch in TextShaper.normalize(span.text) {
                if ch == "\n" || ch == "\r\n" {
                    flush(); flushWord(); out.append(.newline)
                    continue
                }
                let isSpace = ch == " " || ch == "\t"
                if isSpace != currentIsSpace { flush(); currentIsSpace = isSpace }
                current.append(isSpace ? " " : ch)
            }
            flush()
        }
        flushWord()
        return out
    }
}
