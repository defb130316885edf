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
    ],
    targets: [
        // C libraries from Debian, through pkg-config.
        .systemLibrary(name: "CFFTW", pkgConfig: "fftw3f", providers: [.apt(["libfftw3-dev"])]),
        .systemLibrary(name: "CSndFile", pkgConfig: "sndfile", providers: [.apt(["libsndfile1-dev"])]),
        .systemLibrary(name: "CSoxr", pkgConfig: "soxr", providers: [.apt(["libsoxr-dev"])]),

        .target(name: "UndertoneCore"),
        .target(name: "UndertoneDSP", dependencies: ["UndertoneCore", "CFFTW"]),
        .target(name: "UndertoneAudio", dependencies: ["UndertoneCore", "CSndFile", "CSoxr"]),
        .target(name: "UndertonePipeline", dependencies: ["UndertoneCore", "UndertoneDSP", "UndertoneAudio"]),
        .executableTarget(name: "undertone", dependencies: [
            "UndertonePipeline", "UndertoneAudio", "UndertoneCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .executableTarget(name: "undertone-bench", dependencies: ["UndertonePipeline", "UndertoneAudio", "UndertoneDSP", "UndertoneCore"],
                          path: "Benchmarks/Throughput"),
        .executableTarget(name: "undertone-pitch-allocations", dependencies: ["UndertonePipeline", "UndertoneCore"],
                          path: "Benchmarks/PitchAllocations", exclude: ["malloc_count.c"]),

        .testTarget(name: "UndertoneDSPTests", dependencies: ["UndertoneDSP"]),
        .testTarget(name: "UndertoneAudioTests", dependencies: ["UndertoneAudio"]),
        .testTarget(name: "UndertonePipelineTests", dependencies: ["UndertonePipeline"]),
        .testTarget(name: "UndertoneCLITests", dependencies: ["undertone"]),
    ]
)
