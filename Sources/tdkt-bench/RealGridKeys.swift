import Foundation
import TDKTApp
import TDKTTestKit
import TerminalUI

/// The scoring grid of the largest cluster, in-process on the memory screen as `ProvinceScoring`'s rater
/// sees it (`--keys-real DIR`): the Enter that opens it from the round's menu, then `GridKeyPlan`'s
/// cursor moves and score edits, each the keys handled and the frame rendered and presented.
enum RealGridKeys {
    struct Figures { var open: [Double] = [], moves: [Double] = [], edits: [Double] = [] }

    /// Main menu → 2 clusters and scoring → 2 scoring rounds → Enter the round (the rater sees only its
    /// cluster's) → the first item, cross-scoring, is the timed Enter.
    static let toRoundMenu: [Key] = [.char("2"), .char("2"), .enter]

    @MainActor static func measure(root: String, opens: Int = 5) -> Figures? {
        let options = ShellOptions(dataDirectory: root, userLogin: ProvinceScoring.raterLogin, role: "reviewer", language: "vi")
        let screen = MemoryScreen(size: Size(width: 80, height: 24))
        var f = Figures()
        var app: Application!
        for _ in 0..<opens {
            app = makeShellApplication(options)
            for k in toRoundMenu { app.handle(k) }
            screen.present(app.render(size: screen.size), fullRedraw: true)
            f.open.append(Measure.seconds {
                app.handle(.enter)
                screen.present(app.render(size: screen.size), fullRedraw: false)
            })
        }
        guard GridPosition.hasRows(screen.text), let start = GridPosition(screen: screen.text) else { return nil }
        for step in GridKeyPlan.steps(rows: start.rows, columns: start.columns) {
            let t = Measure.seconds {
                for k in step.keys { app.handle(k) }
                screen.present(app.render(size: screen.size), fullRedraw: false)
            }
            if step.isEdit { f.edits.append(t) } else { f.moves.append(t) }
        }
        // Every edit taken: the cursor is back at the first criterion of the last unit.
        guard GridPosition(screen: screen.text) == GridPosition(row: start.rows, rows: start.rows, column: 1, columns: start.columns) else {
            say("  scoring grid: the keys did not end where expected:\n\(screen.text)")
            return nil
        }
        return f
    }
}
