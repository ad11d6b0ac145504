// swift-tools-version:6.0
import PackageDescription

// Arrows point down: tdkt → TDKTCommands, TDKTApp → TerminalUI / TDKTCore → TDKTText.
// TDKTCore imports no terminal code and TerminalUI no domain code (checked by LayeringTests).
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
        // Vietnamese text for everyone: NFC, cleaning, folding, width, collation, Telex, legacy encodings.
        .target(name: "TDKTText", path: "Sources/TDKTText"),
        // File formats written here (the design allows no packages): zip, xlsx, PDF. Foundation only.
        .target(name: "TDKTFormats", path: "Sources/TDKTFormats"),
        // The domain: model, rules, scoring, awards, reports as documents, import, the store.
        .target(name: "TDKTCore", dependencies: ["TDKTText", "TDKTFormats"], path: "Sources/TDKTCore"),
        // Demo content: the data `tdkt --demo` and `tdkt init --demo` start from.
        .target(name: "TDKTDemo", dependencies: ["TDKTCore", "TDKTText"], path: "Sources/TDKTDemo"),
        // The terminal toolkit: screen, keys, widgets. Knows nothing of the domain.
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "TDKTText"], path: "Sources/TerminalUI"),
        // Screens and workflows binding the domain to the toolkit.
        .target(name: "TDKTApp", dependencies: ["TDKTCore", "TDKTText", "TDKTFormats", "TerminalUI"], path: "Sources/TDKTApp"),
        // The office server: the socket, the sessions it starts, the clerk's side of a session.
        .target(name: "TDKTServer", dependencies: ["TDKTCore", "TDKTText"], path: "Sources/TDKTServer"),
        // The command line: every command, its options and help; opens the terminal interface.
        .target(name: "TDKTCommands", dependencies: ["TDKTCore", "TDKTText", "TDKTDemo", "TDKTApp", "TDKTServer"], path: "Sources/TDKTCommands"),
        .executableTarget(name: "tdkt", dependencies: ["TDKTCommands"], path: "Sources/tdkt"),
        // Test tooling, not a product: the province generator and the input fuzzers.
        .target(name: "TDKTTestKit", dependencies: ["TDKTCore", "TDKTText", "TDKTDemo"], path: "Sources/TDKTTestKit"),
        // A writer process for the crash and concurrency tests: edits records until killed or done.
        .executableTarget(name: "tdkt-stress", dependencies: ["TDKTCore"], path: "Sources/tdkt-stress"),
        // Mutated inputs for the JSON loader and the CSV importer, a million at a time (outside CI).
        .executableTarget(name: "tdkt-fuzz", dependencies: ["TDKTCore", "TDKTDemo", "TDKTTestKit"], path: "Sources/tdkt-fuzz"),
        // The benchmark: a generated province, figures printed as a table (BENCHMARKS.md).
        .executableTarget(name: "tdkt-bench", dependencies: ["TDKTCore", "TDKTText", "TDKTFormats", "TDKTTestKit", "TerminalUI", "TDKTApp"], path: "Sources/tdkt-bench"),
        .testTarget(name: "TDKTTextTests", dependencies: ["TDKTText"], path: "Tests/TDKTTextTests"),
        .testTarget(name: "TDKTCoreTests", dependencies: ["TDKTCore", "TDKTText", "TDKTDemo", "TDKTTestKit", "TDKTCommands", "TDKTFormats"],
                    path: "Tests/TDKTCoreTests", exclude: ["Import/Fixtures"]),
        .testTarget(name: "TDKTFormatsTests", dependencies: ["TDKTFormats"], path: "Tests/TDKTFormatsTests", exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TDKTText"], path: "Tests/TerminalUITests"),
        .testTarget(name: "TDKTAppTests", dependencies: ["TDKTApp", "TDKTCore", "TDKTText", "TDKTDemo", "TDKTTestKit", "TerminalUI"], path: "Tests/TDKTAppTests"),
    ],
    swiftLanguageModes: [.v6]
)
