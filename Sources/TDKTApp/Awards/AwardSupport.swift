import Foundation
import TDKTCore
import TerminalUI
import TDKTText


/// The award screens' rows of the one command table. F-keys keep their meaning (F7 new, F2 save);
/// the screens' own actions are letters and are all in the F9 menu.
enum AwardCommands {
    // Contexts: each extends a standard one, so lists keep their keys (↑↓, / search, F4 filter).
    static let proposals: TerminalUI.CommandContext = "award-proposals"
    static let form: TerminalUI.CommandContext = "award-form"
    static let preview: TerminalUI.CommandContext = "award-preview"
    static let history: TerminalUI.CommandContext = "award-history"
    static let roll: TerminalUI.CommandContext = "award-roll"
    static let catalogue: TerminalUI.CommandContext = "award-catalogue"

    static let move: CommandID = "award.move"
    static let vote: CommandID = "award.vote"
    static let new: CommandID = "award.new"
    static let decide: CommandID = "award.decide"
    static let year: CommandID = "award.year"
    static let nextTab: CommandID = "award.next-tab"
    static let previousTab: CommandID = "award.previous-tab"
    static let eligibility: CommandID = "award.eligibility"
    static let confirmDecision: CommandID = "award.confirm-decision"
    static let rollAward: CommandID = "award.roll-award"
    static let addValue: CommandID = "award.add-value"
    static let historyDocument: CommandID = "award.history-document"
    static let removeRecord: CommandID = "award.remove-record"
    static let correctRecord: CommandID = "award.correct-record"

    /// F-keys go in the bar; letters are in F1 and the F9 menu.
    private static func c(_ id: CommandID, _ keys: [Key], _ label: Localized, _ help: Localized, _ contexts: Set<TerminalUI.CommandContext>, bar: Bool = true) -> Command {
        let fkey: Bool = { if case .function? = keys.first { return true }; return false }()
        return Command(id, keys: keys, label: label, help: help, contexts: contexts, inBar: bar && fkey)
    }

    static let all: [Command] = [
        c(move, [.char("c")], Localized(vi: "Chuyển", en: "Move"),
          Localized(vi: "Chuyển các đề nghị đã đánh dấu sang bước sau (gửi, thẩm định, trình hội đồng, duyệt, trả lại, không đủ điều kiện)",
                    en: "Move the marked proposals on (submit, appraisal, council, approve, return, not eligible)"), [proposals]),
        c(vote, [.char("b")], Localized(vi: "Biểu quyết", en: "Vote"),
          Localized(vi: "Ghi kết quả biểu quyết của Hội đồng cho các đề nghị đang trình hội đồng",
                    en: "Record the council's vote on proposals before the council"), [proposals]),
        c(new, [.function(7)], Localized(vi: "Thêm", en: "New"), Localized(vi: "Lập đề nghị mới", en: "Open a new proposal"), [proposals]),
        c(decide, [.char("q")], Localized(vi: "Ra QĐ", en: "Decide"),
          Localized(vi: "Ra quyết định khen thưởng cho các đề nghị đã duyệt đã đánh dấu", en: "Make a decision for the marked approved proposals"),
          [proposals]),
        c(year, [.char("y")], Localized(vi: "Năm", en: "Year"), Localized(vi: "Đổi năm xét (lần lượt các năm, rồi tất cả)",
                                                                          en: "Change the year shown (each year, then all)"), [proposals, roll]),
        c(nextTab, [.right, .tab], Localized(vi: "Trạng thái sau", en: "Next state"),
          Localized(vi: "Sang trạng thái (năm) kế tiếp (→ hoặc Tab)", en: "Next state tab, or next year (→ or Tab)"), [proposals, roll], bar: false),
        c(previousTab, [.left, .backTab], Localized(vi: "Trạng thái trước", en: "Previous state"),
          Localized(vi: "Về trạng thái (năm) trước (← hoặc Shift-Tab)", en: "Previous state tab, or previous year (← or Shift-Tab)"), [proposals, roll], bar: false),
        c(eligibility, [], Localized(vi: "Điều kiện", en: "Eligibility"),
          Localized(vi: "Xem đầy đủ giải trình điều kiện khen thưởng", en: "Show the full eligibility explanation"), [form]),
        c(confirmDecision, [.function(2)], Localized(vi: "Ra QĐ", en: "Make it"),
          Localized(vi: "Ra quyết định như bản xem trước", en: "Make the decision as previewed"), [preview]),
        c(rollAward, [.char("h")], Localized(vi: "Khen thưởng", en: "Award"),
          Localized(vi: "Đổi hình thức khen thưởng (lần lượt, rồi tất cả)", en: "Change the award shown (each, then all)"), [roll]),
        // The history lookup types into its search line, so its actions have no letter: F9 menu.
        c(historyDocument, [], Localized(vi: "Trang in quá trình khen thưởng", en: "Award history pages"),
          Localized(vi: "Quá trình khen thưởng của người, tập thể đang chọn: xem trang in, ghi tệp (F2), in (p)",
                    en: "The award history of the selected person or unit: printed pages, save (F2), print (p)"), [history]),
        c(removeRecord, [.function(8)], Localized(vi: "Xóa", en: "Delete"),
          Localized(vi: "Xóa khen thưởng đang chọn (nhập sai, trùng), ghi lý do vào nhật ký", en: "Delete the chosen award record (wrong, duplicate), the reason kept in the audit log"),
          [history]),
        c(correctRecord, [], Localized(vi: "Sửa khen thưởng", en: "Correct award record"),
          Localized(vi: "Sửa khen thưởng đang chọn (năm, hình thức, loại, số và ngày quyết định, số tiền), ghi lý do vào nhật ký",
                    en: "Correct the chosen award record (year, award, kind, decision number and date, amount), the reason kept in the audit log"),
          [history]),
        c(addValue, [.function(7)], Localized(vi: "Thêm mức", en: "Add value"),
          Localized(vi: "Thêm giá trị mới có ngày hiệu lực (không sửa đè lịch sử)", en: "Add a new dated value (history is kept)"), [catalogue]),
    ]

    /// Each award context extends a standard one, so lists keep their keys (↑↓, / search, F4 filter).
    static let parents: [TerminalUI.CommandContext: TerminalUI.CommandContext] = [
        proposals: .list, history: .list, roll: .list, catalogue: .list, preview: .text, form: .form,
    ]
}

/// Names and labels the award screens share.
struct AwardNames {
    let ws: Workspace
    let lang: Language

    var catalogue: AwardCatalogue? { ws.catalogue?.value }

    func award(_ code: String) -> String {
        guard let a = catalogue?.award(code) else { return code }
        return lang == .en ? a.nameEn : a.name
    }

    func nominee(_ n: NomineeRef) -> String { ws.name(of: n) }

    /// The unit a person or household belongs to, or a unit's parent.
    func unitOf(_ n: NomineeRef) -> String {
        switch n.kind {
        case .person: return ws.personLabel(n.id).map { ws.units[$0.unitId]?.value.name ?? $0.unitId } ?? ""
        case .household: return ws.households[n.id].map { ws.units[$0.value.unitId]?.value.name ?? $0.value.unitId } ?? ""
        case .unit: return ws.units[n.id]?.value.parentId.flatMap { ws.units[$0]?.value.name } ?? ""
        }
    }

    static func decimal(_ d: Decimal?) -> String {
        guard let d else { return "—" }
        return NSDecimalNumber(decimal: d).stringValue
    }
}
