import CSndFile
import Foundation
import UndertoneCore

/// Reads any container and encoding libsndfile supports (WAV PCM 8–32 bit, float, µ-law, A-law, FLAC,
/// Ogg Vorbis, Opus, MP3 with libsndfile ≥ 1.1), block by block.
///
/// Checks that libsndfile does not: a sample rate or channel count no recording has, NaN or infinite
/// samples in float files, and data that ends before the header says it should (a truncated file; through a
/// pipe, unless the WAV header's length is a streaming writer's placeholder, `placeholderDataBytes`).
/// Float samples beyond full scale (±1) are clipped to it, with one warning; beyond
/// `maximumFloatMagnitude` they are refused (no recording is 60 dB over full scale), and so is a file
/// with more than `maximumClippedShare` of its samples clipped, once its end is reached.
public final class SndFileSource: AudioSource {
    public let name: String
    public let format: StreamFormat
    private let handle: OpaquePointer
    private let isFloatEncoding: Bool
    private var framesRead = 0
    private let warn: (String) -> Void
    /// Not a regular file (a pipe or FIFO such as `/dev/stdin` or `<(…)`, a socket, a terminal): it can be read
    /// only once and not sought in, so nothing may open it a second time (`RIFFChunks`).
    private let isStream: Bool
    /// Float samples clipped to full scale so far, and the largest magnitude among them.
    public private(set) var clippedSamples = 0
    private var clippedPeak: Float = 0
    /// A data size at least this large on a stream is a writer's placeholder, not a length: 2 GB is 37 hours
    /// of 8 kHz 16-bit mono, and a real one would need RF64 (EBU Tech 3306) past 4 GB anyway.
    static let placeholderDataBytes = 0x7FFF_0000

    /// +60 dB over full scale: a float sample larger than this is a corrupt file, not a loud call.
    public static let maximumFloatMagnitude: Float = 1000

    /// Clipping a hot recording's peaks is a tolerance; clipping more than 1 % of its samples is not.
    public static let maximumClippedShare = 0.01

    /// libsndfile reads FLAC, Ogg and MP3 only where it can seek; WAV streams through a pipe.
    static let pipeAdvice = "FLAC, Ogg, Opus and MP3 need a regular file, not a pipe: save the stream to a file first, or pipe WAV or headerless audio (- --raw)"

    /// Opens `path`; `warn` hears tolerated problems (float samples over full scale), once each.
    public init(path: String, warn: @escaping (String) -> Void = { _ in }) throws {
        name = path
        self.warn = warn
        if let problem = InputError.unopenable(path: path, expected: "an audio file") { throw problem }
        var status = stat()
        isStream = !(stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG)
        if !isStream && status.st_size == 0 {
            throw InputError(source: path, problem: "file is empty (0 bytes)")
        }
        var info = SF_INFO()
        var reason = ""
        guard let handle = Self.open(path, &info, failure: &reason) else {
            if isStream {
                throw InputError(source: path, problem: Self.explainOpenFailure(reason) + "; " + Self.pipeAdvice)
            }
            if let tag = RIFFChunks(path: path)?.formatTag, !RIFFChunks.basicFormatTags.contains(tag) {
                throw InputError(source: path, problem: String(format: "WAV encoding 0x%04X is not supported; convert it to PCM, float, µ-law or A-law WAV, or FLAC (libsndfile: %@)", tag, reason))
            }
            throw InputError(source: path, problem: Self.explainOpenFailure(reason))
        }
        self.handle = handle
        let subtype = info.format & Int32(SF_FORMAT_SUBMASK)
        isFloatEncoding = subtype == Int32(SF_FORMAT_FLOAT) || subtype == Int32(SF_FORMAT_DOUBLE)
        let declared = info.frames > 0 ? Int(info.frames) : nil
        // A WAV streamed through a pipe whose writer could not go back to fill in the data size (sox writes
        // 0x7FFFF000, others 0xFFFFFFFF): its declared length means nothing, its end is where the stream ends.
        let lengthIsPlaceholder = isStream && declared.map { Self.isPlaceholder(frames: $0, info: info) } ?? false
        format = StreamFormat(sampleRateHz: Int(info.samplerate), channelCount: Int(info.channels),
                              encoding: Self.describe(format: info.format), declaredFrames: lengthIsPlaceholder ? nil : declared)
        do {
            try format.validate(source: path)
            if declared == nil {
                if !isStream, let chunks = RIFFChunks(path: path), chunks.dataBytes == 0, let stray = chunks.strayBytes {
                    throw InputError(source: path, problem: "the data chunk declares 0 bytes but \(stray.count) bytes follow it (a header its "
                                     + "writer never finished?); \(Self.headerFixAdvice(path))")
                }
                let advice = isStream ? "; a WAV streamed with a data size of 0 is read as headerless audio instead: - --raw ENCODING" : ""
                throw InputError(source: path, problem: "holds no audio frames (\(format.encoding))\(advice)")
            }
            if lengthIsPlaceholder {
                warn("\(path): the WAV header's data size is a streaming writer's placeholder (it could not go back to fill it in); "
                     + "the audio is read to the end of the stream")
            }
            try checkHeaderAgainstFile()
        } catch {
            sf_close(handle)
            throw error
        }
    }

