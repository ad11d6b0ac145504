import TerminalUI
import TDKTText

extension TerminalUI.CommandContext {
    static let campaignList: TerminalUI.CommandContext = "campaign-list"
    static let campaignListEdit: TerminalUI.CommandContext = "campaign-list-edit"
    static let campaignDetail: TerminalUI.CommandContext = "campaign-detail"
    static let campaignDetailEdit: TerminalUI.CommandContext = "campaign-detail-edit"
    /// Registering titles: the province's clerks and a unit's officer (for its units).
    static let campaignDetailRegister: TerminalUI.CommandContext = "campaign-detail-register"
    static let unitTree: TerminalUI.CommandContext = "unit-tree"
    static let unitTreeEdit: TerminalUI.CommandContext = "unit-tree-edit"
    static let people: TerminalUI.CommandContext = "people"
    static let peopleEdit: TerminalUI.CommandContext = "people-edit"
    static let personEdit: TerminalUI.CommandContext = "person-edit"
    static let importResultEdit: TerminalUI.CommandContext = "import-result-edit"
    static let importBatchesEdit: TerminalUI.CommandContext = "import-batches-edit"
    static let pickForm: TerminalUI.CommandContext = "pick-form"
}

extension CommandID {
    static let clerkNew: CommandID = "clerk.new"
    static let clerkEdit: CommandID = "clerk.edit"
    static let clerkYear: CommandID = "clerk.year"
    static let clerkKind: CommandID = "clerk.kind"
    static let clerkStatusFilter: CommandID = "clerk.status-filter"
    static let clerkLauncher: CommandID = "clerk.launcher"
    static let clerkReview: CommandID = "clerk.review"
    static let clerkMoveStatus: CommandID = "clerk.move-status"
    static let clerkExample: CommandID = "clerk.example"
    static let clerkRegistration: CommandID = "clerk.registration"
    static let clerkRegistrationEdit: CommandID = "clerk.registration-edit"
    static let clerkDeactivate: CommandID = "clerk.deactivate"
    static let clerkMerge: CommandID = "clerk.merge"
    static let clerkPeople: CommandID = "clerk.people"
    static let clerkExpand: CommandID = "clerk.expand"
    static let clerkCollapse: CommandID = "clerk.collapse"
    static let clerkUnitFilter: CommandID = "clerk.unit-filter"
    static let clerkRating: CommandID = "clerk.rating"
    static let clerkInitiative: CommandID = "clerk.initiative"
    static let clerkDiscipline: CommandID = "clerk.discipline"
    static let clerkMovePerson: CommandID = "clerk.move-person"
    static let clerkImportWrite: CommandID = "clerk.import-write"
    static let clerkImportUndo: CommandID = "clerk.import-undo"
    static let clerkPick: CommandID = "clerk.pick"
    static let clerkRemovePerson: CommandID = "clerk.remove-person"
    static let clerkMergePerson: CommandID = "clerk.merge-person"
}

/// The clerk screens' rows of the one command table. Editing commands sit in "-edit" contexts that a
/// screen adds only when the role may edit. F-keys keep their meaning everywhere (F7 new); the
/// screens' own actions are letters, and all of them are in the F9 menu.
enum ClerkCommands {
    private static func c(_ id: CommandID, _ keys: [Key], _ vi: String, _ en: String, _ helpVi: String, _ helpEn: String,
                          _ contexts: Set<TerminalUI.CommandContext>, bar: Bool = false, keyText: Localized? = nil) -> Command {
        Command(id, keys: keys, label: Localized(vi: vi, en: en), help: Localized(vi: helpVi, en: helpEn),
                contexts: contexts, inBar: bar, keyText: keyText)
    }

