import XCTest
@testable import TDKTCore

/// Writers are separate processes killed with SIGKILL in the middle of their saves.
final class CrashTests: XCTestCase {
    func seed(_ root: String, ids: [String]) throws {
        let store = try Store(root: root, user: "seed")
        for id in ids { try store.save(Person(id: id, name: "Nguyễn Văn \(id)", unitId: "u"), basedOn: nil, action: "create") }
    }

    func testKilledWriterLeavesOldOrNewFileNeverABrokenOne() throws {
        let stress = try builtProduct("tdkt-stress")
        let root = temporaryDirectory()
        try seed(root, ids: ["p1"])
        var acknowledged: [String] = []
        for round in 0..<25 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: stress)
            p.arguments = [root, "w\(round)", "100000", "p1"]
            let out = Pipe(); p.standardOutput = out
            try p.run()
            usleep(UInt32.random(in: 2_000...40_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationReason, .uncaughtSignal)
            let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
            acknowledged += lines.filter { $0.hasPrefix("ACK") }.map { String($0.split(separator: " ")[2]) }
            // The file always parses, and holds every edit whose save returned.
            let store = try Store(root: root, user: "check")
            let person = try XCTUnwrap(try store.read(Person.self, at: "people/p1.json"))
            let titles = Set(person.value.initiatives.map(\.title))
            XCTAssertTrue(acknowledged.allSatisfy(titles.contains), "round \(round): an acknowledged save is missing")
        }
        XCTAssertGreaterThan(acknowledged.count, 0)
    }

    func testConcurrentWritersLoseNoAcknowledgedEdit() throws {
        let stress = try builtProduct("tdkt-stress")
        let root = temporaryDirectory()
        let ids = ["p1", "p2", "p3"]
        try seed(root, ids: ids)
        let writers = (0..<4).map { n -> (Process, Pipe) in
            let p = Process(); p.executableURL = URL(fileURLWithPath: stress)
            p.arguments = [root, "w\(n)", "60"] + ids
            let out = Pipe(); p.standardOutput = out
            return (p, out)
        }
        for (p, _) in writers { try p.run() }
        var acks = 0, conflicts = 0
        var expected: [String: Set<String>] = [:]
        var refused: [String: Set<String>] = [:]
        for (p, out) in writers {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, text)
            for line in text.split(separator: "\n") {
                let f = line.split(separator: " ").map(String.init)
                if f[0] == "ACK" { acks += 1; expected[f[1], default: []].insert(f[2]) }
                if f[0] == "CONFLICT" { conflicts += 1; refused[f[1], default: []].insert(f[2]) }
            }
        }
        XCTAssertEqual(acks + conflicts, 240)
        let store = try Store(root: root, user: "check")
        for id in ids {
            let titles = Set(try XCTUnwrap(try store.read(Person.self, at: "people/\(id).json")).value.initiatives.map(\.title))
            XCTAssertEqual(titles, expected[id] ?? [], "\(id): acknowledged edits are exactly what is on disk")
            XCTAssertTrue(titles.isDisjoint(with: refused[id] ?? []))
        }
    }
}
