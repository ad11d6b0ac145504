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
      scores list|show|result|close|propose|export|import   chấm điểm thi đua cụm, khối / cluster scoring
      report summary|awards|form|records|list   báo cáo tổng kết, thống kê / summary report, statistics forms

    Thư mục dữ liệu / Data directory: --data DIR, else $TDKT_DATA, else $XDG_DATA_HOME/tdkt (~/.local/share/tdkt).
    tdkt LỆNH --help cho chi tiết / for details.   --version   --help

    """

    static let commands: [String: String] = [
        "scores": """
        tdkt scores [list] [--year Y]
        tdkt scores show CLUSTER YEAR
          Cấu hình, bảng tiêu chí, tiến độ (đơn vị nào đã chấm đơn vị nào), phiếu của bạn; phiếu của đơn vị khác chỉ hiện sau khi khóa.
          Configuration, criteria, progress (who has scored whom), your own sheets; others' sheets only after close.
        tdkt scores result CLUSTER YEAR [--format text|csv|json]
          Kết quả: điểm chấm chéo, theo tiêu chí (TB, thấp nhất, cao nhất), phiếu bị loại, điểm cộng/trừ, tổng, hạng, cảnh báo, độ đồng thuận.
          Result per unit: aggregate, per-criterion mean/min/max, dropped sheets, bonus/penalty and caps, final, rank, flags, agreement.
          Trước khi khóa chỉ cán bộ TĐKT xem được (tạm tính). / Before close only the office sees it (provisional).
        tdkt scores close CLUSTER YEAR                     khóa chấm chéo / close cross-scoring
        tdkt scores propose CLUSTER YEAR [--ballot FOR/MEMBERS]
          Tạo đề nghị khen thưởng (nháp) từ kết quả; --ballot: kết quả bỏ phiếu suy tôn đơn vị dẫn đầu, vd. 5/6.
          Creates draft award proposals from the result; --ballot: the confirming ballot for the leader, e.g. 5/6.
        tdkt scores export CLUSTER YEAR [--rater UNIT] --out FILE
        tdkt scores import FILE
          Phiếu chấm trống để chấm ngoài máy, rồi nhập lại; chỉ với tư cách đơn vị của mình (trừ quản trị viên).
          Phiếu đã lưu với giá trị khác được báo xung đột, không ghi đè (exit 1).
          Blank sheets to fill offline, then imported; only as one's own unit (unless administrator).
          Sheets already saved with other values are reported as conflicts, never overwritten (exit 1).

        """,
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
        "report": """
        tdkt report summary (--year Y | --from Y1 --to Y2) [--format text|csv|html] [--out FILE [--force]]
        tdkt report awards (--year Y | --from Y1 --to Y2) --by campaign|unit|award|category [--format text|csv|html] [--out FILE]
        tdkt report form 0601|0602|0603 --year Y [--format text|csv|html] [--out FILE]
        tdkt report records FIGURE (--year Y | --from Y1 --to Y2) [--format text|csv|json]
        tdkt report list
          Báo cáo tổng kết công tác thi đua, khen thưởng (so với kỳ trước cùng độ dài), bảng khen thưởng theo
          phong trào, đơn vị, hình thức hoặc đối tượng, và biểu thống kê 0601.N, 0602.N, 0603.N của Bộ Nội vụ.
          The year-end summary (compared with the previous period of the same length), award tables by campaign,
          unit, award type or statistics category, and the ministry's statistics forms 0601.N, 0602.N, 0603.N.
          --format text   văn bản để in, cột thẳng hàng, ngắt trang bằng form feed / plain text for a printer
                   csv    cho Excel (UTF-8 có BOM) / for Excel (UTF-8 with BOM)
                   html   khổ A4 theo Nghị định 30/2020/NĐ-CP / A4 in the Decree 30/2020 layout
          --out FILE      ghi vào tệp trong thư mục đã có; không ghi đè nếu thiếu --force
                          write to a file in an existing folder; never overwritten without --force
          --number N --date DD/MM/YYYY   số và ngày văn bản (HTML) / document number and date (HTML)
          --page-length N  số dòng mỗi trang (0: không ngắt) / lines per page (0: no page breaks); default 64
          --print         in bằng lệnh printCommand trong config.json / print with printCommand of config.json
          --list          liệt kê mọi số liệu với đường dẫn của nó / list every figure with its path
          Xem bản ghi đằng sau một số liệu / records behind a figure:
            tdkt report summary --from 2014 --to 2018 --list
            tdkt report records awards.by-campaign.bao-ve-bien-gioi.BK_TINH.unit --from 2014 --to 2018
            tdkt report records form.0603.individuals.bk --year 2018
          Đường dẫn / paths: campaigns.launched|reviewed|closed|active, clusters.ID.YEAR.flag|proposed, examples,
            awards.by-award|by-campaign|by-unit|by-category.GROUP.AWARD.unit|person|household|total,
            awards.by-X.total.KIND, money.paid, money.missing, form.06NN.ROW.COLUMN; ".prev" = kỳ trước / previous period.

        """,
    ]
}
