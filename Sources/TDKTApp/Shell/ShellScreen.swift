import TDKTCore
import TerminalUI
import TDKTText

/// The entries of the main menu, in order.
public enum ShellSection: String, CaseIterable, Sendable {
    case campaigns, clusters, proposals, awardSearch, units, reports, settings
}

/// What a screen gets when it is opened.
public struct ShellContext {
    public var options: ShellOptions
    public var language: Language
    public var drafts: DraftStore
    /// The data directory opened for the login; nil when it could not be opened (the screens say so).
    public var workspace: Workspace?
    /// The screen is opened under the terminal loop: a list may show the rows kept from last time while it
    /// reads its records behind them (`QuickRows`). False in tests and scripts, which read first.
    public var readsInBackground = false

    public init(options: ShellOptions, language: Language, drafts: DraftStore, workspace: Workspace?) {
        self.options = options; self.language = language; self.drafts = drafts; self.workspace = workspace
    }

    /// What every screen says when the data directory could not be opened: the domain's one message for it.
    public var noWorkspaceMessage: String {
        ErrorText.message(StoreError.noDataDirectory(options.dataDirectory), language)
    }
}

/// A screen that plugs into the shell: give it a section, a title, and a way to make its view.
///
///     struct CampaignListScreen: ShellScreen {
///         let id = "campaign-list"
///         let section = ShellSection.campaigns
///         let title = Localized(vi: "Danh sách phong trào", en: "Campaigns")
///         func makeView(_ ctx: ShellContext) -> View { ListView(...) }
///     }
///     registry.register(CampaignListScreen())
public protocol ShellScreen {
    var id: String { get }
    var section: ShellSection { get }
    var title: Localized { get }
    func makeView(_ context: ShellContext) -> View
    /// Whether the user's role may use this screen at all; screens not available are not offered.
    func isAvailable(_ context: ShellContext) -> Bool
}

extension ShellScreen {
    public func isAvailable(_ context: ShellContext) -> Bool { true }
}

/// Screens by section. A section with no screen opens the "not built yet" message;
/// with screens, a submenu listing them.
public final class ScreenRegistry {
    public private(set) var screens: [ShellScreen] = []

    public init() {}

    public func register(_ screen: ShellScreen) {
        screens.removeAll { $0.id == screen.id }
        screens.append(screen)
    }

    public func screens(in section: ShellSection) -> [ShellScreen] {
        screens.filter { $0.section == section }
    }

    /// The screens this version ships with.
    public static func standard() -> ScreenRegistry {
        let r = ScreenRegistry()
        r.register(UserInfoScreen())
        r.register(AuditScreen())
        r.register(ClusterRegistryScreen())
        r.register(ScoringRoundsScreen())
        r.register(ScoringSetupScreen())
        AwardScreens.all.forEach(r.register)
        r.register(CampaignListScreen())
        r.register(UnitTreeScreen()); r.register(PeopleScreen()); r.register(ImportScreen()); r.register(ImportBatchesScreen())
        r.register(ReportScreen())
        r.register(DocumentSettingsScreen())
        return r
    }
}
