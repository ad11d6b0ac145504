import Foundation

/// One row of a sheet: its 1-based number and its cells by zero-based column (nil where empty).
public struct XlsxRow: Sendable, Equatable {
    public var number: Int
    public var cells: [XlsxValue?]

    public init(number: Int, cells: [XlsxValue?]) { self.number = number; self.cells = cells }

    public subscript(column: Int) -> XlsxValue? { column < cells.count ? cells[column] : nil }
}

public struct XlsxSheet: Sendable, Equatable {
    public var name: String
    /// Rows that have at least one cell, in order; gaps in the row numbers are rows left empty.
    public var rows: [XlsxRow]
}

/// Reads SpreadsheetML workbooks (.xlsx): the sheet list from workbook.xml and its relationships,
/// shared strings (rich-text runs joined, phonetic runs left out), inline strings, numbers,
/// booleans, errors, and dates recognised by their cell style's number format.
public struct XlsxReader {
    private let zip: ZipReader
    private let workbookPath: String
    public let sheetNames: [String]
    private let sheetPaths: [String]
    private let date1904: Bool

    public init(contentsOf url: URL) throws {
        let zip: ZipReader
        do { zip = try ZipReader(contentsOf: url) } catch let e as ZipError { throw XlsxError.notAWorkbook(e.description) }
        try self.init(zip: zip)
    }

    public init(data: Data) throws {
        let zip: ZipReader
        do { zip = try ZipReader(data: data) } catch let e as ZipError { throw XlsxError.notAWorkbook(e.description) }
        try self.init(zip: zip)
    }

    init(zip: ZipReader) throws {
        self.zip = zip
        // The package relationships name the workbook part; xl/workbook.xml is only the usual place.
        var workbookPath = "xl/workbook.xml"
        if let rels = try XlsxReader.relationships(zip, "_rels/.rels", base: "") {
            if let target = rels.first(where: { $0.type.hasSuffix("/officeDocument") })?.target { workbookPath = target }
        }
        guard zip.entry(named: workbookPath) != nil else { throw XlsxError.notAWorkbook("no \(workbookPath)") }
        self.workbookPath = workbookPath
        var names: [String] = [], ids: [String] = []
        var date1904 = false
        try XMLEvents.parse(try XlsxReader.part(zip, workbookPath), part: workbookPath, start: { name, attributes in
            if name == "sheet", let sheetName = XMLEvents.attribute(attributes, "name") {
                names.append(sheetName)
                ids.append(XMLEvents.attribute(attributes, "id") ?? "")
            } else if name == "workbookPr", let v = attributes["date1904"] {
                date1904 = v == "1" || v == "true"
            }
        })
        let base = XlsxReader.directory(of: workbookPath)
        let rels = try XlsxReader.relationships(zip, base + "_rels/" + XlsxReader.fileName(of: workbookPath) + ".rels", base: base) ?? []
        var paths: [String] = []
        for (i, id) in ids.enumerated() {
            // Without a relationship, fall back on the conventional name.
            paths.append(rels.first { $0.id == id }?.target ?? base + "worksheets/sheet\(i + 1).xml")
        }
        self.sheetNames = names
        self.sheetPaths = paths
        self.date1904 = date1904
    }

    /// The named sheet (compared without regard to case), or the first when no name is given.
    public func sheet(named name: String? = nil) throws -> XlsxSheet {
        guard !sheetNames.isEmpty else { throw XlsxError.noSheets }
        var index = 0
        if let name {
            guard let i = sheetNames.firstIndex(where: { $0 == name }) ?? sheetNames.firstIndex(where: {
                $0.caseInsensitiveCompare(name) == .orderedSame }) else {
                throw XlsxError.noSuchSheet(name, available: sheetNames)
            }
            index = i
        }
        let strings = try sharedStrings()
        let dateStyles = try self.dateStyles()
        let path = sheetPaths[index]
        guard zip.entry(named: path) != nil else { throw XlsxError.notAWorkbook("no \(path) for sheet \(sheetNames[index])") }
        let rows = try SheetParser.rows(try XlsxReader.part(zip, path), part: path, strings: strings,
                                        dateStyles: dateStyles, date1904: date1904)
        return XlsxSheet(name: sheetNames[index], rows: rows)
    }

