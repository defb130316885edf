import Foundation
import UndertoneCore
import UndertoneFusion
import UndertoneText

extension VoiceSecond {
    /// The fusion view of a channel's per-second record: F0 in semitones re 100 Hz, range in
    /// semitones, speech intensity, articulation rate, jitter, shimmer, HNR and F0 tremor.
    init(record: SecondRecord) {
        var values: [VoiceFeature: Double] = [:]
        let voice = record.voice
        values[.f0] = voice.f0MedianHz.map { 12 * log2($0 / 100) }
        values[.f0Range] = voice.f0RangeSemitones
        values[.intensity] = record.speechIntensityDB
        values[.rate] = record.rate.articulationRateSPS
        values[.jitter] = voice.jitterLocalPercent
        values[.shimmer] = voice.shimmerLocalPercent
        values[.hnr] = voice.hnrDB
        values[.tremor] = voice.f0TremorSemitones
        self.init(timeSeconds: record.timeSeconds, speechFraction: record.speechFraction, values: values)
    }
}

extension TextSecond {
    init(valence: SecondValence?) {
        guard let valence, let score = valence.valence else {
            self = .silent
            return
        }
        self.init(valence: score, politeness: valence.politeness ?? 0, terms: valence.terms)
    }
}
