import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Names holding escape sequences, C1 controls and bidi overrides (typed, imported or edited into a file
/// by hand) stay inert in every output that does not go through curses.
final class HostileTextTests: XCTestCase {
    static let hostile = "Sở \u{1B}]52;c;ZWNobyBoaQ==\u{7}Tài\u{1B}[2J chính\u{9B}31m\u{202E}nạp\u{2066}"

    func assertInert(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        // Newlines, tabs and the form feed of page breaks are the output's own, not data.
        for scalar in text.unicodeScalars where !["\n", "\r", "\t", "\u{0C}"].contains(scalar) {
            if TextNormalization.isUnsafe(scalar) {
                XCTFail("\(context): U+\(String(scalar.value, radix: 16)) reached the output", file: file, line: line)
                return
            }
        }
    }

    func testEveryOutputIsInert() throws {
        let root = temporaryDirectory()
        XCTAssertEqual(runTool(["--data", root, "init", "--demo"]).status, 0)
        // Written straight into the file, as a hand edit or another program would, bypassing the model's cleaning.
        let path = root + "/units/tn-stc.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let escaped = String(data: try JSONSerialization.data(withJSONObject: [Self.hostile], options: []), encoding: .utf8)!
        text = text.replacingOccurrences(of: "\"Sở Tài chính\"", with: String(escaped.dropFirst().dropLast()))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let store = try Store(root: root, user: "t")
        XCTAssertEqual(try store.read(Unit.self, at: "units/tn-stc.json")?.value.name, Self.hostile, "the raw name is on disk")
        try store.save(AwardRecord(id: "hostile-1", year: 2025, nominee: NomineeRef(.unit, "tn-stc"), awardCode: "BK_TINH",
                                   decisionNumber: "9/QĐ-UBND", decisionDate: CivilDate(2025, 12, 1), source: .imported),
                       basedOn: nil, action: "test")

        var outputs: [(String, [String])] = []
        for format in ["text", "csv", "json"] {
            outputs.append(("list units \(format)", ["list", "units", "--format", format]))
            outputs.append(("list awards \(format)", ["list", "awards", "--year", "2025", "--format", format]))
        }
        for format in ["text", "csv", "html"] {
            outputs.append(("report summary \(format)", ["report", "summary", "--year", "2025", "--format", format]))
            outputs.append(("report awards \(format)", ["report", "awards", "--from", "2025", "--to", "2025", "--by", "unit", "--format", format == "html" ? "text" : format]))
        }
        outputs.append(("history", ["history", "--search", "tai chinh"]))
        outputs.append(("clusters", ["list", "clusters"]))
        for (name, args) in outputs {
            let r = runTool(["--data", root] + args)
            XCTAssertEqual(r.status, 0, "\(name): \(r.err)")
            assertInert(r.out, name)
            assertInert(r.err, name + " (errors)")
        }
        // The name is still recognisable, with the controls shown rather than sent.
        let list = runTool(["--data", root, "list", "units", "--search", "tai"]).out
        XCTAssertTrue(list.contains("Tài"), list)
    }
}
