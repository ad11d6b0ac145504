import TDKTCore
import TDKTText

/// Deterministic Vietnamese names for demo records (no randomness: the same demo every time).
public enum DemoNames {
    static let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông", "Hà", "Lục", "Triệu", "Ma"]
    static let middleMale = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Tiến"]
    static let middleFemale = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Bích"]
    static let givenMale = ["Khoa", "Hùng", "Dũng", "Tuấn", "Thắng", "Long", "Sơn", "Bình", "Cường", "Đạt", "Hải", "Phúc", "Quân", "Việt"]
    static let givenFemale = ["Lan", "Hương", "Mai", "Hạnh", "Nhung", "Thảo", "Trang", "Yến", "Ánh", "Đào", "Liên", "Ngân"]

    /// The n-th name of the sequence; alternates men and women.
    public static func person(_ n: Int) -> String {
        // Strides prime to the list lengths, so names repeat only after many people.
        let f = family[(n * 7) % family.count]
        let k = n / 2
        if n % 2 == 0 {
            return "\(f) \(middleMale[(k * 3) % middleMale.count]) \(givenMale[(k * 5 + k / 14) % givenMale.count])"
        }
        return "\(f) \(middleFemale[(k * 5) % middleFemale.count]) \(givenFemale[(k * 7 + k / 12) % givenFemale.count])"
    }
}
