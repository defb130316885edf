/// The per-second summary of one channel: the `second` record of the output stream.
///
/// Schema: `docs/schema/second.schema.json` (version `SecondRecord.schemaVersion`).
public struct SecondRecord: Sendable, Equatable, FieldRecord {
    public static let schemaVersion = 1

    /// Start of the second, in seconds from the start of the call.
    public var timeSeconds: Int
    /// Length covered: 1 s, less for the last, partial second.
    public var durationSeconds: Double
    public var role: ChannelRole
    /// Energy mean of the frames' intensity over the second, in dB (see `FrameFeatures.intensityDB`).
    public var intensityDB: Double
    /// Energy mean over the frames judged speech; nil when the second holds no speech.
    public var speechIntensityDB: Double?
    /// Fraction of the second's frames judged speech, in [0, 1].
    public var speechFraction: Double
    /// Pitch and voice quality over the second's voiced frames.
    public var voice: VoiceMeasures
    /// Syllables, speech and articulation rate, pauses.
    public var rate = RateMeasures()

    public init(timeSeconds: Int, durationSeconds: Double, role: ChannelRole, intensityDB: Double,
                speechIntensityDB: Double?, speechFraction: Double, voice: VoiceMeasures = VoiceMeasures()) {
        self.timeSeconds = timeSeconds
        self.durationSeconds = durationSeconds
        self.role = role
        self.intensityDB = intensityDB
        self.speechIntensityDB = speechIntensityDB
        self.speechFraction = speechFraction
        self.voice = voice
    }

    public var fields: [Field] {
        [
            Field("type", .string("second")),
            Field("schema_version", .integer(Self.schemaVersion)),
            Field("time_s", .integer(timeSeconds)),
            Field("duration_s", .number(durationSeconds, decimals: 2)),
            Field("channel", .string(role.rawValue)),
            Field("intensity_db", .number(intensityDB, decimals: 2)),
            Field("speech_intensity_db", .optionalNumber(speechIntensityDB, decimals: 2)),
            Field("speech_fraction", .number(speechFraction, decimals: 2)),
        ] + voice.fields + rate.fields
    }
}
