/// Help texts of the command line (Vietnamese first, then English), also the source of docs/tdkt.1.
enum Help {
    static let main = """
    tdkt — quản lý thi đua, khen thưởng / emulation and commendation management

    Cách dùng / Usage:
      tdkt [--data DIR] [--lang vi|en]            mở giao diện / open the terminal interface
      tdkt --demo                                 mở bản sao tạm của dữ liệu mẫu / open a temporary copy of the demo data
      tdkt [--data DIR] LỆNH/COMMAND [tùy chọn]

    Lệnh / Commands:
      init [--demo]                 tạo thư mục dữ liệu / create a data directory
      check                         kiểm tra mọi tệp / check every file (exit 1 on problems)
      list units|people|campaigns|clusters|awards [--search TEXT] [--format text|csv|json]
      import units|people FILE.csv [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]
      audit [--since DATE] [--user LOGIN] [--record ID]   nhật ký thay đổi / the audit log
      roles [list|set LOGIN ROLE [--unit U] [--clusters A,B]|remove LOGIN]   phân quyền / roles

    Thư mục dữ liệu / Data directory: --data DIR, else $TDKT_DATA, else $XDG_DATA_HOME/tdkt (~/.local/share/tdkt).
    tdkt LỆNH --help cho chi tiết / for details.   --version   --help

    """

    static let commands: [String: String] = [
        "import": """
        tdkt import units FILE.csv [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]
        tdkt import people FILE.csv [--dry-run] [--accept-good] [--encoding utf8|tcvn3|vni]
          Nhập từ tệp CSV xuất từ Excel (UTF-8 có/không BOM, TCVN3, VNI). Tên cột không phân biệt dấu, hoa thường.
          Imports a CSV exported from Excel. Column names are matched ignoring case and diacritics.
          Đơn vị / units: Mã, Tên đơn vị, Loại, Đơn vị cấp trên, Số thành viên.
          Cá nhân / people: Mã, Họ và tên, Đơn vị, Chức vụ, Nhóm thống kê, Năm sinh, Năm xếp loại, Xếp loại.
          --dry-run      cho biết sẽ tạo/khớp gì, không ghi / show what would be created or matched, write nothing
          --accept-good  khi có dòng lỗi, vẫn nhập các dòng đúng / with bad rows, still import the good ones
          Mặc định có dòng lỗi thì không ghi gì / by default any bad row means nothing is written.

        """,
        "audit": """
        tdkt audit [--since DD/MM/YYYY] [--user LOGIN] [--record TEXT] [--format text|csv|json]
          Nhật ký mọi thay đổi: thời gian, người dùng, thao tác, bản ghi, nội dung thay đổi (quản trị viên, cán bộ).
          Every change: time, login, action, record, what changed (administrators and clerks).

        """,
        "roles": """
        tdkt roles [list]
        tdkt roles set LOGIN administrator|clerk|reviewer|viewer [--unit UNIT] [--clusters A,B]
        tdkt roles remove LOGIN
          Phân quyền theo tài khoản đăng nhập (chỉ quản trị viên thay đổi). Người chấm điểm gắn với đơn vị và cụm.
          Roles by login (only an administrator changes them). A reviewer is tied to a unit and clusters.

        """,
        "init": """
        tdkt init [--demo] [--office NAME] [--force]
          Tạo thư mục dữ liệu với danh mục khen thưởng mặc định; người tạo là quản trị viên.
          Creates a data directory with the default award catalogue; its creator is the administrator.
          --demo    thêm dữ liệu mẫu / add the demo data (Thái Nguyên, Cao Bằng 2014–2018, cụm Trung du và Miền núi phía Bắc)

        """,
        "check": """
        tdkt check
          Đọc mọi tệp và báo mọi lỗi: cú pháp JSON (dòng, cột), tham chiếu hỏng, giá trị ngoài phạm vi.
          Reads every file and reports every problem: JSON syntax (line, column), broken references, values out of range.
          Exit status: 0 no problem, 1 problems found, 2 wrong arguments.

        """,
        "list": """
        tdkt list units|people|campaigns|clusters|awards [--search TEXT] [--year Y] [--format text|csv|json]
          Liệt kê, sắp theo thứ tự tiếng Việt; --search không phân biệt dấu, hoa thường ("nong thon moi").
          Lists records in Vietnamese order; --search ignores case and diacritics.

        """,
    ]
}
