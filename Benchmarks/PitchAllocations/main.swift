// Counts heap allocations of one channel's DSP in steady state, in two runs on the same generated audio:
//   1. per hop: framer, intensity, VAD, pitch tracker, cycle marks (`ChannelAnalyzer` lanes, merge, drain)
//      must allocate nothing: the program exits with status 1 if it does;
//   2. per second: the same plus the per-second aggregation (`SecondAggregator`, `VoiceSummarizer`),
//      which must not allocate either (exit status 1 otherwise);
//   3. a whole call: `CallAnalyzer` on stereo 8 kHz audio pushed in 10 ms packets, as a live pipe
//      delivers it (deinterleaving, both channels, frames and seconds to a sink): 0 as well.
// Rendering records to text (`RecordWriter`) is not counted: it builds each record's field list.
// Run through Benchmarks/pitch_allocations.sh, which preloads the counting allocator (malloc_count.c).
// UNDERTONE_TRACE_ALLOCATIONS=1 prints the call stack of every counted allocation on stderr.
import Foundation
import UndertoneAudio
import UndertoneCore
import UndertonePipeline

typealias CountFunction = @convention(c) () -> Int
typealias TraceFunction = @convention(c) (Int32) -> Void
guard let countSymbol = dlsym(nil, "undertone_allocation_count"), // nil: RTLD_DEFAULT on glibc
      let traceSymbol = dlsym(nil, "undertone_allocation_trace") else {
    FileHandle.standardError.write(Data("run with LD_PRELOAD=malloc_count.so (see Benchmarks/pitch_allocations.sh)\n".utf8))
    exit(2)
}
let allocationCount = unsafeBitCast(countSymbol, to: CountFunction.self)
let setTracing = unsafeBitCast(traceSymbol, to: TraceFunction.self)
let tracing = ProcessInfo.processInfo.environment["UNDERTONE_TRACE_ALLOCATIONS"] == "1"

/// Speech-like input: harmonics 2…6 of a gliding F0 plus noise, voiced 1.5 s of every 2 s, in 0.25 s blocks.
struct SpeechLikeSource {
    var block = [Float](repeating: 0, count: 2000)
    var phase = 0.0, sampleIndex = 0, noise: UInt64 = 1

    mutating func next() {
        for index in block.indices {
            let t = Double(sampleIndex) / 8000
            phase += 2 * Double.pi * (130 + 30 * sin(2 * Double.pi * 0.5 * t)) / 8000
            noise = noise &* 6364136223846793005 &+ 1442695040888963407
            var value = 0.01 * (Double(noise >> 40) / Double(1 << 24) - 0.5)
            for harmonic in 2...6 { value += 0.1 * sin(Double(harmonic) * phase) }
            block[index] = Float(t.truncatingRemainder(dividingBy: 2) < 1.5 ? value : value * 0.01)
            sampleIndex += 1
        }
    }
}

/// Runs 5 s of warm-up, then `seconds` measured; returns (hops, allocations, records) of the measured part.
func measure(seconds: Int, aggregate: Bool) throws -> (hops: Int, allocations: Int, records: Int) {
    let settings = try AnalysisSettings(sampleRateHz: 8000)
    let analyzer = ChannelAnalyzer(role: .mixed, settings: settings)
    var aggregator = SecondAggregator(role: .mixed)
    var source = SpeechLikeSource()
    var records = 0, frames = 0
    func run(seconds: Int) {
        for _ in 0..<(seconds * 4) {
            source.next()
            source.block.withUnsafeBufferPointer { block in
                analyzer.prepare(block)
                for lane in ChannelAnalyzer.Lane.allCases { analyzer.run(lane, on: block) }
            }
            analyzer.mergeLanes()
            analyzer.drainFrames { frame in
                frames += 1
                if aggregate, aggregator.add(frame) != nil { records += 1 }
            }
        }
    }
    run(seconds: 5) // warm-up: buffers reach their steady capacity
    records = 0
    frames = 0
    if tracing { setTracing(1) }
    let before = allocationCount()
    run(seconds: seconds)
    let allocations = allocationCount() - before
    setTracing(0)
    return (frames, allocations, records)
}

/// Counts what a call analyzer emits, without keeping it.
final class CountingSink: AnalysisSink {
    var frames = 0, seconds = 0
    func receive(frame: FrameFeatures, role: ChannelRole) throws { frames += 1 }
    func receive(second: SecondRecord) throws { seconds += 1 }
}

/// Runs a stereo call through `CallAnalyzer` in 10 ms packets: 5 s warm-up, then `seconds` measured.
func measureCall(seconds: Int) throws -> (frames: Int, allocations: Int, records: Int) {
    let sink = CountingSink()
    let format = StreamFormat(sampleRateHz: 8000, channelCount: 2, encoding: "benchmark")
    let analyzer = try CallAnalyzer(format: format, roles: [.customer, .agent], settings: AnalysisSettings(), sink: sink)
    var source = SpeechLikeSource()
    var packet = [Float](repeating: 0, count: 2 * 80)
    func run(seconds: Int) throws {
        for _ in 0..<(seconds * 4) {
            source.next()
            for start in stride(from: 0, to: source.block.count, by: 80) {
                for index in 0..<80 {
                    packet[2 * index] = source.block[start + index]
                    packet[2 * index + 1] = 0.5 * source.block[start + index]
                }
                try packet.withUnsafeBufferPointer { try analyzer.push(interleaved: $0) }
            }
        }
    }
    try run(seconds: 5)
    sink.frames = 0
    sink.seconds = 0
    if tracing { setTracing(1) }
    let before = allocationCount()
    try run(seconds: seconds)
    let allocations = allocationCount() - before
    setTracing(0)
    return (sink.frames, allocations, sink.seconds)
}

let seconds = 60
let hopPath = try measure(seconds: seconds, aggregate: false)
print("DSP only (per-hop path): \(hopPath.hops) hops, \(hopPath.allocations) allocations")
let withRecords = try measure(seconds: seconds, aggregate: true)
print("DSP + per-second records: \(withRecords.hops) hops, \(withRecords.records) records, \(withRecords.allocations) allocations"
      + " (\(String(format: "%.2f", Double(withRecords.allocations) / Double(max(1, withRecords.records)))) per record)")
guard hopPath.hops == seconds * AnalysisSettings.framesPerSecond else {
    print("FAIL: expected \(seconds * AnalysisSettings.framesPerSecond) hops")
    exit(1)
}
guard hopPath.allocations == 0 else {
    print("FAIL: the per-hop path allocated \(hopPath.allocations) times (UNDERTONE_TRACE_ALLOCATIONS=1 shows where)")
    exit(1)
}
guard withRecords.allocations == 0 else {
    print("FAIL: per-second aggregation allocated \(withRecords.allocations) times (UNDERTONE_TRACE_ALLOCATIONS=1 shows where)")
    exit(1)
}
let call = try measureCall(seconds: seconds)
print("Whole call (CallAnalyzer, stereo, 10 ms packets): \(call.frames) channel-frames, \(call.records) records, \(call.allocations) allocations")
guard call.allocations == 0 else {
    print("FAIL: the call analyzer allocated \(call.allocations) times (UNDERTONE_TRACE_ALLOCATIONS=1 shows where)")
    exit(1)
}
print("PASS: 0 allocations in the per-hop path, in per-second aggregation and in a whole streamed call")
