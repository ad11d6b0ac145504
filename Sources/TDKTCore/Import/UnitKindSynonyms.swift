import Foundation
import TDKTText

/// Unit kinds as offices write them in their sheets (DOMAIN.md, "Office data as it arrives"), matched
/// folded (no case, no diacritics). The text is kept as written beside the kind.
enum UnitKindSynonyms {
    /// Whole phrases first; then the first word or two, which is how most kinds begin ("Trường THCS ...").
    static let phrases: [(String, Unit.Kind)] = [
        ("ubnd tinh", .province), ("tinh", .province), ("co quan hanh chinh", .province), ("co quan hanh chinh cap tinh", .province),
        ("so", .department), ("ban", .department), ("nganh", .department), ("so, ban, nganh", .department), ("so ban nganh", .department),
        ("co quan chuyen mon", .department), ("phong", .department),
        ("ubnd huyen", .district), ("huyen", .district), ("thi xa", .district), ("thanh pho", .district), ("thanh pho thuoc tinh", .district),
        ("huyen, thi xa, thanh pho", .district), ("huyen, thanh pho", .district),
        ("xa", .commune), ("phuong", .commune), ("thi tran", .commune), ("dac khu", .commune), ("ubnd xa", .commune),
        ("xa, phuong, thi tran", .commune), ("xa, phuong", .commune), ("xa, phuong, dac khu", .commune),
        ("doan the", .association), ("hoi", .association), ("mat tran to quoc", .association), ("hoi nong dan", .association),
        ("doan thanh nien", .association), ("hoi lien hiep phu nu", .association), ("cong doan", .association), ("hoi, doan the", .association),
        ("doanh nghiep", .enterprise), ("cong ty", .enterprise), ("tong cong ty", .enterprise),
        ("hop tac xa", .cooperative), ("htx", .cooperative), ("to hop tac", .cooperative),
        ("truong", .school), ("truong hoc", .school), ("mam non", .school), ("tieu hoc", .school), ("thcs", .school), ("thpt", .school),
        ("don vi su nghiep", .publicService), ("benh vien", .publicService), ("trung tam", .publicService),
        ("cong an", .armedForces), ("quan su", .armedForces), ("bien phong", .armedForces), ("luc luong vu trang", .armedForces),
        ("co quan trung uong", .centralAgency), ("co quan trung uong dong tren dia ban", .centralAgency),
        ("co quan trung uong tren dia ban", .centralAgency),
    ]
    static let table: [String: Unit.Kind] = Dictionary(phrases, uniquingKeysWith: { first, _ in first })

    /// The kind for what a clerk wrote, or nil when nothing matches (the caller keeps it as "other").
    static func kind(_ text: String) -> Unit.Kind? {
        let f = SearchKey.fold(text).trimmingCharacters(in: .whitespaces)
        if let exact = Unit.Kind(rawValue: f) ?? Unit.Kind.allCases.first(where: { $0.rawValue.lowercased() == f }) { return exact }
        for kind in Unit.Kind.allCases where SearchKey.fold(kind.label.vi) == f || SearchKey.fold(kind.label.en) == f { return kind }
        if let k = table[f] { return k }
        // Without the part in brackets: "Cơ quan hành chính (cấp tỉnh)".
        if let open = f.firstIndex(of: "("), let k = table[f[..<open].trimmingCharacters(in: .whitespaces)] { return k }
        let words = f.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            if let k = table[words.prefix(n).joined(separator: " ")] { return k }
        }
        return nil
    }
}
