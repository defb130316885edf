import UndertoneCore

/// Warning levels, in increasing urgency. `none` appears only in the event that clears a warning.
public enum WarningLevel: Int, Comparable, CaseIterable, Sendable {
    case none, blue, yellow, red

    public var name: String { ["none", "blue", "yellow", "red"][rawValue] }
    public static func < (left: WarningLevel, right: WarningLevel) -> Bool { left.rawValue < right.rawValue }
}

/// Why a warning was raised.
public enum WarningReason: String, Sendable {
    /// A strained voice over neutral or polite words (the masked flag).
    case hiddenDissatisfaction = "hidden_dissatisfaction"
    /// Negative words, with or without a strained voice.
    case overtDissatisfaction = "overt_dissatisfaction"
    /// Dissatisfaction rising steadily, or a sudden shift of pitch or rate.
    case escalating
    /// A strained voice with no words to judge it by (no transcript).
    case vocalStrain = "vocal_strain"
    /// A sudden, sustained jump of pitch or rate (CUSUM), with no other sign yet: watch.
    case suddenShift = "sudden_shift"
    /// The level was lowered: the customer has been calmer for a while.
    case calmer
}

/// Which entry condition of the new level a raised warning met (docs/fusion.md, "Warning levels"):
/// the rule behind the change, beside `WarningReason`'s kind of dissatisfaction.
public enum WarningTrigger: String, Sendable {
    /// Dissatisfaction reached the level's `enter` threshold.
    case dissatisfaction
    /// Masked seconds reached `masked_yellow_s` or `masked_red_s`.
    case masked
    /// Dissatisfaction rising at `escalation_slope_per_10s` or more (for red, with D ≥ yellow.enter).
    case escalation
    /// A sudden shift of pitch or rate (CUSUM) while D ≥ blue.exit (blue only).
    case shift
}

/// What moved, by how much, over which seconds, and which words: the explanation a supervisor reads.
public struct WarningEvidence: Sendable, Equatable {
    public struct FeatureShift: Sendable, Equatable {
        public var feature: VoiceFeature
        /// Mean z-score over the evidence seconds.
        public var meanZ: Double
        /// Mean value over the evidence seconds, and the speaker's baseline, in the feature's unit.
        public var meanValue: Double
        public var baseline: Double
    }

    public var fromSeconds: Int
    public var toSeconds: Int
    public var dissatisfaction: Double
    public var arousal: Double?
    public var textValence: Double?
    public var maskedSeconds: Int
    public var trendPer10Seconds: Double?
    public var features: [FeatureShift]
    public var words: [String]
}

/// A change of warning level on one channel: the `warning` event of the output stream
/// (schema: docs/schema/warning.schema.json).
public struct WarningEvent: Sendable, FieldRecord {
    public var timeSeconds: Int
    public var role: ChannelRole
    public var level: WarningLevel
    public var previousLevel: WarningLevel
    public var reason: WarningReason
    /// The conditions of the new level met at the second it was raised (the dwell before it may have
    /// met others); empty when the level was lowered. New in schema version 2.
    public var triggers: [WarningTrigger]
    public var evidence: WarningEvidence

    /// Red means a human should take over now.
    public var takeover: Bool { level == .red }

    public var fields: [Field] {
        [
            Field("type", .string("warning")),
            Field("schema_version", .integer(2)),
            Field("time_s", .integer(timeSeconds)),
            Field("channel", .string(role.rawValue)),
            Field("level", .string(level.name)),
            Field("previous_level", .string(previousLevel.name)),
            Field("reason", .string(reason.rawValue)),
            Field("triggers", .array(triggers.map { .string($0.rawValue) })),
            Field("takeover", .bool(takeover)),
            Field("evidence", .object(evidenceFields)),
        ]
    }

    private var evidenceFields: [Field] {
        [
            Field("from_s", .integer(evidence.fromSeconds)),
            Field("to_s", .integer(evidence.toSeconds)),
            Field("dissatisfaction", .number(evidence.dissatisfaction, decimals: 2)),
            Field("arousal", .optionalNumber(evidence.arousal, decimals: 2)),
            Field("text_valence", .optionalNumber(evidence.textValence, decimals: 2)),
            Field("masked_s", .integer(evidence.maskedSeconds)),
            Field("trend_per_10s", .optionalNumber(evidence.trendPer10Seconds, decimals: 3)),
            Field("features", .array(evidence.features.map { shift in
                .object([
                    Field("feature", .string(shift.feature.rawValue)),
                    Field("z", .number(shift.meanZ, decimals: 2)),
                    Field("value", .number(shift.meanValue, decimals: 2)),
                    Field("baseline", .number(shift.baseline, decimals: 2)),
                ])
            })),
            Field("words", .array(evidence.words.map { .string($0) })),
        ]
    }
}
