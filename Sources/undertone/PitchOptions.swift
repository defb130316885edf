import ArgumentParser
import UndertoneCore

/// The pitch tracker's range and, for experts, its Praat-style thresholds and path costs.
struct PitchOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Lowest F0 searched, in Hz (at least 20, below --ceiling).", valueName: "hz"))
    var floor: Double = PitchSettings().floorHz

    @Option(parsing: .unconditional, help: ArgumentHelp("""
        Highest F0 searched, in Hz (below a quarter of the analysis rate: 2000 at --rate 8000, 4000 at 16000).
        """, valueName: "hz"))
    var ceiling: Double = PitchSettings().ceilingHz

    @Option(name: .customLong("voicing-threshold"), parsing: .unconditional, help: .hidden)
    var voicingThreshold: Double = PitchSettings().voicingThreshold

    @Option(name: .customLong("silence-threshold"), parsing: .unconditional, help: .hidden)
    var silenceThreshold: Double = PitchSettings().silenceThreshold

    @Option(name: .customLong("octave-cost"), parsing: .unconditional, help: .hidden)
    var octaveCost: Double = PitchSettings().octaveCost

    @Option(name: .customLong("octave-jump-cost"), parsing: .unconditional, help: .hidden)
    var octaveJumpCost: Double = PitchSettings().octaveJumpCost

    @Option(name: .customLong("voiced-unvoiced-cost"), parsing: .unconditional, help: .hidden)
    var voicedUnvoicedCost: Double = PitchSettings().voicedUnvoicedCost

    @Option(name: .customLong("transition-energy-weight"), parsing: .unconditional, help: .hidden)
    var transitionEnergyWeight: Double = PitchSettings().transitionEnergyWeight

    @Option(name: .customLong("max-noise-ratio"), parsing: .unconditional, help: .hidden)
    var maximumNoiseRatio: Double = PitchSettings().maximumNoiseRatio

    @Option(name: .customLong("unvoiced-noise-ratio"), parsing: .unconditional, help: .hidden)
    var unvoicedNoiseRatio: Double = PitchSettings().unvoicedNoiseRatio

    @Option(name: .customLong("noise-correlation-weight"), parsing: .unconditional, help: .hidden)
    var noiseCorrelationWeight: Double = PitchSettings().noiseCorrelationWeight

    @Option(name: .customLong("minimum-peak"), parsing: .unconditional, help: .hidden)
    var minimumPeakAmplitude: Double = PitchSettings().minimumPeakAmplitude

    @Option(name: .customLong("peak-decay"), parsing: .unconditional, help: .hidden)
    var peakDecayDBPerSecond: Double = PitchSettings().peakDecayDBPerSecond

    @Option(name: .customLong("gap-bridge-cost"), parsing: .unconditional, help: .hidden)
    var gapBridgeCostPerOctave: Double = PitchSettings().gapBridgeCostPerOctave

    @Option(name: .customLong("gap-bridge-tolerance"), parsing: .unconditional, help: .hidden)
    var gapBridgeToleranceOctaves: Double = PitchSettings().gapBridgeToleranceOctaves

    @Option(name: .customLong("gap-bridge-frames"), parsing: .unconditional, help: .hidden)
    var gapBridgeFrames: Int = PitchSettings().gapBridgeFrames

    @Option(name: .customLong("stretch-reward"), parsing: .unconditional, help: .hidden)
    var stretchRewardPerStep: Double = PitchSettings().stretchRewardPerStep

    @Option(name: .customLong("stretch-reward-tolerance"), parsing: .unconditional, help: .hidden)
    var stretchRewardToleranceOctaves: Double = PitchSettings().stretchRewardToleranceOctaves

    @Option(name: .customLong("stretch-reward-steps"), parsing: .unconditional, help: .hidden)
    var stretchRewardSteps: Int = PitchSettings().stretchRewardSteps

    func validate() throws {
        guard floor >= 20, ceiling > floor else {
            throw ValidationError("--floor must be at least 20 Hz and below --ceiling (got \(floor) and \(ceiling))")
        }
        guard stretchRewardPerStep >= 0, stretchRewardSteps >= 0, stretchRewardToleranceOctaves >= 0 else {
            throw ValidationError("--stretch-reward, --stretch-reward-steps and --stretch-reward-tolerance must not be negative")
        }
    }

    /// Applies the options to `settings.pitch`.
    func apply(to settings: inout AnalysisSettings) throws {
        guard ceiling < Double(settings.sampleRateHz) / 4 else {
            throw UsageError("--ceiling \(ceiling) Hz is too high for the \(settings.sampleRateHz) Hz analysis rate; keep it below \(settings.sampleRateHz / 4) Hz")
        }
        settings.pitch.floorHz = floor
        settings.pitch.ceilingHz = ceiling
        settings.pitch.voicingThreshold = voicingThreshold
        settings.pitch.silenceThreshold = silenceThreshold
        settings.pitch.octaveCost = octaveCost
        settings.pitch.octaveJumpCost = octaveJumpCost
        settings.pitch.voicedUnvoicedCost = voicedUnvoicedCost
        settings.pitch.transitionEnergyWeight = transitionEnergyWeight
        settings.pitch.maximumNoiseRatio = maximumNoiseRatio
        settings.pitch.minimumPeakAmplitude = minimumPeakAmplitude
        settings.pitch.unvoicedNoiseRatio = unvoicedNoiseRatio
        settings.pitch.noiseCorrelationWeight = noiseCorrelationWeight
        settings.pitch.peakDecayDBPerSecond = peakDecayDBPerSecond
        settings.pitch.gapBridgeCostPerOctave = gapBridgeCostPerOctave
        settings.pitch.gapBridgeToleranceOctaves = gapBridgeToleranceOctaves
        settings.pitch.gapBridgeFrames = gapBridgeFrames
        settings.pitch.stretchRewardPerStep = stretchRewardPerStep
        settings.pitch.stretchRewardToleranceOctaves = stretchRewardToleranceOctaves
        settings.pitch.stretchRewardSteps = stretchRewardSteps
    }
}
