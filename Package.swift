// swift-tools-version:6.0
// Undertone: per-second, speaker-relative emotion index and early warning for contact-centre calls.
import PackageDescription

let package = Package(
    name: "Undertone",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "undertone", targets: ["undertone"]),
        .library(name: "UndertonePipeline", targets: ["UndertonePipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(name: "CFFTW", pkgConfig: "fftw3f", providers: [.apt(["libfftw3-dev"])]),
        .systemLibrary(name: "CSndFile", pkgConfig: "sndfile", providers: [.apt(["libsndfile1-dev"])]),
        .systemLibrary(name: "CSoxr", pkgConfig: "soxr", providers: [.apt(["libsoxr-dev"])]),

        .target(name: "UndertoneCore"),
        .target(name: "UndertoneDSP", dependencies: ["UndertoneCore", "CFFTW"]),
        .target(name: "UndertoneAudio", dependencies: ["UndertoneCore", "CSndFile", "CSoxr"]),
        // Files under a target's Resources folder are built into its code (EmbedResources), not copied
        // beside the binary: the lexicons here, the licence notices in `undertone`.
        .target(name: "UndertoneText", dependencies: ["UndertoneCore", .product(name: "Yams", package: "Yams")],
                exclude: ["Resources"], plugins: ["EmbedResources"]),
        .executableTarget(name: "resource-embedder"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["resource-embedder"]),
        .target(name: "UndertoneFusion", dependencies: ["UndertoneCore"]),
        .target(name: "UndertonePipeline", dependencies: [
            "UndertoneCore", "UndertoneDSP", "UndertoneAudio", "UndertoneText", "UndertoneFusion",
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "undertone", dependencies: [
            "UndertonePipeline", "UndertoneAudio", "UndertoneCore", "UndertoneDSP", "UndertoneText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], exclude: ["Resources"], plugins: ["EmbedResources"]),

        // Speed of decode + resample + framing on a generated 10-minute call (Benchmarks/README.md).
        .executableTarget(name: "undertone-bench", dependencies: ["UndertonePipeline", "UndertoneAudio", "UndertoneCore", "CSndFile"],
                          path: "Benchmarks/Throughput"),
        .executableTarget(name: "undertone-pitch-allocations", dependencies: ["UndertonePipeline", "UndertoneCore"],
                          path: "Benchmarks/PitchAllocations", exclude: ["malloc_count.c"]),

        // Scoring throughput of the sentiment engine (Benchmarks/README.md).
        .executableTarget(name: "undertone-text-bench", dependencies: ["UndertoneText"], path: "Benchmarks/TextThroughput"),

        // Shared by the test targets: seeded randomness, chunkings, fixture paths, WAV byte builders.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "UndertoneDSPTests", dependencies: ["UndertoneDSP", "TestSupport"]),
        .testTarget(name: "UndertoneAudioTests", dependencies: ["UndertoneAudio", "TestSupport"]),
        .testTarget(name: "UndertonePipelineTests", dependencies: ["UndertonePipeline", "TestSupport"]),
        .testTarget(name: "UndertoneTextTests", dependencies: ["UndertoneText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "UndertoneFusionTests", dependencies: ["UndertoneFusion"]),
        .testTarget(name: "UndertoneCLITests", dependencies: ["undertone", "TestSupport"]),
    ]
)
