import Foundation
import TDKTText

/// What a caller tried to do to a round; named in `ScoringError.invalidState`.
public enum RoundAction: String, Codable, Sendable, Equatable {
    case editConfiguration, openScoring, reopenConfiguration, saveSheet, closeScoring
    case openExplanationPeriod, fileExplanation, reviseSheet, finalize, editFacts, importSheets, recordBallot

    func label(_ language: String) -> String {
        let en = language == "en"
        switch self {
        case .editConfiguration: return en ? "edit the configuration" : "sửa cấu hình"
        case .openScoring: return en ? "open scoring" : "mở chấm điểm"
        case .reopenConfiguration: return en ? "re-open the configuration" : "mở lại cấu hình"
        case .saveSheet: return en ? "save a score sheet" : "lưu phiếu chấm"
        case .closeScoring: return en ? "close cross-scoring" : "khóa chấm chéo"
        case .openExplanationPeriod: return en ? "open the explanation period" : "mở thời hạn giải trình"
        case .fileExplanation: return en ? "file an explanation" : "gửi giải trình"
        case .reviseSheet: return en ? "revise a sheet" : "điều chỉnh phiếu chấm"
        case .finalize: return en ? "finalize the result" : "chốt kết quả"
        case .editFacts: return en ? "edit bonus, penalty or exclusion facts" : "sửa điểm cộng, điểm trừ hoặc loại trừ"
        case .importSheets: return en ? "import score sheets" : "nhập phiếu chấm"
        case .recordBallot: return en ? "record the confirming ballot" : "ghi kết quả bỏ phiếu suy tôn"
        }
    }
}

