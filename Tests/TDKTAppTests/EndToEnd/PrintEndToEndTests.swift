import Foundation
import XCTest

/// Printing for real: the summary, previewed in the built binary in tmux at 80x24, printed with F7 to a CUPS
/// queue whose device is a file, through CUPS's PDF filter (cups-filters' Generic PDF printer). The test sets
/// CUPS up itself — "FileDevice Yes" in cups-files.conf, cupsd started when none runs, a queue of its own —
/// so it needs root: it runs only when TDKT_ROOT_TESTS=1 (as .ci/run sets it) and is skipped otherwise.
final class PrintEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var base: String!
    private var outputFolder: String!
    private var queue: String!
    /// The cupsd this test started (nil when one was already running).
    private var cupsd: Process?

    static let filesConf = "/etc/cups/cups-files.conf"
    /// cups-filters' PDF printer: its filter (pdftopdf) passes the PDF on, fonts and text intact.
    static let ppd = "/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd"

    override func setUpWithError() throws {
        try RootTests.require("configures CUPS, starts cupsd and prints through a queue of its own")
        for tool in ["/usr/sbin/cupsd", "/usr/sbin/lpadmin", "/usr/bin/lpstat", "/usr/bin/lp", "/usr/bin/pdftotext", "/usr/bin/pdfinfo", Self.ppd]
        where !FileManager.default.fileExists(atPath: tool) {
            XCTFail("\(tool) is missing; .ci/run installs cups, cups-client, cups-filters and poppler-utils")
            throw StopTest()
        }
        try startCups()
        base = NSTemporaryDirectory() + "tdkt-e2e-print-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        // CUPS writes the file as its own user: a sticky folder anyone may write.
        outputFolder = "/var/tmp/tdkt-cups-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        chmod(outputFolder, 0o1777)
        queue = "tdkt-e2e-" + String(UUID().uuidString.prefix(8)).lowercased()
        let added = spawnAndWait("/usr/sbin/lpadmin", ["-p", queue, "-E", "-v", "file://\(outputFolder!)/out.pdf", "-P", Self.ppd],
                                 environment: ["LANG": "C"])
        XCTAssertEqual(added.status, 0, "lpadmin: \(added.output)")
        tmux = try Tmux()
    }

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        if let queue { _ = spawnAndWait("/usr/sbin/lpadmin", ["-x", queue], environment: [:]) }
        if let outputFolder { try? FileManager.default.removeItem(atPath: outputFolder) }
        if let base { try? FileManager.default.removeItem(atPath: base) }
        if let p = cupsd, p.isRunning {
            p.terminate()
            p.waitUntilExit()
        }
    }

    private func schedulerRunning() -> Bool {
        spawnAndWait("/usr/bin/lpstat", ["-r"], environment: ["LANG": "C"]).output.contains("scheduler is running")
    }

    /// Allows file: devices, and starts cupsd in the foreground as this test's child when none runs.
    private func startCups() throws {
        let conf = (try? String(contentsOfFile: Self.filesConf, encoding: .utf8)) ?? ""
        let allowsFiles = conf.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "FileDevice Yes" }
        if !allowsFiles {
            guard !schedulerRunning() else {
                XCTFail("cupsd runs without \"FileDevice Yes\" in \(Self.filesConf); add it and restart cupsd")
                throw StopTest()
            }
            try (conf + (conf.hasSuffix("\n") || conf.isEmpty ? "" : "\n") + "FileDevice Yes\n")
                .write(toFile: Self.filesConf, atomically: true, encoding: .utf8)
        }
        guard !schedulerRunning() else { return }
        try? FileManager.default.createDirectory(atPath: "/run/cups", withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/sbin/cupsd")
        p.arguments = ["-f"]
        p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        cupsd = p
        let deadline = Date().addingTimeInterval(15)
        while !schedulerRunning() {
            guard Date() < deadline, p.isRunning else {
                XCTFail("cupsd did not start")
                throw StopTest()
            }
            usleep(100_000)
        }
    }

    func testF7PrintsTheSummaryAsPDFToTheQueueOfTheSettings() throws {
        let binary = try requireBinary()
        let data = base + "/data"
        let env = ["LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin"]
        XCTAssertEqual(spawnAndWait(binary, ["--data", data, "init", "--demo"], environment: env).status, 0)
        let set = spawnAndWait(binary, ["--data", data, "settings", "set", "printer", queue], environment: env)
        XCTAssertEqual(set.status, 0, set.output)
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 LC_ALL= NO_COLOR= XDG_STATE_HOME=\(shellQuote(base + "/state")) "
            + "\(shellQuote(binary)) --data \(shellQuote(data))")
        tmux.waitFor("Cài đặt")
        tmux.send("6")
        tmux.waitFor("Chọn báo cáo")             // the section's one screen opens at once
        tmux.send("Enter")
        tmux.waitFor("Từ năm")
        tmux.send("C-u"); tmux.type("2025")
        tmux.send("Tab"); tmux.send("C-u"); tmux.type("2025")
        tmux.send("Enter")
        tmux.waitFor("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        // The page count shows once the pages after the first are laid out (between keys).
        let preview = tmux.waitFor { $0.range(of: #"Trang 1/\d+"#, options: .regularExpression) != nil }.screen
        let pages = try XCTUnwrap(preview.range(of: #"Trang 1/(\d+)"#, options: .regularExpression).map { Int(preview[$0].dropFirst(8))! },
                                  preview)
        tmux.send("p")                           // print, also in the F9 menu
        tmux.waitFor("«\(queue!)»")
        tmux.send("Enter")
        tmux.waitFor("Đã gửi báo cáo tới máy in", timeout: 30)

        let printed = outputFolder + "/out.pdf"
        let deadline = Date().addingTimeInterval(60)
        var size = -1
        // The job is done when the file stops growing and reads as a PDF.
        while Date() < deadline {
            let now = (try? FileManager.default.attributesOfItem(atPath: printed)[.size] as? Int) ?? -1
            if now > 0 && now == size && spawnAndWait("/usr/bin/pdfinfo", [printed], environment: env).status == 0 { break }
            size = now
            sleep(1)
        }
        let info = spawnAndWait("/usr/bin/pdfinfo", [printed], environment: env)
        XCTAssertEqual(info.status, 0, "no PDF from the queue: \(info.output)")
        XCTAssertTrue(info.output.contains("595 x 842 pts (A4)"), info.output)
        XCTAssertNotNil(info.output.range(of: #"Pages:\s+\#(pages)\n"#, options: .regularExpression), info.output)
        let text = spawnAndWait("/usr/bin/pdftotext", ["-enc", "UTF-8", printed, "-"], environment: env).output
        for needle in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                       "Tổng kết công tác thi đua, khen thưởng năm 2025", "Nơi nhận:"] {
            XCTAssertTrue(text.contains(needle), "«\(needle)» not in the printed PDF:\n\(text.prefix(600))")
        }
        tmux.send("F10")
    }
}
