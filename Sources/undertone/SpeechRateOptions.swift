import ArgumentParser
import UndertoneCore
import UndertoneDSP

/// Expert knobs of syllable-nucleus detection, hidden from `--help`: for evaluation and tuning
/// (docs/speech-rate.md gives the defaults and what each does).
struct SpeechRateOptions: ParsableArguments {
    @Option(name: .customLong("nucleus-min-dip"), parsing: .unconditional, help: .hidden)
    var minimumDipDB: Float = SpeechRateSettings().minimumDipDB

    @Option(name: .customLong("nucleus-dip-hold"), parsing: .unconditional, help: .hidden)
    var dipHoldFrames: Int = SpeechRateSettings().dipHoldFrames

    @Option(name: .customLong("nucleus-dip-growth"), parsing: .unconditional, help: .hidden)
    var dipGrowthPerDB: Float = SpeechRateSettings().dipGrowthPerDB

    @Option(name: .customLong("nucleus-dip-growth-below"), parsing: .unconditional, help: .hidden)
    var dipGrowthBelowLevelDB: Float = SpeechRateSettings().dipGrowthBelowLevelDB

    @Option(name: .customLong("nucleus-silence-db"), parsing: .unconditional, help: .hidden)
    var silenceBelowPeakDB: Float = SpeechRateSettings().silenceBelowPeakDB

    @Option(name: .customLong("nucleus-band-low"), parsing: .unconditional, help: .hidden)
    var bandLowHz: Double = SpeechRateSettings().bandLowHz

    @Option(name: .customLong("nucleus-band-high"), parsing: .unconditional, help: .hidden)
    var bandHighHz: Double = SpeechRateSettings().bandHighHz

    @Option(name: .customLong("nucleus-window-ms"), parsing: .unconditional, help: .hidden)
    var envelopeWindowMilliseconds: Double = SpeechRateSettings().envelopeWindowSeconds * 1000

    @Flag(name: .customLong("nucleus-envelope-correlation"), help: .hidden)
    var envelopeCorrelatesSubBands = SpeechRateSettings().envelopeCorrelatesSubBands

    @Option(name: .customLong("nucleus-voicing-tolerance"), parsing: .unconditional, help: .hidden)
    var voicingToleranceFrames: Int = SpeechRateSettings().voicingToleranceFrames

    @Option(name: .customLong("nucleus-min-periodicity"), parsing: .unconditional, help: .hidden)
    var minimumPeriodicity: Float = SpeechRateSettings().minimumPeriodicity

    @Option(name: .customLong("nucleus-merge-distance"), parsing: .unconditional, help: .hidden)
    var spectralMergeDistanceDB: Float = SpeechRateSettings().spectralMergeDistanceDB

    @Option(name: .customLong("nucleus-merge-dip"), parsing: .unconditional, help: .hidden)
    var spectralMergeDipDB: Float = SpeechRateSettings().spectralMergeDipDB

    @Option(name: .customLong("nucleus-close-frames"), parsing: .unconditional, help: .hidden)
    var closeCrestFrames: Int = SpeechRateSettings().closeCrestFrames

    @Option(name: .customLong("nucleus-close-dip"), parsing: .unconditional, help: .hidden)
    var closeCrestDipDB: Float = SpeechRateSettings().closeCrestDipDB

    @Option(name: .customLong("nucleus-voicing-continuity"), parsing: .unconditional, help: .hidden)
    var voicingContinuityDB: Float = SpeechRateSettings().voicingContinuityDB

    @Option(name: .customLong("nucleus-peak-periodicity"), parsing: .unconditional, help: .hidden)
    var peakMinimumPeriodicity: Float = SpeechRateSettings().peakMinimumPeriodicity

    @Option(name: .customLong("nucleus-echo-frames"), parsing: .unconditional, help: .hidden)
    var echoFrames: Int = SpeechRateSettings().echoFrames

    @Option(name: .customLong("nucleus-echo-drop"), parsing: .unconditional, help: .hidden)
    var echoDropDB: Float = SpeechRateSettings().echoDropDB

