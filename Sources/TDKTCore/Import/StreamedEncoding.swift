import Foundation
import TDKTText

/// The encoding of a CSV file read as a stream of lines, found as `VietnameseDecoder.decode` finds it for
/// the whole file (UTF-8 when every line is, else whichever of TCVN3 and VNI reads more valid syllables),
/// after the same consistency check, with the same errors; then each line decoded on its own. Lines split
/// at LF decode as the whole file would: no encoding carries a letter or a mark across a line break.
enum StreamedEncoding {
    /// Reads the lines (one pass, two when the file is not UTF-8) and rewinds them.
    static func detect<S>(_ lines: inout ByteLineReader<S>, named: VietnameseEncoding?, file: String) throws -> DecodedText {
        defer { try? lines.rewind() }
        switch named {
        case .tcvn3?, .vni?: return DecodedText(text: "", encoding: named!, detected: false)
        case .utf8?, nil:
            var number = 1
            var invalid: Int?
            while let line = try lines.next() {
                if String(validatingUTF8Bytes: Array(line)) == nil { invalid = number; break }
                number += 1
            }
            guard let invalid else { return DecodedText(text: "", encoding: .utf8, detected: named == nil) }
            if named == .utf8 {
                throw ImportProblem(file: file, line: invalid, reason: Localized(
                    vi: "không phải UTF-8; thử --encoding tcvn3 hoặc --encoding vni", en: "not UTF-8; try --encoding tcvn3 or --encoding vni"))
            }
        }
        try lines.rewind()
        var tally = EncodingConsistency.Tally()
        var t = 0, v = 0
        while let line = try lines.next() {
            let bare = line.last == 0x0A ? line.dropLast() : line
            tally.add(bare)
            if bare.contains(where: { $0 >= 0x80 }) {
                t += VietnameseSyllable.score(VietnameseDecoder.tcvn3(Array(bare)))
                v += VietnameseSyllable.score(VietnameseDecoder.vni(Array(bare)))
            }
        }
        try tally.check(file: file)
        return DecodedText(text: "", encoding: v > t ? .vni : .tcvn3, detected: true)
    }

    /// One line (with its LF) as text.
    static func decode(_ line: ArraySlice<UInt8>, as encoding: VietnameseEncoding) -> String {
        switch encoding {
        case .utf8: TextNormalization.nfc(String(decoding: line, as: UTF8.self))
        case .tcvn3: VietnameseDecoder.tcvn3(Array(line))
        case .vni: VietnameseDecoder.vni(Array(line))
        }
    }
}
