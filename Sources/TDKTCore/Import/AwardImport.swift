import Foundation

/// Importing the award history an office keeps in Excel (DOMAIN.md, "Importing what offices already have").
public enum AwardImport {
    /// The columns of an award history file, with the header names clerks use.
    public static let headerMatcher = HeaderMatcher(fields: [
        .init("year", Labels.year, synonyms: ["Năm", "Năm khen thưởng", "Năm xét", "year"], required: true),
        .init("type", Bilingual(vi: "Loại", en: "Type"),
              synonyms: ["Loại", "Đối tượng", "Loại đối tượng", "Cá nhân/Tập thể", "Tập thể/Cá nhân", "type", "kind"]),
        .init("name", Labels.name, synonyms: ["Họ và tên", "Họ tên", "Tên tập thể", "Tên", "Tên cá nhân, tập thể",
                                              "Tên cá nhân/tập thể", "Họ tên/Tên tập thể", "name", "full name"], required: true),
        .init("unit", Labels.unit, synonyms: ["Đơn vị", "Đơn vị công tác", "Cơ quan", "unit", "agency"]),
        .init("award", Labels.award, synonyms: ["Hình thức khen thưởng", "Danh hiệu", "Hình thức", "Danh hiệu thi đua",
                                                "Khen thưởng", "award", "title"], required: true),
        .init("campaign", Bilingual(vi: "Phong trào", en: "Campaign"), synonyms: ["Phong trào", "Phong trào thi đua", "campaign"]),
        .init("decisionNumber", Bilingual(vi: "Số quyết định", en: "Decision number"),
              synonyms: ["Số quyết định", "Số QĐ", "Quyết định số", "decision number", "decision"]),
        .init("decisionDate", Bilingual(vi: "Ngày quyết định", en: "Decision date"),
              synonyms: ["Ngày quyết định", "Ngày QĐ", "Ngày ký", "decision date", "date"]),
    ])
}
