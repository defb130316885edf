import Foundation
import UndertoneCore

/// The pitch of one 10 ms frame, as decided by `PitchTracker`.
public struct PitchFrame: Sendable, Equatable {
    /// Frame index: the frame is centred on `index · hop`.
    public var index: Int
    /// Fundamental frequency in Hz; 0 when the frame is unvoiced.
    public var f0Hz: Float
    /// Periodicity in [0, 1]: the normalised autocorrelation at the chosen period when voiced, the highest
    /// one among the candidates when unvoiced, 0 when there is none or the frame was too quiet to be
    /// analysed (see `PitchTracker`, quiet frames). Before noise compensation: the signal's own
    /// periodicity, from which HNR follows (Boersma 1993).
    public var voicing: Float

    public init(index: Int, f0Hz: Float, voicing: Float) {
        self.index = index
        self.f0Hz = f0Hz
        self.voicing = voicing
    }
}

/// Frame-synchronous pitch tracker: autocorrelation candidates (`PitchCandidateAnalyzer`, Boersma 1993),
/// an unvoiced hypothesis per frame, and a fixed-look-ahead path search (`PitchPathSearch`, Boersma 1993
/// §4; Talkin 1995).
///
/// Feed it the analysis window of every frame in order (`windowSamples` long, centred on the frame;
/// a longer window is fine, its centre is used); it hands back each frame once `lookaheadFrames` later
/// frames have been seen, and the rest at `flush`. The unvoiced hypothesis scores
/// `voicingThreshold + max(0, 2 − (localPeak / peak) / (silenceThreshold / (1 + voicingThreshold)))`
/// (Boersma 1993, eq. 23) with `peak` a running maximum of the frames' peak amplitudes that decays by
/// `peakDecayDBPerSecond` and never falls below `minimumPeakAmplitude` (Praat uses the whole sound's
/// peak, which a stream does not know yet). Additive noise dilutes correlation: a periodic frame of power
/// E in noise of power N scores about (E − N) / E; the tracker follows N by minimum statistics (Martin
/// 2001) over the aperiodic frames (best correlation under the voicing threshold) and divides each frame's correlations by 1 − min(N / E, `maximumNoiseRatio`), so the voicing
/// threshold keeps its meaning at low SNR, after taking out the noise's own autocorrelation in the same
/// proportion (`PitchNoiseCorrelation`), so that coloured noise does not tilt a candidate against its octave. A voicing switch into a frame costs `voicedUnvoicedCost` at a
/// steady level and less where the level rises (onset) or falls (offset) across the frame
/// (`PitchVoicingTransition`, after Talkin 1995), so voicing edges settle where the level changes.
///
/// Quiet frames: a frame whose local peak is so far below the running peak that its unvoiced score beats
/// the best any voiced candidate can score (1 + max(0, octaveCost) · log2(ceiling / floor)) by more than
/// two voiced/unvoiced transitions and two steps' `PitchStretchReward` can never be voiced on the best path
/// (replacing it by unvoiced costs at most 2 · `voicedUnvoicedCost` in transitions and the reward of the two
/// steps through it; not counted: the `GapBridge` cost of the onset after it, which across an F0 change of
/// more than about 0.9 octave can exceed what staying voiced saves); its autocorrelation is not computed, it gets
/// the unvoiced hypothesis alone, counts as aperiodic for the noise estimate, and reports voicing 0.
/// With the defaults that is a local peak below 1.0 % (−40 dB) of the running peak.
///
/// Batches: with `batchFrames` > 1 a frame's level is measured when its window arrives, and the rest
/// waits until the batch is full or `decidePending` is called; then each frame's autocorrelation (the
/// FFTs, about 40 % of the time) is computed just before the frame is decided, in order. A batch of at
/// least `minimumParallelFrames` frames can share its autocorrelations with a second thread
/// (`BatchHelper`): a helper thread of the tracker's own, or a thread that calls `helpCorrelate`
/// (a `ChannelAnalyzer` lane that has finished its own work), which takes frames from the batch's back
/// while the frames are decided from its front (`PitchBatchClaims`). Nothing a frame's result depends on
/// changes with the batching (the level and running peak come from the windows in order, the noise
/// tracking and path search run in frame order, and every thread's autocorrelator gives the same bits),
/// so the output is bit-identical for any batch size, helper and chunking. Allocation happens at `init` only.
public final class PitchTracker {
    /// Who may compute a batch's autocorrelations besides the thread that decides them.
    public enum BatchHelper: Sendable {
        /// Nobody.
        case none
        /// A thread of the tracker's own (`HelperThread`), woken for each batch.
        case ownThread
        /// Threads that call `helpCorrelate` while a batch is decided (one at a time is let in).
        case caller
    }

