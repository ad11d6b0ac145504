import Foundation

/// Whether another clerk saved a record since this workspace read it, so a screen showing it can
/// show the new one. One file read; nothing else is reloaded.
extension Workspace {
    /// True when the campaign's file holds a newer revision (or is gone) than the one read here.
    public func campaignChangedElsewhere(_ id: String) -> Bool {
        changedElsewhere(Campaign.self, "\(Campaign.collection)/\(id).json", read: campaigns[id]?.revision)
    }

    /// True when the person's file holds a newer revision (or is gone) than the one read here.
    public func personChangedElsewhere(_ id: String) -> Bool {
        changedElsewhere(Person.self, "\(Person.collection)/\(id).json", read: people[id]?.revision)
    }

    /// True when the unit's file holds a newer revision (or is gone) than the one read here.
    public func unitChangedElsewhere(_ id: String) -> Bool {
        changedElsewhere(Unit.self, "\(Unit.collection)/\(id).json", read: units[id]?.revision)
    }

    func changedElsewhere<T: StoredRecord>(_ type: T.Type, _ path: String, read here: Int?) -> Bool {
        let onDisk = (try? store.read(type, at: path))??.revision
        return here != onDisk
    }
}

extension ProposalBook {
    /// True when the proposal's file holds a newer revision (or is gone) than the one this book read.
    public func changedElsewhere(_ id: String) -> Bool {
        guard let p = proposals[id] else { return false }
        return workspace.changedElsewhere(Proposal.self, p.value.relativePath, read: p.revision)
    }
}
