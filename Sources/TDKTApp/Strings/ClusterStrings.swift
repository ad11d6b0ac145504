import TerminalUI
import TDKTText

/// Interface text of the clusters and scoring screens (section "Cụm, khối thi đua và chấm điểm").
enum ClusterStrings {
    static let explain = Localized(vi: "Giải trình kết quả chấm", en: "Explain the scores")
    static let explainCriterion = Localized(vi: "Tiêu chí", en: "Criterion")
    static let explainText = Localized(vi: "Nội dung giải trình", en: "Explanation")
    static func explainTitle(_ cluster: String, _ year: Int, _ unit: String) -> Localized {
        Localized(vi: "Giải trình — \(cluster) \(year) — \(unit)", en: "Explanation — \(cluster) \(year) — \(unit)")
    }

    typealias L = Localized

    // Registry
    static let registryTitle = L(vi: "Danh sách cụm, khối thi đua", en: "Clusters and blocks")
    static let name = L(vi: "Tên cụm, khối", en: "Name")
    static let kind = L(vi: "Loại", en: "Kind")
    static let membersShort = L(vi: "TV", en: "Mem")
    static let year = L(vi: "Năm", en: "Year")
    static let leader = L(vi: "Cụm trưởng", en: "Leader")
    static let deputy = L(vi: "Cụm phó", en: "Deputy")
    static let cluster = L(vi: "Cụm", en: "Cluster")
    static let block = L(vi: "Khối", en: "Block")
    static let organiser = L(vi: "Đơn vị tổ chức", en: "Organised by")
    static let members = L(vi: "Thành viên", en: "Members")
    static let formerMembers = L(vi: "Thành viên trước đây", en: "Former members")
    static let years = L(vi: "Các năm", en: "Years")
    static let agreement = L(vi: "Giao ước thi đua", en: "Emulation agreement")
    static let noAgreement = L(vi: "chưa có giao ước", en: "no agreement recorded")
    static let signedOn = L(vi: "Ngày ký", en: "Signed on")
    static let signatories = L(vi: "Đơn vị ký", en: "Signatories")
    static let targets = L(vi: "Chỉ tiêu", en: "Targets")
    static let warnings = L(vi: "Cảnh báo", en: "Warnings")

    // Rounds
    static let roundsTitle = L(vi: "Chấm điểm thi đua cụm, khối", en: "Cluster scoring rounds")
    static let state = L(vi: "Trạng thái", en: "State")
    static let sheetsDone = L(vi: "Phiếu đủ", en: "Done")
    static let noRounds = L(vi: "Không có đợt chấm điểm nào bạn được xem.", en: "There is no scoring round you may open.")
    static func crossScore(_ unit: String) -> L { L(vi: "Chấm chéo (phiếu của \(unit))", en: "Cross-score (as \(unit))") }
    static func selfScore(_ unit: String) -> L { L(vi: "Tự chấm điểm (\(unit))", en: "Self-score (\(unit))") }
    static let progress = L(vi: "Tiến độ chấm", en: "Progress")
    static let result = L(vi: "Kết quả, xếp hạng", en: "Result and ranking")
    static let nothingToDo = L(vi: "Bạn không có việc gì trong đợt chấm này.", en: "There is nothing for you in this round.")

    // Grid
    static func gridTitle(_ cluster: String, _ year: Int, _ unit: String) -> L {
        L(vi: "Chấm chéo \(cluster) \(year) — \(unit)", en: "Cross-scoring \(cluster) \(year) — \(unit)")
    }
    static let ratee = L(vi: "Đơn vị được chấm", en: "Unit scored")
    static let notScored = L(vi: "chưa chấm", en: "not scored")
    static func maximum(_ m: String) -> L { L(vi: "tối đa \(m)", en: "max \(m)") }
    static func criterionDetail(_ name: String, _ max: String, _ step: String) -> L {
        L(vi: "\(name) (tối đa \(max), bước \(step))", en: "\(name) (max \(max), step \(step))")
    }
    static let gridLegend = L(vi: "Ô trống = chưa chấm (khác 0) · F2 lưu các phiếu · Del xóa ô · u hoàn tác",
                              en: "Empty = not scored (not 0) · F2 saves the sheets · Del clears · u undoes")
    static func closedReadOnly(_ state: String) -> L {
        L(vi: "Đợt chấm \(state): phiếu chỉ xem, không sửa được", en: "The round is \(state): sheets are read only")
    }
    static func savedSheets(_ n: Int) -> L { L(vi: "Đã lưu \(n) phiếu chấm", en: "Saved \(n) sheet(s)") }
    static let nothingChanged = L(vi: "Không có phiếu nào thay đổi", en: "No sheet changed")
    static func savedBeforeProblem(_ n: Int) -> L {
        L(vi: "Đã lưu \(n) phiếu trước khi gặp lỗi.", en: "\(n) sheet(s) were saved before the problem.")
    }
    static let reloadedKeepTyped = L(vi: "Đã tải lại phiếu từ dữ liệu; giá trị bạn nhập vẫn giữ nguyên. Kiểm tra rồi nhấn F2 để lưu đè.",
                                     en: "The sheets were reloaded; what you typed is kept. Check it, then F2 saves over it.")

