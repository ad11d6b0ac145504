import Foundation
import XCTest
@testable import TerminalUI
import TDKTText

/// The real curses backend without a terminal: newterm on /dev/null with keys from a pipe,
/// the screen read back from curses' virtual screen (mvwinnwstr).
final class CursesBackendTests: XCTestCase {
    func testPresentsCellsAndDecodesKeys() throws {
        XCTAssertTrue(TerminalLocale.ensureUTF8CType())
        try MainActor.assumeIsolated {
            var fds: [Int32] = [0, 0]
            XCTAssertEqual(pipe(&fds), 0)
            guard let input = fdopen(fds[0], "r"), let output = fopen("/dev/null", "w") else { return XCTFail("streams") }
            let term = try CursesTerminal(terminalType: "xterm-256color", input: input, output: output)
            defer {
                term.stop()
                fclose(input)
                fclose(output)
                close(fds[1])
            }
            XCTAssertEqual(term.size, Size(width: 80, height: 24))

            var frame = Frame(size: term.size)
            frame.box(Rect(x: 0, y: 0, width: 30, height: 3), style: .border)
            frame.put("Điểm: Nguyễn Văn Ệ 漢字|", x: 1, y: 1, style: .selection)
            frame.put("Trần Thị Bích".decomposedStringWithCanonicalMapping + "|", x: 0, y: 5)
            frame.put("A\u{1B}[2JB", x: 0, y: 6)
            term.present(frame, fullRedraw: false)
            let rows = term.virtualScreenRows()
            XCTAssertTrue(rows[1].hasPrefix("│Điểm: Nguyễn Văn Ệ 漢字|"), rows[1])
            XCTAssertTrue(rows[0].hasPrefix("┌────"), rows[0])
            XCTAssertTrue(rows[5].hasPrefix("Trần Thị Bích|"), rows[5])
            XCTAssertTrue(rows[6].hasPrefix("A\u{FFFD}[2JB"), rows[6])

            // Keys as a terminal sends them (xterm-256color in keypad mode).
            let bytes = Array("ệ\u{1B}OB\u{1B}[11~\u{1B}[200~a\rb\u{1B}[201~\u{7F}\u{1B}[Z".utf8)
            XCTAssertEqual(write(fds[1], bytes, bytes.count), bytes.count)
            var keys: [Key] = []
            while keys.count < 6 {
                guard case .keys(let k) = term.readBatch() else { return XCTFail("no keys") }
                keys += k
            }
            XCTAssertEqual(keys, [.char("ệ"), .down, .function(1), .paste("a\rb"), .backspace, .backTab])
        }
    }
}