    deinit { sf_close(handle) }

    public func read(into buffer: UnsafeMutableBufferPointer<Float>) throws -> Int {
        let channels = format.channelCount
        let capacityFrames = buffer.count / channels
        precondition(capacityFrames > 0, "buffer smaller than one frame")
        let count = Int(sf_readf_float(handle, buffer.baseAddress, sf_count_t(capacityFrames)))
        if isFloatEncoding {
            for index in 0..<(count * channels) {
                let sample = buffer[index]
                if sample >= -1 && sample <= 1 { continue }
                try clipToFullScale(&buffer[index], frame: framesRead + index / channels, channel: index % channels + 1)
            }
            if count == 0 { try checkClippedShare() }
        }
        framesRead += count
        if count == 0, let declared = format.declaredFrames, framesRead < declared {
            // libsndfile declares sf_count_t's maximum when a stream's length could not be read (a cut Ogg).
            let expected = declared == Int(Int64.max) ? "the stream ends without its proper end"
                : "the header declares \(declared) frames but the data ends after \(framesRead)"
            let advice = isStream ? " (or, read from a pipe, a container that needs seeking; \(Self.pipeAdvice))" : ""
            throw InputError(source: name, position: position(ofFrame: framesRead), problem: "file is truncated or corrupt: \(expected)\(advice)")
        }
        return count
    }

    /// Clips a float sample beyond ±1 to full scale, warning at the first; refuses one that is not finite
    /// or beyond `maximumFloatMagnitude`.
    private func clipToFullScale(_ sample: inout Float, frame: Int, channel: Int) throws {
        guard sample.isFinite else {
            throw InputError(source: name, position: position(ofFrame: frame) + ", channel \(channel)",
                             problem: "sample is \(sample.isNaN ? "NaN" : "infinite"); float audio must be finite")
        }
        guard abs(sample) <= Self.maximumFloatMagnitude else {
            throw InputError(source: name, position: position(ofFrame: frame) + ", channel \(channel)",
                             problem: "sample is \(sample), more than 60 dB over full scale (±1): a corrupt file, not audio")
        }
        if clippedSamples == 0 {
            warn("\(name): \(position(ofFrame: frame)), channel \(channel): float samples beyond full scale (first \(sample)) are clipped to ±1")
        }
        clippedSamples += 1
        clippedPeak = max(clippedPeak, abs(sample))
        sample = sample < 0 ? -1 : 1
    }

    /// At the end of the file: more than `maximumClippedShare` of the samples clipped is a file not scaled
    /// to ±1 (an integer-scaled float file), whose analysis would be of a square wave.
    private func checkClippedShare() throws {
        let samples = framesRead * format.channelCount
        guard samples > 0, Double(clippedSamples) > Self.maximumClippedShare * Double(samples) else { return }
        let percent = String(format: "%.1f", 100 * Double(clippedSamples) / Double(samples))
        let peak = String(format: "%g", clippedPeak)
        throw InputError(source: name, problem: "\(percent) % of the float samples were beyond full scale (±1, peak \(peak)) and clipped: the "
                         + "file is not scaled to ±1 (integer-scaled float?); divide its samples by \(peak) where it was written (sox "
                         + "clips float samples beyond ±1 as it reads them, so it cannot rescale this file)")
    }

