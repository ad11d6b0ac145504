import XCTest
@testable import TDKTCore
import TDKTText
import TDKTDemo
import TDKTCommands
import TDKTTestKit

final class CSVReaderTests: XCTestCase {
    func testQuotesDelimiterInsideQuotesAndEscapedQuotes() throws {
        let t = try CSVReader.parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",3\n")
        XCTAssertEqual(t.delimiter, ",")
        XCTAssertEqual(t.rows.count, 2)
        XCTAssertEqual(t.rows[1].fields, ["x, y", "say \"hi\"", "3"])
    }

    func testSemicolonDetectedAndCRLF() throws {
        let t = try CSVReader.parse("Năm;Tên;Ghi chú\r\n2024;\"A;B\";x\r\n2025;C;\r\n")
        XCTAssertEqual(t.delimiter, ";")
        XCTAssertEqual(t.rows.map(\.fields), [["Năm", "Tên", "Ghi chú"], ["2024", "A;B", "x"], ["2025", "C", ""]])
    }

    func testLineNumbersCountLinesInsideQuotedFields() throws {
        let t = try CSVReader.parse("h1,h2\n\"multi\nline\",1\n\nlast,2")
        XCTAssertEqual(t.rows.map(\.line), [1, 2, 4, 5])
        XCTAssertEqual(t.rows[1].fields[0], "multi\nline")
        XCTAssertTrue(t.rows[2].isBlank)
        XCTAssertEqual(t.rows[3].fields, ["last", "2"])
    }

    func testBOMIsStripped() throws {
        let t = try CSVReader.parse("\u{FEFF}Năm,Tên\n")
        XCTAssertEqual(t.rows[0].fields[0], "Năm")
    }

    func testUnclosedQuoteNamesTheLine() {
        XCTAssertThrowsError(try CSVReader.parse("a,b\n1,2\n\"open,3\n", file: "x.csv")) { error in
            let p = error as? ImportProblem
            XCTAssertEqual(p?.line, 3)
            XCTAssertEqual(p?.file, "x.csv")
        }
    }
}

final class HeaderMatcherTests: XCTestCase {
    let matcher = AwardImport.headerMatcher

    func testVietnameseEnglishAndSynonymsIgnoringCaseDiacriticsAndSpacing() throws {
        let m = try matcher.match(["NĂM", "đối tượng", "Họ  tên", "don vi", "Danh hiệu", "Phong trào", "Số QĐ", "ngay_quyet_dinh", "Ghi chú"], file: "f.csv")
        XCTAssertEqual(m.columns["year"], 0)
        XCTAssertEqual(m.columns["type"], 1)
        XCTAssertEqual(m.columns["name"], 2)
        XCTAssertEqual(m.columns["unit"], 3)
        XCTAssertEqual(m.columns["award"], 4)
        XCTAssertEqual(m.columns["campaign"], 5)
        XCTAssertEqual(m.columns["decisionNumber"], 6)
        XCTAssertEqual(m.columns["decisionDate"], 7)
        XCTAssertEqual(m.unknown, ["Ghi chú"])
        let en = try matcher.match(["Year", "Type", "Name", "Unit", "Award", "Campaign", "Decision number", "Decision date"], file: "f.csv")
        XCTAssertEqual(en.columns.count, 8)
        let others = try matcher.match(["Năm", "Loại", "Tên tập thể", "Hình thức khen thưởng", "Số quyết định", "Ngày QĐ"], file: "f.csv")
        XCTAssertEqual(others.columns["name"], 2)
        XCTAssertEqual(others.columns["decisionDate"], 5)
    }

    func testMissingRequiredColumnIsNamed() {
        XCTAssertThrowsError(try matcher.match(["Tên", "Hình thức khen thưởng"], file: "f.csv")) { error in
            let p = error as! ImportProblem
            XCTAssertEqual(p.line, 1)
            XCTAssertTrue(p.message(.vi).contains("Năm"), p.message(.vi))
            XCTAssertTrue(p.message(.en).contains("Year"), p.message(.en))
        }
    }

    func testTwoColumnsForOneFieldRefused() {
        XCTAssertThrowsError(try matcher.match(["Năm", "Họ và tên", "Tên", "Danh hiệu"], file: "f.csv")) { error in
            XCTAssertEqual((error as? ImportProblem)?.column, "Tên")
        }
    }
}

final class VietnameseEncodingTests: XCTestCase {
    /// "Nguyễn Văn Khoa, Sở Nội vụ, Bằng khen, Chiến sĩ thi đua cơ sở" written byte by byte in TCVN3 (ABC).
    static let tcvn3Bytes: [UInt8] = Array("Nguy".utf8) + [0xD4] + Array("n V".utf8) + [0xA8] + Array("n Khoa, S".utf8) + [0xEB]
        + Array(" N".utf8) + [0xE9] + Array("i v".utf8) + [0xF4] + Array(", B".utf8) + [0xBB] + Array("ng khen, Chi".utf8) + [0xD5]
        + Array("n s".utf8) + [0xDC] + Array(" thi ".utf8) + [0xAE] + Array("ua c".utf8) + [0xAC] + Array(" s".utf8) + [0xEB]
    static let tcvn3Text = "Nguyễn Văn Khoa, Sở Nội vụ, Bằng khen, Chiến sĩ thi đua cơ sở"

