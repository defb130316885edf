import Foundation
import Testing
@testable import UndertoneDSP
import TestSupport

@Suite struct IntensityMeterTests {
    func sine(amplitude: Float, hz: Double, rateHz: Int, count: Int) -> [Float] {
        (0..<count).map { amplitude * Float(sin(2 * Double.pi * hz * Double($0) / Double(rateHz))) }
    }

    @Test(arguments: [(Float(1.0), 90.97), (Float(0.1), 70.97), (Float(0.001), 30.97)])
    func sineReadsItsRMSLevelInDB(amplitude: Float, expectedDB: Double) {
        let meter = IntensityMeter(sampleRateHz: 8000)
        let tone = sine(amplitude: amplitude, hz: 440, rateHz: 8000, count: meter.windowSamples)
        let level = tone.withUnsafeBufferPointer { meter.intensityDB(of: $0) }
        #expect(abs(Double(level) - expectedDB) < 0.1)
    }

    @Test func ignoresDCOffsetAndFloorsSilence() {
        let meter = IntensityMeter(sampleRateHz: 8000)
        let offset = [Float](repeating: 0.5, count: meter.windowSamples)
        #expect(offset.withUnsafeBufferPointer { meter.intensityDB(of: $0) } == 0)
    }

    @Test func measuresTheCentreOfALongerWindow() {
        let meter = IntensityMeter(sampleRateHz: 8000)
        var frame = [Float](repeating: 0, count: meter.windowSamples + 200)
        let tone = sine(amplitude: 0.1, hz: 440, rateHz: 8000, count: meter.windowSamples)
        frame.replaceSubrange(100..<(100 + meter.windowSamples), with: tone)
        let level = frame.withUnsafeBufferPointer { meter.intensityDB(of: $0) }
        #expect(abs(Double(level) - 70.97) < 0.1)
    }
}

@Suite struct VoiceActivityDetectorTests {
    /// 1 s of background at 30 dB, 1 s of speech-level frames at 70 dB, 1 s of background.
    @Test func marksLoudStretchAsSpeechWithHangover() {
        var detector = VoiceActivityDetector()
        let levels = Array(repeating: Float(30), count: 100) + Array(repeating: 70, count: 100) + Array(repeating: 30, count: 100)
        let decisions = levels.map { detector.isSpeech(intensityDB: $0) }
        #expect(decisions[0..<100].allSatisfy { !$0 })
        #expect(decisions[100..<200].allSatisfy { $0 })
        #expect(decisions[200...(200 + detector.hangoverFrames - 1)].allSatisfy { $0 })
        #expect(decisions[(200 + detector.hangoverFrames + 1)...].allSatisfy { !$0 })
    }

    @Test func quietTonesNearTheNoiseFloorAreNotSpeech() {
        var detector = VoiceActivityDetector()
        let levels = (0..<300).map { Float(40 + 4 * sin(Double($0) / 7)) } // wanders within 8 dB
        #expect(levels.map { detector.isSpeech(intensityDB: $0) }.filter { $0 }.isEmpty)
    }

    @Test func loudNoiseFloorAdaptsSoSpeechOverItIsFound() {
        var detector = VoiceActivityDetector()
        let levels = Array(repeating: Float(55), count: 200) + Array(repeating: 75, count: 50)
        let decisions = levels.map { detector.isSpeech(intensityDB: $0) }
        #expect(decisions[0..<200].allSatisfy { !$0 })
        #expect(decisions[200...].allSatisfy { $0 })
    }
}
