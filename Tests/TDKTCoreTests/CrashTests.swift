import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

/// Writers are separate processes (tdkt-stress): killed with SIGKILL in the middle of their saves,
/// or racing each other on the same records. The figures are printed in the test output.
final class CrashTests: XCTestCase {
    func seed(_ root: String, ids: [String]) throws {
        DataDirectory.applyOfficeUmask()
        var seed = SeedRecords()
        seed.roles = ["stress": RoleAssignment(role: .clerk)]
        try DataInitializer.create(root: root, user: "seed", seed: seed)
        let store = try Store(root: root, user: "seed")
        try store.save(Unit(id: "u", name: "Đơn vị thử", kind: .other), basedOn: nil, action: "create")
        for id in ids { try store.save(Person(id: id, name: "Nguyễn Văn \(id)", unitId: "u"), basedOn: nil, action: "create") }
    }

    /// Parses the writer's lines: ACK and CONFLICT tokens by record.
    func tally(_ text: String, acks: inout [String: Set<String>], conflicts: inout [String: Set<String>]) {
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ").map(String.init)
            guard f.count == 3 else { continue }
            if f[0] == "ACK" { acks[f[1], default: []].insert(f[2]) }
            if f[0] == "CONFLICT" { conflicts[f[1], default: []].insert(f[2]) }
        }
    }

    func testWriterKilledAThousandTimesLosesNoReturnedSave() throws {
        let stress = try builtProduct("tdkt-stress")
        let root = temporaryDirectory()
        let ids = (0..<20).map { "p\($0)" }
        try seed(root, ids: ids)
        var acks: [String: Set<String>] = [:], ignored: [String: Set<String>] = [:]
        // At least 1,000 kills, and on until 100 saves have returned between kills (a loaded machine starts
        // the writers slowly), so that the loss count is measured on saves that did happen.
        var kills = 0
        var killedMidRun = 0
        var round = 0
        while round < 1_000 || (acks.values.map(\.count).reduce(0, +) <= 100 && round < 5_000) {
            defer { round += 1; kills += 1 }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: stress)
            p.arguments = [root, "k\(round)", "1000000", ids[round % ids.count]]
            let out = Pipe(); p.standardOutput = out
            try p.run()
            usleep(UInt32.random(in: 5_000...60_000))
            kill(p.processIdentifier, SIGKILL)
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal { killedMidRun += 1 }
            tally(text, acks: &acks, conflicts: &ignored)
        }
        let check = runTool(["--data", root, "check"])
        XCTAssertEqual(check.status, 0, check.out)
        let store = try Store(root: root, user: "check")
        var lost = 0
        for id in ids {
            let titles = Set(try XCTUnwrap(try store.read(Person.self, at: "people/\(id).json")).value.initiatives.map(\.title))
            lost += (acks[id] ?? []).subtracting(titles).count
        }
        // Every revision on disk has its one audit line (the lines travel in the commit's journal), and the
        // chain is intact (`tdkt check` above verifies it).
        let audited = Dictionary(grouping: AuditLog(store: store).entries(), by: \.record)
        var unaudited = 0
        for id in ids {
            let revision = try XCTUnwrap(try store.read(Person.self, at: "people/\(id).json")).revision
            let lines = (audited["people/\(id).json"] ?? []).compactMap(\.revision)
            XCTAssertEqual(lines.sorted(), Array(1...revision), "people/\(id).json: audit lines for revisions \(lines.sorted())")
            unaudited += Set(1...revision).subtracting(lines).count
        }
        let returned = acks.values.map(\.count).reduce(0, +)
        print("crash test: \(kills) writers killed with SIGKILL (\(killedMidRun) while running), \(returned) saves returned, \(lost) lost, \(unaudited) revisions without an audit line; tdkt check exit \(check.status)")
        XCTAssertEqual(killedMidRun, kills)
        XCTAssertGreaterThan(returned, 100, "the writers did get saves through between kills")
        XCTAssertEqual(lost, 0)
    }

    func testEightWritersFiveHundredEditsEachLoseNothing() throws {
        let stress = try builtProduct("tdkt-stress")
        let root = temporaryDirectory()
        let ids = ["p1", "p2", "p3"]
        try seed(root, ids: ids)
        let writers = (0..<8).map { n -> (Process, Pipe) in
            let p = Process(); p.executableURL = URL(fileURLWithPath: stress)
            p.arguments = [root, "w\(n)", "500"] + ids
            let out = Pipe(); p.standardOutput = out
            return (p, out)
        }
        for (p, _) in writers { try p.run() }
        var acks: [String: Set<String>] = [:], conflicts: [String: Set<String>] = [:]
        for (p, out) in writers {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, text)
            tally(text, acks: &acks, conflicts: &conflicts)
        }
        let acked = acks.values.map(\.count).reduce(0, +), refused = conflicts.values.map(\.count).reduce(0, +)
        let store = try Store(root: root, user: "check")
        var lost = 0, phantom = 0
        for id in ids {
            let titles = Set(try XCTUnwrap(try store.read(Person.self, at: "people/\(id).json")).value.initiatives.map(\.title))
            lost += (acks[id] ?? []).subtracting(titles).count
            phantom += titles.intersection(conflicts[id] ?? []).count
        }
        print("concurrency test: 8 writers × 500 edits = \(acked + refused) edits, \(acked) saved, \(refused) reported as conflicts, \(lost) lost updates, \(phantom) refused edits on disk")
        XCTAssertEqual(acked + refused, 4_000)
        XCTAssertEqual(lost, 0)
        XCTAssertEqual(phantom, 0)
        XCTAssertEqual(runTool(["--data", root, "check"]).status, 0)
    }
}