    // Self-score
    static func selfTitle(_ cluster: String, _ year: Int, _ unit: String) -> L {
        L(vi: "Tự chấm \(cluster) \(year) — \(unit)", en: "Self-score \(cluster) \(year) — \(unit)")
    }
    static let evidence = L(vi: "minh chứng", en: "evidence")

    // Progress
    static func progressTitle(_ cluster: String, _ year: Int) -> L { L(vi: "Tiến độ chấm \(cluster) \(year)", en: "Progress \(cluster) \(year)") }
    static let raterUnit = L(vi: "Người chấm \\ đơn vị", en: "Rater \\ unit")
    static let done = L(vi: "Xong", en: "Done")
    static func progressLegend(_ complete: Int, _ expected: Int) -> L {
        L(vi: "✓ đủ · … chưa đủ · · chưa chấm · — không chấm · Phiếu đủ \(complete)/\(expected)",
          en: "✓ complete · … partial · · missing · — not expected · Complete \(complete)/\(expected)")
    }
    static let progressReadOnly = L(vi: "Bảng tiến độ chỉ để xem", en: "The progress table is read only")

    // Result
    static func resultTitle(_ cluster: String, _ year: Int) -> L { L(vi: "Kết quả \(cluster) \(year)", en: "Result \(cluster) \(year)") }
    static let rankingHeader = L(vi: "Hạng Đơn vị                  Phiếu Chấm chéo  Cộng   Trừ  Tổng điểm",
                                 en: "Rank Unit                     Kept  Cross    Bonus  Pen.      Final")
    static let droppedSheets = L(vi: "Phiếu bị loại khi tính trung bình (cao nhất, thấp nhất)", en: "Sheets dropped by trimming")
    static let noneDropped = L(vi: "  (không có)", en: "  (none)")
    static let bonusPenalty = L(vi: "Điểm cộng, điểm trừ", en: "Bonus and penalty")
    static let ties = L(vi: "Xử lý bằng điểm", en: "Tie-breaks")
    static let incomplete = L(vi: "Phiếu chưa chấm đủ", en: "Sheets not complete")
    static let flags = L(vi: "Cảnh báo để Hội đồng xem xét (không làm thay đổi điểm)", en: "Flags for the council (scores unchanged)")
    static let agreementFigures = L(vi: "Mức đồng thuận giữa các đơn vị chấm", en: "Agreement between raters")
    static let reliability = L(vi: "độ tin cậy của điểm trung bình", en: "reliability of the mean")
    static let sheetsPerUnit = L(vi: "phiếu/đơn vị", en: "sheets per unit")
    static let totals = L(vi: "tổng điểm", en: "totals")
    static let closeRound = L(vi: "Khóa chấm", en: "Close")
    static let closeRoundHelp = L(vi: "Khóa chấm chéo: từ đó mọi phiếu được công bố, không sửa được nữa",
                                  en: "Close cross-scoring: every sheet is shown and can no longer be changed")
    static let propose = L(vi: "Đề nghị", en: "Propose")
    static let proposeHelp = L(vi: "Nhập kết quả bỏ phiếu suy tôn và lập các đề nghị khen thưởng (nháp)",
                               en: "Enter the ballot result and create the draft award proposals")
    static func confirmClose(_ cluster: String, _ year: Int, _ complete: Int, _ expected: Int) -> L {
        L(vi: "Khóa chấm chéo \(cluster) năm \(year)? Đã có \(complete)/\(expected) phiếu đủ. Sau khi khóa, các phiếu được công bố và không sửa được nữa.",
          en: "Close cross-scoring of \(cluster) \(year)? \(complete)/\(expected) sheets are complete. Once closed, every sheet is shown and none can be changed.")
    }
    static let closed = L(vi: "Đã khóa chấm chéo", en: "Cross-scoring closed")

    // Proposals
    static func ballotTitle(_ cluster: String, _ year: Int) -> L {
        L(vi: "Bỏ phiếu suy tôn \(cluster) \(year)", en: "Confirming ballot \(cluster) \(year)")
    }
    static let leadingUnit = L(vi: "Đơn vị dẫn đầu", en: "Leading unit")
    static let votesFor = L(vi: "Số phiếu đồng ý", en: "Votes for")
    static let votesAgainst = L(vi: "Số phiếu không đồng ý", en: "Votes against")
    static let voters = L(vi: "Số thành viên bỏ phiếu", en: "Members voting")
    static let ballotHint = L(vi: "Để trống số phiếu đồng ý nếu chưa bỏ phiếu", en: "Leave votes for empty when there was no ballot")
    static let votesNeeded = L(vi: "Cần nhập số phiếu đồng ý", en: "Enter the votes for")
    static func proposalsTitle(_ cluster: String, _ year: Int) -> L { L(vi: "Đề nghị từ kết quả \(cluster) \(year)", en: "Proposals from \(cluster) \(year)") }
    static func proposalsCreated(_ n: Int) -> L { L(vi: "Đã tạo \(n) đề nghị ở trạng thái nháp.", en: "Created \(n) draft proposal(s).") }
    static let alternate = L(vi: "dự bị, không lưu", en: "alternate, not saved")
    static let councilReview = L(vi: "Cần Hội đồng xem xét", en: "For council review")
    static let noReview = L(vi: "không cần Hội đồng xem xét", en: "no council review needed")
    static let award = L(vi: "khen thưởng", en: "award")
    static let rank = L(vi: "hạng", en: "rank")
    static let score = L(vi: "điểm", en: "points")
}