    public let settings: PitchSettings
    public let hopSamples: Int
    private let analyzer: PitchCandidateAnalyzer
    private let path: PitchPathSearch
    /// This frame's candidates: the unvoiced hypothesis, then the voiced ones (`maxCandidates + 1`).
    private let scratch: UnsafeMutableBufferPointer<PitchCandidate>
    private let voicingThreshold: Float
    /// Frames with local peak / running peak below this are quiet (see above).
    private let quietFraction: Float
    private var runningPeak: Float = 0
    private let peakDecayPerFrame: Float
    private let minimumPeak: Float
    /// Tracked noise power (mean square): the quietest recent aperiodic frames (minimum statistics,
    /// Martin 2001); infinite until the first aperiodic frame, meaning "no estimate yet".
    private var noisePower = Float.infinity
    private var framesAnalysed = 0
    /// Frames whose window starts before the stream: ⌈window / 2 / hop⌉.
    private let paddedFrames: Int
    private let noiseRisePerFrame: Float
    private let maximumNoiseRatio: Float
    private let voicedUnvoicedCost: Float
    private let transitionEnergyWeight: Float
    /// The background noise's autocorrelation, from aperiodic frames within 3 dB of the noise floor.
    private let noiseCorrelation: PitchNoiseCorrelation
    private let noiseCorrelationWeight: Float
    private let unvoicedNoiseRatio: Float
    /// Frames measured and waiting for their autocorrelation and decision (`decidePending`).
    private var pendingFrames = 0
    private let batchFrames: Int
    /// Per waiting frame: its tapered window (`windowSamples` each), its autocorrelation (`correlationLags`
    /// each), its level, whether it is quiet, and its peak relative to the running peak when it arrived.
    private let taperedFrames: UnsafeMutablePointer<Float>
    private let frameCorrelations: UnsafeMutablePointer<Float>
    private let levels: UnsafeMutablePointer<PitchCandidateAnalyzer.FrameLevel>
    private let quietFrames: UnsafeMutablePointer<Bool>
    private let relativePeaks: UnsafeMutablePointer<Float>
    /// What a batch's helper uses: an autocorrelator of its own, the claims it shares with the deciding
    /// thread, and the thread when it is the tracker's own.
    private struct Helper {
        let autocorrelator: PitchAutocorrelator
        let claims = PitchBatchClaims()
        let thread: HelperThread?
    }

    /// Nil for `BatchHelper.none`.
    private let helper: Helper?
    /// Batches shorter than this are correlated on the calling thread: a live stream's 20 ms packets hold
    /// two frames, not worth a hand-over.
    public static let minimumParallelFrames = 16
    /// Weight of a noise frame in `noiseCorrelation` (an average over about 20 frames; 0.02 did the same).
    private static let noiseCorrelationUpdateWeight: Float = 0.05
    /// Aperiodic frames with at least this noise ratio (within 3 dB of the floor) update `noiseCorrelation`
    /// (0.3 and 0.7 did the same on the odd FDA files).
    private static let noiseCorrelationMinimumRatio: Float = 0.5

