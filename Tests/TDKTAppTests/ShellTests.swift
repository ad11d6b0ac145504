import Foundation
import TDKTCore
import TerminalUI
import XCTest
@testable import TDKTApp
import TDKTText
import TDKTDemo
import TDKTTestKit

final class ShellTests: XCTestCase {
    private var dataDir: String!

    override func setUp() {
        dataDir = TestDirectories.path("tdkt-shell")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dataDir)
    }

    private func options(_ lang: String = "vi") -> ShellOptions {
        ShellOptions(dataDirectory: dataDir, userLogin: "khoa", role: "clerk", language: lang)
    }

    private func render(_ app: Application) -> Frame { app.render(size: .standard) }

    func testMainMenuInVietnameseAndEnglish() {
        let vi = render(makeShellApplication(options()))
        for entry in ["Phong trào thi đua", "Cụm, khối thi đua và chấm điểm", "Đề nghị khen thưởng",
                      "Tra cứu khen thưởng", "Đơn vị và cá nhân", "Báo cáo", "Cài đặt"] {
            XCTAssertNotNil(vi.find(entry), entry)
        }
        // The status line keeps to who is working; the data directory is in F1.
        XCTAssertFalse(vi.row(22).contains(dataDir))
        XCTAssertTrue(vi.row(22).contains("khoa (clerk)"))
        let withHelp = makeShellApplication(options())
        withHelp.handle(.function(1))
        XCTAssertNotNil(render(withHelp).find("Thư mục dữ liệu: " + dataDir), render(withHelp).text)
        XCTAssertTrue(vi.row(23).contains("F10 Thoát"))
        let en = render(makeShellApplication(options("en")))
        XCTAssertNotNil(en.find("Emulation campaigns"))
        XCTAssertNotNil(en.find("Settings"))
    }

    func testASectionWithoutScreensSaysSoPlainly() {
        // Every section has screens now; with an empty registry each says plainly that it is not built.
        let app = makeShellApplication(options(), registry: ScreenRegistry())
        for digit in ShellSection.allCases.indices.map({ String($0 + 1) }) {
            app.handle(.char(Character(digit)))
            XCTAssertNotNil(render(app).find("Màn hình này chưa có trong phiên bản này"), digit)
            app.handle(.enter)
            XCTAssertNil(render(app).find("Màn hình này chưa có"), digit)
        }
    }

    func testRegisteredScreensPlugIn() {
        struct Demo: ShellScreen {
            let id = "demo"
            let section = ShellSection.reports
            let title = Localized(vi: "Báo cáo thử", en: "Demo report")
            func makeView(_ context: ShellContext) -> View {
                ListView(title: "Báo cáo thử", columns: [ListView.Column("Tên")], rows: [ListView.Row(id: "1", cells: ["Đức"])])
            }
        }
        let registry = ScreenRegistry()
        registry.register(Demo())
        let app = makeShellApplication(options(), registry: registry)
        app.handle(.char("6"))
        XCTAssertNotNil(render(app).find("Báo cáo thử"))
        app.handle(.enter)
        XCTAssertTrue(app.top is ListView)
        XCTAssertNotNil(render(app).find("Đức"))
    }

    func testUserFormDraftSavedOnHangupAndOfferedBack() throws {
        let app = makeShellApplication(options())
        app.handle([.char("7"), .enter])
        XCTAssertTrue(app.top is FormView)
        for c in "Nguyễn Văn Khoa" { app.handle(.char(c)) }
        app.finish(.signal(SIGHUP))
        let store = DraftStore(dataDirectory: dataDir, login: "khoa")
        let draft = try XCTUnwrap(store.load(formID: "user-info"))
        XCTAssertEqual(draft.values["fullName"], "Nguyễn Văn Khoa")
        XCTAssertTrue(store.url(formID: "user-info").path.hasSuffix("/drafts/khoa/user-info.json"))
        let text = try String(contentsOf: store.url(formID: "user-info"), encoding: .utf8)
        XCTAssertTrue(text.contains("\"fullName\" : \"Nguyễn Văn Khoa\""), text)
        // No temporary file left behind.
        let files = try FileManager.default.contentsOfDirectory(atPath: dataDir + "/drafts/khoa")
        XCTAssertEqual(files, ["user-info.json"])

        let again = makeShellApplication(options())
        again.handle([.char("7"), .enter])
        XCTAssertNotNil(render(again).find("Khôi phục bản nháp?"))
        again.handle(.char("c"))
        let form = try XCTUnwrap(again.top as? FormView)
        XCTAssertEqual(form.field("fullName")?.value, "Nguyễn Văn Khoa")
        XCTAssertNil(store.load(formID: "user-info"))
    }

    /// A draft planted by another account (a shared folder, a file in the clerk's name, a link) is never offered.
    func testADraftNotWrittenByTheClerkIsNotOffered() throws {
        let store = DraftStore(dataDirectory: dataDir, login: "khoa")
        try store.save(formID: "user-info", values: ["fullName": "Nguyễn Văn Khoa"])
        XCTAssertNotNil(store.load(formID: "user-info"))
        // The folder opened to the group: refused.
        chmod(dataDir + "/drafts/khoa", 0o770)
        XCTAssertNil(store.load(formID: "user-info"))
        XCTAssertThrowsError(try store.save(formID: "user-info", values: [:]))
        chmod(dataDir + "/drafts/khoa", 0o700)
        // A draft naming another login: refused.
        let forged = try String(contentsOf: store.url(formID: "user-info"), encoding: .utf8)
            .replacingOccurrences(of: "\"login\" : \"khoa\"", with: "\"login\" : \"lan\"")
        try forged.write(to: store.url(formID: "user-info"), atomically: true, encoding: .utf8)
        chmod(store.url(formID: "user-info").path, 0o600)
        XCTAssertNil(store.load(formID: "user-info"))
        // A link planted at the draft's name: not followed.
        unlink(store.url(formID: "user-info").path)
        let elsewhere = dataDir + "-elsewhere.json"
        try forged.replacingOccurrences(of: "\"lan\"", with: "\"khoa\"").write(toFile: elsewhere, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: store.url(formID: "user-info").path, withDestinationPath: elsewhere)
        XCTAssertNil(store.load(formID: "user-info"))
        try store.save(formID: "user-info", values: ["fullName": "Khoa"])
        XCTAssertEqual(store.load(formID: "user-info")?.values["fullName"], "Khoa", "the save replaced the link, not its target")
        XCTAssertTrue(try String(contentsOfFile: elsewhere, encoding: .utf8).contains("Nguyễn Văn Khoa"))
    }

    func testNoDraftWhenNothingWasTypedOrOnQuit() {
        let app = makeShellApplication(options())
        app.handle([.char("7"), .enter])
        app.finish(.signal(SIGTERM))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataDir + "/drafts/khoa/user-info.json"))
        let app2 = makeShellApplication(options())
        app2.handle([.char("7"), .enter, .char("x")])
        app2.finish(.quit)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataDir + "/drafts/khoa/user-info.json"))
    }

    func testUserFormValidation() {
        let app = makeShellApplication(options())
        app.handle([.char("7"), .enter])
        for c in "Khoa" { app.handle(.char(c)) }
        app.handle(.tab)
        XCTAssertNotNil(render(app).find("! Họ và tên cần ít nhất hai từ"))
        for c in "01012999" { app.handle(.char(c)) }
        app.handle(.tab)
        XCTAssertNotNil(render(app).find("! Ngày sinh không thể ở tương lai"))
    }

    /// The shell is opened on the directory and in the language the command line resolves (Program → CommandLineTool).
    func testDataDirectoryAndLanguageFromEnvironment() {
        let env = ["HOME": "/home/k", "LANG": "vi_VN.UTF-8"]
        XCTAssertEqual(DataDirectory.locate(option: nil, environment: env), "/home/k/.local/share/tdkt")
        XCTAssertEqual(DataDirectory.locate(option: nil, environment: env.merging(["XDG_DATA_HOME": "/x"]) { $1 }), "/x/tdkt")
        XCTAssertEqual(DataDirectory.locate(option: nil, environment: env.merging(["TDKT_DATA": "/t", "XDG_DATA_HOME": "/x"]) { $1 }), "/t")
        XCTAssertEqual(DataDirectory.locate(option: "/d", environment: env.merging(["TDKT_DATA": "/t"]) { $1 }), "/d")
        XCTAssertEqual(Language.from(environment: env), .vi)
        XCTAssertEqual(Language.from(environment: ["HOME": "/h", "LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.from(environment: ["HOME": "/h", "LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"]), .en)
    }
}
