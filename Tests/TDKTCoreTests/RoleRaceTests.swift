import Foundation
import XCTest
@testable import TDKTCore
import TDKTText
import TDKTTestKit

/// Roles are changed from the configuration on disk under the store's lock: processes racing to set and
/// remove roles lose nothing.
final class RoleRaceTests: XCTestCase {
    func run(_ tdkt: String, _ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tdkt)
        p.arguments = args
        p.environment = ["LANG": "C.UTF-8", "USER": "admin", "LOGNAME": "admin"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    func testConcurrentSetsAndRemovesLoseNothing() throws {
        let tdkt = try builtProduct("tdkt")
        let root = temporaryDirectory()
        try DataInitializer.create(root: root, user: DataDirectory.currentLogin(), durable: false)
        let ws = try Workspace(root: root, user: DataDirectory.currentLogin())
        for i in 0..<20 { try ws.setRole(RoleAssignment(role: .viewer), for: "cu\(i)") }
        // 100 processes, 20 at a time: 80 set a new login's role, 20 remove an old one.
        var statuses: [Int32] = []
        for batch in 0..<5 {
            var running: [Process] = []
            for j in 0..<20 {
                let n = batch * 20 + j
                let args = n % 5 == 0 ? ["--data", root, "roles", "remove", "cu\(n / 5)"]
                                      : ["--data", root, "roles", "set", "moi\(n)", "clerk"]
                running.append(try run(tdkt, args))
            }
            for p in running { p.waitUntilExit(); statuses.append(p.terminationStatus) }
        }
        XCTAssertEqual(statuses.filter { $0 != 0 }, [], "every change reported as saved")
        let roles = try Workspace(root: root, user: DataDirectory.currentLogin()).config.roles
        let added = (0..<100).filter { $0 % 5 != 0 }.filter { roles["moi\($0)"]?.role == .clerk }
        let removed = (0..<20).filter { roles["cu\($0)"] == nil }
        print("role race: 100 concurrent changes, \(added.count)/80 roles set present, \(removed.count)/20 removals kept")
        XCTAssertEqual(added.count, 80)
        XCTAssertEqual(removed.count, 20)
        XCTAssertEqual(AuditLog(store: try Store(root: root, user: "check")).entries().filter { $0.action.hasPrefix("roles.") }.count, 120)
    }
}
