import Foundation
import TDKTText

/// Registrations (đăng ký thi đua), one per campaign, unit and year: listed, saved, edited entry by entry and
/// removed with a reason, by the province's clerks or by the unit's own officer within its scope.
extension Workspace {
    static let registrationLabel = Localized(vi: "Đăng ký thi đua", en: "Registration")

    public func registrations(year: Int) -> [Registration] { storedRegistrations(year: year).map(\.value) }

    /// A year's registrations as stored; for a unit's officer, those of its units only.
    public func storedRegistrations(year: Int) -> [Stored<Registration>] {
        store.loadAll(Registration.self, year: year).records.filter { inScope(unitId: $0.value.unitId) }
    }

    /// The registration of a unit in a campaign's year (nil campaign: the regular emulation of the year).
    public func registration(year: Int, campaignId: String?, unitId: String) -> Stored<Registration>? {
        storedRegistrations(year: year).first { $0.value.campaignId == campaignId && $0.value.unitId == unitId }
    }

    /// Saves a registration, checked: a known unit and campaign, awards in the catalogue and for the kind of
    /// nominee, nominees of that unit, all within the user's scope. A registration read from a file of the first
    /// layout (one per unit and year) moves to its own file in the same batch.
    public func saveRegistration(_ r: Registration, basedOn revision: Int?, action: String = "registration.save") throws {
        try authorize(.editRegistrations)
        try authorizeScope(unitId: r.unitId)
        try check(r)
        var writes = [PendingWrite(r, basedOn: revision, action: action)]
        if let legacy = legacyRegistration(r) {
            writes = [PendingWrite(r, basedOn: nil, action: action), PendingWrite(removingPath: r.legacyPath, kind: Registration.collection,
                                                                                  basedOn: legacy.revision, action: action + " (moved to its campaign's file)")]
        }
        try store.commit(writes)
    }

    /// The record of the first layout this registration was read from, if any.
    private func legacyRegistration(_ r: Registration) -> Stored<Registration>? {
        guard r.legacyPath != r.relativePath, let old = try? store.read(Registration.self, at: r.legacyPath),
              old.value.campaignId == r.campaignId else { return nil }
        return old
    }

    func check(_ r: Registration) throws {
        try r.validate()
        guard units[r.unitId] != nil else {
            throw ValidationError(field: "unitId", label: Labels.unit, reason: Reason.unknownReference(r.unitId))
        }
        if let c = r.campaignId, campaigns[c] == nil {
            throw ValidationError(field: "campaignId", label: Localized(vi: "Phong trào", en: "Campaign"), reason: Reason.unknownReference(c))
        }
        for e in r.entries {
            guard let award = catalogue?.value.award(e.awardCode) else {
                throw ValidationError(field: "entries.awardCode", label: Labels.award, reason: Reason.unknownReference(e.awardCode))
            }
            if !award.recipients.accepts(e.nominee.kind) {
                throw ValidationError(field: "entries.awardCode", label: Labels.award, reason: Localized(
                    vi: "\(award.name) không dành cho \(e.nominee.kind.label.vi.lowercased())",
                    en: "\(award.nameEn) is not for a \(e.nominee.kind.label.en.lowercased())"))
            }
            if unitId(of: e.nominee) != r.unitId {
                throw ValidationError(field: "entries.nominee", label: Self.registrationLabel, reason: Localized(
                    vi: "\(name(of: e.nominee)) không thuộc đơn vị \(units[r.unitId]?.value.name ?? r.unitId)",
                    en: "\(name(of: e.nominee)) is not of unit \(units[r.unitId]?.value.name ?? r.unitId)"))
            }
        }
    }

    /// Adds one title a unit (or one of its people) registers for, to the unit's registration of that campaign
    /// and year — a registration of its own for each campaign — read afresh so another clerk's entries are kept.
    public func register(unitId: String, campaignId: String?, year: Int, nominee: NomineeRef, awardCode: String) throws {
        let stored = registration(year: year, campaignId: campaignId, unitId: unitId) ?? legacy(year: year, campaignId: campaignId, unitId: unitId)
        var reg = stored?.value ?? Registration(year: year, unitId: unitId, campaignId: campaignId, entries: [])
        reg.entries.append(Registration.Entry(nominee: nominee, awardCode: awardCode))
        try saveRegistration(reg, basedOn: stored?.revision, action: "registration.add \(nominee.id) \(awardCode)")
    }

    private func legacy(year: Int, campaignId: String?, unitId: String) -> Stored<Registration>? {
        guard let old = try? store.read(Registration.self, at: "registrations/\(year)/\(unitId).json"), old.value.campaignId == campaignId else { return nil }
        return old
    }

    /// Removes one entry (a nominee's title) from a registration.
    public func unregister(unitId: String, campaignId: String?, year: Int, nominee: NomineeRef, awardCode: String) throws {
        guard let stored = registration(year: year, campaignId: campaignId, unitId: unitId) else {
            throw ValidationError(field: "registration", label: Self.registrationLabel, reason: Reason.unknownReference("\(year)/\(campaignId ?? "-")/\(unitId)"))
        }
        var reg = stored.value
        guard let i = reg.entries.firstIndex(where: { $0.nominee == nominee && $0.awardCode == awardCode }) else {
            throw ValidationError(field: "entries", label: Self.registrationLabel, reason: Reason.unknownReference("\(nominee.id) \(awardCode)"))
        }
        reg.entries.remove(at: i)
        try saveRegistration(reg, basedOn: stored.revision, action: "registration.drop \(nominee.id) \(awardCode)")
    }

    /// Removes a whole registration, with the reason in the audit log.
    public func removeRegistration(year: Int, campaignId: String?, unitId: String, reason: String) throws {
        try authorize(.editRegistrations)
        try authorizeScope(unitId: unitId)
        let why = TextNormalization.clean(reason).trimmingCharacters(in: .whitespaces)
        if why.isEmpty { throw ValidationError(field: "reason", label: Localized(vi: "Lý do", en: "Reason"), reason: Reason.empty) }
        let path = "registrations/\(year)/\(campaignId ?? "-").\(unitId).json"
        if let stored = try? store.read(Registration.self, at: path) {
            try store.commit([PendingWrite(removing: stored.value, basedOn: stored.revision, action: "registration.remove: \(why)")])
        } else if let old = legacy(year: year, campaignId: campaignId, unitId: unitId) {
            try store.commit([PendingWrite(removingPath: old.value.legacyPath, kind: Registration.collection, basedOn: old.revision,
                                           action: "registration.remove: \(why)")])
        } else {
            throw ValidationError(field: "registration", label: Self.registrationLabel, reason: Reason.unknownReference("\(year)/\(campaignId ?? "-")/\(unitId)"))
        }
    }
}
