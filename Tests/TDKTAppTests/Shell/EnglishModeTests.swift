import Foundation
import XCTest
import TDKTText
import TDKTTestKit
@testable import TDKTApp
import TDKTCore
import TerminalUI

/// English mode is complete: every screen of the shell on the demo data, and what Enter, F9, F1 and a
/// screen's first keys open from it, drawn at 80x24 in English, shows no Vietnamese word that is not the
/// records' own text (names, achievements, decision numbers, legal bases). Documents (the preview of a
/// report or decision) are Vietnamese by law and are not checked.
final class EnglishModeTests: XCTestCase {
    private var root: String!

    override func setUpWithError() throws {
        root = TestDirectories.path("tdkt-english")
        try DemoFixture.make(root: root, user: "khoa")
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    /// The keys tried on every screen, each sequence from the screen freshly opened (nothing is saved: no F2
    /// or F8, except F2 on the report's period form, which makes the report to look at, not a record).
    private static let walks: [[Key]] = [
        [], [.function(1)], [.function(9)], [.enter], [.enter, .function(9)], [.enter, .function(1)], [.enter, .enter],
        [.enter, .char("1")], [.enter, .char("2")], [.down, .enter], [.down, .down, .enter], [.function(7)], [.tab],
        [.enter, .enter, .enter], [.enter, .char("1"), .enter],
    ] + (1...8).flatMap { n -> [[Key]] in
        // Each action of the screen's F9 menu, and of what Enter opens.
        let digit = Key.char(Character(String(n)))
        return [[.function(9), digit], [.enter, .function(9), digit], [.enter, .char("1"), .function(9), digit]]
    }
    private static let reportWalks: [[Key]] = [
        [.enter, .function(2), .char("s")], [.enter, .function(2), .char("s"), .enter],
        [.enter, .function(2), .char("s"), .down, .down, .down, .enter], [.down, .enter, .function(2), .char("s")],
    ]

    func testEveryScreenAClerkReachesIsInEnglish() throws {
        try walkEveryScreen(as: "khoa", role: "administrator")
    }

    /// The reviewer's screens: the scoring grid of the round they score, their self-score, the result.
    func testTheReviewersScreensAreInEnglish() throws {
        try walkEveryScreen(as: "chamdiem", role: "reviewer")
    }

    /// The unit officer's screens: the proposals of their unit, registrations.
    func testTheUnitOfficersScreensAreInEnglish() throws {
        try walkEveryScreen(as: "donvi", role: "unitOfficer")
    }

    private func walkEveryScreen(as login: String, role: String) throws {
        let options = ShellOptions(dataDirectory: root, userLogin: login, role: role, language: "en")
        let ws = try Workspace(root: root, user: login)
        let context = ShellContext(options: options, language: .en, drafts: DraftStore(dataDirectory: root, login: login), workspace: ws)
        var ownText = try Self.recordWords(root)
        // What the office's documents print by default (recipients, signature) is the documents' own Vietnamese text.
        let frame = DocumentFrame.standard(config: ws.config, date: nil, year: 2025)
        for line in frame.recipients + frame.signature { for w in Self.words(line) { ownText.insert(w.lowercased()) } }
        var found: Set<String> = []
        var screensSeen = 0
        for entry in ScreenRegistry.standard().screens where entry.isAvailable(context) {
            for walk in Self.walks + (entry.id == "reports" ? Self.reportWalks : []) {
                let app = makeShellApplication(options)
                app.push(entry.makeView(context))
                for key in walk where app.isRunning { app.handle(key) }
                if app.stack.contains(where: { $0 is ReportPreviewView }) { continue }
                screensSeen += 1
                let text = app.render(size: Size(width: 80, height: 24)).text
                if let top = app.top {
                    for cut in Self.cutLabels(top) { found.insert("\(entry.id) \(walk.map(\.label)): cut «\(cut)»") }
                }
                for line in text.split(separator: "\n") {
                    for word in Self.words(String(line)) where Self.isVietnamese(word) && !Self.isOwn(word, ownText) {
                        found.insert("\(entry.id) \(walk.map(\.label)): «\(word)» in «\(line.trimmingCharacters(in: .whitespaces))»")
                    }
                }
            }
        }
        XCTAssertGreaterThan(screensSeen, 50)
        XCTAssertEqual(found.sorted(), [], "Vietnamese left in English mode:\n" + found.sorted().joined(separator: "\n"))
    }

    func testTheWalkFindsVietnameseChrome() {
        // The check itself: a Vietnamese label is caught, a name and the currency are not.
        XCTAssertTrue(Self.isVietnamese("Trạng"))
        XCTAssertFalse(Self.isVietnamese("Status"))
        XCTAssertFalse(Self.isVietnamese("đ"))
        XCTAssertEqual(Self.words("▶Nông Thanh Đào  1.420.000 đ"), ["Nông", "Thanh", "Đào", "đ"])
    }

    /// Labels a view cuts at 80 columns: a form's field labels (FormView gives them 28 columns at most) and
    /// list column headings wider than their column. Views holding a form or list are looked into.
    static func cutLabels(_ view: View) -> [String] {
        var parts: [Any] = [view]
        parts += Mirror(reflecting: view).children.map(\.value)
        var out: [String] = []
        for part in parts {
            if let form = part as? FormView {
                out += form.fields.map(\.label).filter { DisplayWidth.of($0) + 1 > 28 }
            }
            if let list = part as? ListView {
                let widths = list.columnWidths(80 - 2 - (list.allowsMarking ? 4 : 0))
                for (c, w) in zip(list.columns, widths) where DisplayWidth.of(c.title) > w { out.append(c.title) }
            }
        }
        return out
    }

    /// A word of the records' text, or the start or end of one (a name cut with "…" at a column's end,
    /// or cut by a menu drawn over it).
    static func isOwn(_ word: String, _ own: Set<String>) -> Bool {
        let w = word.lowercased()
        return own.contains(w) || own.contains { $0.hasPrefix(w) || $0.hasSuffix(w) }
    }

    /// Letters, with their marks, between anything else.
    static func words(_ line: String) -> [String] {
        var out: [String] = [], current = ""
        for ch in line {
            if ch.isLetter { current.append(ch) } else if !current.isEmpty { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A word with a Vietnamese letter (a mark, or đ), the currency sign "đ" and "đồng" aside.
    static func isVietnamese(_ word: String) -> Bool {
        if ["đ", "đồng"].contains(word) { return false }
        return word.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic || (0x300...0x36F).contains($0.value) }
    }

    /// Every word of the records' own text in the data directory: all strings of its records and settings,
    /// and the legal bases of the catalogue (its award names are not: English mode shows their English names).
    static func recordWords(_ root: String) throws -> Set<String> {
        var words: Set<String> = []
        func collect(_ value: Any, key: String?, catalogue: Bool) {
            switch value {
            case let s as String:
                if !catalogue || key == "legalBasis" { for w in Self.words(s) { words.insert(w.lowercased()) } }
            case let a as [Any]: for v in a { collect(v, key: key, catalogue: catalogue) }
            case let d as [String: Any]: for (k, v) in d { collect(v, key: k, catalogue: catalogue) }
            default: break
            }
        }
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") } ?? []
        for file in files {
            guard let data = FileManager.default.contents(atPath: root + "/" + file),
                  let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            collect(json, key: nil, catalogue: file.hasPrefix("catalogue/"))
        }
        return words
    }
}
