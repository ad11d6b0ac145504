import TDKTText
import TerminalUI

/// Texts of the round set-up screens, the grid's drafts and next-empty key, and the flag line.
enum ScoringSetupStrings {
    typealias L = Localized
    // Grid
    static let nextEmpty = L(vi: "Ô trống", en: "Next empty")
    static let nextEmptyHelp = L(vi: "Đến ô chưa chấm tiếp theo", en: "Go to the next cell not scored yet")
    static let noEmptyCell = L(vi: "Đã chấm đủ mọi ô", en: "Every cell is scored")
    static let gridLegend = L(vi: "· chưa chấm (khác 0) · n ô trống tiếp · F2 lưu · Del xóa · u hoàn tác",
                              en: "· not scored (not 0) · n next empty · F2 save · Del clear · u undo")
    static func detail(_ id: String, _ name: String, _ kind: String, _ max: String, _ step: String) -> L {
        L(vi: "\(id) \(name) — \(kind), tối đa \(max), bước \(step)", en: "\(id) \(name) — \(kind), maximum \(max), step \(step)")
    }
    // Set-up
    static let setupTitle = L(vi: "Thiết lập cụm, khối và đợt chấm", en: "Set up clusters and rounds")
    static let importClusters = L(vi: "Nhập cụm, khối từ tệp CSV…", en: "Import clusters and blocks from CSV…")
    static let chooseCluster = L(vi: "Đợt chấm của một cụm, khối…", en: "A cluster's round…")
    static let filePath = L(vi: "Đường dẫn tệp CSV", en: "CSV file path")
    static let yearPrompt = L(vi: "Năm chấm điểm", en: "Scoring year")
    static func roundMenu(_ cluster: String, _ year: Int, _ state: String) -> L {
        L(vi: "\(cluster) \(year) — \(state)", en: "\(cluster) \(year) — \(state)")
    }
    static func yearRoles(_ year: Int) -> L { L(vi: "Cụm trưởng, cụm phó, giao ước năm \(year)…", en: "Leader, deputy, agreement for \(year)…") }
    static let agreementReference = L(vi: "Văn bản giao ước (số, ngày)", en: "Agreement (number, date)")
    static let noRoundYet = L(vi: "chưa có bảng chấm điểm", en: "no criteria table yet")
    static let importTable = L(vi: "Nhập bảng chấm điểm từ CSV…", en: "Import the criteria table from CSV…")
    static let copyTable = L(vi: "Chép bảng chấm điểm năm trước", en: "Copy last year's criteria table")
    static let showTable = L(vi: "Xem bảng chấm điểm", en: "Show the criteria table")
    static let openRound = L(vi: "Mở chấm điểm", en: "Open the round for scoring")
    static let importSheets = L(vi: "Nhập phiếu chấm từ CSV…", en: "Import score sheets from CSV…")
    static let closeRound = L(vi: "Khóa chấm chéo", en: "Close cross-scoring")
    static let result = L(vi: "Kết quả, bỏ phiếu suy tôn, đề nghị khen thưởng", en: "Result, ballot, award proposals")
    static let copyYear = L(vi: "Chép cụm sang năm sau (cụm trưởng theo luân phiên)", en: "Copy the cluster to next year (leader by rotation)")
    static func tableImported(_ criteria: Int, _ groups: Int, _ max: String) -> L {
        L(vi: "Đã nhập bảng chấm điểm: \(criteria) tiêu chí, \(groups) nhóm, tối đa \(max) điểm",
          en: "Criteria table imported: \(criteria) criteria, \(groups) groups, \(max) points at most")
    }
    static func clustersImported(_ created: Int, _ updated: Int) -> L {
        L(vi: "Đã nhập cụm, khối: tạo \(created), cập nhật \(updated)", en: "Clusters imported: \(created) created, \(updated) updated")
    }
    static let opened = L(vi: "Đã mở chấm điểm", en: "Scoring is open")
    static let closed = L(vi: "Đã khóa chấm chéo", en: "Cross-scoring closed")
    static func sheetsImported(_ saved: Int, _ unchanged: Int, _ conflicts: Int, _ complete: Int, _ expected: Int) -> L {
        L(vi: "Đã lưu \(saved) phiếu, không đổi \(unchanged), xung đột \(conflicts); đủ \(complete)/\(expected) phiếu",
          en: "Saved \(saved) sheets, \(unchanged) unchanged, \(conflicts) conflicts; \(complete)/\(expected) complete")
    }
    static let replaceConflicts = L(vi: "Có phiếu đã lưu với giá trị khác. Thay bằng giá trị trong tệp (giá trị cũ giữ trong nhật ký)?",
                                    en: "Some saved sheets differ. Replace them with the file's values (old values kept in the log)?")
    static func yearCopied(_ year: Int, _ leader: String) -> L {
        L(vi: "Đã chép sang năm \(year); cụm trưởng đề xuất: \(leader)", en: "Copied to \(year); proposed leader: \(leader)")
    }
    // Result
    static func flagLine(_ unit: String, _ status: String) -> L {
        L(vi: "Cờ thi đua của UBND tỉnh — đơn vị xếp hạng 1: \(unit): \(status)",
          en: "Provincial emulation flag — unit ranked first: \(unit): \(status)")
    }
    static let ballotDocument = L(vi: "Biên bản (số, ngày)", en: "Minutes (number, date)")
    static let documentNeeded = L(vi: "Cần ghi biên bản bỏ phiếu (số, ngày) để lưu kết quả bỏ phiếu",
                                  en: "The ballot's minutes (number, date) are needed to keep the ballot")
    static func ballotRecorded(_ f: Int, _ m: Int) -> L {
        L(vi: "Đã ghi kết quả bỏ phiếu: \(f)/\(m) phiếu đồng ý", en: "Ballot recorded: \(f)/\(m) for")
    }
    static func recordedBallot(_ f: Int, _ m: Int, _ doc: String) -> L {
        L(vi: "Bỏ phiếu suy tôn đã ghi: \(f)/\(m) phiếu đồng ý (\(doc))", en: "Confirming ballot recorded: \(f)/\(m) for (\(doc))")
    }
}
