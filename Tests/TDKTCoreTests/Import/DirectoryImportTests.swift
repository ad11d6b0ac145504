import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class DirectoryImportTests: XCTestCase {
    func demoRoot() -> String {
        let root = temporaryDirectory()
        XCTAssertEqual(runTool(["--data", root, "init", "--demo"]).status, 0)
        return root
    }

    func write(_ text: String, bom: Bool = true) -> String {
        let path = temporaryDirectory() + "/file.csv"
        _ = FileManager.default.createFile(atPath: path, contents: Data(((bom ? "\u{FEFF}" : "") + text).utf8))
        return path
    }

    func testUnitsWithVietnameseHeadersAreCreatedOrMatched() throws {
        let root = demoRoot()
        let csv = write("""
        TÊN ĐƠN VỊ;Loại;Đơn vị cấp trên;Số thành viên
        Trường THPT Lương Ngọc Quyến;Trường học;Sở Giáo dục và Đào tạo;120
        Sở Y tế;Sở;UBND tỉnh Thái Nguyên;45
        """)
        let dry = runTool(["--data", root, "import", "units", csv, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("1 tạo mới, 1 khớp"), dry.out)
        XCTAssertEqual(try Workspace(root: root, user: "t").units["truong-thpt-luong-ngoc-quyen"] == nil, true, "a dry run writes nothing")
        XCTAssertEqual(runTool(["--data", root, "import", "units", csv]).status, 0)
        let ws = try Workspace(root: root, user: "t")
        XCTAssertEqual(ws.units["truong-thpt-luong-ngoc-quyen"]?.value.parentId, "tn-sgddt")
        XCTAssertEqual(ws.units["tn-syt"]?.value.memberCount, 45)
        XCTAssertEqual(ws.units["tn-syt"]?.revision, 2, "matched, not duplicated")
    }

    func testBadRowsAreNamedAndNothingIsWrittenUnlessAccepted() throws {
        let root = demoRoot()
        let csv = write("""
        Họ và tên,Đơn vị,Chức vụ,Năm xếp loại,Xếp loại
        Vũ Thị Hạnh,Sở Y tế,Bác sĩ,2025,Hoàn thành xuất sắc nhiệm vụ
        Đinh Văn Tú,Sở Không Có,Chuyên viên,,
        Lò Văn Páo,Sở Tư pháp,,2025,rất giỏi
        Trần Thị Lan,Sở Nội vụ,Chuyên viên chính,,
        """, bom: false)
        let r = runTool(["--data", root, "import", "people", csv])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("file.csv dòng 3, cột Đơn vị: không tìm thấy đơn vị 'Sở Không Có'"), r.err)
        XCTAssertTrue(r.err.contains("file.csv dòng 4, cột Xếp loại"), r.err)
        var ws = try Workspace(root: root, user: "t")
        XCTAssertFalse(ws.people.values.contains { $0.value.name == "Vũ Thị Hạnh" }, "nothing half-written")
        XCTAssertEqual(runTool(["--data", root, "import", "people", csv, "--accept-good"]).status, 0)
        ws = try Workspace(root: root, user: "t")
        let hanh = try XCTUnwrap(ws.people.values.first { $0.value.name == "Vũ Thị Hạnh" }?.value)
        XCTAssertEqual(hanh.unitId, "tn-syt")
        XCTAssertEqual(hanh.rating(in: 2025), .excellent)
        XCTAssertEqual(ws.people["tran-thi-lan"]?.value.position, "Chuyên viên chính", "matched by name within the unit")
        XCTAssertEqual(ws.people.values.filter { $0.value.name == "Trần Thị Lan" && $0.value.unitId == "tn-snv" }.count, 1)
    }

    func testMissingRequiredColumnIsNamed() {
        let root = demoRoot()
        let r = runTool(["--data", root, "import", "people", write("Tên,Chức vụ\nA,B\n")])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("thiếu cột Đơn vị"), r.err)
        XCTAssertEqual(runTool(["--data", root, "import", "people"]).status, 2)
        XCTAssertEqual(runTool(["--data", root, "import", "planets", "x.csv"]).status, 2)
    }

    func testViewerCannotImport() {
        let root = demoRoot()
        let output = CommandOutput(echo: false)
        guard case let .finished(s) = CommandLineTool(environment: [:], output: output, user: "xem")
            .run(["--data", root, "import", "units", write("Tên\nX\n")]) else { return XCTFail() }
        XCTAssertEqual(s, 1)
        XCTAssertTrue(output.err.contains("không được phép"), output.err)
    }
}
