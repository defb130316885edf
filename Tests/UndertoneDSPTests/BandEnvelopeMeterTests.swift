import Foundation
import Testing
import UndertoneDSP

@Suite struct BandEnvelopeMeterTests {
    func level(ofSineAt hz: Double, amplitude: Float = 0.1, rateHz: Int = 8000) -> Float {
        let meter = BandEnvelopeMeter(sampleRateHz: rateHz)
        let tone = (0..<meter.windowSamples).map { amplitude * Float(sin(2 * Double.pi * hz * Double($0) / Double(rateHz) + 0.3)) }
        return tone.withUnsafeBufferPointer { meter.measure($0).envelopeDB }
    }

    @Test(arguments: [500.0, 1000.0, 2000.0])
    func toneInsideTheBandReadsItsLevel(hz: Double) {
        // Same scale as IntensityMeter: a 0.1-amplitude sine is 70.97 dB.
        #expect(abs(level(ofSineAt: hz) - 70.97) < 0.3)
    }

    @Test(arguments: [100.0, 3500.0])
    func toneOutsideTheBandIsFarBelow(hz: Double) {
        #expect(level(ofSineAt: hz) < 70.97 - 30)
    }

    @Test func silenceIsFloored() {
        let meter = BandEnvelopeMeter(sampleRateHz: 16000)
        let silence = [Float](repeating: 0, count: meter.windowSamples)
        #expect(silence.withUnsafeBufferPointer { meter.measure($0).envelopeDB } == 0)
    }
}
