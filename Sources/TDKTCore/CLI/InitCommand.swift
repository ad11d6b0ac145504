import Foundation

/// `tdkt init [--demo]`: a new data directory with the default catalogue, optionally the demo data.
enum InitCommand {
    static func run(_ ctx: CommandContext, _ words: [String]) throws -> Int32 {
        let args = try Arguments(words, valued: ["--office"], flags: ["--demo"])
        try args.expectPositional(max: 0, usage: "tdkt init [--demo]")
        if DataDirectory.isInitialised(ctx.root) {
            ctx.output.error("tdkt: \(ctx.root) đã có dữ liệu, không ghi đè / already holds a data directory; nothing overwritten")
            return 1
        }
        try DataInitializer.create(root: ctx.root, user: ctx.user, officeName: args.value("--office"), demo: args.has("--demo"))
        ctx.say("Đã tạo thư mục dữ liệu \(ctx.root)", "Created the data directory \(ctx.root)")
        return 0
    }
}

/// Creates data directories: the office configuration, the default catalogue, the demo data.
public enum DataInitializer {
    public static func create(root: String, user: String, officeName: String? = nil, demo: Bool) throws {
        DataDirectory.applyOfficeUmask()
        let store = try Store(root: root, user: user)
        var roles: [String: RoleAssignment] = [user: RoleAssignment(role: .administrator)]
        if demo {
            roles["lan"] = RoleAssignment(role: .clerk)
            roles["chamdiem"] = RoleAssignment(role: .reviewer, unitId: "tn-stc", clusterIds: ["tn-khoi-kinh-te"])
            roles["xem"] = RoleAssignment(role: .viewer)
        }
        let config = OfficeConfig(officeName: officeName ?? "Sở Nội vụ tỉnh Thái Nguyên", parentBody: "UBND TỈNH THÁI NGUYÊN",
                                  place: "Thái Nguyên", roles: roles)
        var writes = [PendingWrite(DefaultCatalogue.catalogue, basedOn: nil, action: "init")]
        if demo { writes += DemoData.build().writes() }
        try store.commit(writes)
        // The configuration is written last: a directory without it is not yet a data directory.
        try store.writeRaw(try JSONCoding.encode(config), to: OfficeConfig.fileName, action: "init")
    }

    /// A fresh temporary copy of the demo data, so trying the program never touches real data.
    public static func temporaryDemo(user: String) throws -> String {
        let root = NSTemporaryDirectory() + "tdkt-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try create(root: root, user: user, demo: true)
        return root
    }
}
