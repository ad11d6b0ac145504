import Foundation
import TDKTCore

// Usage: tdkt-stress DATA_DIR WRITER_NAME EDITS RECORD_ID [RECORD_ID...]
// Each edit reads a person record, appends an initiative titled "<writer>-<n>" and saves it at the
// revision it read, through the same domain operation as the screens (as the login "stress", a clerk). Prints "ACK <token>" after a save returned, "CONFLICT <token>" when the store
// refused it; the tests compare these lines with what is on disk.
let args = CommandLine.arguments
guard args.count >= 5, let edits = Int(args[3]) else {
    FileHandle.standardError.write(Data("usage: tdkt-stress DATA_DIR WRITER EDITS RECORD_ID...\n".utf8))
    exit(2)
}
/// Unbuffered, so a line printed before a SIGKILL is not lost.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
let workspace = try Workspace(root: args[1], user: "stress")
let records = Array(args[4...])
for n in 0..<edits {
    let id = records[n % records.count]
    let token = "\(args[2])-\(n)"
    do {
        workspace.reload()
        guard var stored = workspace.people[id] else {
            say("MISSING \(id)"); exit(1)
        }
        stored.value.initiatives.append(Initiative(year: 2025, title: token, scope: .base))
        try workspace.savePerson(stored.value, basedOn: stored.revision)
        say("ACK \(id) \(token)")
    } catch let e as StoreError {
        if case .conflict = e { say("CONFLICT \(id) \(token)") } else { say("ERROR \(e.message(.en))"); exit(1) }
    } catch {
        say("ERROR \(error)"); exit(1)
    }
}
