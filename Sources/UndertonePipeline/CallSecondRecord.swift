import UndertoneCore
import UndertoneFusion
import UndertoneText

/// The complete `second` record of `undertone analyze`: a channel's acoustics, what its words said,
/// fusion's verdict and the turn-taking of the call, in that order (schema: docs/schema/second.schema.json).
public struct CallSecondRecord: FieldRecord {
    public var acoustics: SecondRecord
    /// Nil when no transcript was given.
    public var text: SecondValence?
    /// Nil for channels whose emotions are not inferred (the agent, by default).
    public var emotion: EmotionSecond?
    public var turnTaking: TurnTakingSecond?

    public var fields: [Field] {
        acoustics.fields + textFields + emotionFields + turnTakingFields
    }

    private var textFields: [Field] {
        [
            Field("text_valence", .optionalNumber(text?.valence, decimals: 3)),
            Field("politeness", .optionalNumber(text?.politeness, decimals: 3)),
            Field("text_source", text.map { .string($0.source.rawValue) } ?? .null),
            Field("terms", .array((text?.terms ?? []).map { .string($0) })),
        ]
    }

    private var emotionFields: [Field] {
        guard let emotion else {
            return [Field("emotion_inferred", .bool(false))] + ["baseline", "arousal", "strain", "valence", "valence_source", "emotion_index",
                                                               "dissatisfaction", "masked", "z", "shifts"].map { Field($0, .null) }
        }
        let zScores = VoiceFeature.allCases.compactMap { feature in
            emotion.zScores[feature].map { Field(feature.rawValue, .number($0, decimals: 2)) }
        }
        let shifts = VoiceFeature.allCases.compactMap { feature in
            emotion.shifts[feature].map { FieldValue.string("\(feature.rawValue)_\($0.rawValue)") }
        }
        return [
            Field("emotion_inferred", .bool(true)),
            Field("baseline", .string(emotion.baseline.rawValue)),
            Field("arousal", .optionalNumber(emotion.arousal, decimals: 3)),
            Field("strain", .optionalNumber(emotion.strain, decimals: 3)),
            Field("valence", .optionalNumber(emotion.valence, decimals: 3)),
            Field("valence_source", emotion.valenceSource.map { .string($0.rawValue) } ?? .null),
            Field("emotion_index", emotion.emotionIndex.map { .integer($0) } ?? .null),
            Field("dissatisfaction", .optionalNumber(emotion.dissatisfaction, decimals: 3)),
            Field("masked", .bool(emotion.masked)),
            Field("z", .object(zScores)),
            Field("shifts", .array(shifts)),
        ]
    }

    private var turnTakingFields: [Field] {
        let interruptions: Int? = turnTaking.map { acoustics.role == .agent ? $0.agentInterruptions : $0.customerInterruptions }
        return [
            Field("overlap_s", .optionalNumber(turnTaking?.overlapSeconds, decimals: 2)),
            Field("interruptions", interruptions.map { .integer($0) } ?? .null),
            Field("seconds_since_agent_spoke", .optionalNumber(turnTaking?.secondsSinceAgentSpoke, decimals: 2)),
            Field("silence_s", .optionalNumber(turnTaking?.silenceSeconds, decimals: 2)),
            Field("dead_air_s", .optionalNumber(turnTaking?.deadAirSeconds, decimals: 2)),
        ]
    }
}
