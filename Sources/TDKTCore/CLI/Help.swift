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
      import awards FILE.csv [--dry-run] [--encoding utf8|tcvn3|vni]   nhập lịch sử khen thưởng / import award history
      audit [--since DATE] [--user LOGIN] [--record ID]   nhật ký thay đổi / the audit log
      roles [list|set LOGIN ROLE [--unit U] [--clusters A,B]|remove LOGIN]   phân quyền / roles
      clusters import|show|copy-year|retire   cụm, khối thi đua / clusters and blocks
      scores table|open|sheets|result|fact|exclude|close|ballot|propose|...   chấm điểm thi đua cụm, khối / cluster scoring
      report summary|awards|form|records|list   báo cáo tổng kết, thống kê / summary report, statistics forms
      eligibility --person ID|--unit ID --award CODE --year Y   xét điều kiện / check eligibility
      proposals list|show|new|move|vote   đề nghị khen thưởng / award proposals
      decide ID... --number N --date D --signer NAME   ra quyết định / make a decision
      history --search TEXT         khen thưởng đã nhận / awards received
      honour-roll --year Y [--award CODE]   danh sách khen thưởng năm / honour roll of a year

    Thư mục dữ liệu / Data directory: --data DIR, else $TDKT_DATA, else $XDG_DATA_HOME/tdkt (~/.local/share/tdkt).
    tdkt LỆNH --help cho chi tiết / for details.   --version   --help

    """

    static let commands: [String: String] = [
        "clusters": """
        tdkt clusters import FILE.csv
          Cụm, khối từ tệp CSV, mỗi dòng một thành viên: cụm, loại (cụm|khối), năm, đơn vị (mã hoặc tên), vai trò
          (cụm trưởng|cụm phó|thành viên); tùy chọn: tên cụm, cơ quan tổ chức, giao ước (số văn bản).
          Clusters and blocks from CSV, one row per member: cluster, kind (cluster|block), year, unit (id or name),
          role (leader|deputy|member); optional: cluster name, organiser, agreement (document reference).
        tdkt clusters show CLUSTER              thành viên, cụm trưởng, cụm phó từng năm; cụm trưởng đề xuất năm sau
                                                members, leader, deputy per year; the leader proposed for next year
        tdkt clusters copy-year CLUSTER YEAR    chép năm trước sang YEAR, cụm trưởng theo luân phiên / copy last year, leader by rotation
        tdkt clusters retire CLUSTER LAST-YEAR  giải thể sau năm LAST-YEAR / retire after LAST-YEAR

        """,
        "scores": """
        tdkt scores [list] [--year Y]
        tdkt scores table import CLUSTER YEAR FILE.csv [--raters peers|leader]
          Bảng chấm điểm từ CSV, cột: nhóm, mã, tiêu chí, điểm tối đa, bước điểm, loại (điểm | đạt/không đạt | chỉ tiêu |
          điểm cộng | điểm trừ), ưu tiên (x: nhóm xét khi bằng điểm). Điểm tính bằng điểm ("0,5"). Khóa khi có phiếu đầu tiên.
          The criteria table from CSV, columns: group, code, criterion, maximum, step, kind (points | pass/fail | target |
          bonus | penalty), priority (x: the tie-break group). Values in points. Frozen with the first sheet.
          --raters leader: cụm trưởng chấm các thành viên, cụm phó chấm cụm trưởng / the leader scores, its deputy scores the leader.
        tdkt scores table copy CLUSTER FROM-YEAR TO-YEAR   chép bảng năm trước / copy last year's table
        tdkt scores table show|export CLUSTER YEAR [--format text|csv]
        tdkt scores open CLUSTER YEAR                      mở chấm điểm / open the round for scoring
        tdkt scores sheets import CLUSTER YEAR FILE.csv [--replace]
          Phiếu chấm từ CSV, mỗi dòng một ô: đơn vị chấm, đơn vị được chấm, mã tiêu chí, điểm (mã hoặc tên đơn vị).
          Tệp ghi theo phần mười thay cho điểm bị từ chối. Phiếu đã lưu khác giá trị: xung đột (exit 1), --replace để thay
          (giá trị cũ giữ trong nhật ký). Cán bộ TĐKT nhập cho mọi thành viên; người chấm chỉ cho đơn vị mình.
          Sheets from CSV, one row per cell: rater unit, rated unit, criterion code, points (unit ids or names).
          A file in tenths instead of points is refused. Saved sheets that differ are conflicts (exit 1); --replace
          replaces them (old values kept in the log). The office imports for any member; a reviewer for its own unit.
        tdkt scores sheets export CLUSTER YEAR             bảng phiếu chấm (CSV) / the sheet matrix as CSV
        tdkt scores fact CLUSTER YEAR --unit U --item ITEM --points P --document TEXT [--note TEXT]
          Điểm cộng hoặc trừ kèm văn bản căn cứ / a bonus or penalty with the document that justifies it.
        tdkt scores exclude CLUSTER YEAR --unit U --reason investigation|violation|other --note TEXT --document TEXT
          Không xếp hạng đơn vị, kèm văn bản căn cứ / excludes a unit from the ranking, with its document.
        tdkt scores show CLUSTER YEAR
          Cấu hình, bảng tiêu chí, tiến độ (đơn vị nào đã chấm đơn vị nào), phiếu của bạn; phiếu của đơn vị khác chỉ hiện sau khi khóa.
          Configuration, criteria, progress (who has scored whom), your own sheets; others' sheets only after close.
        tdkt scores result CLUSTER YEAR [--format text|csv|json]
          Kết quả: điểm chấm chéo, theo tiêu chí (TB, thấp nhất, cao nhất), phiếu bị loại, điểm cộng/trừ, tổng, hạng, cảnh báo, độ đồng thuận.
          Dưới 5 phiếu: trung vị thay cho bỏ cao, thấp (ghi rõ trên kết quả). csv|json: số chính xác (dấu chấm), hạng, phiếu tính, cảnh báo.
          Result per unit: aggregate, per-criterion mean/min/max, dropped sheets, bonus/penalty and caps, final, rank, flags, agreement.
          Under 5 sheets: the median instead of trimming (said on the result). csv|json: exact numbers, ranks, kept sheets, flags.
          Trước khi khóa chỉ cán bộ TĐKT xem được (tạm tính). / Before close only the office sees it (provisional).
        tdkt scores close CLUSTER YEAR                     khóa chấm chéo / close cross-scoring
          Cán bộ TĐKT; cụm trưởng của năm nếu cấu hình cho phép (clusterLeaderRunsRound) — cũng với fact, exclude,
          explanations, finalize, ballot. / The office; the year's cluster leader where the settings allow it.
        tdkt scores ballot CLUSTER YEAR --for N --members M [--against K] [--unit U] --document TEXT
          Ghi kết quả bỏ phiếu suy tôn (mặc định đơn vị hạng 1) kèm biên bản; đề nghị Cờ mang theo kết quả này.
          Records the confirming ballot (default: the unit ranked first) with its minutes; the flag proposal carries it.
        tdkt scores explanations CLUSTER YEAR --deadline DD/MM/YYYY   mở giải trình / open the explanation period
        tdkt scores explain CLUSTER YEAR --unit U --criterion ID --text TEXT   gửi giải trình / file an explanation
        tdkt scores revise CLUSTER YEAR --rater R --unit U --criterion C --points P --explanation ID --reason TEXT
          Điều chỉnh một ô phiếu trong thời hạn giải trình, ghi nhật ký theo giải trình / revise a cell answering an explanation (logged).
        tdkt scores table reopen CLUSTER YEAR --reason TEXT   mở lại bảng chấm điểm (ghi lý do) / reopen the table (reason logged)
        tdkt scores finalize CLUSTER YEAR                  chốt kết quả / make the result final
        tdkt scores propose CLUSTER YEAR [--ballot FOR/MEMBERS]
          Tạo đề nghị khen thưởng (nháp) từ kết quả; --ballot: kết quả bỏ phiếu suy tôn đơn vị dẫn đầu, vd. 5/6.
          Creates draft award proposals from the result; --ballot: the confirming ballot for the leader, e.g. 5/6.
        tdkt scores export CLUSTER YEAR [--rater UNIT] --out FILE
        tdkt scores import FILE [--replace]
          Tệp trao đổi (cụm liên tỉnh): điểm tính bằng điểm, tên đơn vị, đơn vị chấm, mã băm bảng chấm điểm; bị từ chối nếu
          bảng khác, người chấm không phải thành viên, tên không khớp, hoặc ghi phần mười. --replace thay phiếu đã lưu.
          Exchange file (inter-provincial cluster): points, unit names, the rater's unit, the criteria table's hash;
          refused if the table differs, the rater is not a member, a name differs, or values are tenths. --replace replaces.
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

        tdkt import awards FILE.csv [--dry-run] [--encoding utf8|tcvn3|vni]
          Nhập khen thưởng đã có (Excel lưu CSV, dấu phẩy hoặc chấm phẩy). Cột: Năm; Loại (Cá nhân/Tập thể); Họ và tên/Tên tập thể;
          Đơn vị; Hình thức khen thưởng/Danh hiệu (mã BK_TINH hoặc tên); Phong trào; Số QĐ; Ngày QĐ — không phân biệt hoa thường, dấu.
          Imports award history. Header names match ignoring case and diacritics; English names accepted.
          Bảng mã tự nhận: UTF-8 (có/không BOM), TCVN3 (ABC), VNI. / Encoding detected unless named.
          Dòng lỗi được báo kèm số dòng; còn lỗi thì không ghi gì. / Bad rows are reported by line; with any, nothing is written.
          --dry-run   chỉ báo sẽ tạo, khớp gì / only report what would be created and matched

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
        tdkt list units|people|campaigns|clusters|awards|registrations|examples [--search TEXT] [--year Y] [--format text|csv|json]
          registrations, examples: đăng ký thi đua, điển hình tiên tiến của một năm (cần --year) / a year's registrations, model examples
          Liệt kê, sắp theo thứ tự tiếng Việt; --search không phân biệt dấu, hoa thường ("nong thon moi").
          Lists records in Vietnamese order; --search ignores case and diacritics.

        """,
        "eligibility": """
        tdkt eligibility --person ID|--unit ID|--household ID --award CODE --year Y [--date dd/mm/yyyy]
          Xét từng điều kiện: đạt / không đạt / chưa rõ (thiếu dữ liệu), kèm các quyết định, xếp loại, sáng kiến đã dùng.
          Checks each condition: met / not met / unknown (data missing), with the decisions, ratings and initiatives used.
          --date    ngày xét (kỷ luật đang có hiệu lực) / day of the check (pending disciplines); default today
          Exit status: 0 đạt/eligible, 1 không đạt hoặc chưa rõ/not eligible or unknown, 2 wrong arguments.

        """,
        "proposals": """
        tdkt proposals list [--state S] [--year Y] [--format text|csv|json]
        tdkt proposals show ID
        tdkt proposals new --person ID|--unit ID --award CODE --year Y --achievement TEXT
                           [--kind regular|thematic|occasional|longService|foreign] [--campaign ID] [--simplified]
                           [--dossier all|submission,achievementReport,minutes,initiativeCertificate,ballotResult] [--id ID]
        tdkt proposals move ID... --to STATE [--reason TEXT] [--for N --against N --members N]
        tdkt proposals vote ID... --for N [--against N] --members N
          Trạng thái / states: draft → submitted → underAppraisal → toCouncil → approved | returned | notEligible;
          returned → submitted. Trả lại, không đủ điều kiện cần --reason. Duyệt cần phiếu Hội đồng đạt ngưỡng của hình thức
          (tính trên tổng số thành viên, và quá nửa). Nhiều đề nghị chuyển cùng lúc: tất cả hoặc không gì.
          Returned and not eligible need --reason; approval needs the council vote to reach the award's threshold of all
          members (and a majority). Several proposals move together, all or none.

        """,
        "decide": """
        tdkt decide ID... --number "163/QĐ-UBND" --date dd/mm/yyyy --signer NAME [--signer-title TEXT] [--dry-run]
          Ra quyết định từ các đề nghị đã duyệt (cùng một hình thức): tiền thưởng = hệ số × lương cơ sở ngày quyết định,
          làm tròn lên hàng chục nghìn; ghi vào lịch sử khen thưởng của từng người, tập thể.
          Makes a decision from approved proposals of one award: money = coefficient × base salary on the decision date,
          rounded up to 10,000 đ; the awards go into each recipient's history.

        """,
        "history": """
        tdkt history --search TEXT [--format text|csv|json]
          Mọi khen thưởng của người, tập thể có tên khớp (không phân biệt dấu) / everything received by matching names.

        """,
        "honour-roll": """
        tdkt honour-roll --year Y [--award CODE] [--format text|csv|json]
          Danh sách được khen thưởng trong năm, theo hình thức rồi tên / the year's awards by award then name.

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
