import XCTest
@testable import TDKTCore
import TDKTText
import TDKTTestKit

/// Bytes held in memory, handed out a chunk at a time.
struct MemoryChunks: ByteChunkSource {
    let bytes: [UInt8]
    var offset = 0
    init(_ data: Data) { bytes = [UInt8](data) }
    mutating func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        let n = min(max, bytes.count - offset)
        buffer += bytes[offset..<offset + n]
        offset += n
        return n
    }
    mutating func rewind() throws { offset = 0 }
}

/// A CSV of `rows` people made up as it is read, never held whole.
struct GeneratedPeople: ByteChunkSource {
    let rows: Int
    var next = 0
    var pending: [UInt8] = Array("Họ và tên,Đơn vị,Năm sinh,Chức vụ\n".utf8)
    mutating func read(into buffer: inout [UInt8], max: Int) throws -> Int {
        while pending.count < max && next < rows {
            let quoted = next % 97 == 0 ? "\"Ghi chú\ntrên hai dòng\"" : "Chuyên viên"
            pending += Array("Nguyễn Văn Người \(next),tn-sct,1970,\(quoted)\n".utf8)
            next += 1
        }
        let n = min(max, pending.count)
        buffer += pending[0..<n]
        pending.removeFirst(n)
        return n
    }
    mutating func rewind() throws { next = 0; pending = Array("Họ và tên,Đơn vị,Năm sinh,Chức vụ\n".utf8) }
}

final class StreamedImportTests: XCTestCase {
    enum Outcome: Equatable { case rows([CSVRow], VietnameseEncoding, Bool), failed(ImportProblem) }

    func whole(_ data: Data, _ named: VietnameseEncoding? = nil) -> Outcome {
        do {
            let (table, decoded) = try ImportFile.read(data: data, file: "f.csv", encoding: named)
            return .rows(table.rows, decoded.encoding, decoded.detected)
        } catch { return .failed(error as! ImportProblem) }
    }

    func streamed(_ data: Data, _ named: VietnameseEncoding? = nil, chunk: Int) -> Outcome {
        do {
            var stream = try CSVRowStream(MemoryChunks(data), file: "f.csv", encoding: named, chunk: chunk)
            var rows: [CSVRow] = []
            while let r = try stream.next() { rows.append(r) }
            return .rows(rows, stream.encoding.encoding, stream.encoding.detected)
        } catch { return .failed(error as! ImportProblem) }
    }

    static let vniPeople = "Hoï vaø teân,Ñôn vò,Naêm sinh\nNguyeãn Vaên An,tn-sct,1970\nTraàn Thò Bình,tn-sct,1980\n".data(using: .isoLatin1)!

    static let odd: [(String, Data, VietnameseEncoding?)] = [
        ("quoted newlines, CRLF", Data("a,b\r\n\"x\r\ny\",\"he said \"\"hi\"\"\"\r\nz,\"\"\r\n".utf8), nil),
        ("BOM and blank lines", Data("\u{FEFF}Tên;Loại\n\n  Sở Y tế ;Sở\n;\n\nSở Tư pháp;Sở".utf8), nil),
        ("two BOMs", Data("\u{FEFF}\u{FEFF}a\tb\nc\td\n".utf8), nil),
        ("lone CRs", Data("a,b\rc,d\r\"e\rf\",g".utf8), nil),
        ("delimiter in a quoted header", Data("\"a;b\nc\";d;e\n1;2;3\n".utf8), nil),
        ("unclosed quote", Data("a,b\n1,\"2\n3,4\n".utf8), nil),
        ("empty", Data(), nil),
        ("TCVN3", tcvn3Bytes("Họ và tên,Đơn vị,Năm sinh\nNguyễn Văn An,tn-sct,1970\nĐặng Thị Bình,tn-sct,1980\n"), nil),
        ("TCVN3 named", tcvn3Bytes("Họ và tên,Đơn vị\nNguyễn Văn An,tn-sct\n"), .tcvn3),
        ("VNI", vniPeople, nil),
        ("VNI named", vniPeople, .vni),
        ("not UTF-8 though named so", tcvn3Bytes("Họ và tên\nNguyễn Văn An\n"), .utf8),
    ]

