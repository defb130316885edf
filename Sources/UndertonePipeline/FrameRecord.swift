import UndertoneCore

/// One channel's frame as an output row of `undertone features`:
/// `time_s,channel,intensity_db,speech,f0_hz,voicing`
/// (and `type: frame` in JSON Lines).
public struct FrameRecord: FieldRecord {
    public var frame: FrameFeatures
    public var role: ChannelRole

    public init(frame: FrameFeatures, role: ChannelRole) {
        self.frame = frame
        self.role = role
    }

    public var fields: [Field] {
        [
            Field("type", .string("frame")),
            Field("time_s", .number(frame.timeSeconds, decimals: 2)),
            Field("channel", .string(role.rawValue)),
            Field("intensity_db", .number(Double(frame.intensityDB), decimals: 2)),
            Field("speech", .integer(frame.isSpeech ? 1 : 0)),
            Field("f0_hz", .number(Double(frame.f0Hz), decimals: 2)),
            Field("voicing", .number(Double(frame.voicing), decimals: 3)),
            Field("envelope_db", .number(Double(frame.envelopeDB), decimals: 2)),
            Field("nucleus", .integer(frame.isNucleus ? 1 : 0)),
        ]
    }
}
