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
}

/// The clerk screens' own commands, added to the one command table (so the F-key bar and F1 list them).
/// Editing commands sit in "-edit" contexts that a screen adds only when the role may edit.
enum ClerkCommands {
    static func install(into table: inout CommandTable) {
        guard table.command(.clerkNew) == nil else { return }
        func add(_ id: CommandID, _ keys: [Key], _ vi: String, _ en: String, _ helpVi: String, _ helpEn: String,
                 _ contexts: Set<TerminalUI.CommandContext>, bar: Bool = false) {
            table.add(Command(id, keys: keys, label: Localized(vi: vi, en: en), help: Localized(vi: helpVi, en: helpEn),
                              contexts: contexts, inBar: bar))
        }
        add(.clerkNew, [.insert, .char("a")], "Thêm", "New", "Thêm mới (Ins hoặc a)", "Add a new one (Ins or a)",
            [.campaignListEdit, .unitTreeEdit, .peopleEdit], bar: true)
        add(.clerkEdit, [.char("e")], "Sửa", "Edit", "Sửa mục đang mở", "Edit this record",
            [.campaignDetailEdit, .unitTreeEdit, .personEdit, .peopleEdit], bar: true)
        add(.clerkYear, [.function(5)], "Năm", "Year", "Đổi năm lọc (lần lượt các năm, rồi tất cả)",
            "Change the year filter (each year in turn, then all)", [.campaignList, .campaignDetail])
        add(.clerkKind, [.function(6)], "Loại", "Kind", "Lọc theo loại phong trào", "Filter by campaign kind", [.campaignList])
        add(.clerkStatusFilter, [.function(7)], "Trạng thái", "Status", "Lọc theo trạng thái", "Filter by status", [.campaignList])
        add(.clerkLauncher, [.function(8)], "Cơ quan", "Launcher", "Lọc theo cơ quan phát động", "Filter by launching body", [.campaignList])
        add(.clerkReview, [.char("r")], "Sơ/tổng kết", "Review", "Thêm lần sơ kết hoặc tổng kết", "Add an interim or final review",
            [.campaignDetailEdit], bar: true)
        add(.clerkMoveStatus, [.char("t")], "Trạng thái", "Status", "Chuyển trạng thái phong trào", "Move the campaign's status",
            [.campaignDetailEdit])
        add(.clerkExample, [.char("m")], "Điển hình", "Example", "Thêm điển hình tiên tiến", "Add a model example", [.campaignDetailEdit])
        add(.clerkRegistration, [.char("g")], "Đăng ký", "Register", "Thêm đăng ký thi đua của đơn vị", "Add a unit's registration",
            [.campaignDetailRegister])
        add(.clerkRegistrationEdit, [.char("x")], "Bỏ đăng ký", "Unregister",
            "Bỏ danh hiệu đã đăng ký đang chọn, hoặc xóa cả bản đăng ký của đơn vị (ghi lý do)",
            "Drop the chosen registered title, or delete the unit's whole registration (with a reason)", [.campaignDetailRegister])
        add(.clerkDeactivate, [.char("d")], "Ngừng", "Deactivate", "Cho đơn vị ngừng hoạt động", "Deactivate the unit", [.unitTreeEdit])
        add(.clerkMerge, [.char("m")], "Sáp nhập", "Merge", "Sáp nhập đơn vị vào đơn vị kế thừa", "Merge units into a successor",
            [.unitTreeEdit])
        add(.clerkPeople, [.char("p")], "Cá nhân", "People", "Danh sách cá nhân của đơn vị", "People of the unit", [.unitTree])
        add(.clerkExpand, [.right], "Mở", "Expand", "Mở nhánh đơn vị", "Expand the unit", [.unitTree])
        add(.clerkCollapse, [.left], "Đóng", "Collapse", "Đóng nhánh đơn vị", "Collapse the unit", [.unitTree])
        add(.clerkUnitFilter, [.function(5)], "Đơn vị", "Unit", "Chỉ hiện cá nhân của một đơn vị (lần nữa: tất cả)",
            "Show one unit's people (again: everyone)", [.people])
        add(.clerkRating, [.char("r")], "Xếp loại", "Rating", "Thêm hoặc sửa xếp loại của một năm", "Add or change a year's rating",
            [.personEdit], bar: true)
        add(.clerkInitiative, [.char("i")], "Sáng kiến", "Initiative", "Thêm sáng kiến", "Add an initiative", [.personEdit])
        add(.clerkDiscipline, [.char("x")], "Kỷ luật", "Discipline", "Thêm thời gian kỷ luật hoặc điều tra",
            "Add a discipline or investigation period", [.personEdit])
        add(.clerkMovePerson, [.char("c")], "Chuyển", "Move", "Chuyển sang đơn vị khác", "Move to another unit", [.personEdit])
        add(.clerkImportWrite, [.function(2)], "Ghi", "Write", "Ghi dữ liệu nhập vào kho", "Write the import", [.importResultEdit], bar: true)
        add(.clerkImportUndo, [.function(8)], "Hoàn tác", "Undo", "Hoàn tác lần nhập đang chọn", "Undo the selected import batch",
            [.importBatchesEdit], bar: true)
        add(.clerkPick, [.function(4)], "Chọn", "Pick", "Chọn từ danh sách (F4, Enter hoặc Space tại ô chọn; Del xóa)",
            "Pick from a list (F4, Enter or Space on a pick field; Del clears)", [.pickForm], bar: true)
    }
}
