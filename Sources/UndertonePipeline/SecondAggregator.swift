import Foundation
import UndertoneCore

/// Folds one channel's 10 ms frames into per-second records.
///
/// Second `s` holds frames `100·s … 100·s + 99`; a record is emitted when the frame after its last
/// arrives, and `flush()` emits the last, partial second. Intensities are averaged as energies
/// (10·log10 of the mean of 10^(dB/10)), the way a sound level meter integrates. Pitch and voice quality
/// come from `VoiceSummarizer`, speech rate and pauses from `RateSummarizer`.
public struct SecondAggregator {
    public let role: ChannelRole
    private var second = 0
    private var frameCount = 0
    private var speechFrames = 0
    private var energySum = 0.0
    private var speechEnergySum = 0.0
    private var voice = VoiceSummarizer()
    private var rate = RateSummarizer()

    public init(role: ChannelRole) { self.role = role }

    /// Adds a frame; returns the record of the second it closed, if any.
    public mutating func add(_ frame: FrameFeatures) -> SecondRecord? {
        let frameSecond = frame.index / AnalysisSettings.framesPerSecond
        var finished: SecondRecord?
        if frameSecond != second {
            finished = makeRecord()
            reset(to: frameSecond)
        }
        let energy = pow(10, Double(frame.intensityDB) / 10)
        frameCount += 1
        voice.add(frame)
        rate.add(frame)
        energySum += energy
        if frame.isSpeech {
            speechFrames += 1
            speechEnergySum += energy
        }
        return finished
    }

    /// The record of the last, possibly partial, second; nil when no frame arrived since the last record.
    public mutating func flush() -> SecondRecord? {
        defer { reset(to: second + 1) }
        return makeRecord()
    }

    private mutating func reset(to newSecond: Int) {
        second = newSecond
        frameCount = 0
        speechFrames = 0
        energySum = 0
        speechEnergySum = 0
        voice.reset()
        rate.reset()
    }

    private mutating func makeRecord() -> SecondRecord? {
        guard frameCount > 0 else { return nil }
        func decibels(_ energy: Double, frames: Int) -> Double { 10 * log10(energy / Double(frames)) }
        var record = SecondRecord(
            timeSeconds: second,
            durationSeconds: Double(frameCount) * AnalysisSettings.hopSeconds,
            role: role,
            intensityDB: decibels(energySum, frames: frameCount),
            speechIntensityDB: speechFrames > 0 ? decibels(speechEnergySum, frames: speechFrames) : nil,
            speechFraction: Double(speechFrames) / Double(frameCount),
            voice: voice.measures())
        record.rate = rate.measuresOfSecond()
        return record
    }
}
