// Counts heap allocations per 10 ms hop of a channel's DSP (framer, intensity, VAD, pitch tracker,
// cycle marks) and of the per-second aggregation in steady state. Run through
// Benchmarks/pitch_allocations.sh, which preloads the counting allocator (malloc_count.c).
import Foundation
import UndertoneCore
import UndertonePipeline

typealias CountFunction = @convention(c) () -> Int
guard let symbol = dlsym(nil, "undertone_allocation_count") else { // nil: RTLD_DEFAULT on glibc
    FileHandle.standardError.write(Data("run with LD_PRELOAD=malloc_count.so (see Benchmarks/pitch_allocations.sh)\n".utf8))
    exit(2)
}
let allocationCount = unsafeBitCast(symbol, to: CountFunction.self)

/// Runs the channel's stages on generated audio; returns (hops, allocations, records) in the measured part.
func measure(seconds: Int) throws -> (hops: Int, allocations: Int, records: Int) {
    let settings = try AnalysisSettings(sampleRateHz: 8000)
    let analyzer = ChannelAnalyzer(role: .mixed, settings: settings)
    var aggregator = SecondAggregator(role: .mixed)
    // Speech-like input: harmonics 2…6 of a gliding F0 plus noise, voiced 1.5 s of every 2 s; 0.25 s blocks.
    var block = [Float](repeating: 0, count: 2000)
    var phase = 0.0, sampleIndex = 0, noise: UInt64 = 1, records = 0
    func run(seconds: Int) {
        for _ in 0..<(seconds * 4) {
            for index in block.indices {
                let t = Double(sampleIndex) / 8000
                phase += 2 * Double.pi * (130 + 30 * sin(2 * Double.pi * 0.5 * t)) / 8000
                noise = noise &* 6364136223846793005 &+ 1442695040888963407
                var value = 0.01 * (Double(noise >> 40) / Double(1 << 24) - 0.5)
                for harmonic in 2...6 { value += 0.1 * sin(Double(harmonic) * phase) }
                block[index] = Float(t.truncatingRemainder(dividingBy: 2) < 1.5 ? value : value * 0.01)
                sampleIndex += 1
            }
            block.withUnsafeBufferPointer { analyzer.push($0) }
            analyzer.drainFrames { frame in if aggregator.add(frame) != nil { records += 1 } }
        }
    }
    run(seconds: 5) // warm-up: buffers reach their steady capacity
    records = 0
    let before = allocationCount()
    run(seconds: seconds)
    return (seconds * AnalysisSettings.framesPerSecond, allocationCount() - before, records)
}

let result = try measure(seconds: 60)
print("hops: \(result.hops), per-second records: \(result.records)")
print("allocations in steady state: \(result.allocations) (\(String(format: "%.3f", Double(result.allocations) / Double(result.hops))) per hop)")