    func testStreamedRowsAreTheTableRows() throws {
        var cases = Self.odd
        for name in ["hon-hop-ma-hoa.csv", "ky-luat.csv", "sang-kien.csv", "lich-su-khen-thuong.csv"] {
            cases.append((name, try ImportFixtures.data(name), nil))
        }
        for (name, data, named) in cases {
            let expected = whole(data, named)
            for chunk in [3, 7, 64 * 1024] {
                XCTAssertEqual(streamed(data, named, chunk: chunk), expected, "\(name), chunks of \(chunk)")
            }
        }
        if case let .rows(_, encoding, _) = whole(Self.odd[7].1) { XCTAssertEqual(encoding, .tcvn3) } else { XCTFail("TCVN3 refused") }
        if case .failed = whole(try ImportFixtures.data("hon-hop-ma-hoa.csv")) {} else { XCTFail("a mixed file is refused") }
        if case .failed = whole(Self.odd[5].1) {} else { XCTFail("an unclosed quote is refused") }
    }

    func plans<P: ImportRowPlanner>(_ type: P.Type, _ csv: String, in ws: Workspace) throws -> (ImportPlan, StreamedImport, [ImportPlan.Row]) {
        let data = Data(csv.utf8)
        let table = try ImportFile.read(data: data, file: "f.csv").table
        let byTable = try DirectoryImport.plan(type, table, file: "f.csv", in: ws)
        var stream = try CSVRowStream(MemoryChunks(data), file: "f.csv", chunk: 5)
        var shown: [ImportPlan.Row] = []
        let kept = try StreamedImport.run(type, &stream, file: "f.csv", in: ws, keepPlan: true) { _ in }
        stream = try CSVRowStream(MemoryChunks(data), file: "f.csv", chunk: 5)
        let counted = try StreamedImport.run(type, &stream, file: "f.csv", in: ws, keepPlan: false) { shown.append($0) }
        XCTAssertEqual(kept.plan?.rows, byTable.rows)
        XCTAssertEqual(kept.plan?.problems, byTable.problems)
        XCTAssertEqual(kept.plan?.warnings, byTable.warnings)
        XCTAssertEqual(kept.plan?.writes.count, byTable.writes.count)
        XCTAssertEqual(kept.plan?.createdPeople, byTable.createdPeople)
        XCTAssertEqual(kept.plan?.createdUnits, byTable.createdUnits)
        XCTAssertNil(counted.plan, "a dry run keeps no plan")
        XCTAssertEqual(counted.created, byTable.created)
        XCTAssertEqual(counted.matched, byTable.matched)
        XCTAssertEqual(counted.problems, byTable.problems)
        XCTAssertEqual(counted.warnings, byTable.warnings)
        return (byTable, counted, shown)
    }

    func testStreamedPlansArePlansOfTheTable() throws {
        let demo = CommandDemo()
        let ws = try demo.workspace()
        let someone = ws.people.values.map(\.value).sorted { $0.id < $1.id }.first!
        let (people, _, shown) = try plans(PersonRowPlanner.self, """

        Họ và tên,Đơn vị,Năm sinh,Xếp loại,Năm xếp loại
        Nguyễn Văn Mới,tn-sct,1970,,
        "Trần Thị
        Hai Dòng",tn-sct,1980,Hoàn thành tốt nhiệm vụ,2024
        \(someone.name.uppercased()),\(someone.unitId),,,
        Nguyễn Văn Mới,tn-sct,1971,,
        ,tn-sct,1970,,
        Lê Văn C,không có,1970,,
        Lê Văn D,tn-sct,năm,,
        Lê Văn E,tn-sct,1970,Giỏi,2024

        """, in: ws)
        XCTAssertEqual(shown, people.rows, "each row is shown as it is planned")
        XCTAssertEqual(people.rows.map(\.line), [3, 4, 6])
        XCTAssertEqual(people.problems.map(\.line), [7, 8, 9, 10, 11])
        XCTAssertEqual(people.warnings.count, 1)
        let (units, _, _) = try plans(UnitRowPlanner.self, """
        Tên đơn vị;Loại;Đơn vị cấp trên;Số thành viên
        Phòng Con;Phòng;Sở Mới;4
        Sở Mới;Sở;;20
        Sở mới;Sở;;
        Vòng A;Khác lạ;Vòng B;
        Vòng B;Sở;Vòng A;
        Phòng Lạc;Phòng;Không có;x
        """, in: ws)
        XCTAssertEqual(units.rows.map(\.line), [2, 3])
        XCTAssertEqual(units.problems.map(\.line), [4, 7, 5, 6])
    }

