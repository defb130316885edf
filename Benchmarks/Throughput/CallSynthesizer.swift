import CSndFile
import Foundation

/// Writes a synthetic call to disk with libsndfile, block by block: on each channel, a voice-like
/// harmonic complex (F0 gliding 100–250 Hz, 4 Hz syllable-rate amplitude modulation) alternating in
/// 3 s turns with low noise, so every stage sees speech and pauses.
enum CallSynthesizer {
    static func write(path: String, seconds: Int, sampleRateHz: Int, channels: Int, format: Int32) throws {
        var info = SF_INFO(frames: 0, samplerate: Int32(sampleRateHz), channels: Int32(channels), format: format, sections: 0, seekable: 0)
        guard let handle = sf_open(path, Int32(SFM_WRITE), &info) else {
            throw BenchmarkError("cannot write \(path): \(String(cString: sf_strerror(nil)))")
        }
        defer { sf_close(handle) }
        var generator = SystemRandomNumberGenerator()
        var phase = [Double](repeating: 0, count: channels)
        let blockFrames = 4096
        var block = [Float](repeating: 0, count: blockFrames * channels)
        var frame = 0
        let totalFrames = seconds * sampleRateHz
        while frame < totalFrames {
            let count = min(blockFrames, totalFrames - frame)
            for offset in 0..<count {
                let time = Double(frame + offset) / Double(sampleRateHz)
                for channel in 0..<channels {
                    let speaking = Int(time / 3) % channels == channel
                    let f0Hz = 175 + 75 * sin(2 * Double.pi * time / 7 + Double(channel))
                    phase[channel] += 2 * Double.pi * f0Hz / Double(sampleRateHz)
                    var voice = 0.0
                    for harmonic in 1...12 { voice += sin(Double(harmonic) * phase[channel]) / Double(harmonic) }
                    let envelope = speaking ? 0.15 * (0.6 + 0.4 * sin(2 * Double.pi * 4 * time)) : 0
                    block[offset * channels + channel] = Float(envelope * voice) + 0.001 * Float.random(in: -1...1, using: &generator)
                }
            }
            guard sf_writef_float(handle, block, sf_count_t(count)) == sf_count_t(count) else {
                throw BenchmarkError("write to \(path) failed: \(String(cString: sf_strerror(handle)))")
            }
            frame += count
        }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
