import TDKTCore
import TerminalUI
import TDKTText

/// Phong trào thi đua → list of campaigns: filters by year (y), kind (l), status (t), launching body (c);
/// `/` searches without diacritics; Enter opens a campaign; F7 or Ins creates one (when the role may).
public struct CampaignListScreen: ShellScreen {
    public let id = "campaign-list"
    public let section = ShellSection.campaigns
    public var title: Localized { CampaignStrings.listTitle }
    public init() {}

    public func makeView(_ ctx: ShellContext) -> View {
        guard let ws = ctx.workspace else { return NoWorkspaceView(ctx) }
        return CampaignListController(ws: ws, context: ctx).list
    }
}

final class CampaignListController {
    let ws: Workspace
    let ctx: ShellContext
    let list: ListView
    var year: Int?
    var kind: Campaign.Kind?
    var status: Campaign.Status?
    var launcher: String?
    var lang: Language { ctx.language }

    init(ws: Workspace, context: ShellContext) {
        self.ws = ws
        self.ctx = context
        let l = context.language
        list = ListView(title: "", columns: [
            ListView.Column(CampaignStrings.name.text(l)), ListView.Column(CampaignStrings.kind.text(l), width: 10),
            ListView.Column(CampaignStrings.period.text(l), width: 17), ListView.Column(CampaignStrings.status.text(l), width: 14),
            ListView.Column(CampaignStrings.due.text(l), width: 12),
        ], rows: [])
        list.extraContexts = ws.may(.editCampaigns) ? [.campaignListEdit, .campaignList] : [.campaignList]
        list.onActivate = { [self] row, app in self.open(row.id, app: app) }
        list.onKey = { [self] _, command, app in self.handle(command, app: app) }
        reload()
    }

    static func shortDate(_ d: CivilDate) -> String { String(format: "%02d/%02d/%02d", d.day, d.month, d.year % 100) }

    static func periodText(_ p: DatePeriod) -> String { shortDate(p.start) + "–" + (p.end.map(shortDate) ?? "…") }

    static func dueText(_ c: Campaign, _ lang: Language) -> String {
        switch c.reviewDue(on: CivilDate.today()) {
        case .interim?: return CampaignStrings.dueInterim.text(lang)
        case .final?: return CampaignStrings.dueFinal.text(lang)
        case nil: return ""
        }
    }

    var filtered: [Campaign] {
        ws.campaigns.values.map(\.value).filter { c in
            (year.map { c.period.overlaps(year: $0) } ?? true) && (kind.map { c.kind == $0 } ?? true)
                && (status.map { c.status == $0 } ?? true) && (launcher.map { c.launchingBody == $0 } ?? true)
        }.sorted(byKey: { CollationKey($0.name) })
    }

    func reload(select id: String? = nil) {
        let d = lang
        list.setRows(filtered.map { c in
            ListView.Row(id: c.id, cells: [c.name, c.kind.label.text(d), Self.periodText(c.period), c.status.label.text(d), Self.dueText(c, lang)])
        })
        if let id { list.select(id: id) }
        var parts = [CampaignStrings.listTitle.text(lang)]
        if let year { parts.append("\(year)") }
        if let kind { parts.append(kind.label.text(d)) }
        if let status { parts.append(status.label.text(d)) }
        if let launcher { parts.append(launcher) }
        if parts.count == 1 { parts.append(CampaignStrings.filterHint.text(lang)) }
        list.title = parts.joined(separator: " · ")
    }

    /// The next value of a filter: nil → each option in turn → nil.
    static func cycle<T: Equatable>(_ current: T?, _ options: [T]) -> T? {
        guard !options.isEmpty else { return nil }
        guard let c = current, let i = options.firstIndex(of: c) else { return options[0] }
        return i + 1 < options.count ? options[i + 1] : nil
    }

    private func handle(_ command: CommandID?, app: Application) -> Bool {
        let all = ws.campaigns.values.map(\.value)
        switch command {
        case .clerkYear?:
            var years = Set<Int>([CivilDate.today().year])
            for c in all { for y in c.period.start.year...(c.period.end?.year ?? max(c.period.start.year, CivilDate.today().year)) { years.insert(y) } }
            year = Self.cycle(year, years.sorted(by: >))
        case .clerkKind?: kind = Self.cycle(kind, Campaign.Kind.allCases)
        case .clerkStatusFilter?: status = Self.cycle(status, Campaign.Status.allCases)
        case .clerkLauncher?: launcher = Self.cycle(launcher, Array(Set(all.map(\.launchingBody))).sortedVietnamese())
        case .clerkNew?:
            guard ws.may(.editCampaigns) else { return false }
            app.push(CampaignFormController(ws: ws, context: ctx, campaignId: nil) { [self] id in self.reload(select: id) }.form)
            return true
        default:
            return false
        }
        reload(select: list.selectedRow?.id)
        return true
    }

    func open(_ id: String, app: Application) {
        let detail = CampaignDetailController(ws: ws, context: ctx, campaignId: id) { [self] in self.reload(select: id) }
        app.push(detail.list)
    }
}

/// Shown instead of a screen when the data directory could not be opened.
final class NoWorkspaceView: View {
    let message: String
    init(_ ctx: ShellContext) { message = ctx.noWorkspaceMessage }
    var title: String { message }
    var context: TerminalUI.CommandContext { .menu }
    func draw(in frame: inout Frame, area: Rect, app: Application) {
        frame.put(message, x: area.x + 2, y: area.y + 1, style: .warning, maxWidth: area.width - 4)
    }
    func handle(_ key: Key, command: CommandID?, app: Application) -> Bool { false }
}
