import Testing
@testable import UndertoneFusion

@Suite struct RecentMeanTests {
    @Test func meanCoversOnlyTheLatestValues() {
        var recent = RecentMean(capacity: 3)
        #expect(recent.push(1) == 1)
        #expect(recent.push(2) == 1.5)
        #expect(recent.push(3) == 2)
        #expect(recent.push(10) == 5) // 1 dropped: (2 + 3 + 10) / 3
        #expect(abs(recent.push(10) - 23.0 / 3) < 1e-12)
    }

    @Test func capacityOneIsTheValueItself() {
        var recent = RecentMean(capacity: 1)
        #expect(recent.push(0.2) == 0.2)
        #expect(recent.push(0.9) == 0.9)
    }
}
