import Foundation
import TDKTText

/// The award catalogue a new data directory starts with (DOMAIN.md); an administrator edits it afterwards.
public enum DefaultCatalogue {
    static let d91 = "Nghị định 91/2017/NĐ-CP"
    static let d98 = "Nghị định 98/2023/NĐ-CP"
    static let d152 = "Nghị định 152/2025/NĐ-CP"

    /// The periods of the decrees that set the coefficients: 91/2017 to 31/12/2023, 98/2023 from 01/01/2024
    /// (in force with the 2022 law) to 30/6/2025, 152/2025 from 01/7/2025.
    static let periods: [(from: CivilDate, to: CivilDate?, basis: String)] = [
        (CivilDate(2017, 10, 1), CivilDate(2023, 12, 31), d91),
        (CivilDate(2024, 1, 1), CivilDate(2025, 6, 30), d98),
        (CivilDate(2025, 7, 1), nil, d152),
    ]

    private static func coef(_ i: String?, _ c: String?, from: CivilDate = CivilDate(2017, 10, 1), to: CivilDate? = nil,
                             _ basis: String) -> DatedCoefficient {
        DatedCoefficient(validFrom: from, validTo: to, individual: i.flatMap { Decimal(string: $0) },
                         collective: c.flatMap { Decimal(string: $0) }, legalBasis: basis)
    }

    /// One row per decree, each with its dates and its text; `from152` replaces the figures from 01/7/2025.
    static func dated(_ i: String?, _ c: String?, from152: (String?, String?)? = nil) -> [DatedCoefficient] {
        periods.map { p in
            let figures = p.basis == d152 ? (from152 ?? (i, c)) : (i, c)
            return coef(figures.0, figures.1, from: p.from, to: p.to, p.basis)
        }
    }

    public static var catalogue: AwardCatalogue {
        let ind: [AwardType.DossierItem] = [.submission, .achievementReport, .minutes]
        let withInitiative = ind + [.initiativeCertificate]
        let flag: [AwardType.DossierItem] = [.submission, .achievementReport, .minutes, .ballotResult]
        let awards: [AwardType] = [
            AwardType(code: "LDTT", name: "Lao động tiên tiến", nameEn: "Advanced worker", kind: .title, recipients: .individual,
                      level: .unitHead, coefficients: dated("0.3", nil), dossier: ind),
            AwardType(code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở", nameEn: "Grassroots emulation fighter", kind: .title,
                      recipients: .individual, level: .unitHead, coefficients: dated("1.0", nil), dossier: withInitiative),
            AwardType(code: "CSTD_TINH", name: "Chiến sĩ thi đua cấp tỉnh", nameEn: "Provincial emulation fighter", kind: .title,
                      recipients: .individual, level: .province, coefficients: dated("3.0", nil), dossier: withInitiative),
            AwardType(code: "CSTD_TQ", name: "Chiến sĩ thi đua toàn quốc", nameEn: "National emulation fighter", kind: .title,
                      recipients: .individual, level: .primeMinister, coefficients: dated("4.5", nil), dossier: withInitiative,
                      councilThreshold: Decimal(string: "0.9")!),
            AwardType(code: "TTLDTT", name: "Tập thể lao động tiên tiến", nameEn: "Advanced collective", kind: .title,
                      recipients: .collective, level: .unitHead, coefficients: dated(nil, "0.8"), dossier: ind),
            AwardType(code: "TTLDXS", name: "Tập thể lao động xuất sắc", nameEn: "Excellent collective", kind: .title,
                      recipients: .collective, level: .province, coefficients: dated(nil, "1.5"), dossier: ind),
            AwardType(code: "CO_TINH", name: "Cờ thi đua của UBND tỉnh", nameEn: "Provincial emulation flag", kind: .title,
                      recipients: .collective, level: .province, coefficients: dated(nil, "8.0"), dossier: flag),
            AwardType(code: "CO_CP", name: "Cờ thi đua của Chính phủ", nameEn: "Government emulation flag", kind: .title,
                      recipients: .collective, level: .primeMinister, coefficients: dated(nil, "12.0"), dossier: flag),
            AwardType(code: "GK", name: "Giấy khen", nameEn: "Certificate of merit", kind: .form, recipients: .both,
                      level: .unitHead, coefficients: dated("0.3", "0.6"), dossier: ind),
            AwardType(code: "BK_TINH", name: "Bằng khen của Chủ tịch UBND tỉnh", nameEn: "Provincial chairman's certificate",
                      kind: .form, recipients: .both, level: .province,
                      coefficients: dated("1.0", "2.0", from152: ("1.5", "3.0")), dossier: ind),
            AwardType(code: "BK_TTG", name: "Bằng khen của Thủ tướng Chính phủ", nameEn: "Prime Minister's certificate",
                      kind: .form, recipients: .both, level: .primeMinister, coefficients: dated("3.5", "7.0"), dossier: ind),
            AwardType(code: "HCLD3", name: "Huân chương Lao động hạng Ba", nameEn: "Labour Order, third class", kind: .form,
                      recipients: .both, level: .president, coefficients: dated("4.5", "9.0"), dossier: ind,
                      councilThreshold: Decimal(string: "0.9")!),
        ]
        let salaries = [
            BaseSalary(validFrom: CivilDate(2019, 7, 1), amount: 1_490_000, legalBasis: "Nghị định 38/2019/NĐ-CP"),
            BaseSalary(validFrom: CivilDate(2023, 7, 1), amount: 1_800_000, legalBasis: "Nghị định 24/2023/NĐ-CP"),
            BaseSalary(validFrom: CivilDate(2024, 7, 1), amount: 2_340_000, legalBasis: "Nghị định 73/2024/NĐ-CP"),
            BaseSalary(validFrom: CivilDate(2026, 7, 1), amount: 2_530_000, legalBasis: "Nghị định 161/2026/NĐ-CP (cần xác nhận)"),
        ]
        return AwardCatalogue(awards: awards, baseSalaries: salaries)
    }
}
