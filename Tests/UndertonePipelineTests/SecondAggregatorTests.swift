import Foundation
import Testing
import UndertoneCore
import UndertonePipeline

@Suite struct SecondAggregatorTests {
    @Test func averagesEnergiesAndCountsSpeech() {
        var aggregator = SecondAggregator(role: .customer)
        var records: [SecondRecord] = []
        // Second 0: 50 frames at 60 dB speech, 50 at 40 dB silence. Second 1: 30 frames at 50 dB.
        for index in 0..<130 {
            let speech = index < 50
            let level: Float = index < 50 ? 60 : (index < 100 ? 40 : 50)
            if let record = aggregator.add(FrameFeatures(index: index, intensityDB: level, isSpeech: speech)) { records.append(record) }
        }
        if let last = aggregator.flush() { records.append(last) }
        #expect(records.count == 2)
        #expect(records[0].timeSeconds == 0)
        #expect(records[0].speechFraction == 0.5)
        // Energy mean of 60 and 40 dB in equal parts: 10·log10((10^6 + 10^4) / 2) = 57.03 dB.
        #expect(abs(records[0].intensityDB - 57.03) < 0.01)
        #expect(records[0].speechIntensityDB.map { abs($0 - 60) < 1e-9 } == true)
        #expect(records[1].timeSeconds == 1)
        #expect(abs(records[1].durationSeconds - 0.3) < 1e-9)
        #expect(records[1].speechIntensityDB == nil)
        #expect(aggregator.flush() == nil)
    }
}