    /// - Parameters:
    ///   - batchFrames: frames measured before their autocorrelations are computed together (1: each at once).
    ///   - helper: who may share a batch's autocorrelations (the FFTs are about 40 % of the work); it takes
    ///     effect with batches of at least `minimumParallelFrames`.
    public init(sampleRateHz: Int, hopSamples: Int, settings: PitchSettings, batchFrames: Int = 1,
                helper: BatchHelper = .none) {
        precondition(batchFrames >= 1 && batchFrames < PitchBatchClaims.slotLimit, "at least 1 frame per batch, fewer than 2^20")
        self.settings = settings
        self.hopSamples = hopSamples
        analyzer = PitchCandidateAnalyzer(sampleRateHz: sampleRateHz, settings: settings)
        path = PitchPathSearch(capacity: settings.maxCandidates + 1, lookaheadFrames: settings.lookaheadFrames,
                               octaveJumpCost: settings.octaveJumpCost,
                               bridge: GapBridge(costPerOctave: settings.gapBridgeCostPerOctave,
                                                 toleranceOctaves: settings.gapBridgeToleranceOctaves,
                                                 frames: settings.gapBridgeFrames),
                               reward: Self.makeStretchReward(settings))
        scratch = .allocate(capacity: settings.maxCandidates + 1)
        scratch.initialize(repeating: .unvoiced)
        voicingThreshold = Float(settings.voicingThreshold)
        quietFraction = Float(Self.quietFraction(settings))
        paddedFrames = (analyzer.windowSamples / 2 + hopSamples - 1) / hopSamples
        let hopSeconds = Double(hopSamples) / Double(sampleRateHz)
        peakDecayPerFrame = Float(pow(10, -settings.peakDecayDBPerSecond * hopSeconds / 20))
        minimumPeak = Float(settings.minimumPeakAmplitude)
        noiseRisePerFrame = Float(pow(10, settings.noiseFloorRiseDBPerSecond * hopSeconds / 10))
        maximumNoiseRatio = Float(min(0.9, max(0, settings.maximumNoiseRatio)))
        voicedUnvoicedCost = Float(settings.voicedUnvoicedCost)
        transitionEnergyWeight = Float(min(1, max(0, settings.transitionEnergyWeight)))
        noiseCorrelation = PitchNoiseCorrelation(lags: analyzer.correlationLags, updateWeight: Self.noiseCorrelationUpdateWeight)
        noiseCorrelationWeight = Float(min(1, max(0, settings.noiseCorrelationWeight)))
        unvoicedNoiseRatio = Float(min(1, max(0, settings.unvoicedNoiseRatio)))
        self.batchFrames = batchFrames
        taperedFrames = .allocate(capacity: batchFrames * analyzer.windowSamples)
        taperedFrames.initialize(repeating: 0, count: batchFrames * analyzer.windowSamples)
        frameCorrelations = .allocate(capacity: batchFrames * analyzer.correlationLags)
        frameCorrelations.initialize(repeating: 0, count: batchFrames * analyzer.correlationLags)
        levels = .allocate(capacity: batchFrames)
        levels.initialize(repeating: .init(peakAmplitude: 0, meanSquare: 0, maximumCorrelation: 0), count: batchFrames)
        quietFrames = .allocate(capacity: batchFrames)
        quietFrames.initialize(repeating: true, count: batchFrames)
        relativePeaks = .allocate(capacity: batchFrames)
        relativePeaks.initialize(repeating: 0, count: batchFrames)
        switch batchFrames < Self.minimumParallelFrames ? .none : helper {
        case .none: self.helper = nil
        case .ownThread: self.helper = Helper(autocorrelator: analyzer.makeAutocorrelator(), thread: HelperThread())
        case .caller: self.helper = Helper(autocorrelator: analyzer.makeAutocorrelator(), thread: nil)
        }
    }

    deinit {
        scratch.deallocate()
        taperedFrames.deallocate()
        frameCorrelations.deallocate()
        levels.deallocate()
        quietFrames.deallocate()
        relativePeaks.deallocate()
    }

