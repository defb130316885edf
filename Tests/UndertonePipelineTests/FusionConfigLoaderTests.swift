import Foundation
import Testing
import TestSupport
import UndertoneCore
import UndertoneFusion
import UndertonePipeline

@Suite struct FusionConfigLoaderTests {
    @Test func documentedDefaultsAreTheCodesDefaults() throws {
        let path = Fixtures.root.appendingPathComponent("docs/config/default.yaml").path
        #expect(try FusionConfigLoader.load(path: path) == FusionConfig())
    }

    @Test func aSubsetOverridesOnlyItsKeys() throws {
        let config = try FusionConfigLoader.load(yaml: "warning:\n  red:\n    enter: 0.9\narousal:\n  weights:\n    f0: 1\n", source: "t.yaml")
        var expected = FusionConfig()
        expected.warning.red.enter = 0.9
        expected.arousal.weights["f0"] = 1
        #expect(config == expected)
    }

    @Test func emptyFileMeansDefaults() throws {
        #expect(try FusionConfigLoader.load(yaml: "", source: "t.yaml") == FusionConfig())
    }

    @Test func problemsNameTheKey() {
        func problem(_ yaml: String) -> String {
            do {
                _ = try FusionConfigLoader.load(yaml: yaml, source: "t.yaml")
                return ""
            } catch {
                return "\(error)"
            }
        }
        #expect(problem("warnings: {}").contains("unknown setting 'warnings'"))
        #expect(problem("warning:\n  red: 3\n").contains("'warning.red' must be a mapping"))
        #expect(problem("baseline:\n  warmup_seconds: many\n").contains("baseline.warmup_seconds must be a whole number"))
        #expect(problem("- a\n- b\n").contains("expected a mapping"))
        #expect(problem("inputs: [unclosed").contains("not valid YAML"))
        // Values of the right type but outside what can work.
        #expect(problem("warning:\n  masked_window_s: -1\n").contains("warning.masked_window_s"))
        #expect(problem("baseline:\n  time_constant_seconds: 0\n").contains("baseline.time_constant_seconds"))
        #expect(problem("masked:\n  strain_voiced_s: 0\n").contains("masked.strain_voiced_s"))
        #expect(problem("baseline:\n  f0_spread_prior_st: 0\n").contains("baseline.f0_spread_prior_st"))
        #expect(problem("baseline:\n  spread_prior_weight_s: -1\n").contains("baseline.spread_prior_weight_s"))
        #expect(problem("warning:\n  red: {enter: 0.5, exit: 0.9, dwell_s: 2}\n").contains("warning.red.exit"))
        #expect(problem("warning:\n  yellow: {enter: 0.5, exit: 0.4, dwell_s: 0}\n").contains("warning.yellow.dwell_s"))
        #expect(problem("arousal:\n  slope: .nan\n").contains("no .nan"))
    }
}
