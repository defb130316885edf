import Foundation
import UndertoneCore

/// Headerless audio (s16le, µ-law or A-law) at a stated rate and channel count, from a file or a pipe
/// such as standard input. Reads with `read(2)`, returning whatever a pipe has delivered, so a live
/// stream is analysed as it arrives; memory does not grow with the stream.
public final class RawAudioSource: AudioSource {
    public let name: String
    public let format: StreamFormat
    /// Runs before a read that would wait for a live feed (nothing is ready to read: `poll(2)`), so the
    /// output made so far can be flushed while the feed is quiet; a file or a busy pipe never waits, so
    /// batch output stays in full buffers.
    public var beforeWaiting: (() throws -> Void)?
    private let encoding: RawEncoding
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var bytes: [UInt8] = []
    /// Bytes of an incomplete frame left over from the previous read, at the front of `bytes`.
    private var carriedBytes = 0
    private var bytesRead = 0

    /// Opens `path`, or standard input when `path` is `-`.
    /// - Throws: `UsageError` for an impossible rate or channel count or a file that starts like an audio
    ///   container (`ContainerSignature`), `InputError` when the file can't be opened.
    public init(path: String, encoding: RawEncoding, sampleRateHz: Int, channelCount: Int) throws {
        guard StreamFormat.sampleRateRangeHz.contains(sampleRateHz) else {
            throw UsageError("raw sample rate \(sampleRateHz) Hz is outside \(StreamFormat.sampleRateRangeHz.lowerBound)–\(StreamFormat.sampleRateRangeHz.upperBound) Hz")
        }
        guard (1...StreamFormat.maxChannelCount).contains(channelCount) else {
            throw UsageError("raw channel count \(channelCount) is outside 1–\(StreamFormat.maxChannelCount)")
        }
        let isStdin = path == "-"
        name = isStdin ? "stdin" : path
        self.encoding = encoding
        var format = StreamFormat(sampleRateHz: sampleRateHz, channelCount: channelCount, encoding: "raw \(encoding.rawValue)")
        if isStdin {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        } else {
            if let problem = InputError.unopenable(path: path, expected: "an audio file") { throw problem }
            let opened = open(path, O_RDONLY)
            guard opened >= 0 else {
                throw InputError(.cannotOpen, source: path, problem: String(cString: strerror(errno)))
            }
            descriptor = opened
            ownsDescriptor = true
            // A regular file's length is known (when it is opened), so a transcript can be checked against it.
            var status = stat()
            if fstat(opened, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
                format.declaredFrames = Int(status.st_size) / (encoding.bytesPerSample * channelCount)
            }
        }
        self.format = format
        try refuseContainer(dropping: isStdin ? "drop --raw and give the file by its path" : "drop --raw to decode it")
    }

    /// Refuses input that starts like an audio container: its header would be decoded as samples. A file
    /// is peeked at; from a pipe (stdin, a FIFO) the bytes read to look are kept as the start of the audio.
    private func refuseContainer(dropping advice: String) throws {
        var prefix = try startingBytes(ContainerSignature.prefixBytes)
        let needed = ContainerSignature.bytesNeeded(startingWith: prefix)
        if needed > prefix.count { prefix = try startingBytes(needed) }
        if let container = ContainerSignature.container(startingWith: prefix) {
            throw UsageError("\(name) starts with a header (\(container)); --raw is for headerless audio: \(advice)")
        }
    }

    /// The first `count` bytes of the input, or all of a shorter one. A file is peeked at with `pread`;
    /// a pipe is read into `bytes`, which keeps them as the start of the audio.
    private func startingBytes(_ count: Int) throws -> [UInt8] {
        var prefix = [UInt8](repeating: 0, count: count)
        let peeked = pread(descriptor, &prefix, count, 0)
        if peeked >= 0 { return Array(prefix.prefix(peeked)) }
        if bytes.count < count { bytes += [UInt8](repeating: 0, count: count - bytes.count) }
        while carriedBytes < count {
            let received = try readSome(maxBytes: count - carriedBytes)
            if received == 0 { break }
            carriedBytes += received
        }
        return Array(bytes.prefix(carriedBytes))
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    public func read(into buffer: UnsafeMutableBufferPointer<Float>) throws -> Int {
        let frameBytes = encoding.bytesPerSample * format.channelCount
        let capacityFrames = buffer.count / format.channelCount
        precondition(capacityFrames > 0, "buffer smaller than one frame")
        let neededBytes = capacityFrames * frameBytes
        if bytes.count < neededBytes { bytes += [UInt8](repeating: 0, count: neededBytes - bytes.count) }
        while true {
            let received = try readSome(maxBytes: neededBytes - carriedBytes)
            if received == 0 && carriedBytes < frameBytes {
                guard carriedBytes == 0 else {
                    throw InputError(source: name, position: "byte \(bytesRead)",
                                     problem: "stream ends inside a sample frame (\(carriedBytes) of \(frameBytes) bytes): wrong encoding or channel count?")
                }
                return 0
            }
            let available = carriedBytes + received
            let frames = available / frameBytes
            bytes.withUnsafeMutableBytes { raw in
                if frames > 0 {
                    encoding.decode(UnsafeRawBufferPointer(rebasing: raw[0..<(frames * frameBytes)]),
                                    count: frames * format.channelCount, into: buffer)
                }
                carriedBytes = available - frames * frameBytes
                if carriedBytes > 0, let base = raw.baseAddress {
                    base.copyMemory(from: base + frames * frameBytes, byteCount: carriedBytes)
                }
            }
            // A short read from a pipe may hold less than one frame: wait for more rather than end.
            if frames > 0 { return frames }
        }
    }

    /// One `read(2)` after the carried bytes, retried on EINTR; 0 at end of stream.
    private func readSome(maxBytes: Int) throws -> Int {
        if let beforeWaiting {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 0) == 0 { try beforeWaiting() }
        }
        while true {
            let count = bytes.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + carriedBytes, maxBytes)
            }
            if count >= 0 {
                bytesRead += count
                return count
            }
            if errno == EINTR { continue }
            throw InputError(.cannotOpen, source: name, position: "byte \(bytesRead)",
                             problem: "read failed: \(String(cString: strerror(errno)))")
        }
    }
}