    @Option(name: .customLong("nucleus-deep-below"), parsing: .unconditional, help: .hidden)
    var deepPeakBelowLevelDB: Float = SpeechRateSettings().deepPeakBelowLevelDB

    @Option(name: .customLong("nucleus-deep-periodicity"), parsing: .unconditional, help: .hidden)
    var deepPeakMinimumPeriodicity: Float = SpeechRateSettings().deepPeakMinimumPeriodicity

    func apply(to settings: inout AnalysisSettings) throws {
        guard (20...100).contains(envelopeWindowMilliseconds) else {
            throw UsageError("nucleus envelope window \(envelopeWindowMilliseconds) ms must be 20–100 ms")
        }
        guard bandLowHz >= 0, bandHighHz <= Double(settings.sampleRateHz) / 2,
              BandEnvelopeMeter.bandIsWideEnough(sampleRateHz: settings.sampleRateHz, lowHz: bandLowHz, highHz: bandHighHz,
                                                 windowSeconds: envelopeWindowMilliseconds / 1000) else {
            throw UsageError("nucleus band \(bandLowHz)–\(bandHighHz) Hz must lie below \(settings.sampleRateHz / 2) Hz and hold "
                             + "\(SpectralShape.scalarCount) FFT bins of the \(envelopeWindowMilliseconds) ms window (one per sub-band)")
        }
        guard minimumDipDB > 0, silenceBelowPeakDB > 0, (0...10).contains(voicingToleranceFrames),
              (1...10).contains(dipHoldFrames), dipGrowthPerDB >= 0, dipGrowthBelowLevelDB >= 0,
              spectralMergeDistanceDB >= 0, spectralMergeDipDB >= 0, (0...20).contains(closeCrestFrames),
              (0...50).contains(echoFrames), echoDropDB >= 0,
              closeCrestDipDB >= 0, voicingContinuityDB >= 0,
              (0...1).contains(minimumPeriodicity), (0...1).contains(peakMinimumPeriodicity),
              deepPeakBelowLevelDB >= 0, (0...1).contains(deepPeakMinimumPeriodicity) else {
            throw UsageError("nucleus dip and silence must be positive, voicing tolerance 0–10 frames, "
                             + "dip hold 1–10 frames, close-crest frames 0–20, echo frames 0–50, echo drop, deep-peak depth and dip growth and its start and "
                             + "spectral merge distance and dip and close-crest dip and voicing continuity not negative, "
                             + "periodicities 0–1")
        }
        settings.speechRate = SpeechRateSettings()
        settings.speechRate.minimumDipDB = minimumDipDB
        settings.speechRate.dipHoldFrames = dipHoldFrames
        settings.speechRate.dipGrowthPerDB = dipGrowthPerDB
        settings.speechRate.dipGrowthBelowLevelDB = dipGrowthBelowLevelDB
        settings.speechRate.silenceBelowPeakDB = silenceBelowPeakDB
        settings.speechRate.bandLowHz = bandLowHz
        settings.speechRate.bandHighHz = bandHighHz
        settings.speechRate.envelopeWindowSeconds = envelopeWindowMilliseconds / 1000
        settings.speechRate.envelopeCorrelatesSubBands = envelopeCorrelatesSubBands
        settings.speechRate.voicingToleranceFrames = voicingToleranceFrames
        settings.speechRate.minimumPeriodicity = minimumPeriodicity
        settings.speechRate.spectralMergeDistanceDB = spectralMergeDistanceDB
        settings.speechRate.spectralMergeDipDB = spectralMergeDipDB
        settings.speechRate.closeCrestFrames = closeCrestFrames
        settings.speechRate.closeCrestDipDB = closeCrestDipDB
        settings.speechRate.voicingContinuityDB = voicingContinuityDB
        settings.speechRate.peakMinimumPeriodicity = peakMinimumPeriodicity
        settings.speechRate.echoFrames = echoFrames
        settings.speechRate.echoDropDB = echoDropDB
        settings.speechRate.deepPeakBelowLevelDB = deepPeakBelowLevelDB
        settings.speechRate.deepPeakMinimumPeriodicity = deepPeakMinimumPeriodicity
    }
}
