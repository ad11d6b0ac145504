/// A section heading in a two-column detail list ("── Yearly ratings", "r: add, Enter: change"): the name
/// in the narrow first column, its keys in the wide second one, so neither is cut at 80 columns.
enum SectionHeading {
    /// Splits "Name (keys)" into the first column's "── Name" and the second's "keys".
    static func cells(_ text: String) -> (String, String) {
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else { return ("── " + text, "") }
        return ("── " + text[..<open.lowerBound], String(text[open.upperBound...].dropLast()))
    }
}