    /// libsndfile trims a WAV data chunk that claims more bytes than the file holds and notes it in its
    /// log ("... should be ..."); that is a truncated file or a lying header, which we refuse. A data chunk
    /// that claims fewer bytes than follow it leaves bytes that are no chunk (`RIFFChunks.strayBytes`):
    /// only the declared audio is read, with a warning, since the rest may be junk. A data chunk that ends
    /// inside a frame loses that part-frame (libsndfile drops it), with a warning: a header fixed up from
    /// the file's length, or a channel count or sample size that does not match the data.
    private func checkHeaderAgainstFile() throws {
        var log = [CChar](repeating: 0, count: 4096)
        sf_command(handle, Int32(SFC_GET_LOG_INFO), &log, Int32(log.count))
        let text = String(decoding: log.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("data") && line.contains("should be") {
            throw InputError(source: name, problem: "file is truncated or its header lies: \(line.trimmingCharacters(in: .whitespaces))"
                             + (isStream ? "" : "; \(Self.headerFixAdvice(name))"))
        }
        guard !isStream, let chunks = RIFFChunks(path: name) else { return }
        if let stray = chunks.strayBytes {
            let seconds = String(format: "%.3f", format.durationSeconds ?? 0)
            warn("\(name): \(stray.count) bytes after byte \(stray.offset) are no WAV chunk; only the \(seconds) s the header "
                 + "declares are analysed (a data size that is too small?)")
        }
        if let partial = chunks.partialFrameBytes, let dataBytes = chunks.dataBytes, let frameBytes = chunks.blockAlignBytes {
            warn("\(name): the data chunk's \(dataBytes) bytes end \(partial) byte\(partial == 1 ? "" : "s") into a \(frameBytes)-byte frame; that part-frame is "
                 + "ignored (a header fixed up from the file's length, or a wrong channel count or sample size?)")
        }
    }

    /// How to analyse a WAV whose data size is wrong but whose audio is whole (or whose cut is known).
    private static func headerFixAdvice(_ path: String) -> String {
        "if the audio itself is all there, rewrite the header from it: sox --ignore-length \(path) fixed.wav"
    }

    /// Whether a WAV's declared length, `frames` of `info`'s encoding, is a placeholder (`placeholderDataBytes`).
    private static func isPlaceholder(frames: Int, info: SF_INFO) -> Bool {
        let container = info.format & Int32(SF_FORMAT_TYPEMASK)
        guard container == Int32(SF_FORMAT_WAV) || container == Int32(SF_FORMAT_WAVEX) else { return false }
        let bytesPerSample: Int
        switch info.format & Int32(SF_FORMAT_SUBMASK) {
        case Int32(SF_FORMAT_PCM_S8), Int32(SF_FORMAT_PCM_U8), Int32(SF_FORMAT_ULAW), Int32(SF_FORMAT_ALAW): bytesPerSample = 1
        case Int32(SF_FORMAT_PCM_16): bytesPerSample = 2
        case Int32(SF_FORMAT_PCM_24): bytesPerSample = 3
        case Int32(SF_FORMAT_PCM_32), Int32(SF_FORMAT_FLOAT): bytesPerSample = 4
        case Int32(SF_FORMAT_DOUBLE): bytesPerSample = 8
        default: return false
        }
        return frames.multipliedReportingOverflow(by: bytesPerSample * Int(info.channels)).partialValue >= placeholderDataBytes
    }

    /// Serialises `sf_open` with reading its reason for failing: libsndfile keeps that reason in process-wide state
    /// (`sf_errno` and its log buffer), which a failed open on another thread overwrites (libsndfile issue #279), so a
    /// batch or server opening files in parallel reported one file's problem for another's.
    private static let openLock = NSLock()

    /// The file's handle, or nil with libsndfile's reason in `reason`.
    private static func open(_ path: String, _ info: inout SF_INFO, failure reason: inout String) -> OpaquePointer? {
        openLock.lock()
        defer { openLock.unlock() }
        let handle = sf_open(path, Int32(SFM_READ), &info)
        if handle == nil { reason = String(cString: sf_strerror(nil)) }
        return handle
    }

    /// libsndfile's reason for refusing a file, with what the user can do about it.
    private static func explainOpenFailure(_ reason: String) -> String {
        let advice: String
        switch reason {
        case let text where text.contains("Format not recognised"):
            advice = "not a recognised audio file (WAV, FLAC, Ogg, Opus, MP3, AIFF, ...); for headerless audio use --raw"
        case let text where text.contains("SF_INFO struct incomplete"):
            advice = "the header does not add up to a readable format (a sample rate or channel count of 0 or out of range, or chunks such as a second data chunk that libsndfile cannot reconcile)"
        case let text where text.contains("Channel count is zero"):
            advice = "the header declares zero channels"
        case let text where text.contains("possibly a pipe"):
            // libsndfile's words when a decoder (MP3) fails on a regular file, which exists: its data is
            // cut or broken. Its own words would say the file does not exist.
            return "the file's audio data is cut short or corrupt (truncated?)"
        default:
            advice = "not a readable audio file"
        }
        return "\(advice) (libsndfile: \(reason.trimmingCharacters(in: .whitespacesAndNewlines)))"
    }

    private static func describe(format: Int32) -> String {
        var info = SF_FORMAT_INFO()
        func name(_ code: Int32) -> String {
            info.format = code
            guard sf_command(nil, Int32(SFC_GET_FORMAT_INFO), &info, Int32(MemoryLayout<SF_FORMAT_INFO>.size)) == 0,
                  let cName = info.name else { return String(format: "0x%x", code) }
            return String(cString: cName)
        }
        return name(format & Int32(SF_FORMAT_TYPEMASK)) + ", " + name(format & Int32(SF_FORMAT_SUBMASK))
    }
}
