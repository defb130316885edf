import CSndFile
import Foundation
import UndertoneAudio
import UndertoneCore
import UndertonePipeline

// Decode + resample + framing throughput on a generated 10-minute call, in three typical inputs.
// Times are CPU seconds of this (single-threaded) process, so "× real time" is per core; each figure
// is the median of `runs`. Usage: undertone-bench [--minutes N] [--runs N] [--out FILE]

struct Input {
    var name: String
    var sampleRateHz: Int
    var channels: Int
    var format: Int32
    var fileExtension: String
}

let arguments = CommandLine.arguments
func option(_ name: String, default value: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return arguments[index + 1]
}
let minutes = Int(option("--minutes", default: "10")) ?? 10
let runs = Int(option("--runs", default: "5")) ?? 5
let resultsPath = option("--out", default: "Benchmarks/results/throughput.json")
let cacheDirectory = option("--cache", default: ".build-bench")

let inputs = [
    Input(name: "WAV PCM16 44.1 kHz stereo", sampleRateHz: 44100, channels: 2,
          format: Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16), fileExtension: "wav"),
    Input(name: "WAV µ-law 8 kHz stereo", sampleRateHz: 8000, channels: 2,
          format: Int32(SF_FORMAT_WAV | SF_FORMAT_ULAW), fileExtension: "wav"),
    Input(name: "FLAC 16 kHz mono", sampleRateHz: 16000, channels: 1,
          format: Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16), fileExtension: "flac"),
]

/// Discards everything; the benchmark measures the stages, not output formatting.
final class NullSink: AnalysisSink {
    var frames = 0
    func receive(frame: FrameFeatures, role: ChannelRole) throws { frames += 1 }
}

func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Peak resident memory of this process so far, in MiB (Linux reports ru_maxrss in KiB).
func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Decode only: read the file to the end.
func decode(_ path: String) throws {
    let source = try SndFileSource(path: path)
    var buffer = [Float](repeating: 0, count: SourceRunner.blockFrames(sampleRateHz: source.format.sampleRateHz, channelCount: source.format.channelCount) * source.format.channelCount)
    while try buffer.withUnsafeMutableBufferPointer({ try source.read(into: $0) }) > 0 {}
}

/// Decode and resample to 8 kHz.
func decodeAndResample(_ path: String) throws {
    let source = try SndFileSource(path: path)
    let resampler = try Resampler(inputRateHz: source.format.sampleRateHz, outputRateHz: 8000, channelCount: source.format.channelCount)
    var buffer = [Float](repeating: 0, count: SourceRunner.blockFrames(sampleRateHz: source.format.sampleRateHz, channelCount: source.format.channelCount) * source.format.channelCount)
    while true {
        let frames = try buffer.withUnsafeMutableBufferPointer { try source.read(into: $0) }
        if frames == 0 { break }
        try buffer.withUnsafeBufferPointer {
            try resampler.process(UnsafeBufferPointer(rebasing: $0[0..<(frames * source.format.channelCount)])) { _ in }
        }
    }
    try resampler.process(UnsafeBufferPointer(start: nil, count: 0), isEnd: true) { _ in }
}

/// The whole front end: decode, resample, frame, intensity, voice activity, per-second aggregation.
func analyse(_ path: String) throws {
    let source = try SndFileSource(path: path)
    let roles = try ChannelRole.defaultMapping(channelCount: source.format.channelCount)
    let analyzer = try CallAnalyzer(format: source.format, roles: roles, settings: AnalysisSettings(), sink: NullSink())
    try SourceRunner.run(source, through: analyzer)
}

let stages: [(String, (String) throws -> Void)] = [("decode", decode), ("decode+resample", decodeAndResample), ("decode+resample+frames", analyse)]

do {
    try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
    var rows: [[String: Any]] = []
    print("| input | stage | CPU s (median of \(runs)) | × real time per core |")
    print("|---|---|---:|---:|")
    for input in inputs {
        let path = "\(cacheDirectory)/call-\(minutes)min-\(input.sampleRateHz)-\(input.channels)ch.\(input.fileExtension)"
        if !FileManager.default.fileExists(atPath: path) {
            FileHandle.standardError.write(Data("generating \(path)\n".utf8))
            try CallSynthesizer.write(path: path, seconds: 60 * minutes, sampleRateHz: input.sampleRateHz,
                                      channels: input.channels, format: input.format)
        }
        for (stage, body) in stages {
            var times: [Double] = []
            for _ in 0..<runs {
                let start = cpuSeconds()
                try body(path)
                times.append(cpuSeconds() - start)
            }
            let cpu = median(times)
            let realTime = Double(60 * minutes) / cpu
            print("| \(input.name) | \(stage) | \(String(format: "%.3f", cpu)) | \(String(format: "%.0f", realTime)) |")
            rows.append(["input": input.name, "stage": stage, "audio_seconds": 60 * minutes, "runs": runs,
                         "cpu_seconds_median": cpu, "cpu_seconds_all": times, "real_time_factor_per_core": realTime])
        }
    }
    let peakMiB = peakResidentMiB()
    let largestMiB = Double(60 * minutes * 44100 * 2 * 2) / 1_048_576
    print("\nPeak resident memory: \(String(format: "%.1f", peakMiB)) MiB, for inputs up to \(String(format: "%.0f", largestMiB)) MiB of PCM")
    let results: [String: Any] = [
        "peak_resident_mib": peakMiB, "largest_input_mib": largestMiB,
        "benchmark": "throughput", "date": ISO8601DateFormatter().string(from: Date()),
        "command": "swift run -c release undertone-bench --minutes \(minutes) --runs \(runs)",
        "machine": ["cores": ProcessInfo.processInfo.activeProcessorCount,
                    "memory_gib": Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824],
        "results": rows,
    ]
    try FileManager.default.createDirectory(atPath: (resultsPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: resultsPath))
    FileHandle.standardError.write(Data("wrote \(resultsPath)\n".utf8))
} catch {
    FileHandle.standardError.write(Data("undertone-bench: \(error)\n".utf8))
    exit(1)
}
