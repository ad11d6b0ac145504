import Foundation
import TDKTApp
import TDKTCore
import TerminalUI

/// Keys inside the program's real screens on the province data, in-process on the memory screen: each
/// step is the key handled and the frame rendered and presented, as the terminal loop does (`--keys-real DIR`).
enum RealKeys {
    /// `limit`: the p99 target (a key inside a screen: 16 ms; opening the grid: 50 ms).
    struct Figure { var name: String; var times: [Double]; var limit = 0.016 }

    @MainActor static func measure(root: String) -> [Figure] {
        let options = ShellOptions(dataDirectory: root, userLogin: NSUserName(), role: "administrator", language: "vi")
        let screen = MemoryScreen(size: Size(width: 80, height: 24))
        var out: [Figure] = []
        /// A fresh shell, the keys to open a screen (untimed), then the timed steps.
        func run(_ name: String, open: [Key], steps: [[Key]]) {
            let app = makeShellApplication(options)
            for k in open { app.handle(k) }
            screen.present(app.render(size: screen.size), fullRedraw: true)
            out.append(Figure(name: name, times: Interactive.drive(app, screen, steps)))
        }
        let letters: (String) -> [[Key]] = { word in [[.char("/")]] + word.map { [Key.char($0)] } + [[.enter]] }
        run("key: proposals list, move down", open: [.char("3"), .enter], steps: Array(repeating: [.down], count: 500))
        run("key: proposals list, next state tab", open: [.char("3"), .enter], steps: Array(repeating: [.right], count: 18))
        run("key: proposals list, search letter", open: [.char("3"), .enter],
            steps: ["bui thanh", "nguyen van", "tran thi"].flatMap(letters))
        run("key: history lookup, typing", open: [.char("4"), .enter], steps: "nguyen van khoa".map { [Key.char($0)] })
        run("key: unit tree, move down", open: [.char("5"), .enter], steps: Array(repeating: [.down], count: 300))
        run("key: unit tree, search letter", open: [.char("5"), .enter],
            steps: ["tan cuong", "phu binh", "hoi nong dan"].flatMap(letters))
        run("key: people, move down", open: [.char("5"), .char("2")], steps: Array(repeating: [.down], count: 300))
        run("key: people, search letter", open: [.char("5"), .char("2")], steps: ["nguyen van khoa", "tran thi lan"].flatMap(letters))
        run("key: report preview, page down", open: [.char("6"), .enter, .enter, .function(2)], steps: Array(repeating: [.pageDown], count: 100))
        if let grid = RealGridKeys.measure(root: root) {
            out.append(Figure(name: "open: scoring grid, largest cluster (Enter)", times: grid.open, limit: 0.05))
            out.append(Figure(name: "key: scoring grid, move", times: grid.moves))
            out.append(Figure(name: "key: scoring grid, score edit (3, Enter)", times: grid.edits))
        }
        return out
    }
}
