import Foundation
import UndertoneCore
import UndertoneDSP

/// Folds one second of frames into `VoiceMeasures`: F0 median and range, voiced fraction, jitter,
/// shimmer, HNR and tremor. Buffers are sized at `init` (one second of frames) and reused: neither
/// `add` nor `measures` allocates.
///
/// F0 statistics and HNR need `minimumVoicedFrames` voiced frames; jitter and shimmer
/// `minimumCyclePairs` pairs of consecutive cycles; tremor half the second voiced (`TremorMeter`).
struct VoiceSummarizer {
    static let minimumVoicedFrames = 10
    static let minimumCyclePairs = 3
    /// r is capped here for HNR: 10 · log10(0.9999 / 0.0001) = 40 dB.
    static let maximumCorrelation = 0.9999

    private let tremor = TremorMeter(frameCount: AnalysisSettings.framesPerSecond,
                                     frameRateHz: Double(AnalysisSettings.framesPerSecond))
    /// Per frame position in the second: F0 in semitones re 1 Hz, and intensity in dB; NaN when unvoiced.
    private var semitones = [Float](repeating: .nan, count: AnalysisSettings.framesPerSecond)
    private var intensities = [Float](repeating: .nan, count: AnalysisSettings.framesPerSecond)
    private var voicedF0Hz = [Float](repeating: 0, count: AnalysisSettings.framesPerSecond)
    private var voicedCount = 0
    private var frameCount = 0
    private var hnrSumDB = 0.0
    private var cycles = CycleStatistics()

    mutating func add(_ frame: FrameFeatures) {
        frameCount += 1
        cycles += frame.cycles
        guard frame.f0Hz > 0 else { return }
        let position = frame.index % AnalysisSettings.framesPerSecond
        semitones[position] = 12 * log2(frame.f0Hz)
        intensities[position] = frame.intensityDB
        voicedF0Hz[voicedCount] = frame.f0Hz
        voicedCount += 1
        let r = min(Self.maximumCorrelation, max(1 - Self.maximumCorrelation, Double(frame.voicing)))
        hnrSumDB += 10 * log10(r / (1 - r))
    }

    mutating func measures() -> VoiceMeasures {
        var measures = VoiceMeasures()
        guard frameCount > 0 else { return measures }
        measures.voicedFraction = Double(voicedCount) / Double(frameCount)
        if voicedCount >= Self.minimumVoicedFrames {
            voicedF0Hz.withUnsafeMutableBufferPointer { f0 in
                let voiced = UnsafeMutableBufferPointer(rebasing: f0[0..<voicedCount])
                Self.insertionSort(voiced)
                let median = Double(voiced[voicedCount / 2] + voiced[(voicedCount - 1) / 2]) / 2
                let low = Double(voiced[voicedCount / 10]), high = Double(voiced[voicedCount - 1 - voicedCount / 10])
                measures.f0MedianHz = median
                measures.f0RangeHz = high - low
                measures.f0RangeSemitones = 12 * log2(high / low)
            }
            measures.hnrDB = hnrSumDB / Double(voicedCount)
        }
        if cycles.pairCount >= Self.minimumCyclePairs {
            measures.jitterLocalPercent = cycles.jitterLocal.map { 100 * $0 }
            measures.shimmerLocalPercent = cycles.shimmerLocal.map { 100 * $0 }
        }
        measures.f0TremorSemitones = semitones.withUnsafeMutableBufferPointer { tremor.rms($0) }
        measures.amplitudeTremorDB = intensities.withUnsafeMutableBufferPointer { tremor.rms($0) }
        return measures
    }

    /// Sorts in place without allocating (the standard library's sort may take a scratch buffer);
    /// at most one second of frames, so quadratic time is a few thousand steps.
    static func insertionSort(_ values: UnsafeMutableBufferPointer<Float>) {
        guard values.count > 1 else { return }
        for index in 1..<values.count {
            let value = values[index]
            var position = index
            while position > 0 && values[position - 1] > value {
                values[position] = values[position - 1]
                position -= 1
            }
            values[position] = value
        }
    }

    mutating func reset() {
        for position in semitones.indices {
            semitones[position] = .nan
            intensities[position] = .nan
        }
        voicedCount = 0
        frameCount = 0
        hnrSumDB = 0
        cycles = CycleStatistics()
    }
}
