import Foundation
import TDKTCore
import TDKTDemo
import TDKTText

extension InputFuzzer {
    /// Valid record files of several kinds, from the demo data, to mutate.
    public static func jsonSeeds() throws -> [(kind: String, bytes: [UInt8])] {
        let demo = DemoData.build()
        func file<T: StoredRecord>(_ value: T) throws -> (String, [UInt8]) {
            let data = try RecordFile.encode(value, revision: 3, modifiedBy: "lan", modifiedAt: "2026-01-05T08:00:00Z")
            return (T.collection, Array(data))
        }
        let proposal = Proposal(id: "p1", year: 2025, nominee: NomineeRef(.person, "nguyen-van-khoa"), awardCode: "CSTD_TINH",
                                achievement: "Sáng kiến số hóa hồ sơ", dossier: [.submission: true, .minutes: false])
        return [try file(demo.units[1]), try file(demo.people[0]), try file(demo.campaigns[0]), try file(demo.clusters[0]),
                try file(demo.awards[0]), try file(proposal), try file(DefaultCatalogue.catalogue)]
    }
}
