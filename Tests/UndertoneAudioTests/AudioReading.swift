import Foundation
import UndertoneAudio

/// Reads a whole source into memory (fine for the tests' short files) in small blocks.
func readAll(_ source: AudioSource, blockFrames: Int = 1000) throws -> [Float] {
    var all: [Float] = []
    var buffer = [Float](repeating: 0, count: blockFrames * source.format.channelCount)
    while true {
        let frames = try buffer.withUnsafeMutableBufferPointer { try source.read(into: $0) }
        if frames == 0 { return all }
        all += buffer[0..<(frames * source.format.channelCount)]
    }
}

/// Every `stride`-th sample starting at `offset` (one channel of interleaved audio).
func channel(_ samples: [Float], _ offset: Int, of stride: Int) -> [Float] {
    Swift.stride(from: offset, to: samples.count, by: stride).map { samples[$0] }
}

/// Frequency of a tone from its positive-going zero crossings, in Hz.
func zeroCrossingFrequencyHz(_ samples: [Float], sampleRateHz: Int) -> Double {
    var crossings: [Int] = []
    for index in 1..<samples.count where samples[index - 1] < 0 && samples[index] >= 0 { crossings.append(index) }
    guard let first = crossings.first, let last = crossings.last, crossings.count > 1 else { return 0 }
    return Double(crossings.count - 1) * Double(sampleRateHz) / Double(last - first)
}

/// Level in dB re full scale (RMS of a full-scale square wave = 0 dB).
func rmsDBFS(_ samples: [Float]) -> Double {
    let meanSquare = samples.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(samples.count)
    return 10 * log10(meanSquare)
}

/// The middle `fraction` of `samples`, away from codec start-up and padding.
func middle(_ samples: [Float], fraction: Double = 0.6) -> [Float] {
    let skip = Int(Double(samples.count) * (1 - fraction) / 2)
    return Array(samples[skip..<(samples.count - skip)])
}
