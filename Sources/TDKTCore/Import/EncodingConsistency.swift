import Foundation
import TDKTText

/// One encoding per file: a file that is not UTF-8 throughout but has some UTF-8 lines (or has lines
/// plainly in TCVN3 and others plainly in VNI) was put together from several sources; decoding it
/// one way would garble the other rows into new, wrong names. Such a file is refused with the lines.
enum EncodingConsistency {
    static func check(_ data: Data, file: String) throws {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if String(validatingUTF8Bytes: bytes) != nil { return }
        var tally = Tally()
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            tally.add(bytes[start..<i]); start = i + 1
        }
        if start < bytes.count { tally.add(bytes[start...]) }
        try tally.check(file: file)
    }

    /// The encoding a line plainly reads in, line by line (LF counts lines); the line numbers kept are
    /// capped per encoding, so that a file of any size is tallied in bounded memory.
    struct Tally {
        static let keptLines = 1_000
        var number = 1
        var counts: [VietnameseEncoding: Int] = [:]
        var lines: [VietnameseEncoding: [Int]] = [:]

        /// One line, without its LF.
        mutating func add(_ line: ArraySlice<UInt8>) {
            defer { number += 1 }
            guard let e = Tally.classify(line) else { return }
            counts[e, default: 0] += 1
            if lines[e, default: []].count < Tally.keptLines { lines[e, default: []].append(number) }
        }

        static func classify(_ line: ArraySlice<UInt8>) -> VietnameseEncoding? {
            guard line.contains(where: { $0 >= 0x80 }) else { return nil }
            if let s = String(validatingUTF8Bytes: Array(line)), VietnameseSyllable.score(s) > 0 { return .utf8 }
            let t = VietnameseSyllable.score(VietnameseDecoder.tcvn3(Array(line)))
            let v = VietnameseSyllable.score(VietnameseDecoder.vni(Array(line)))
            // Only a clear margin counts: short lines may read almost as well either way.
            if v >= t + 2 { return .vni } else if t >= v + 2 { return .tcvn3 }
            return nil
        }

        func check(file: String) throws {
            guard counts.count > 1 else { return }
            // The odd rows are those not in the encoding most lines use.
            let main = counts.max { ($0.value, $0.key == .utf8 ? 1 : 0) < ($1.value, $1.key == .utf8 ? 1 : 0) }!.key
            let odd = lines.filter { $0.key != main }.flatMap { e, ns in ns.map { (number: $0, encoding: e) } }
                .sorted { $0.number < $1.number }.prefix(Tally.keptLines)
            let seen = VietnameseEncoding.allCases.filter { counts[$0] != nil }
                .map { "\($0.label) (\(counts[$0]!))" }.joined(separator: ", ")
            let more = counts.filter { $0.key != main }.values.reduce(0, +) - odd.count
            let list = odd.map { "\($0.number) (\($0.encoding.label))" }.joined(separator: ", ") + (more > 0 ? ", … (+\(more))" : "")
            throw ImportProblem(file: file, line: odd.first?.number, reason: Localized(
                vi: "các dòng không cùng một mã hóa (\(seen)); khác với phần còn lại (\(main.label)) là dòng \(list). Không nhập gì; hãy lưu lại cả tệp bằng một mã hóa (UTF-8)",
                en: "the lines are not in one encoding (\(seen)); unlike the rest (\(main.label)): line \(list). Nothing imported; save the whole file in one encoding (UTF-8)"))
        }
    }
}
