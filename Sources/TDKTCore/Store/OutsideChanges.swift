import Foundation

/// Whether another clerk saved a record since this workspace read it, so a screen showing it can
/// show the new one. One file read; nothing else is reloaded.
extension Workspace {
    /// True when the campaign's file holds a newer revision (or is gone) than the one read here.
    public func campaignChangedElsewhere(_ id: String) -> Bool {
        let here = campaigns[id]?.revision
        let onDisk = (try? store.read(Campaign.self, at: "\(Campaign.collection)/\(id).json"))??.revision
        return here != onDisk
    }
}