    /// Samples of analysis window the tracker needs per frame.
    public var windowSamples: Int { analyzer.windowSamples }
    /// Frames between a frame's window arriving and its pitch being decided.
    public var lookaheadFrames: Int { settings.lookaheadFrames }

    /// Measures the next frame's window; when that fills the batch, decides the batch (`decidePending`),
    /// calling `body` for every frame the path search decides.
    public func analyse(window: UnsafeBufferPointer<Float>, _ body: (PitchFrame) -> Void) {
        let slot = pendingFrames
        let level = analyzer.measureLevel(window, taperedInto: taperedFrames + slot * analyzer.windowSamples)
        runningPeak = max(level.peakAmplitude, runningPeak * peakDecayPerFrame, minimumPeak)
        levels[slot] = level
        quietFrames[slot] = !(level.peakAmplitude >= quietFraction * runningPeak) || level.peakAmplitude == 0
        relativePeaks[slot] = runningPeak > 0 ? level.peakAmplitude / runningPeak : 0
        pendingFrames += 1
        if pendingFrames == batchFrames { decidePending(body) }
    }

    /// Correlates and decides the frames measured since the last batch, in order; calls `body` for every
    /// frame the path search decides. A batch long enough is shared with the helper, if there is one.
    public func decidePending(_ body: (PitchFrame) -> Void) {
        let count = pendingFrames
        pendingFrames = 0
        guard let helper, count >= Self.minimumParallelFrames else {
            for slot in 0..<count {
                correlate(slot, with: analyzer.correlate)
                decide(slot, body)
            }
            return
        }
        helper.claims.open(count: count)
        func decideShared() {
            var slot = 0
            while slot < count, helper.claims.claimFront() {
                correlate(slot, with: analyzer.correlate)
                decide(slot, body)
                slot += 1
            }
            if slot < count { helper.claims.waitForHelper(downTo: slot) }
            for rest in slot..<count { decide(rest, body) }
        }
        if let thread = helper.thread {
            thread.run(helpCorrelate, alongside: decideShared)
        } else {
            decideShared()
        }
    }

    /// Computes autocorrelations of the batch being decided, from its back, until the frames decided
    /// from its front reach them (`BatchHelper.caller`). Any thread may call it while another runs the
    /// tracker; it returns at once when no batch is open, when another thread is helping, or when the
    /// tracker has no helper.
    public func helpCorrelate() {
        guard let helper else { return }
        helper.claims.help { correlate($0, with: helper.autocorrelator.correlate) }
    }