    private var base: String { XlsxReader.directory(of: workbookPath) }

    private func partPath(ofType suffix: String, default fallback: String) throws -> String? {
        let relsPath = base + "_rels/" + XlsxReader.fileName(of: workbookPath) + ".rels"
        let target = try XlsxReader.relationships(zip, relsPath, base: base)?.first { $0.type.hasSuffix(suffix) }?.target
        let path = target ?? base + fallback
        return zip.entry(named: path) != nil ? path : nil
    }

    func sharedStrings() throws -> [String] {
        guard let path = try partPath(ofType: "/sharedStrings", default: "sharedStrings.xml") else { return [] }
        var strings: [String] = []
        var current = "", inText = false, phoneticDepth = 0
        try XMLEvents.parse(try XlsxReader.part(zip, path), part: path, start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = phoneticDepth == 0
            case "rPh": phoneticDepth += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": phoneticDepth -= 1
            default: break
            }
        }, text: { s in if inText { current += s } })
        return strings
    }

    /// For each cell style index (cellXfs), whether its number format is a date or time.
    func dateStyles() throws -> [Bool] {
        guard let path = try partPath(ofType: "/styles", default: "styles.xml") else { return [] }
        var custom: [Int: String] = [:]
        var formatIds: [Int] = []
        var inCellXfs = false
        try XMLEvents.parse(try XlsxReader.part(zip, path), part: path, start: { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init) { custom[id] = attributes["formatCode"] ?? "" }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formatIds.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }, end: { name in if name == "cellXfs" { inCellXfs = false } })
        return formatIds.map { id in
            if let code = custom[id] { return NumberFormat.isDateFormat(code) }
            return NumberFormat.isBuiltInDate(id)
        }
    }

    /// One part inflated, as Data; the inflated array is released on return, so only one copy is held
    /// while the part is parsed.
    static func part(_ zip: ZipReader, _ path: String) throws -> Data {
        let bytes = try zip.contents(of: path)
        return Data(bytes)
    }

    struct Relationship { var id: String; var type: String; var target: String }

    static func relationships(_ zip: ZipReader, _ path: String, base: String) throws -> [Relationship]? {
        guard zip.entry(named: path) != nil else { return nil }
        var out: [Relationship] = []
        try XMLEvents.parse(try XlsxReader.part(zip, path), part: path, start: { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            if attributes["TargetMode"] == "External" { return }
            out.append(Relationship(id: id, type: attributes["Type"] ?? "", target: resolve(target, base: base)))
        })
        return out
    }

    /// A relationship target made a path inside the package: absolute ("/xl/...") or relative to `base`.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// Turns a worksheet part into rows, keeping only values (formulas give their cached results).
