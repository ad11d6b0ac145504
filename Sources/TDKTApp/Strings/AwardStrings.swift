import TerminalUI
import TDKTText

/// Interface text of the award screens (proposals, decisions, lookup, catalogue), in Vietnamese and English.
enum AwardStrings {
    // Screens.
    static let proposalList = Localized(vi: "Đề nghị khen thưởng theo trạng thái", en: "Proposals by state")
    static let newProposal = Localized(vi: "Lập đề nghị khen thưởng", en: "New award proposal")
    static func editProposal(_ id: String) -> Localized { Localized(vi: "Đề nghị \(id)", en: "Proposal \(id)") }
    static let historyLookup = Localized(vi: "Tra cứu quá trình khen thưởng", en: "Award history lookup")
    static let honourRoll = Localized(vi: "Danh sách được khen theo năm", en: "Honour roll by year")
    static let catalogue = Localized(vi: "Danh mục hình thức khen thưởng", en: "Award catalogue")
    static let baseSalaries = Localized(vi: "Mức lương cơ sở", en: "Base salaries")

    // Proposal list.
    static let all = Localized(vi: "Tất cả", en: "All")
    static let stateLabel = Localized(vi: "Trạng thái: ", en: "State: ")
    static let yearLabel = Localized(vi: "Năm: ", en: "Year: ")
    static let colYear = Localized(vi: "Năm", en: "Year")
    static let decisionList = Localized(vi: "Quyết định khen thưởng theo năm", en: "Award decisions by year")
    static let colNumber = Localized(vi: "Số", en: "Number")
    static let colCount = Localized(vi: "Số lượng", en: "Count")
    static let colMoney = Localized(vi: "Tiền thưởng", en: "Money")
    static let noDecision = Localized(vi: "Chưa chọn quyết định nào", en: "No decision selected")
    static func decisionCount(_ n: Int, _ total: String) -> Localized {
        Localized(vi: "\(n) quyết định, tổng tiền thưởng \(total)", en: "\(n) decision\(n == 1 ? "" : "s"), money in all \(total)")
    }
    static let colAward = Localized(vi: "Khen thưởng", en: "Award")
    static let colNominee = Localized(vi: "Đề nghị cho", en: "Nominee")
    static let colState = Localized(vi: "Trạng thái", en: "State")
    static let nothingChosen = Localized(vi: "Chưa chọn đề nghị nào", en: "No proposal chosen")
    static func moveTitle(_ n: Int) -> Localized { Localized(vi: "Chuyển \(n) đề nghị sang", en: "Move \(n) proposal(s) to") }
    static func noMove(_ states: String) -> Localized {
        Localized(vi: "Không có bước nào bạn được làm cho các đề nghị đang ở: \(states)",
                  en: "There is no move you may make for proposals in: \(states)")
    }
    static let reasonTitle = Localized(vi: "Lý do", en: "Reason")
    static let removeRecordTitle = Localized(vi: "Xóa khen thưởng", en: "Delete award record")
    static func removeRecordLabel(_ id: String) -> Localized {
        Localized(vi: "Xóa \(id). Lý do (bắt buộc, ghi vào nhật ký):", en: "Delete \(id). Why (required, kept in the audit log):")
    }
    static func correctRecordTitle(_ id: String) -> Localized { Localized(vi: "Sửa khen thưởng \(id)", en: "Correct award record \(id)") }
    static let recordKind = Localized(vi: "Loại khen thưởng", en: "Kind of award")
    static let decisionDate = Localized(vi: "Ngày quyết định", en: "Decision date")
    static let correctionReason = Localized(vi: "Lý do sửa (bắt buộc)", en: "Why (required)")
    static let correctionNote = Localized(vi: "F2 lưu, lý do ghi vào nhật ký. Khen thưởng lập từ quyết định trong chương trình giữ người nhận, hình thức và số quyết định.",
                                          en: "F2 saves, the reason kept in the audit log. An award made from a decision here keeps its recipient, award and number.")
    static func recordCorrected(_ id: String) -> Localized { Localized(vi: "Đã sửa khen thưởng \(id)", en: "Corrected award record \(id)") }
    static func recordRemoved(_ id: String) -> Localized { Localized(vi: "Đã xóa khen thưởng \(id)", en: "Deleted award record \(id)") }
    static let returnedBecause = Localized(vi: "Bị trả lại: ", en: "Returned: ")
    static let overrideTitle = Localized(vi: "Vượt điều kiện khen thưởng", en: "Override eligibility")
    static func overrideLabel(_ n: Int) -> Localized {
        Localized(vi: "\(n) đề nghị chưa đủ điều kiện. Lý do cho đi tiếp (bắt buộc): ",
                  en: "\(n) proposal(s) not eligible. Reason to let them go on (required): ")
    }
    static func reasonLabel(_ target: String) -> Localized {
        Localized(vi: "Lý do (\(target)) — bắt buộc:", en: "Reason (\(target)) — required:")
    }
    static func moved(_ n: Int, _ target: String) -> Localized { Localized(vi: "Đã chuyển \(n) đề nghị sang \(target)", en: "Moved \(n) proposal(s) to \(target)") }

