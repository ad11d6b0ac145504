import Foundation
import TDKTText

/// Sends a PDF (or plain text) to a printer with CUPS's `lp` (or BSD `lpr` where there is no `lp`), run
/// directly with an argument vector — never through a shell, never a command taken from the configuration.
/// The printer and copies come from the office's settings or the command line.
public enum ReportPrinter {
    /// What the print command said on success ("request id is office-12 (1 file(s))").
    public struct Receipt: Sendable, Equatable {
        public var output: String
        public var program: String
        public init(output: String, program: String) { self.output = output; self.program = program }
    }

    public struct Options: Sendable, Equatable {
        /// The queue; nil: the system's default destination.
        public var printer: String?
        public var copies: Int
        /// The job's title as the queue lists it.
        public var title: String

        public init(printer: String? = nil, copies: Int = 1, title: String = "tdkt") {
            self.printer = printer; self.copies = max(1, copies); self.title = title
        }
    }

    /// Finds a program by name on PATH.
    public static func resolve(_ program: String, environment: [String: String]) -> String? {
        let fm = FileManager.default
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

    /// The program and its arguments for a file: `lp [-d P] -n N -t TITLE -o media=A4 -- FILE`, or the `lpr`
    /// equivalent. The documents are A4: without `media=A4` a queue set to Letter would shrink them.
    public static func arguments(program: String, options: Options, file: String) -> [String] {
        let title = TextNormalization.clean(options.title)
        if (program as NSString).lastPathComponent == "lpr" {
            return (options.printer.map { ["-P", $0] } ?? []) + ["-#", String(options.copies), "-T", title, "-o", "media=A4", "--", file]
        }
        return (options.printer.map { ["-d", $0] } ?? []) + ["-n", String(options.copies), "-t", title, "-o", "media=A4", "--", file]
    }

    /// A printer name as CUPS allows it: printable, no spaces, slashes or '#', not starting with '-'.
    public static func validPrinterName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 127 && !name.hasPrefix("-")
            && name.unicodeScalars.allSatisfy { $0.value > 32 && $0.value < 127 && $0 != "/" && $0 != "#" && $0 != "\\" }
    }

    /// Prints as the clerk: here, or — when the program runs in the server — by the clerk's own process.
    @discardableResult
    public static func print(_ data: Data, fileName: String, options: Options,
                             environment: [String: String] = ProcessInfo.processInfo.environment,
                             timeout: TimeInterval = 60) throws -> Receipt {
        let access = ClerkFiles.access
        if access is LocalClerkFiles { return try printHere(data, fileName: fileName, options: options, environment: environment, timeout: timeout) }
        return try access.print(data, fileName: fileName, options: options)
    }

    /// Runs `lp`/`lpr` in this process.
    @discardableResult
    public static func printHere(_ data: Data, fileName: String, options: Options,
                                 environment: [String: String] = ProcessInfo.processInfo.environment,
                                 timeout: TimeInterval = 60) throws -> Receipt {
        let noPrinter = Localized(vi: "không có máy in nào trả lời", en: "no printer answers")
        if let p = options.printer, !validPrinterName(p) {
            throw ReportError(vi: "tên máy in không hợp lệ: '\(TextNormalization.clean(p))'",
                              en: "not a valid printer name: '\(TextNormalization.clean(p))'")
        }
        guard let executable = resolve("lp", environment: environment) ?? resolve("lpr", environment: environment) else {
            throw ReportError(vi: "không tìm thấy lệnh in lp hay lpr (cài gói cups-client); \(noPrinter.vi)",
                              en: "neither lp nor lpr found (install cups-client); \(noPrinter.en)")
        }
        let program = (executable as NSString).lastPathComponent
        let fm = FileManager.default
        let dir = NSTemporaryDirectory() + "tdkt-print-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fm.removeItem(atPath: dir) }
        let file = dir + "/" + fileName.filter { $0 != "/" }, outFile = dir + "/out", errFile = dir + "/err"
        try data.write(to: URL(fileURLWithPath: file))
        _ = fm.createFile(atPath: outFile, contents: nil)
        _ = fm.createFile(atPath: errFile, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments(program: program, options: options, file: file)
        process.environment = environment
        // Files rather than pipes: nothing can block, and an early exit cannot raise SIGPIPE here.
        guard let input = FileHandle(forReadingAtPath: "/dev/null"),
              let out = FileHandle(forWritingAtPath: outFile), let err = FileHandle(forWritingAtPath: errFile) else {
            throw ReportError(vi: "không tạo được tệp tạm để in", en: "cannot create the temporary files for printing")
        }
        defer { try? input.close(); try? out.close(); try? err.close() }
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw ReportError(vi: "không chạy được '\(program)': \(error.localizedDescription); \(noPrinter.vi)",
                              en: "cannot run '\(program)': \(error.localizedDescription); \(noPrinter.en)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw ReportError(vi: "'\(program)' không xong sau \(Int(timeout)) giây; \(noPrinter.vi)",
                                  en: "'\(program)' did not finish in \(Int(timeout)) s; \(noPrinter.en)")
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
            let hint = options.printer == nil
                ? Localized(vi: " (chưa chọn máy in: tdkt settings set printer TÊN, hoặc --printer)",
                            en: " (no printer chosen: tdkt settings set printer NAME, or --printer)")
                : Localized(vi: "", en: "")
            throw ReportError(vi: "'\(program)' thất bại (mã \(process.terminationStatus))\(suffix); \(noPrinter.vi)\(hint.vi)",
                              en: "'\(program)' failed (status \(process.terminationStatus))\(suffix); \(noPrinter.en)\(hint.en)")
        }
        return Receipt(output: said(outFile), program: program)
    }
}
