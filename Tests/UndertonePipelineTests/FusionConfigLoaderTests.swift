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
        #expect(problem("baseline:\n  warmup_seconds: many\n").contains("'baseline.warmup_seconds' must be a number, not 'many'"))
        #expect(problem("baseline:\n  warmup_seconds: true\n").contains("'baseline.warmup_seconds' must be a whole number"))
        #expect(problem("- a\n- b\n").contains("expected a mapping"))
        #expect(problem("inputs: [unclosed").contains("not valid YAML"))
        // One line, as every error, that still says what is wrong (not only where Yams was).
        #expect(problem("inputs: [unclosed").hasSuffix("while parsing a flow sequence in line 1, column 9; did not find expected ',' or ']'"))
        #expect(problem("arousal:\n  slope: 1\n  slope: 2\n").hasSuffix("duplicated key(s): 'slope'."))
        #expect(!problem("warning:\n\tcooldown_s: 3\n").contains("\n"))
        #expect(problem("agent_emotion: \"true\"\n").contains("quoted text 'true'; drop the quotes"))
        #expect(problem("baseline:\n  warmup_seconds: 99999999999999999999999\n").contains("too large a number?"))
        #expect(problem("arousal:\n  slope: Infinity\n").contains("'arousal.slope' must be a finite number, not 'Infinity'"))
        // Values of the right type but outside what can work.
        #expect(problem("warning:\n  masked_window_s: -1\n").contains("warning.masked_window_s"))
        #expect(problem("baseline:\n  time_constant_seconds: 0\n").contains("baseline.time_constant_seconds"))
        #expect(problem("masked:\n  strain_voiced_s: 0\n").contains("masked.strain_voiced_s"))
        #expect(problem("baseline:\n  f0_spread_prior_st: 0\n").contains("baseline.f0_spread_prior_st"))
        #expect(problem("baseline:\n  spread_prior_weight_s: -1\n").contains("baseline.spread_prior_weight_s"))
        #expect(problem("warning:\n  red: {enter: 0.5, exit: 0.9, dwell_s: 2}\n").contains("warning.red.exit"))
        #expect(problem("warning:\n  yellow: {enter: 0.5, exit: 0.4, dwell_s: 0}\n").contains("warning.yellow.dwell_s"))
        #expect(problem("arousal:\n  slope: .nan\n").contains("'arousal.slope' must be a finite number"))
        // With both inputs off every emotion field would be null, silently.
        #expect(problem("inputs: {voice: false, text: false}\n").contains("inputs: voice and text are both false"))
        // Values JSON cannot carry, and a fraction where a whole number is wanted, name their key.
        #expect(problem("baseline:\n  warmup_seconds: 2024-01-01\n").contains("'baseline.warmup_seconds' must be a number, not"))
        #expect(problem("warning:\n  cooldown_s: 2.5\n").contains("'warning.cooldown_s' must be a whole number, not 2.5"))
        #expect(problem("warning:\n  cooldown_s: 1e30\n  release_s: 1.5\n  escalation_slope_per_10s: 0.25\n")
            .contains("'warning.cooldown_s' must be a whole number, not 1e+30 (beyond ±9.2e18); 'warning.release_s' must be a whole number, not 1.5"))
        #expect(problem("arousal:\n  weights:\n    f0: .inf\n").contains("'arousal.weights.f0' must be a finite number"))
        // Only true and false are booleans: YAML 1.1's yes, on and off are not (agent_emotion is a legal switch).
        for word in ["yes", "on", "Yes", "OFF", "no"] {
            #expect(problem("agent_emotion: \(word)\n").contains("'agent_emotion' must be true or false, not '\(word)'"))
        }
        // Each key's message names its own kind, and a pasted blob is named by its start and length.
        #expect(problem("warning:\n  red: {enter: high}\n").contains("'warning.red.enter' must be a number, not 'high'"))
        #expect(problem("arousal:\n  weights:\n    pitch: [1]\n").contains("'arousal.weights.pitch' must be a number, not a list"))
        let blob = problem("arousal:\n  slope: x\(String(repeating: "9", count: 5000))\n")
        #expect(blob.contains("'arousal.slope' must be a number, not 'x999") && blob.contains("…' (5001 characters)") && blob.count < 200, "\(blob)")
        #expect(problem("arousal:\n  slope: \(String(repeating: "9", count: 5000))\n").hasSuffix("finite number, not '9999999999999999999999999999999999999999…' (5000 characters)"))
    }

    @Test func anchorsAndAliasesAreRefused() {
        // 450 bytes of aliases nested eight deep expand to 9^8 nodes (gigabytes), as values or as keys.
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(throws: InputError.self) { try FusionConfigLoader.load(yaml: yaml, source: "bomb.yaml") }
        #expect(throws: InputError.self) { try FusionConfigLoader.load(yaml: yaml + "? *a8\n: 1\n", source: "keys.yaml") }
        // Comments may hold the characters.
        #expect((try? FusionConfigLoader.load(yaml: "# *starred* & noted\nwarning: # see *docs*\n  cooldown_s: 3\n", source: "t.yaml"))?.warning.cooldownSeconds == 3)
        // A comment ends at a lone CR (a YAML line break) too: the alias on the next line is found.
        #expect(throws: InputError(source: "cr.yaml", position: "line 3",
                                   problem: "YAML anchors and aliases (&name, *name) are not supported in a configuration; write each setting out")) {
            try FusionConfigLoader.load(yaml: "# defaults\rwarning:\r  cooldown_s: *a\r", source: "cr.yaml")
        }
    }

    @Test func aConfigurationFileIsReadAsUTF8Text() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-config-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try (Data("\u{FEFF}warning:\r\n  cooldown_s: 4\r\n".utf8)).write(to: url)
        #expect(try FusionConfigLoader.load(path: url.path).warning.cooldownSeconds == 4)
        try (Data("warning:\n  # r\u{E9}sum\u{E9}: ".utf8) + Data([0xE9, 0x0A])).write(to: url)
        let error = #expect(throws: InputError.self) { try FusionConfigLoader.load(path: url.path) }
        #expect(error?.description.contains("line 2, byte 23") == true)
    }
}
