// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tdkt",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tdkt", targets: ["tdkt"]),
        .executable(name: "tdkt-stress", targets: ["tdkt-stress"]),
        .executable(name: "tdkt-fuzz", targets: ["tdkt-fuzz"]),
        .executable(name: "tdkt-bench", targets: ["tdkt-bench"]),
    ],
    targets: [
        // The system's ncursesw, reached through a module map and a small shim header.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The domain: model, rules, scoring, reports, store, Vietnamese text. Foundation only.
        .target(name: "TDKTCore", dependencies: ["TDKTFormats"], path: "Sources/TDKTCore"),
        // The terminal toolkit: screen, keys, widgets. Knows nothing of the domain.
        // File formats written here (the design allows no packages): zip, xlsx, PDF. Foundation only.
        .target(name: "TDKTFormats", path: "Sources/TDKTFormats"),
        .target(name: "TerminalUI", dependencies: ["CNcursesw"], path: "Sources/TerminalUI"),
        // Screens and workflows binding the domain to the toolkit.
        .target(name: "TDKTApp", dependencies: ["TDKTCore", "TDKTFormats", "TerminalUI"], path: "Sources/TDKTApp"),
        .executableTarget(name: "tdkt", dependencies: ["TDKTCore", "TDKTApp"], path: "Sources/tdkt"),
        // A writer process for the crash and concurrency tests: edits records until killed or done.
        .executableTarget(name: "tdkt-stress", dependencies: ["TDKTCore"], path: "Sources/tdkt-stress"),
        // Mutated inputs for the JSON loader and the CSV importer, a million at a time (outside CI).
        .executableTarget(name: "tdkt-fuzz", dependencies: ["TDKTCore"], path: "Sources/tdkt-fuzz"),
        // The benchmark: a generated province, figures printed as a table (BENCHMARKS.md).
        .executableTarget(name: "tdkt-bench", dependencies: ["TDKTCore", "TerminalUI"], path: "Sources/tdkt-bench"),
        .testTarget(name: "TDKTCoreTests", dependencies: ["TDKTCore"], path: "Tests/TDKTCoreTests"),
        .testTarget(name: "TDKTFormatsTests", dependencies: ["TDKTFormats"], path: "Tests/TDKTFormatsTests"),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"], path: "Tests/TerminalUITests"),
        .testTarget(name: "TDKTAppTests", dependencies: ["TDKTApp", "TDKTCore", "TerminalUI"], path: "Tests/TDKTAppTests"),
    ],
    swiftLanguageModes: [.v6]
)
