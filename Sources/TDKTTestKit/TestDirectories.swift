import Foundation
import TDKTCore
import TDKTDemo

/// Temporary folders for tests, removed when the test process ends.
public enum TestDirectories {
    nonisolated(unsafe) private static var made: [String] = []
    private static let lock = NSLock()
    private static let cleanup: Void = { atexit { TestDirectories.removeAll() } }()

    /// A new empty folder named after the test.
    public static func make(_ name: String) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "tdkt-test-\(safe)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        remember(path)
        return path
    }

    /// A unique path, not created, removed with the rest when the process ends.
    public static func path(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        remember(path)
        return path
    }

    static func remember(_ path: String) {
        _ = cleanup
        lock.lock(); made.append(path); lock.unlock()
    }

    static func removeAll() {
        lock.lock(); let paths = made; made = []; lock.unlock()
        for p in paths { try? FileManager.default.removeItem(atPath: p) }
    }
}

/// The demo data directory, built once per test process and login (without fsync) and copied for each test,
/// so a test starts from the same data as `tdkt init --demo` without building it again.
public enum DemoFixture {
    nonisolated(unsafe) private static var templates: [String: String] = [:]
    private static let lock = NSLock()

    /// Puts a copy of the demo directory, created by `user` (its administrator), at `root`. Without `workSamples`,
    /// the demo lacks its 2025 proposals in every state, their decision and registrations (`DemoData.workSamples`):
    /// for tests of the proposal screens that count on lists holding only what they create.
    public static func make(root: String, user: String, workSamples: Bool = true) throws {
        let template = try self.template(user: user, workSamples: workSamples)
        let fm = FileManager.default
        if fm.fileExists(atPath: root) {
            // An empty folder made for the test: copy the template's contents into it.
            for name in try fm.contentsOfDirectory(atPath: template) {
                try fm.copyItem(atPath: template + "/" + name, toPath: root + "/" + name)
            }
        } else {
            try fm.copyItem(atPath: template, toPath: root)
        }
    }

    private static func template(user: String, workSamples: Bool) throws -> String {
        lock.lock(); defer { lock.unlock() }
        let key = user + (workSamples ? "" : "-baseline")
        if let t = templates[key] { return t }
        let path = NSTemporaryDirectory() + "tdkt-demo-template-\(getpid())-\(key.filter { $0.isLetter || $0.isNumber })"
        try? FileManager.default.removeItem(atPath: path)
        try DataInitializer.create(root: path, user: user, seed: DemoData.seed(workSamples: workSamples), durable: false)
        TestDirectories.remember(path)
        templates[key] = path
        return path
    }
}