    /// The autocorrelation of the waiting frame in `slot`, by `correlate`, unless it is quiet.
    private func correlate(_ slot: Int, with correlate: (UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Float) {
        guard !quietFrames[slot] else { return }
        levels[slot].maximumCorrelation = correlate(taperedFrames + slot * analyzer.windowSamples,
                                                    frameCorrelations + slot * analyzer.correlationLags)
    }

    /// The noise tracking, candidates and path search of one waiting frame, in frame order.
    private func decide(_ slot: Int, _ body: (PitchFrame) -> Void) {
        let list = scratch
        let voiced = UnsafeMutableBufferPointer(rebasing: list[1...])
        let level = levels[slot], quiet = quietFrames[slot]
        let correlation = UnsafePointer(frameCorrelations + slot * analyzer.correlationLags)
        framesAnalysed += 1
        // Aperiodic frames may be noise; not those whose window reaches before the stream's start (its
        // zero padding makes a stream that starts in speech look aperiodic, and loud).
        let aperiodic = level.maximumCorrelation < voicingThreshold && framesAnalysed > paddedFrames
        if aperiodic { noisePower = min(level.meanSquare, noisePower * noiseRisePerFrame) }
        let noiseRatio = !noisePower.isFinite ? 0 : level.meanSquare > 0 ? min(1, noisePower / level.meanSquare) : 1
        if aperiodic && !quiet && noiseRatio >= Self.noiseCorrelationMinimumRatio {
            noiseCorrelation.update(from: correlation)
        }
        let compensated = min(maximumNoiseRatio, noiseRatio)
        let count = quiet ? 0 : analyzer.candidates(into: voiced, correlationScale: 1 / (1 - compensated),
                                                    noise: noiseCorrelationWeight > 0 ? noiseCorrelation : nil,
                                                    noiseFraction: noiseCorrelationWeight * compensated,
                                                    frameCorrelation: correlation)
        list[0] = PitchCandidate(f0Hz: 0, correlation: 0,
                                 strength: unvoicedStrength(relativePeak: relativePeaks[slot], noiseRatio: noiseRatio))
        let transition = PitchVoicingTransition(voicedUnvoicedCost: voicedUnvoicedCost, energyWeight: transitionEnergyWeight,
                                                earlyEnergy: level.earlyHalfEnergy, lateEnergy: level.lateHalfEnergy)
        path.add(UnsafeBufferPointer(rebasing: list[0...count]), transition: transition) { body(Self.frame($0, $1, $2)) }
    }

    /// Decides the frames still waiting and those held back by the look-ahead.
    public func flush(_ body: (PitchFrame) -> Void) {
        decidePending(body)
        path.flush { body(Self.frame($0, $1, $2)) }
    }

    /// The local-to-running peak ratio under which no voiced candidate can be on the best path (0: none).
    /// The unvoiced score is at least `threshold + 2 − ratio · (1 + threshold) / silence`; a voiced one at
    /// most `1 + max(0, octaveCost) · log2(ceiling / floor)`; the path can gain at most
    /// `2 · voicedUnvoicedCost` in transitions plus the stretch reward of the two steps through the frame by
    /// staying voiced. 0.01 is a margin for rounding in the path scores.
    static func quietFraction(_ settings: PitchSettings) -> Double {
        guard settings.silenceThreshold > 0, settings.voicingThreshold > -1 else { return 0 }
        let bestVoiced = 1 + max(0, settings.octaveCost) * log2(settings.ceilingHz / settings.floorHz)
        let slack = settings.voicingThreshold + 2 - bestVoiced - 2 * max(0, settings.voicedUnvoicedCost)
            - makeStretchReward(settings).mostPerFrame - 0.01
        return max(0, slack * settings.silenceThreshold / (1 + settings.voicingThreshold))
    }

    /// The path search's stretch reward from the settings.
    static func makeStretchReward(_ settings: PitchSettings) -> PitchStretchReward {
        PitchStretchReward(rewardPerStep: settings.stretchRewardPerStep, toleranceOctaves: settings.stretchRewardToleranceOctaves,
                           steps: settings.stretchRewardSteps)
    }

    /// Boersma's (1993) eq. 23, plus a term that grows from 0 to 2 as the noise ratio goes from
    /// `unvoicedNoiseRatio` to 1 (frames at the noise floor lean unvoiced, as silent frames do; ours).
    private func unvoicedStrength(relativePeak: Float, noiseRatio: Float) -> Float {
        let threshold = Float(settings.voicingThreshold)
        let silence = Float(settings.silenceThreshold)
        let noiseTerm = unvoicedNoiseRatio < 1 ? 2 * max(0, noiseRatio - unvoicedNoiseRatio) / (1 - unvoicedNoiseRatio) : 0
        return threshold + max(0, 2 - relativePeak / (silence / (1 + threshold))) + noiseTerm
    }

    private static func frame(_ index: Int, _ chosen: PitchCandidate, _ all: UnsafeBufferPointer<PitchCandidate>) -> PitchFrame {
        let voicing = chosen.f0Hz > 0 ? chosen.rawCorrelation : all.reduce(0) { max($0, $1.rawCorrelation) }
        return PitchFrame(index: index, f0Hz: chosen.f0Hz, voicing: max(0, min(1, voicing)))
    }
}
