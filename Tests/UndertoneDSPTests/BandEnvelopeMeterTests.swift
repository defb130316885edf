import Foundation
import Testing
import UndertoneDSP

@Suite struct BandEnvelopeMeterTests {
    func level(ofSineAt hz: Double, amplitude: Float = 0.1, rateHz: Int = 8000) -> Float {
        let meter = BandEnvelopeMeter(sampleRateHz: rateHz)
        let tone = (0..<meter.windowSamples).map { amplitude * Float(sin(2 * Double.pi * hz * Double($0) / Double(rateHz) + 0.3)) }
        return tone.withUnsafeBufferPointer { meter.measure($0).envelopeDB }
    }

    /// The band is 300–2600 Hz (`SpeechRateSettings`): 2450 Hz inside its upper edge, 2750 Hz outside.
    @Test(arguments: [500.0, 1000.0, 2000.0, 2450.0])
    func toneInsideTheBandReadsItsLevel(hz: Double) {
        // Same scale as IntensityMeter: a 0.1-amplitude sine is 70.97 dB.
        #expect(abs(level(ofSineAt: hz) - 70.97) < 0.3)
    }

    @Test(arguments: [100.0, 2750.0, 3500.0])
    func toneOutsideTheBandIsFarBelow(hz: Double) {
        #expect(level(ofSineAt: hz) < 70.97 - 30)
    }

    /// The spectral-correlation envelope (Wang & Narayanan 2007) equals the sum where every sub-band holds
    /// the same power and falls far under it where one sub-band holds it all.
    @Test func subBandCorrelationKeepsSpreadEnergyAndDropsOneBand() {
        let rateHz = 8000
        let summed = BandEnvelopeMeter(sampleRateHz: rateHz)
        let correlated = BandEnvelopeMeter(sampleRateHz: rateHz, correlatesSubBands: true)
        let length = summed.windowSamples
        // One sine at the centre of each of the 8 sub-bands (300-2600 Hz: 287.5 Hz wide), equal amplitudes.
        let spread = (0..<length).map { index in
            (0..<8).reduce(Float(0)) { sum, band in
                let hz = 300 + 287.5 * (Double(band) + 0.5)
                return sum + 0.05 * Float(sin(2 * Double.pi * hz * Double(index) / Double(rateHz) + Double(band)))
            }
        }
        let tone = (0..<length).map { 0.1 * Float(sin(2 * Double.pi * 1000 * Double($0) / Double(rateHz))) }
        func levels(_ samples: [Float]) -> (summed: Float, correlated: Float) {
            samples.withUnsafeBufferPointer { (summed.measure($0).envelopeDB, correlated.measure($0).envelopeDB) }
        }
        let (spreadSum, spreadCorrelated) = levels(spread)
        #expect(abs(spreadSum - spreadCorrelated) < 1)
        let (toneSum, toneCorrelated) = levels(tone)
        #expect(toneSum - toneCorrelated > 10)
    }

    @Test func silenceIsFloored() {
        let meter = BandEnvelopeMeter(sampleRateHz: 16000)
        let silence = [Float](repeating: 0, count: meter.windowSamples)
        #expect(silence.withUnsafeBufferPointer { meter.measure($0).envelopeDB } == 0)
    }
}
