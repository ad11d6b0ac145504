import TDKTText

/// Likely duplicates, asked about before a save: the same name folded (case, diacritics, đ = d,
/// spacing) for a campaign; the same folded name in the same unit for a person. A namesake in another
/// unit is not a duplicate: the pickers tell namesakes apart by unit and birth year.
extension Workspace {
    static func sameName(_ a: String, _ b: String) -> Bool {
        SearchKey.fold(a).split(separator: " ") == SearchKey.fold(b).split(separator: " ")
    }

    /// Other campaigns with this campaign's name.
    public func likelyDuplicates(of campaign: Campaign) -> [Campaign] {
        campaigns.values.map(\.value).filter { $0.id != campaign.id && Self.sameName($0.name, campaign.name) }
    }

    /// Other people of the person's unit with the person's name.
    public func likelyDuplicates(of person: Person) -> [Person] {
        people.values.map(\.value).filter { $0.id != person.id && $0.unitId == person.unitId && Self.sameName($0.name, person.name) }
    }
}