    /// "Nguyễn Văn Khoa, Đơn vị Trường học" in VNI-Windows: Nguyeãn Vaên Khoa, Ñôn vò Tröôøng hoïc.
    static let vniBytes: [UInt8] = Array("Nguye".utf8) + [0xE3] + Array("n Va".utf8) + [0xEA] + Array("n Khoa, ".utf8) + [0xD1, 0xF4]
        + Array("n v".utf8) + [0xF2] + Array(" Tr".utf8) + [0xF6, 0xF4, 0xF8] + Array("ng ho".utf8) + [0xEF, 0x63]
    static let vniText = "Nguyễn Văn Khoa, Đơn vị Trường học"

    func testTCVN3NamedAndDetected() throws {
        XCTAssertEqual(try VietnameseDecoder.decode(Data(Self.tcvn3Bytes), as: .tcvn3).text, Self.tcvn3Text)
        let auto = try VietnameseDecoder.decode(Data(Self.tcvn3Bytes))
        XCTAssertEqual(auto.encoding, .tcvn3)
        XCTAssertTrue(auto.detected)
        XCTAssertEqual(auto.text, Self.tcvn3Text)
    }

    func testVNINamedAndDetected() throws {
        XCTAssertEqual(try VietnameseDecoder.decode(Data(Self.vniBytes), as: .vni).text, Self.vniText)
        let auto = try VietnameseDecoder.decode(Data(Self.vniBytes))
        XCTAssertEqual(auto.encoding, .vni)
        XCTAssertEqual(auto.text, Self.vniText)
    }

    func testVNICapitalsAndAllMarks() {
        // ẮẰẲẴẶ ẤẦẨẪẬ in capitals, then ỉ ĩ ị ỵ as single bytes.
        let bytes: [UInt8] = [0x41, 0xC9, 0x41, 0xC8, 0x41, 0xDA, 0x41, 0xDC, 0x41, 0xCB, 0x20,
                              0x41, 0xC1, 0x41, 0xC0, 0x41, 0xC5, 0x41, 0xC3, 0x41, 0xC4, 0x20, 0xE6, 0xF3, 0xF2, 0xEE]
        XCTAssertEqual(VietnameseDecoder.vni(bytes), "ẮẰẲẴẶ ẤẦẨẪẬ ỉĩịỵ")
    }

    func testTCVN3Capitals() {
        XCTAssertEqual(VietnameseDecoder.tcvn3([0xA7, 0xA5, 0x4E, 0x20, 0xA1, 0xA2, 0xA3, 0xA4, 0xA6]), "ĐƠN ĂÂÊÔƯ")
    }

    func testUTF8WithAndWithoutBOMAndOutputIsNFC() throws {
        let decomposed = "Nguye\u{302}\u{303}n"  // ễ as base + marks
        let plain = try VietnameseDecoder.decode(Data(decomposed.utf8))
        XCTAssertEqual(plain.encoding, .utf8)
        XCTAssertEqual(plain.text.unicodeScalars.count, 6)
        let bom = try VietnameseDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("Năm".utf8)))
        XCTAssertEqual(bom.text, "Năm")
    }

    func testNamedUTF8OnLegacyBytesIsRefusedWithLine() {
        XCTAssertThrowsError(try VietnameseDecoder.decode(Data(Array("ok\n".utf8) + Self.tcvn3Bytes), as: .utf8)) { e in
            XCTAssertEqual((e as? TextDecodingError)?.line, 2)
        }
        XCTAssertThrowsError(try ImportFile.read(data: Data(Array("ok\n".utf8) + Self.tcvn3Bytes), file: "a.csv", encoding: .utf8)) { e in
            XCTAssertEqual((e as? ImportProblem)?.file, "a.csv")
            XCTAssertEqual((e as? ImportProblem)?.line, 2)
        }
    }

    func testSyllableValidity() {
        for w in ["nguyễn", "khuyến", "giữ", "gìn", "trường", "quốc", "nghiêng", "đoàn"] { XCTAssertTrue(VietnameseSyllable.isValid(w), w) }
        for w in ["nguyeó", "vaờn", "nguyơn", "aáb", "thíù"] { XCTAssertFalse(VietnameseSyllable.isValid(w), w) }
    }

    func testImportFileCleansFields() throws {
        let data = Data("Năm,Tên\r\n2024,\"A\u{1B}[31m\tB\"\r\n".utf8)
        let (table, enc) = try ImportFile.read(data: data, file: "t.csv")
        XCTAssertEqual(enc.encoding, .utf8)
        XCTAssertEqual(table.rows[1].fields[1], "A[31m B")
    }
}
