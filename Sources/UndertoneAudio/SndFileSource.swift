import CSndFile
import Foundation
import UndertoneCore

/// Reads any container and encoding libsndfile supports (WAV PCM 8–32 bit, float, µ-law, A-law, FLAC,
/// Ogg Vorbis, Opus, MP3 with libsndfile ≥ 1.1), block by block.
///
/// Checks that libsndfile does not: a sample rate or channel count no recording has, NaN or infinite
/// samples in float files, and data that ends before the header says it should (a truncated file).
public final class SndFileSource: AudioSource {
    public let name: String
    public let format: StreamFormat
    private let handle: OpaquePointer
    private let isFloatEncoding: Bool
    private var framesRead = 0

    public init(path: String) throws {
        name = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.cannotOpen, source: path, problem: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw InputError(.cannotOpen, source: path, problem: "is a directory, not an audio file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(.cannotOpen, source: path, problem: "permission denied")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 {
            throw InputError(source: path, problem: "file is empty (0 bytes)")
        }
        var info = SF_INFO()
        guard let handle = sf_open(path, Int32(SFM_READ), &info) else {
            let reason = String(cString: sf_strerror(nil))
            if let tag = WAVFormatTag.read(path: path), !WAVFormatTag.basic.contains(tag) {
                throw InputError(source: path, problem: String(format: "WAV encoding 0x%04X is not supported; convert it to PCM, float, µ-law or A-law WAV, or FLAC (libsndfile: %@)", tag, reason))
            }
            throw InputError(source: path, problem: Self.explainOpenFailure(reason))
        }
        self.handle = handle
        let subtype = info.format & Int32(SF_FORMAT_SUBMASK)
        isFloatEncoding = subtype == Int32(SF_FORMAT_FLOAT) || subtype == Int32(SF_FORMAT_DOUBLE)
        let declared = info.frames > 0 ? Int(info.frames) : nil
        format = StreamFormat(sampleRateHz: Int(info.samplerate), channelCount: Int(info.channels),
                              encoding: Self.describe(format: info.format), declaredFrames: declared)
        do {
            try format.validate(source: path)
            if declared == nil {
                throw InputError(source: path, problem: "holds no audio frames (\(format.encoding))")
            }
            try checkHeaderAgainstFileLength()
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
            for index in 0..<(count * channels) where !buffer[index].isFinite {
                let frame = framesRead + index / channels
                throw InputError(source: name, position: position(ofFrame: frame) + ", channel \(index % channels + 1)",
                                 problem: "sample is \(buffer[index].isNaN ? "NaN" : "infinite"); float audio must be finite")
            }
        }
        framesRead += count
        if count == 0, let declared = format.declaredFrames, framesRead < declared {
            throw InputError(source: name, position: position(ofFrame: framesRead),
                             problem: "file is truncated: the header declares \(declared) frames but the data ends after \(framesRead)")
        }
        return count
    }

    /// libsndfile trims a WAV data chunk that claims more bytes than the file holds and notes it in its
    /// log ("... should be ..."); that is a truncated file or a lying header, which we refuse.
    private func checkHeaderAgainstFileLength() throws {
        var log = [CChar](repeating: 0, count: 4096)
        sf_command(handle, Int32(SFC_GET_LOG_INFO), &log, Int32(log.count))
        let text = String(decoding: log.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("data") && line.contains("should be") {
            throw InputError(source: name, problem: "file is truncated or its header lies: \(line.trimmingCharacters(in: .whitespaces))")
        }
    }

    /// libsndfile's reason for refusing a file, with what the user can do about it.
    private static func explainOpenFailure(_ reason: String) -> String {
        let advice: String
        switch reason {
        case let text where text.contains("Format not recognised"):
            advice = "not a recognised audio file (WAV, FLAC, Ogg, Opus, MP3, AIFF, ...); for headerless audio use --raw"
        case let text where text.contains("SF_INFO struct incomplete"):
            advice = "the header declares an impossible format (sample rate or channel count 0)"
        case let text where text.contains("Channel count is zero"):
            advice = "the header declares zero channels"
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