enum SheetParser {
    /// Widest sheet read: more than any register an office keeps.
    static let maxColumns = 1024
    static func rows(_ data: Data, part: String, strings: [String], dateStyles: [Bool], date1904: Bool) throws -> [XlsxRow] {
        var rows: [XlsxRow] = []
        var row: XlsxRow?
        var nextRow = 1, nextColumn = 0
        var cellRef: CellReference?, cellType = "n", cellStyle = 0
        var value = "", inline = "", capture: String?, inInline = false, phonetic = 0
        var problem: Error?

        func finishRow() {
            if var r = row, !r.cells.isEmpty {
                while let last = r.cells.last, last == nil { r.cells.removeLast() }
                if !r.cells.isEmpty { rows.append(r) }
            }
            row = nil
        }

        try XMLEvents.parse(data, part: part, start: { name, attributes in
            switch name {
            case "row":
                finishRow()
                let number = attributes["r"].flatMap(Int.init) ?? nextRow
                row = XlsxRow(number: number, cells: [])
                nextRow = number + 1
                nextColumn = 0
            case "c":
                cellRef = attributes["r"].flatMap(CellReference.init)
                cellType = attributes["t"] ?? "n"
                cellStyle = attributes["s"].flatMap(Int.init) ?? 0
                value = ""; inline = ""
            case "v": capture = "v"
            case "is": inInline = true
            case "rPh": phonetic += 1
            case "t" where inInline && phonetic == 0: capture = "t"
            default: break
            }
        }, end: { name in
            switch name {
            case "v", "t": capture = nil
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                if row == nil { row = XlsxRow(number: cellRef?.row ?? nextRow, cells: []); nextRow = row!.number + 1 }
                let column = cellRef?.column ?? nextColumn
                nextColumn = column + 1
                let v: XlsxValue?
                do {
                    v = try cellValue(type: cellType, raw: value, inline: inline, style: cellStyle,
                                      strings: strings, dateStyles: dateStyles, date1904: date1904)
                } catch {
                    if problem == nil { problem = XlsxError.malformedPart(part, line: 0, reason: "cell \(CellReference(column: column, row: row!.number).text): \(error)") }
                    v = nil
                }
                if v != nil, column >= SheetParser.maxColumns {
                    // Rows are dense arrays; a stray cell at column XFD on every row would cost gigabytes.
                    if problem == nil { problem = XlsxError.malformedPart(part, line: 0, reason: "cell \(CellReference(column: column, row: row!.number).text) is beyond column \(CellReference.letters(SheetParser.maxColumns - 1))") }
                } else if let v {
                    if row!.cells.count <= column { row!.cells.append(contentsOf: repeatElement(nil, count: column + 1 - row!.cells.count)) }
                    row!.cells[column] = v
                }
            case "row": finishRow()
            default: break
            }
        }, text: { s in
            switch capture {
            case "v": value += s
            case "t": inline += s
            default: break
            }
        })
        finishRow()
        if let problem { throw problem }
        return rows
    }

    struct BadCell: Error, CustomStringConvertible { var description: String }

    static func cellValue(type: String, raw: String, inline: String, style: Int,
                          strings: [String], dateStyles: [Bool], date1904: Bool) throws -> XlsxValue? {
        switch type {
        case "s":
            guard let i = Int(raw.trimmingCharacters(in: .whitespaces)) else { return nil }
            guard i >= 0 && i < strings.count else { throw BadCell(description: "shared string \(i) does not exist") }
            return .text(strings[i])
        case "inlineStr": return .text(inline)
        case "str": return .text(raw)
        case "b": return raw.isEmpty ? nil : .boolean(raw == "1" || raw == "true")
        case "e": return .error(raw)
        case "d":
            guard !raw.isEmpty else { return nil }
            guard let d = isoDate(raw) else { throw BadCell(description: "date \"\(raw)\" is not ISO 8601") }
            return .date(d)
        default:
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            guard let n = Double(trimmed) else { throw BadCell(description: "\"\(raw)\" is not a number") }
            if style >= 0 && style < dateStyles.count && dateStyles[style], let d = ExcelDate.date(fromSerial: n, date1904: date1904) {
                return .date(d)
            }
            return .number(n)
        }
    }

    /// "2024-03-05" or "2024-03-05T10:20:30" (as `t="d"` cells hold them).
    static func isoDate(_ s: String) -> XlsxDate? {
        let parts = s.split(whereSeparator: { "-T:.Z ".contains($0) }).map { Int($0) }
        guard parts.count >= 3, let y = parts[0], let m = parts[1], let d = parts[2] else { return nil }
        let time = parts.dropFirst(3).prefix(3).map { $0 ?? 0 }
        return XlsxDate(year: y, month: m, day: d, hour: time.count > 0 ? time[0] : 0,
                        minute: time.count > 1 ? time[1] : 0, second: time.count > 2 ? time[2] : 0)
    }
}
