import UndertoneCore
import UndertoneFusion
import UndertoneText

/// Where a fused call's output goes, in time order.
public protocol FusedCallSink: AnyObject {
    func receive(record: CallSecondRecord) throws
    func receive(event: WarningEvent) throws
}

/// The stage after `CallAnalyzer` in `undertone analyze`: joins each second's acoustics of every channel
/// with the transcript's valence (when there is a transcript), the two parties' turn-taking (when there
/// are a customer and an agent channel) and fusion (`CallFusion`), and passes complete records and
/// warning events on. A second is processed once every analysed channel's record for it has arrived.
public final class FusionStage: AnalysisSink {
    private let roles: [ChannelRole]
    private var fusion: CallFusion
    private var aligner: SecondValenceAligner?
    private let output: FusedCallSink
    private var waiting: [SecondRecord] = []
    private var textBySecond: [Int: [ChannelRole: SecondValence]] = [:]
    private var turnTaking: TurnTakingTracker?
    private var turnTakingBySecond: [Int: TurnTakingSecond] = [:]
    private var frameSpeech: (customer: Bool?, agent: Bool?) = (nil, nil)

    /// - Parameters:
    ///   - roles: the analysed channels' roles, in channel order (no `ignored`).
    ///   - aligner: the transcript's per-second valence, fed with every segment before the audio starts
    ///     (batch) or as they arrive (live); nil without a transcript.
    public init(roles: [ChannelRole], config: FusionConfig, aligner: SecondValenceAligner?, output: FusedCallSink) throws {
        self.roles = roles
        fusion = try CallFusion(roles: roles, config: config)
        self.aligner = aligner
        self.output = output
        if roles.contains(.customer) && roles.contains(.agent) { turnTaking = TurnTakingTracker() }
    }

    public func receive(frame: FrameFeatures, role: ChannelRole) throws {
        guard turnTaking != nil else { return }
        switch role {
        case .customer: frameSpeech.customer = frame.isSpeech
        case .agent: frameSpeech.agent = frame.isSpeech
        default: return
        }
        guard let customer = frameSpeech.customer, let agent = frameSpeech.agent else { return }
        frameSpeech = (nil, nil)
        if let summary = turnTaking?.push(customerSpeech: customer, agentSpeech: agent) {
            turnTakingBySecond[summary.timeSeconds] = summary
        }
    }

    public func receive(second: SecondRecord) throws {
        waiting.append(second)
        guard waiting.count == roles.count else { return }
        let records = waiting
        waiting.removeAll(keepingCapacity: true)
        try process(records)
    }

    private func process(_ records: [SecondRecord]) throws {
        let time = records[0].timeSeconds
        if var aligner {
            // The last, partial second of the audio is complete too: finish the transcript there.
            let end = Double(time) + records[0].durationSeconds
            let values = records[0].durationSeconds < 1 ? aligner.finish(atSeconds: end) : aligner.advance(toSeconds: end)
            for value in values {
                textBySecond[value.timeSeconds, default: [:]][value.role] = value
            }
            self.aligner = aligner
        }
        if turnTaking != nil, turnTakingBySecond[time] == nil, let summary = turnTaking?.flush() {
            turnTakingBySecond[summary.timeSeconds] = summary
        }
        let texts = textBySecond.removeValue(forKey: time) ?? [:]
        let turns = turnTakingBySecond.removeValue(forKey: time)
        var events: [WarningEvent] = []
        for record in records {
            let text = aligner == nil ? nil : texts[record.role]
            let (emotion, event) = fusion.process(role: record.role, voice: VoiceSecond(record: record), text: TextSecond(valence: text))
            try output.receive(record: CallSecondRecord(acoustics: record, text: text, emotion: emotion, turnTaking: turns))
            if let event { events.append(event) }
        }
        for event in events { try output.receive(event: event) }
    }
}
