import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's streaming XML parser over one workbook part and hands each element start,
/// element end and text run to closures. Element names arrive without namespace prefixes
/// (SpreadsheetML may be written as `<x:c>`), attribute names as written.
final class XMLEvents: NSObject, XMLParserDelegate {
    private let onStart: (String, [String: String]) -> Void
    private let onEnd: (String) -> Void
    private let onText: (String) -> Void
    private var failure: Error?

    private init(onStart: @escaping (String, [String: String]) -> Void, onEnd: @escaping (String) -> Void, onText: @escaping (String) -> Void) {
        self.onStart = onStart; self.onEnd = onEnd; self.onText = onText
    }

    static func parse(_ data: Data, part: String,
                      start: @escaping (String, [String: String]) -> Void,
                      end: @escaping (String) -> Void = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws {
        let events = XMLEvents(onStart: start, onEnd: end, onText: text)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        if !parser.parse() {
            let reason = parser.parserError.map { String(describing: $0) } ?? "malformed XML"
            throw XlsxError.malformedPart(part, line: parser.lineNumber, reason: reason)
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        onStart(XMLEvents.localName(elementName), attributeDict)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        onEnd(XMLEvents.localName(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { onText(string) }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// An attribute by local name: `id` finds `r:id` as well as `id`.
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let v = attributes[name] { return v }
        for (k, v) in attributes where localName(k) == name { return v }
        return nil
    }
}
