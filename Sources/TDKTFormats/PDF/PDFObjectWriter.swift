import Foundation

/// The file structure of a PDF: numbered objects, streams, the cross-reference table and the trailer.
struct PDFObjectWriter {
    private(set) var data = Data()
    private var offsets: [Int: Int] = [:]
    private(set) var objectCount = 0
    var compress: Bool

    init(compress: Bool) {
        self.compress = compress
        // The binary comment tells transfer programs the file is not text.
        append("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".data(using: .isoLatin1)!)
    }

    /// Reserves an object number, to refer to before the object is written.
    mutating func reserve() -> Int {
        objectCount += 1
        return objectCount
    }

    mutating func append(_ bytes: Data) { data.append(bytes) }
    mutating func append(_ text: String) { data.append(Data(text.utf8)) }

    mutating func object(_ number: Int, _ body: String) {
        offsets[number] = data.count
        append("\(number) 0 obj\n\(body)\nendobj\n")
    }

    /// A stream, deflated when compression is on; `extra` adds entries to its dictionary.
    mutating func stream(_ number: Int, _ content: Data, extra: String = "") {
        var body = content, filter = ""
        if compress {
            body = Deflate.zlib(content)
            filter = " /Filter /FlateDecode"
        }
        offsets[number] = data.count
        append("\(number) 0 obj\n<< /Length \(body.count)\(filter)\(extra.isEmpty ? "" : " " + extra) >>\nstream\n")
        append(body)
        append("\nendstream\nendobj\n")
    }

    mutating func finish(root: Int, info: Int) -> Data {
        let xref = data.count
        append("xref\n0 \(objectCount + 1)\n0000000000 65535 f \n")
        for n in 1...max(objectCount, 1) where n <= objectCount {
            append(String(format: "%010d 00000 n \n", offsets[n] ?? 0))
        }
        append("trailer\n<< /Size \(objectCount + 1) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(xref)\n%%EOF\n")
        return data
    }

    /// A text string: UTF-16BE with its byte order mark, written in hex (any character, no escaping).
    static func textString(_ s: String) -> String {
        var hex = "<FEFF"
        for unit in s.utf16 { hex += String(format: "%04X", unit) }
        return hex + ">"
    }

    /// A number as PDF writes it: at most three decimals, no exponent.
    static func number(_ v: Double) -> String {
        let r = (v * 1000).rounded() / 1000
        if r == r.rounded() { return String(Int(r)) }
        var s = String(format: "%.3f", r)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
