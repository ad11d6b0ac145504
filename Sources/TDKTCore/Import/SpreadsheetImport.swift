import Foundation
import TDKTText
import TDKTFormats

/// An Excel workbook's sheet as the rows an importer reads: each row numbered as the spreadsheet numbers
/// it (so errors name the row a clerk sees), each cell as text — numbers without ".0", dates as dd/mm/yyyy.
public enum SpreadsheetImport {
    /// Zip archives (and so .xlsx files) begin with a local file header, "PK\u{3}\u{4}".
    static func isWorkbook(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    public static func isWorkbookPath(_ path: String) -> Bool {
        guard let data = try? ClerkFiles.access.read(path) else { return false }
        return isWorkbook(data)
    }

    static func table(_ data: Data, file: String, sheet: String?) throws -> CSVTable {
        let parsed: XlsxSheet
        do {
            parsed = try XlsxReader(data: data).sheet(named: sheet)
        } catch let e as XlsxError {
            switch e {
            case let .noSuchSheet(name, available):
                throw ImportProblem(file: file, line: nil, reason: Localized(
                    vi: "không có trang tính \"\(name)\"; có: \(available.joined(separator: ", "))",
                    en: "no sheet named \"\(name)\"; the sheets are: \(available.joined(separator: ", "))"))
            default:
                throw ImportProblem(file: file, line: nil, reason: Localized(vi: "không đọc được bảng tính: \(e)", en: "cannot read the workbook: \(e)"))
            }
        }
        let rows = parsed.rows.map { row in
            CSVRow(line: row.number, fields: row.cells.map { TextNormalization.clean($0?.text ?? "") })
        }
        return CSVTable(delimiter: ",", rows: rows)
    }
}

/// One encoding per file: a file that is not UTF-8 throughout but has some UTF-8 lines (or has lines
/// plainly in TCVN3 and others plainly in VNI) was put together from several sources; decoding it
/// one way would garble the other rows into new, wrong names. Such a file is refused with the lines.
enum EncodingConsistency {
    static func check(_ data: Data, file: String) throws {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if String(validatingUTF8Bytes: bytes) != nil { return }
        var lines: [(number: Int, encoding: VietnameseEncoding)] = []
        var number = 1, start = 0
        func classify(_ line: ArraySlice<UInt8>) {
            defer { number += 1 }
            guard line.contains(where: { $0 >= 0x80 }) else { return }
            if let s = String(validatingUTF8Bytes: Array(line)), VietnameseSyllable.score(s) > 0 {
                lines.append((number, .utf8)); return
            }
            let t = VietnameseSyllable.score(VietnameseDecoder.tcvn3(Array(line)))
            let v = VietnameseSyllable.score(VietnameseDecoder.vni(Array(line)))
            // Only a clear margin counts: short lines may read almost as well either way.
            if v >= t + 2 { lines.append((number, .vni)) } else if t >= v + 2 { lines.append((number, .tcvn3)) }
        }
        for (i, b) in bytes.enumerated() where b == 0x0A {
            classify(bytes[start..<i]); start = i + 1
        }
        if start < bytes.count { classify(bytes[start...]) }
        var counts: [VietnameseEncoding: Int] = [:]
        for l in lines { counts[l.encoding, default: 0] += 1 }
        guard counts.count > 1 else { return }
        // The odd rows are those not in the encoding most lines use.
        let main = counts.max { ($0.value, $0.key == .utf8 ? 1 : 0) < ($1.value, $1.key == .utf8 ? 1 : 0) }!.key
        let odd = lines.filter { $0.encoding != main }
        let seen = VietnameseEncoding.allCases.filter { counts[$0] != nil }
            .map { "\($0.label) (\(counts[$0]!))" }.joined(separator: ", ")
        let list = odd.map { "\($0.number) (\($0.encoding.label))" }.joined(separator: ", ")
        throw ImportProblem(file: file, line: odd.first?.number, reason: Localized(
            vi: "các dòng không cùng một mã hóa (\(seen)); khác với phần còn lại (\(main.label)) là dòng \(list). Không nhập gì; hãy lưu lại cả tệp bằng một mã hóa (UTF-8)",
            en: "the lines are not in one encoding (\(seen)); unlike the rest (\(main.label)): line \(list). Nothing imported; save the whole file in one encoding (UTF-8)"))
    }
}
