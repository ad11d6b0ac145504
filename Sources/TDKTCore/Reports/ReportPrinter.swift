import Foundation
import TDKTText

/// Sends a report to the office printer with the configured command (OfficeConfig.printCommand, ["lp"] by
/// default), run directly, never through a shell. An argument "{file}" is replaced by the path of a
/// temporary file holding the text; without one the text is given on standard input.
public enum ReportPrinter {
    public static let filePlaceholder = "{file}"

    /// What the print command said on success ("request id is office-12").
    public struct Receipt: Sendable, Equatable {
        public var output: String
    }

    /// Finds a program by name on PATH, or checks a path given with "/".
    public static func resolve(_ program: String, environment: [String: String]) -> String? {
        let fm = FileManager.default
        if program.contains("/") { return fm.isExecutableFile(atPath: program) ? program : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(program)"
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    @discardableResult
    public static func print(_ text: String, command: [String],
                             environment: [String: String] = ProcessInfo.processInfo.environment,
                             timeout: TimeInterval = 60) throws -> Receipt {
        let noPrinter = Localized(vi: "không có máy in nào trả lời", en: "no printer answers")
        guard let program = command.first, !program.isEmpty else {
            throw ReportError(vi: "chưa cấu hình lệnh in (printCommand trong config.json); \(noPrinter.vi)",
                              en: "no print command configured (printCommand in config.json); \(noPrinter.en)")
        }
        guard let executable = resolve(program, environment: environment) else {
            throw ReportError(vi: "không tìm thấy lệnh in '\(program)'; \(noPrinter.vi). Kiểm tra printCommand trong config.json.",
                              en: "print command '\(program)' not found; \(noPrinter.en). Check printCommand in config.json.")
        }
        let fm = FileManager.default
        let dir = NSTemporaryDirectory() + "tdkt-print-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fm.removeItem(atPath: dir) }
        let textFile = dir + "/bao-cao.txt", outFile = dir + "/out", errFile = dir + "/err"
        try Data(text.utf8).write(to: URL(fileURLWithPath: textFile))
        _ = fm.createFile(atPath: outFile, contents: nil)
        _ = fm.createFile(atPath: errFile, contents: nil)

        let usesFile = command.dropFirst().contains(filePlaceholder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = command.dropFirst().map { $0 == filePlaceholder ? textFile : $0 }
        process.environment = environment
        // Files rather than pipes: nothing can block, and an early exit cannot raise SIGPIPE here.
        guard let input = FileHandle(forReadingAtPath: usesFile ? "/dev/null" : textFile),
              let out = FileHandle(forWritingAtPath: outFile), let err = FileHandle(forWritingAtPath: errFile) else {
            throw ReportError(vi: "không tạo được tệp tạm để in", en: "cannot create the temporary files for printing")
        }
        defer { try? input.close(); try? out.close(); try? err.close() }
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw ReportError(vi: "không chạy được lệnh in '\(program)': \(error.localizedDescription); \(noPrinter.vi)",
                              en: "cannot run the print command '\(program)': \(error.localizedDescription); \(noPrinter.en)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw ReportError(vi: "lệnh in '\(program)' không xong sau \(Int(timeout)) giây; \(noPrinter.vi)",
                                  en: "the print command '\(program)' did not finish in \(Int(timeout)) s; \(noPrinter.en)")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        let said = { (path: String) in
            TextNormalization.clean(String(decoding: fm.contents(atPath: path) ?? Data(), as: UTF8.self))
                .trimmingCharacters(in: .whitespaces)
        }
        if process.terminationReason != .exit || process.terminationStatus != 0 {
            let detail = said(errFile)
            let suffix = detail.isEmpty ? "" : ": \(DisplayWidth.truncate(detail, to: 200))"
            throw ReportError(vi: "lệnh in '\(program)' thất bại (mã \(process.terminationStatus))\(suffix); \(noPrinter.vi)",
                              en: "the print command '\(program)' failed (status \(process.terminationStatus))\(suffix); \(noPrinter.en)")
        }
        return Receipt(output: said(outFile))
    }
}
