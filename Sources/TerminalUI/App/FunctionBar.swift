import TDKTText

/// The bottom line of F-keys, fitted to the width as Midnight Commander does: F1 and F10 always stay;
/// when the labels do not fit they are shortened (all to the same length, at least two letters),
/// and only then are items dropped from the middle.
public enum FunctionBar {
    public typealias Item = (key: String, label: String)

    static func width(_ items: [Item]) -> Int {
        items.reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.label) + 2 }
    }

    public static func fit(_ all: [Item], width: Int) -> [Item] {
        var items = all
        if Self.width(items) <= width { return items }
        let longest = items.map { DisplayWidth.of($0.label) }.max() ?? 0
        for cap in stride(from: longest - 1, through: 2, by: -1) {
            let shortened = items.map { (key: $0.key, label: shorten($0.label, to: cap)) }
            if Self.width(shortened) <= width { return shortened }
        }
        // Still too wide: keep F1 and F10, drop from the end of the middle.
        items = items.map { (key: $0.key, label: shorten($0.label, to: 2)) }
        while Self.width(items) > width, items.count > 2 {
            guard let i = items.lastIndex(where: { $0.key != "F1" && $0.key != "F10" }) else { break }
            items.remove(at: i)
        }
        return items
    }

    /// The first `cap` columns of a label, with no trailing space.
    static func shorten(_ label: String, to cap: Int) -> String {
        guard DisplayWidth.of(label) > cap else { return label }
        var s = DisplayWidth.prefix(label, to: cap)
        while s.last == " " { s.removeLast() }
        return s
    }
}
