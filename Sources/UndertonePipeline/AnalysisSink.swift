import UndertoneCore

/// Where a call's results go, in time order: every frame (for `undertone features`) and every
/// per-second record (for `undertone analyze`). Frames of frame index `k` arrive for all channels
/// before those of `k + 1`; likewise seconds.
public protocol AnalysisSink: AnyObject {
    func receive(frame: FrameFeatures, role: ChannelRole) throws
    func receive(second: SecondRecord) throws
    /// False when the sink ignores per-second records: the call analyzer then does not build them.
    var wantsSeconds: Bool { get }
}

extension AnalysisSink {
    public func receive(frame: FrameFeatures, role: ChannelRole) throws {}
    public func receive(second: SecondRecord) throws {}
    public var wantsSeconds: Bool { true }
}
