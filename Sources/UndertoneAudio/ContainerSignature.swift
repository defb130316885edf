/// Recognises the first bytes of an audio container (the "magic numbers" of each format's specification:
/// RIFF/RF64 WAVE, FLAC's `fLaC`, Ogg's `OggS`, AIFF's `FORM`, Sun/NeXT `.snd`, an ID3v2 tag before MP3
/// frames), so that headerless decoding is not applied to a file that has a header.
public enum ContainerSignature {
    /// Bytes to read from the start of a file to recognise it.
    public static let prefixBytes = 12

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
        if starts("ID3") { return "MP3 (ID3-tagged)" }
        return nil
    }
}
