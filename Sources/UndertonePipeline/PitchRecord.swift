import UndertoneCore

/// One frame of one channel as a row of `undertone pitch`: `time_s,f0_hz,voicing` (and `type: pitch` in
/// JSON Lines), the listing a pitch-evaluation script reads, like Praat's or aubiopitch's.
public struct PitchRecord: FieldRecord {
    public var frame: FrameFeatures

    public init(frame: FrameFeatures) { self.frame = frame }

    public var fields: [Field] {
        [
            Field("type", .string("pitch")),
            Field("time_s", .number(frame.timeSeconds, decimals: 2)),
            Field("f0_hz", .number(Double(frame.f0Hz), decimals: 2)),
            Field("voicing", .number(Double(frame.voicing), decimals: 3)),
        ]
    }
}
