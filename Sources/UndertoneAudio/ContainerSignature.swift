/// Recognises the first bytes of an audio container (the "magic numbers" of each format's specification:
/// RIFF/RF64 WAVE, FLAC's `fLaC`, Ogg's `OggS`, AIFF's `FORM`, Sun/NeXT `.snd`, an ID3v2 tag before MP3
/// frames, or two MPEG audio frame headers in a row), so that headerless decoding is not applied to a
/// file that has a header.
public enum ContainerSignature {
    /// Bytes to read from the start of a file to recognise it, unless `bytesNeeded` asks for more.
    public static let prefixBytes = 12

    /// How many bytes from the start `container(startingWith:)` needs to decide about `prefix`:
    /// `prefixBytes`, or, when `prefix` starts with an MPEG frame header, up to the next frame's header.
    public static func bytesNeeded(startingWith prefix: [UInt8]) -> Int {
        guard let header = MPEGFrameHeader(prefix) else { return prefixBytes }
        return max(prefixBytes, header.frameBytes + 4)
    }

    /// The container's name if `prefix` (a file's first bytes) starts like one, else nil.
    public static func container(startingWith prefix: [UInt8]) -> String? {
        func starts(_ text: String, at offset: Int = 0) -> Bool {
            let expected = Array(text.utf8)
            return prefix.count >= offset + expected.count && prefix[offset..<(offset + expected.count)].elementsEqual(expected)
        }
        if (starts("RIFF") || starts("RIFX") || starts("RF64")) && starts("WAVE", at: 8) { return "WAV" }
        if starts("FORM") && (starts("AIFF", at: 8) || starts("AIFC", at: 8)) { return "AIFF" }
        if starts("fLaC") { return "FLAC" }
        if starts("OggS") { return "Ogg" }
        if starts(".snd") { return "Sun/NeXT .snd" }
        if starts("ID3") { return "ID3 (MP3)" }
        if let first = MPEGFrameHeader(prefix), let second = MPEGFrameHeader(prefix.dropFirst(first.frameBytes)),
           second.streamBits == first.streamBits {
            return "MPEG audio (MP3)"
        }
        return nil
    }
}