/// Every refusal of the scoring engine. Each case names the field, criterion or record at fault.
/// `message(language:)` gives Vietnamese ("vi", the default) or English ("en").
public indirect enum ScoringError: Error, LocalizedError, Equatable, Sendable {
    // Sheets
    case selfScoring(raterId: String)
    case raterNotAllowed(raterId: String, rateeId: String)
    case unknownUnit(field: String, unitId: String)
    case unknownCriterion(criterionId: String)
    case valueAboveMaximum(criterion: String, value: String, maximum: String)
    case negativeValue(criterion: String, value: String)
    case valueOffStep(criterion: String, value: String, step: String)
    case sheetNotFound(raterId: String, rateeId: String)
    case existingSheetInvalid(raterId: String, rateeId: String, reason: ScoringError)
    // Configuration
    case duplicateIdentifier(field: String, id: String)
    case nonPositiveMaximum(criterion: String)
    case invalidStep(criterion: String, step: String, maximum: String)
    case unknownPriorityGroup(groupId: String)
    case tooFewMembers(field: String, count: Int)
    case emptyField(field: String)
    case invalidNumber(field: String, value: String)
    case unknownItem(field: String, itemId: String)
    case configurationFrozen(field: String)
    case roundIdChanged(field: String, expected: String, found: String)
    case invalidState(action: RoundAction, state: RoundState)
    // Explanations
    case explanationDeadlinePassed(unitId: String, criterionId: String, deadline: Date)
    case explanationNotFound(explanationId: String)
    case explanationMismatch(explanationId: String, unitId: String)
    // Exchange
    case exchangeRaterMismatch(expected: String, found: String)
    case exchangeRoundMismatch(expected: String, found: String)
    case malformedExchange(detail: String)
    /// The file was filled against another criteria table (its hash differs from the round's).
    case exchangeTableMismatch(expected: String, found: String)
    /// The file's rater is not a member (or panel rater) of the round's cluster.
    case exchangeRaterNotMember(raterId: String)
    /// The file names the rater's or a unit's name unlike the records.
    case exchangeNameMismatch(field: String, unitId: String, expected: String, found: String)
    /// Values that look like ticks (10^decimals × points) in a file that must carry points.
    case exchangeValuesLookLikeTicks(criterion: String, value: String, maximum: String)

    public func message(language: String = "vi") -> String {
        let en = language == "en"
        switch self {
        case let .selfScoring(r):
            return en ? "Unit '\(r)' cannot score itself in cross-scoring"
                      : "Đơn vị '\(r)' không được tự chấm chéo cho chính mình"
        case let .raterNotAllowed(r, u):
            return en ? "'\(r)' is not allowed to cross-score unit '\(u)' under this round's configuration"
                      : "'\(r)' không có quyền chấm chéo đơn vị '\(u)' theo cấu hình đợt chấm"
        case let .unknownUnit(f, u):
            return en ? "\(f): unit '\(u)' is not a member of this cluster"
                      : "\(f): đơn vị '\(u)' không thuộc cụm, khối thi đua này"
        case let .unknownCriterion(c):
            return en ? "Criterion '\(c)' is not in the criteria table" : "Tiêu chí '\(c)' không có trong bảng chấm điểm"
        case let .valueAboveMaximum(c, v, m):
            return en ? "Criterion '\(c)': \(v) exceeds the maximum \(m)"
                      : "Tiêu chí '\(c)': \(v) vượt quá điểm tối đa \(m)"
        case let .negativeValue(c, v):
            return en ? "Criterion '\(c)': \(v) is negative" : "Tiêu chí '\(c)': \(v) là điểm âm"
        case let .valueOffStep(c, v, s):
            return en ? "Criterion '\(c)': \(v) is not a multiple of the step \(s)"
                      : "Tiêu chí '\(c)': \(v) không đúng bước điểm \(s)"
        case let .sheetNotFound(r, u):
            return en ? "No sheet from '\(r)' for unit '\(u)'" : "Không có phiếu chấm của '\(r)' cho đơn vị '\(u)'"
        case let .existingSheetInvalid(r, u, reason):
            return en ? "The sheet from '\(r)' for '\(u)' would become invalid: \(reason.message(language: language))"
                      : "Phiếu chấm của '\(r)' cho '\(u)' sẽ không còn hợp lệ: \(reason.message(language: language))"
        case let .duplicateIdentifier(f, id):
            return en ? "\(f): identifier '\(id)' is used twice" : "\(f): mã '\(id)' bị trùng"
        case let .nonPositiveMaximum(c):
            return en ? "Criterion '\(c)': the maximum must be greater than 0"
                      : "Tiêu chí '\(c)': điểm tối đa phải lớn hơn 0"
        case let .invalidStep(c, s, m):
            return en ? "Criterion '\(c)': step \(s) must be positive and divide the maximum \(m)"
                      : "Tiêu chí '\(c)': bước điểm \(s) phải dương và chia hết điểm tối đa \(m)"
        case let .unknownPriorityGroup(g):
            return en ? "Priority group '\(g)' is not a group of the criteria table"
                      : "Nhóm ưu tiên '\(g)' không có trong bảng chấm điểm"
        case let .tooFewMembers(f, n):
            return en ? "\(f): a cluster needs at least 2 member units (found \(n))"
                      : "\(f): cụm, khối cần ít nhất 2 đơn vị thành viên (hiện có \(n))"
        case let .emptyField(f):
            return en ? "\(f) must not be empty" : "\(f) không được để trống"
        case let .invalidNumber(f, v):
            return en ? "\(f): value \(v) is not allowed" : "\(f): giá trị \(v) không hợp lệ"
        case let .unknownItem(f, id):
            return en ? "\(f): item '\(id)' is not configured" : "\(f): khoản mục '\(id)' chưa được cấu hình"
        case let .configurationFrozen(f):
            return en ? "\(f) is frozen since the first sheet was saved; re-open it with a reason first"
                      : "\(f) đã bị khóa từ khi lưu phiếu chấm đầu tiên; cần mở lại kèm lý do"
        case let .roundIdChanged(f, e, found):
            return en ? "\(f): round '\(found)' does not match '\(e)'" : "\(f): đợt chấm '\(found)' không khớp với '\(e)'"
        case let .invalidState(a, s):
            return en ? "Cannot \(a.label(language)) while the round is \(s.label(language))"
                      : "Không thể \(a.label(language)) khi đợt chấm \(s.label(language))"
        case let .explanationDeadlinePassed(u, c, d):
            let when = ScoringDates.format(d)
            return en ? "Explanation from '\(u)' on criterion '\(c)' refused: the deadline \(when) has passed"
                      : "Không nhận giải trình của '\(u)' về tiêu chí '\(c)': đã quá hạn \(when)"
        case let .explanationNotFound(id):
            return en ? "Explanation '\(id)' does not exist" : "Không có giải trình '\(id)'"
        case let .explanationMismatch(id, u):
            return en ? "Explanation '\(id)' was not filed by unit '\(u)'"
                      : "Giải trình '\(id)' không phải của đơn vị '\(u)'"
        case let .exchangeRaterMismatch(e, f):
            return en ? "The file is for rater '\(f)', expected '\(e)'"
                      : "Tệp là phiếu của người chấm '\(f)', không phải '\(e)'"
        case let .exchangeRoundMismatch(e, f):
            return en ? "The file is for round '\(f)', expected '\(e)'"
                      : "Tệp thuộc đợt chấm '\(f)', không phải '\(e)'"
        case let .malformedExchange(d):
            return en ? "The score-sheet file cannot be read: \(d)" : "Không đọc được tệp phiếu chấm: \(d)"
        case let .exchangeTableMismatch(e, f):
            return en ? "The file was filled against another criteria table (hash \(f.prefix(12)), this round's is \(e.prefix(12))); export the sheets again"
                      : "Tệp được chấm theo bảng chấm điểm khác (mã băm \(f.prefix(12)), bảng của đợt này là \(e.prefix(12))); hãy xuất lại phiếu chấm"
        case let .exchangeRaterNotMember(r):
            return en ? "The file's rater '\(r)' is not a member of this cluster: refused"
                      : "Người chấm '\(r)' trong tệp không phải thành viên cụm, khối này: không nhận"
        case let .exchangeNameMismatch(f, u, e, found):
            return en ? "\(f): unit '\(u)' is named '\(found)' in the file, '\(e)' in the records: refused"
                      : "\(f): đơn vị '\(u)' mang tên '\(found)' trong tệp, khác với '\(e)' trong dữ liệu: không nhận"
        case let .exchangeValuesLookLikeTicks(c, v, m):
            return en ? "Criterion '\(c)': \(v) is above the maximum \(m) — the file seems to hold tenths (ticks) instead of points; values must be in points"
                      : "Tiêu chí '\(c)': \(v) vượt điểm tối đa \(m) — tệp có vẻ ghi theo đơn vị phần mười thay vì điểm; giá trị phải tính bằng điểm"
        }
    }

    public var errorDescription: String? { message(language: "vi") }
}

/// Dates in messages: dd/MM/yyyy HH:mm in Vietnam time (UTC+7), independent of the host locale.
enum ScoringDates {
    static func format(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ v: Int?) -> String { let v = v ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(c.day))/\(two(c.month))/\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
    }
}

/// Text is stored in NFC.
@inline(__always) func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }
