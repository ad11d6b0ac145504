import Foundation
import XCTest
import TDKTText
import TDKTTestKit

/// The import screen in the built binary, in tmux at 80x24: a workbook chosen from the folder list,
/// previewed, written as a batch, then undone from the batches screen.
final class ImportEndToEndTests: XCTestCase {
    private var tmux: Tmux!
    private var dataDir: String!
    private var folder: String!

    override func setUpWithError() throws {
        tmux = try Tmux()
        let binary = try requireBinary()
        dataDir = TestDirectories.path("tdkt-e2e-import")
        folder = TestDirectories.make("tdkt-e2e-import-files")
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TDKTCoreTests/Import/Fixtures/don-vi.xlsx")
        try FileManager.default.copyItem(atPath: fixtures.path, toPath: folder + "/don-vi.xlsx")
        let r = spawnAndWait(binary, ["--data", dataDir, "init", "--demo"], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(r.status, 0, r.output)
        // The file list opens in the folder tdkt was started from.
        tmux.start("cd \(shellQuote(folder)) && env TERM=xterm-256color LANG=C.UTF-8 LC_ALL= \(shellQuote(binary)) --data \(shellQuote(dataDir))")
    }

    override func tearDown() {
        tmux?.killServer()
        tmux = nil
        if let d = dataDir { try? FileManager.default.removeItem(atPath: d) }
    }

    func testWorkbookPickedPreviewedWrittenAndUndone() throws {
        tmux.waitFor("Phong trào thi đua")
        tmux.send("5")
        tmux.send("3")
        tmux.waitFor("Nhập từ bảng tính Excel")
        tmux.send("Tab", "Enter")
        tmux.waitFor("Chọn tệp")
        let list = tmux.waitFor("don-vi.xlsx")
        XCTAssertTrue(list.contains(".."), list)
        tmux.send("Down", "Enter")
        let form = tmux.waitFor("Nhập từ bảng tính Excel")
        XCTAssertTrue(form.contains("don-vi.xlsx"), form)
        tmux.send("F2")
        let preview = tmux.waitFor("7 tạo mới, 1 đã có, 0 dòng lỗi")
        XCTAssertTrue(preview.contains("UBND xã Hồ Núi Cốc"), preview)
        tmux.send("F2")
        tmux.waitFor("Ghi 8 dòng")
        tmux.send("Enter")
        tmux.waitFor("Đã nhập 8 dòng (lô")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dataDir + "/units/ubnd-xa-ho-nui-coc.json"))

        tmux.send("Escape")
        tmux.send("Escape")
        tmux.waitFor("Bỏ các thay đổi")
        tmux.send("c")                       // dropping changes defaults to Không: say yes
        tmux.waitFor("4. Các lần nhập")
        tmux.send("5")
        tmux.send("4")
        tmux.waitFor("Các lần nhập")
        tmux.send("F8")
        tmux.waitFor("xóa 7 bản ghi đã tạo")
        tmux.send("c")                       // undoing destroys records: the default is Không
        tmux.waitFor("Đã hoàn tác lô")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataDir + "/units/ubnd-xa-ho-nui-coc.json"))
    }
}