    func testEmptyAndHeaderlessFilesAreRefusedAsBefore() throws {
        let ws = try CommandDemo().workspace()
        for csv in ["", "\n\n", "Cột lạ,Khác\n1,2\n"] {
            let data = Data(csv.utf8)
            var wholeError: ImportProblem?, streamError: ImportProblem?
            do { _ = try DirectoryImport.planPeople(ImportFile.read(data: data, file: "f.csv").table, file: "f.csv", in: ws) } catch { wholeError = error as? ImportProblem }
            do {
                var stream = try CSVRowStream(MemoryChunks(data), file: "f.csv")
                _ = try StreamedImport.run(PersonRowPlanner.self, &stream, file: "f.csv", in: ws, keepPlan: false) { _ in }
            } catch { streamError = error as? ImportProblem }
            XCTAssertNotNil(wholeError)
            XCTAssertEqual(streamError, wholeError, csv)
        }
    }

    func testTheReaderHoldsAChunkAndALineWhateverTheFileSize() throws {
        let chunk = 16 * 1024
        var stream = try CSVRowStream(GeneratedPeople(rows: 150_000), file: "big.csv", chunk: chunk)
        var rows = 0, last = 0
        while let r = try stream.next() { rows += 1; last = r.line }
        XCTAssertEqual(rows, 150_001)
        XCTAssertEqual(last, 150_001 + (150_000 + 96) / 97, "a quoted line break counts as a line")
        XCTAssertEqual(stream.encoding.encoding, .utf8)
        XCTAssertGreaterThan(stream.peakBuffer, chunk / 2)
        XCTAssertLessThanOrEqual(stream.peakBuffer, chunk + 100, "a chunk and the line being completed, for a file of some 8 MB")
    }

    func testTheDryRunPrintsTheFirstThousandProblemsAndCountsTheRest() throws {
        let demo = CommandDemo()
        var csv = "Họ và tên,Đơn vị,Năm sinh\n"
        for i in 0..<1_200 { csv += "Người \(i),không có,1970\n" }
        csv += "Nguyễn Văn Đúng,tn-sct,1970\n"
        let path = temporaryDirectory() + "/many.csv"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(csv.utf8)))
        let run = runTool(["--data", demo.root, "import", "people", path, "--dry-run"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.out.contains("dòng 1202: tạo mới"), run.out)
        XCTAssertTrue(run.out.contains("1 tạo mới, 0 khớp, 1200 dòng lỗi"), run.out)
        XCTAssertEqual(run.err.components(separatedBy: "không tìm thấy đơn vị").count - 1, 1_000)
        XCTAssertTrue(run.err.contains("… và 200 dòng lỗi khác"), run.err)
    }

    func testSeenKeysAreTellApartAndFoundAgain() {
        var keys = KeyDigestSet()
        for i in 0..<200_000 { XCTAssertTrue(keys.insert("tn-sct|nguyen van nguoi \(i)")) }
        XCTAssertEqual(keys.count, 200_000)
        XCTAssertFalse(keys.insert("tn-sct|nguyen van nguoi 123"), "a key seen before")
        XCTAssertTrue(keys.contains("tn-sct|nguyen van nguoi 199999"))
        XCTAssertFalse(keys.contains("tn-sct|nguyen van nguoi 200000"))
        XCTAssertTrue(keys.insert("ab") && keys.insert("ba") && keys.insert(""), "order and emptiness count")
    }
}
