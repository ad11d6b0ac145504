import Foundation
import TDKTText

/// The parts of an administrative document around its content, as Decree 30/2020/NĐ-CP lays them out:
/// issuing body under its parent, national motto, number and symbol, place and date, signature, recipients.
public struct DocumentFrame: Sendable, Equatable {
    /// "UBND TỈNH THÁI NGUYÊN"
    public var parentBody: String
    /// "Sở Nội vụ tỉnh Thái Nguyên" (shown in capitals)
    public var issuingBody: String
    /// The number, assigned when the document is registered; nil leaves a blank for the clerk.
    public var number: Int?
    /// The issuer's abbreviation after the document type: "SNV" in "Số: 12/BC-SNV".
    public var issuerAbbreviation: String
    /// A number and symbol already given whole ("163/QĐ-UBND", a decision's): printed as it is.
    public var numberText: String?
    public var place: String
    /// nil leaves the day and month blank ("ngày    tháng    năm 2026") for the day of signing.
    public var date: CivilDate?
    /// The year printed when the date is left blank.
    public var year: Int
    /// Authority and title lines, in capitals: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].
    public var signature: [String]
    public var signerName: String
    /// Nơi nhận, each ending with ";" and the last with ".".
    public var recipients: [String]

    public init(parentBody: String, issuingBody: String, number: Int? = nil, issuerAbbreviation: String, place: String,
                date: CivilDate?, year: Int, signature: [String], signerName: String = "", recipients: [String]) {
        self.parentBody = parentBody; self.issuingBody = issuingBody; self.number = number
        self.issuerAbbreviation = issuerAbbreviation; self.place = place; self.date = date; self.year = year
        self.signature = signature; self.signerName = signerName; self.recipients = recipients
    }

    /// The frame an office uses by default: its names and signer from the configuration (`signer` picks one
    /// by id), else the signature that fits the kind of body; the recipients from the settings, else the usual
    /// recipients of a year-end summary.
    public static func standard(config: OfficeConfig, date: CivilDate?, year: Int, signer: String? = nil) -> DocumentFrame {
        let settings = config.documentSettings
        let folded = SearchKey.fold(config.officeName)
        var signature: [String]
        if folded.hasPrefix("ubnd") || folded.hasPrefix("uy ban nhan dan") {
            signature = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
        } else if folded.hasPrefix("so ") {
            signature = ["GIÁM ĐỐC"]
        } else {
            signature = ["THỦ TRƯỞNG CƠ QUAN"]
        }
        var name = ""
        if let s = settings.signer(signer) {
            signature = s.lines
            name = TextNormalization.clean(s.name)
        }
        let abbreviation = settings.issuerAbbreviation.map { TextNormalization.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
        return DocumentFrame(
            parentBody: config.parentBody, issuingBody: config.officeName,
            issuerAbbreviation: abbreviation ?? DocumentFrame.abbreviation(of: config.officeName), place: config.place, date: date,
            year: date?.year ?? year, signature: signature, signerName: name,
            recipients: settings.recipients ?? ["Bộ Nội vụ;", "Thường trực Tỉnh ủy, HĐND tỉnh;", "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
                                                "Hội đồng Thi đua - Khen thưởng tỉnh;", "Lưu: VT, TĐKT."])
    }

    /// The usual abbreviation of a body: "Sở Nội vụ tỉnh Thái Nguyên" → "SNV", "Sở Giáo dục và Đào tạo" → "SGDĐT",
    /// "UBND tỉnh Cao Bằng" → "UBND". Words after the place ("tỉnh", "thành phố", "huyện"...) are left out.
    public static func abbreviation(of body: String) -> String {
        var out = ""
        for word in TextNormalization.clean(body).split(separator: " ").map(String.init) {
            let f = SearchKey.fold(word)
            if ["tinh", "thanh", "huyen", "xa", "phuong", "quan", "tp", "tp."].contains(f) { break }
            if f == "va" || f == "-" || f == "," { continue }
            let letters = word.filter(\.isLetter)
            if letters.count > 1 && letters.allSatisfy(\.isUppercase) { out += SearchKey.fold(letters).uppercased(); continue }
            guard let first = letters.first else { continue }
            out += first == "Đ" || first == "đ" ? "Đ" : SearchKey.fold(String(first)).uppercased()
        }
        return out.isEmpty ? "..." : out
    }

    /// "Số: 12/BC-SNV"; a number below 10 takes a leading zero; no number leaves a blank.
    public func numberLine(typeAbbreviation: String) -> String {
        if let t = numberText { return "Số: " + TextNormalization.clean(t) }
        let n = number.map { $0 < 10 ? String(format: "%02d", $0) : String($0) } ?? "      "
        return "Số: \(n)/\(typeAbbreviation)-\(issuerAbbreviation)"
    }

    /// "Thái Nguyên, ngày 05 tháng 01 năm 2026". Decree 30: a day below 10 and the months 1 and 2 take a
    /// leading zero (so "tháng 01", "tháng 02", but "tháng 3" ... "tháng 12").
    public static func placeAndDate(place: String, date: CivilDate) -> String {
        let day = date.day < 10 ? String(format: "%02d", date.day) : String(date.day)
        let month = date.month <= 2 ? String(format: "%02d", date.month) : String(date.month)
        return "\(TextNormalization.clean(place)), ngày \(day) tháng \(month) năm \(date.year)"
    }

    public var placeAndDateLine: String {
        if let date { return DocumentFrame.placeAndDate(place: place, date: date) }
        return "\(TextNormalization.clean(place)), ngày      tháng      năm \(year)"
    }
}