    // Proposal form.
    static let nominee = Localized(vi: "Đề nghị cho (Enter: tìm)", en: "Nominee (Enter: search)")
    static let award = Localized(vi: "Hình thức", en: "Award")
    static let year = Localized(vi: "Năm xét", en: "Year")
    static let kind = Localized(vi: "Loại khen thưởng", en: "Kind")
    static let procedure = Localized(vi: "Thủ tục", en: "Procedure")
    static let procedureNormal = Localized(vi: "Thông thường", en: "Normal")
    static let procedureSimplified = Localized(vi: "Đơn giản", en: "Simplified")
    static let source = Localized(vi: "Từ phong trào, cụm", en: "From campaign, cluster")
    static let none = Localized(vi: "—", en: "—")
    static let campaignPrefix = Localized(vi: "Phong trào: ", en: "Campaign: ")
    static let clusterPrefix = Localized(vi: "Cụm: ", en: "Cluster: ")
    static let achievement = Localized(vi: "Tóm tắt thành tích", en: "Achievement")
    /// A document of the dossier; * when the award and procedure require it.
    static func dossier(_ item: String, required: Bool) -> Localized { Localized(item + (required ? " *" : "")) }
    static let pickNominee = Localized(vi: "Chọn người, hộ hoặc tập thể (Enter trên ô này)", en: "Pick a person, household or unit (Enter on this field)")
    static let pickerTitle = Localized(vi: "Chọn người hoặc tập thể được đề nghị", en: "Choose the nominee")
    static let colName = Localized(vi: "Tên", en: "Name")
    static let colKind = Localized(vi: "Loại", en: "Kind")
    static let colUnit = Localized(vi: "Đơn vị", en: "Unit")
    static let noAward = Localized(vi: "(không có hình thức phù hợp)", en: "(no award fits)")
    static let eligibilityHead = Localized(vi: "Điều kiện khen thưởng", en: "Eligibility")
    static let eligibilityNeedsInput = Localized(vi: "Chọn người được đề nghị, hình thức và năm để xem điều kiện.",
                                                 en: "Choose the nominee, the award and the year to see the conditions.")
    static let moreWithF6 = Localized(vi: "… F9: xem đầy đủ", en: "… F9: see all")
    static func created(_ id: String) -> Localized { Localized(vi: "Đã tạo đề nghị \(id) (nháp)", en: "Created proposal \(id) (draft)") }
    static func updated(_ id: String) -> Localized { Localized(vi: "Đã lưu đề nghị \(id)", en: "Saved proposal \(id)") }
    static let lockedInEdit = Localized(vi: "Đề nghị đã lập: không đổi người được đề nghị, hình thức, năm",
                                        en: "A proposal once opened keeps its nominee, award and year")
    static func missingDossier(_ items: String) -> Localized { Localized(vi: "Hồ sơ còn thiếu: \(items)", en: "Dossier missing: \(items)") }

    // Detail.
    static let achievementLine = Localized(vi: "Thành tích: ", en: "Achievement: ")
    static let dossierLine = Localized(vi: "Hồ sơ: ", en: "Dossier: ")
    static let voteLine = Localized(vi: "Biểu quyết: ", en: "Vote: ")
    static let historyHead = Localized(vi: "Quá trình xử lý", en: "History")
    static let decisionLine = Localized(vi: "Quyết định: ", en: "Decision: ")

    // Vote.
    static let voteTitle = Localized(vi: "Kết quả biểu quyết của Hội đồng", en: "Council vote")
    static let forVotes = Localized(vi: "Số phiếu đồng ý", en: "Votes for")
    static let against = Localized(vi: "Số phiếu không đồng ý", en: "Votes against")
    static let members = Localized(vi: "Tổng số thành viên", en: "Council members")
    static func threshold(_ award: String, _ percent: String) -> Localized {
        Localized(vi: "\(award): cần ≥ \(percent) tổng số thành viên và quá nửa", en: "\(award): needs ≥ \(percent) of all members and a majority")
    }
    static let passes = Localized(vi: "ĐẠT", en: "PASSES")
    static let fails = Localized(vi: "KHÔNG ĐẠT", en: "FAILS")
    static func voteRecorded(_ n: Int, _ outcome: String) -> Localized {
        Localized(vi: "Đã ghi phiếu cho \(n) đề nghị: \(outcome)", en: "Vote recorded on \(n) proposal(s): \(outcome)")
    }
    static let voteApplies = Localized(vi: "Áp dụng cho:", en: "Applies to:")

    // Decision.
    static let decisionTitle = Localized(vi: "Ra quyết định khen thưởng", en: "Award decision")
    static let number = Localized(vi: "Số quyết định", en: "Decision number")
    static let date = Localized(vi: "Ngày ký", en: "Date signed")
    /// The same, as a 10-column heading over dates.
    static let colDateSigned = Localized(vi: "Ngày ký", en: "Signed on")
    static let signerTitle = Localized(vi: "Chức vụ người ký", en: "Signer's title")
    static let signerName = Localized(vi: "Họ tên người ký", en: "Signer's name")
    static let defaultSignerTitle = Localized(vi: "Chủ tịch UBND tỉnh", en: "Chủ tịch UBND tỉnh")
    static let recipients = Localized(vi: "Người, tập thể được khen:", en: "Recipients:")
    static let previewHint = Localized(vi: "F2: xem trước số tiền rồi xác nhận", en: "F2: preview the money, then confirm")
    static func previewTitle(_ number: String) -> Localized { Localized(vi: "Xem trước quyết định \(number)", en: "Decision \(number) preview") }
    static let total = Localized(vi: "Tổng cộng", en: "Total")
    static let warning = Localized(vi: "Lưu ý: ", en: "Note: ")
    static let confirmHint = Localized(vi: "F2: ra quyết định · Esc: quay lại sửa", en: "F2: make the decision · Esc: back to edit")
    static func confirmMake(_ number: String, _ n: Int, _ total: String) -> Localized {
        Localized(vi: "Ra quyết định \(number) khen thưởng \(n) người/tập thể, tổng \(total)?",
                  en: "Make decision \(number) for \(n) recipient(s), total \(total)?")
    }
    static func made(_ number: String) -> Localized { Localized(vi: "Đã ra quyết định \(number)", en: "Decision \(number) made") }

    // History and honour roll.
    static let searchLabel = Localized(vi: "Tìm người, tập thể: ", en: "Find a person or unit: ")
    static let readingHistory = Localized(vi: "Đang đọc khen thưởng các năm… (Esc: quay lại)", en: "Reading the awards of every year… (Esc: back)")
    static let searchHint = Localized(vi: "gõ tên, không cần dấu, rồi Enter", en: "type a name, no diacritics needed, then Enter")
    static let colRecipient = Localized(vi: "Người/tập thể", en: "Recipient")
    static let colDecision = Localized(vi: "Số QĐ", en: "Decision")
    static let colAmount = Localized(vi: "Số tiền", en: "Amount")
    static func found(_ n: Int) -> Localized { Localized(vi: "Tìm thấy \(n) lần khen thưởng", en: "\(n) award(s) found") }
    static let awardFilter = Localized(vi: "Khen thưởng: ", en: "Award: ")

    // Catalogue.
    static let colCode = Localized(vi: "Mã", en: "Code")
    static let colIndividual = Localized(vi: "HS cá nhân", en: "Indiv.")
    static let colCollective = Localized(vi: "HS tập thể", en: "Coll.")
    static let colFrom = Localized(vi: "Từ ngày", en: "From")
    static let colTo = Localized(vi: "Đến ngày", en: "To")
    static let colBasis = Localized(vi: "Căn cứ", en: "Legal basis")
    static let colSalary = Localized(vi: "Mức (đồng/tháng)", en: "Amount (đ/month)")
    static let readOnly = Localized(vi: "Chỉ xem: chỉ quản trị viên sửa danh mục", en: "Read only: only an administrator edits the catalogue")
    static let level = Localized(vi: "Cấp quyết định: ", en: "Decided by: ")
    static let recipientsKind = Localized(vi: "Đối tượng: ", en: "Recipients: ")
    static let councilThreshold = Localized(vi: "Tỷ lệ phiếu Hội đồng: ", en: "Council threshold: ")
    static let coefficients = Localized(vi: "Hệ số theo thời gian", en: "Coefficients over time")
    static func addCoefficientTitle(_ code: String) -> Localized { Localized(vi: "Thêm hệ số mới cho \(code)", en: "New coefficient for \(code)") }
    static let addSalaryTitle = Localized(vi: "Thêm mức lương cơ sở mới", en: "New base salary")
    static let validFrom = Localized(vi: "Hiệu lực từ ngày", en: "Valid from")
    static let individual = Localized(vi: "Hệ số cá nhân, hộ", en: "Individual coefficient")
    static let collective = Localized(vi: "Hệ số tập thể", en: "Collective coefficient")
    static let legalBasis = Localized(vi: "Căn cứ pháp lý", en: "Legal basis")
    static let amount = Localized(vi: "Mức (đồng/tháng)", en: "Amount (đồng/month)")
    static let notADecimal = Localized(vi: "Không phải số (vd. 1,5)", en: "Not a number (e.g. 1.5)")
    static let keepsHistory = Localized(vi: "Giá trị mới áp dụng từ ngày hiệu lực; giá trị cũ giữ nguyên đến hôm trước.",
                                        en: "The new value holds from its date; the old one stays, ending the day before.")
    static let catalogueSaved = Localized(vi: "Đã lưu danh mục", en: "Catalogue saved")
    static let current = Localized(vi: "Hiện có:", en: "Current:")
    static let amountByRule = Localized(vi: "tính theo hệ số và lương cơ sở ngày quyết định", en: "from the coefficient and base salary on the decision date")
    static let campaign = Localized(vi: "Phong trào", en: "Campaign")
}
