import TDKTText

/// The cluster form and the clusters screen's own commands.
enum ClusterFormStrings {
    typealias L = Localized
    static let newTitle = L(vi: "Thêm cụm, khối thi đua", en: "New cluster or block")
    static func editTitle(_ name: String) -> L { L(vi: "Sửa \(name)", en: "Edit \(name)") }
    static let memberCount = L(vi: "đơn vị", en: "units")
    static func saved(_ name: String) -> L { L(vi: "Đã lưu \(name)", en: "Saved \(name)") }
    static let new = L(vi: "Thêm", en: "New")
    static let newHelp = L(vi: "Thêm cụm, khối thi đua", en: "Add a cluster or block")
    static let edit = L(vi: "Sửa", en: "Edit")
    static let editHelp = L(vi: "Sửa cụm, khối (thành viên, cụm trưởng, cụm phó, giao ước của một năm)",
                            en: "Edit the cluster (members; a year's leader, deputy and agreement)")
    static let retire = L(vi: "Giải thể", en: "Retire")
    static let retireHelp = L(vi: "Giải thể cụm, khối sau một năm (hồ sơ vẫn giữ)", en: "Retire the cluster after a year (its records stay)")
    static let retireYear = L(vi: "Năm hoạt động cuối cùng", en: "Last year of work")
    static func retireConfirm(_ name: String, _ year: Int) -> L {
        L(vi: "Giải thể \(name) sau năm \(year)? Hồ sơ các năm vẫn được giữ.", en: "Retire \(name) after \(year)? Its records stay.")
    }
    static func retired(_ name: String, _ year: Int) -> L { L(vi: "Đã giải thể \(name) sau năm \(year)", en: "\(name) retired after \(year)") }
    static func retiredAfter(_ year: Int) -> L { L(vi: "giải thể sau \(year)", en: "retired after \(year)") }
    static let pickMember = L(vi: "Chọn đơn vị thành viên trước", en: "Pick the members first")
}
