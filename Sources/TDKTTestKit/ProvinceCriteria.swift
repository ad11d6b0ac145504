import TDKTCore

/// The generated province's scoring table: six groups, 32 criteria, 100 points (tenths), the shape of a
/// province's Khối/Cụm table (DOMAIN.md; the scoring notes' 10–40 criteria, total 100).
enum ProvinceCriteria {
    /// (id, name, points, step in tenths; a step equal to the maximum is pass/fail).
    typealias Row = (String, String, Int, Int)

    static let groups: [(id: String, name: String, rows: [Row])] = [
        ("I", "I. Thực hiện nhiệm vụ chính trị", [
            ("I.1", "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội được giao", 6, 5),
            ("I.2", "Thực hiện dự toán ngân sách, giải ngân vốn đầu tư công", 5, 5),
            ("I.3", "Triển khai các chương trình mục tiêu quốc gia", 4, 5),
            ("I.4", "Thực hành tiết kiệm, chống lãng phí", 4, 5),
            ("I.5", "Phòng, chống tham nhũng, tiêu cực", 4, 5),
            ("I.6", "Giải quyết khiếu nại, tố cáo đúng hạn", 4, 5),
            ("I.7", "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội", 3, 30),
        ]),
        ("II", "II. Cải cách hành chính, chuyển đổi số", [
            ("II.1", "Chỉ số cải cách hành chính (PAR Index)", 4, 5),
            ("II.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 3, 5),
            ("II.3", "Dịch vụ công trực tuyến toàn trình", 3, 5),
            ("II.4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 3, 5),
            ("II.5", "Ứng dụng văn bản điện tử, chữ ký số", 2, 20),
        ]),
        ("III", "III. Công tác thi đua, khen thưởng", [
            ("III.1", "Tổ chức phát động, triển khai các phong trào thi đua", 4, 5),
            ("III.2", "Thực hiện giao ước thi đua của Cụm, Khối", 4, 10),
            ("III.3", "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", 3, 5),
            ("III.4", "Chất lượng hồ sơ đề nghị khen thưởng", 3, 5),
            ("III.5", "Sơ kết, tổng kết phong trào đúng thời hạn", 3, 5),
            ("III.6", "Công tác tuyên truyền về thi đua, khen thưởng", 3, 5),
        ]),
        ("IV", "IV. Xây dựng Đảng, chính quyền, đoàn thể", [
            ("IV.1", "Xây dựng tổ chức Đảng trong sạch, vững mạnh", 4, 40),
            ("IV.2", "Hoạt động của Công đoàn, Đoàn Thanh niên, Hội Phụ nữ", 3, 5),
            ("IV.3", "Thực hiện quy chế dân chủ ở cơ sở", 3, 5),
            ("IV.4", "Đánh giá, xếp loại cán bộ, công chức", 3, 5),
            ("IV.5", "Đào tạo, bồi dưỡng cán bộ, công chức", 2, 5),
        ]),
        ("V", "V. Văn hóa, xã hội, an sinh", [
            ("V.1", "Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"", 2, 5),
            ("V.2", "Chăm lo đời sống, thu nhập người lao động", 2, 5),
            ("V.3", "Công tác an sinh xã hội, từ thiện, nhân đạo", 2, 5),
            ("V.4", "Bình đẳng giới, vì sự tiến bộ của phụ nữ", 2, 5),
            ("V.5", "An toàn, vệ sinh lao động, phòng cháy chữa cháy", 2, 5),
        ]),
        ("VI", "VI. Phối hợp trong Cụm, Khối", [
            ("VI.1", "Tham gia đầy đủ các hoạt động của Cụm, Khối", 3, 5),
            ("VI.2", "Chấp hành chế độ thông tin, báo cáo với Cụm trưởng", 3, 5),
            ("VI.3", "Chia sẻ kinh nghiệm, hỗ trợ đơn vị trong Cụm, Khối", 2, 5),
            ("VI.4", "Chấm điểm, gửi kết quả đúng thời hạn", 2, 20),
        ]),
    ]

    static func table(year: Int) -> CriteriaTable {
        CriteriaTable(year: year, title: "Bảng chấm điểm thi đua các Cụm, Khối thi đua năm \(year)", decimals: 1, groups: groups.map { g in
            CriteriaGroup(id: g.id, name: g.name, criteria: g.rows.map { id, name, points, step in
                Criterion(id: id, name: name, maximum: points * 10, step: step, kind: step == points * 10 ? .passFail : .points)
            })
        }, priorityGroupId: "I")
    }

    static let bonusItems = [BonusItem(id: "KT-CAPTREN", name: "Được tặng Cờ thi đua, Bằng khen của cấp trên trong năm", maximum: 20),
                             BonusItem(id: "SANG-KIEN", name: "Có sáng kiến, mô hình mới được công nhận", maximum: 10)]
    static let penaltyItems = [PenaltyItem(id: "BAO-CAO-CHAM", name: "Chậm gửi báo cáo theo quy định"),
                               PenaltyItem(id: "KY-LUAT", name: "Có cán bộ, công chức bị xử lý kỷ luật")]
}