    static let all: [Command] = [
        c(.clerkNew, [.function(7), .insert], "Thêm", "New", "Thêm mới (F7 hoặc Ins)", "Add a new one (F7 or Ins)",
          [.campaignListEdit, .unitTreeEdit, .peopleEdit], bar: true),
        c(.clerkEdit, [.char("e")], "Sửa", "Edit", "Sửa mục đang mở", "Edit this record",
          [.campaignDetailEdit, .unitTreeEdit, .personEdit, .peopleEdit]),
        c(.clerkYear, [.char("y")], "Năm", "Year", "Đổi năm lọc (lần lượt các năm, rồi tất cả)",
          "Change the year filter (each year in turn, then all)", [.campaignList, .campaignDetail]),
        c(.clerkKind, [.char("l")], "Loại", "Kind", "Lọc theo loại phong trào", "Filter by campaign kind", [.campaignList]),
        c(.clerkStatusFilter, [.char("t")], "Trạng thái", "Status", "Lọc theo trạng thái", "Filter by status", [.campaignList]),
        c(.clerkLauncher, [.char("c")], "Cơ quan", "Launcher", "Lọc theo cơ quan phát động", "Filter by launching body",
          [.campaignList]),
        c(.clerkReview, [.char("r")], "Sơ/tổng kết", "Review", "Thêm lần sơ kết hoặc tổng kết", "Add an interim or final review",
          [.campaignDetailEdit]),
        c(.clerkMoveStatus, [.char("t")], "Trạng thái", "Status", "Chuyển trạng thái phong trào", "Move the campaign's status",
          [.campaignDetailEdit]),
        c(.clerkExample, [.char("m")], "Điển hình", "Example", "Thêm điển hình tiên tiến", "Add a model example",
          [.campaignDetailEdit]),
        c(.clerkRegistration, [.char("g")], "Đăng ký", "Register", "Thêm đăng ký thi đua của đơn vị", "Add a unit's registration",
          [.campaignDetailRegister]),
        c(.clerkRegistrationEdit, [.char("x")], "Bỏ đăng ký", "Unregister",
          "Bỏ danh hiệu đã đăng ký đang chọn, hoặc xóa cả bản đăng ký của đơn vị (ghi lý do)",
          "Drop the chosen registered title, or delete the unit's whole registration (with a reason)", [.campaignDetailRegister]),
        c(.clerkDeactivate, [.char("d")], "Ngừng", "Deactivate", "Cho đơn vị ngừng hoạt động", "Deactivate the unit",
          [.unitTreeEdit]),
        c(.clerkMerge, [.char("m")], "Sáp nhập", "Merge", "Sáp nhập đơn vị vào đơn vị kế thừa", "Merge units into a successor",
          [.unitTreeEdit]),
        c(.clerkPeople, [.char("p")], "Cá nhân", "People", "Danh sách cá nhân của đơn vị", "People of the unit", [.unitTree]),
        c(.clerkExpand, [.right], "Mở", "Expand", "Mở nhánh đơn vị", "Expand the unit", [.unitTree]),
        c(.clerkCollapse, [.left], "Đóng", "Collapse", "Đóng nhánh đơn vị", "Collapse the unit", [.unitTree]),
        c(.clerkRemovePerson, [.function(8)], "Xóa", "Delete", "Xóa cá nhân khỏi danh sách (giữ lịch sử khen thưởng)",
          "Remove the person from the lists (the award history is kept)", [.peopleEdit], bar: true),
        c(.clerkMergePerson, [.char("g")], "Gộp", "Merge", "Gộp cá nhân nhập trùng vào hồ sơ được giữ (chuyển khen thưởng, xếp loại)",
          "Merge a person entered twice into the record kept (awards and ratings move)", [.peopleEdit]),
        c(.clerkUnitFilter, [.char("u")], "Đơn vị", "Unit", "Chỉ hiện cá nhân của một đơn vị (lần nữa: tất cả)",
          "Show one unit's people (again: everyone)", [.people]),
        c(.clerkRating, [.char("r")], "Xếp loại", "Rating", "Thêm hoặc sửa xếp loại của một năm", "Add or change a year's rating",
          [.personEdit]),
        c(.clerkInitiative, [.char("i")], "Sáng kiến", "Initiative", "Thêm sáng kiến", "Add an initiative", [.personEdit]),
        c(.clerkDiscipline, [.char("x")], "Kỷ luật", "Discipline", "Thêm thời gian kỷ luật hoặc điều tra",
          "Add a discipline or investigation period", [.personEdit]),
        c(.clerkMovePerson, [.char("c")], "Chuyển", "Move", "Chuyển sang đơn vị khác", "Move to another unit", [.personEdit]),
        c(.clerkImportWrite, [.function(2)], "Ghi", "Write", "Ghi dữ liệu nhập vào kho", "Write the import", [.importResultEdit],
          bar: true),
        c(.clerkImportUndo, [.function(8)], "Hoàn tác", "Undo", "Hoàn tác lần nhập đang chọn", "Undo the selected import batch",
          [.importBatchesEdit], bar: true),
        c(.clerkPick, [], "Chọn", "Pick", "Ở ô chọn từ danh sách: Enter, Space hoặc gõ chữ để mở danh sách; Del xóa",
          "On a pick field: Enter, Space or typing opens the list; Del clears", [.pickForm],
          keyText: Localized(vi: "Enter Space a–z", en: "Enter Space a–z")),
    ]
}
