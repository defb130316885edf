import CSoxr
import UndertoneCore

/// Streaming sample-rate conversion of interleaved float audio with libsoxr (Robs, "The SoX Resampler
/// library", `SOXR_HQ`: 20-bit precision, passband to 91.3 % of the lower Nyquist frequency, linear phase).
///
/// Push blocks of any size; output is the same however the input is split. Rates equal: passes through.
/// The output buffer grows only when a push is larger than any before it.
public final class Resampler {
    public let inputRateHz: Int
    public let outputRateHz: Int
    public let channelCount: Int
    private let handle: soxr_t?
    private var output: [Float] = []

    public init(inputRateHz: Int, outputRateHz: Int, channelCount: Int) throws {
        self.inputRateHz = inputRateHz
        self.outputRateHz = outputRateHz
        self.channelCount = channelCount
        guard inputRateHz != outputRateHz else {
            handle = nil
            return
        }
        var error: soxr_error_t?
        var ioSpec = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
        var qualitySpec = soxr_quality_spec(UInt(SOXR_HQ), 0)
        var runtimeSpec = soxr_runtime_spec(1) // one thread: deterministic, and calls run in parallel
        handle = soxr_create(Double(inputRateHz), Double(outputRateHz), UInt32(channelCount),
                             &error, &ioSpec, &qualitySpec, &runtimeSpec)
        if let error {
            throw InputError(source: "resampler", problem: "libsoxr cannot convert \(inputRateHz) Hz to \(outputRateHz) Hz: \(String(cString: error))")
        }
    }

    deinit { if let handle { soxr_delete(handle) } }

    /// The filter's delay, in seconds of output (0 when the rates are equal).
    public var delaySeconds: Double {
        guard let handle else { return 0 }
        return soxr_delay(handle) / Double(outputRateHz)
    }

    /// Converts `frames` interleaved frames and calls `body` with the interleaved output produced so far
    /// (possibly empty). Pass `frames == 0` with `isEnd` to drain the filter's tail.
    public func process(_ input: UnsafeBufferPointer<Float>, isEnd: Bool = false,
                        _ body: (UnsafeBufferPointer<Float>) throws -> Void) throws {
        guard let handle else {
            try body(input)
            return
        }
        let inputFrames = input.count / channelCount
        let ratio = Double(outputRateHz) / Double(inputRateHz)
        let capacityFrames = Int((Double(inputFrames) * ratio).rounded(.up)) + 64
        if output.count < capacityFrames * channelCount {
            output = [Float](repeating: 0, count: capacityFrames * channelCount)
        }
        var consumedFrames = 0
        repeat {
            var usedFrames = 0
            var producedFrames = 0
            let remaining = UnsafeBufferPointer(rebasing: input[(consumedFrames * channelCount)...])
            let error = output.withUnsafeMutableBufferPointer { out in
                soxr_process(handle, isEnd && remaining.isEmpty ? nil : remaining.baseAddress,
                             inputFrames - consumedFrames, &usedFrames,
                             out.baseAddress, capacityFrames, &producedFrames)
            }
            if let error {
                throw InputError(source: "resampler", problem: "libsoxr failed: \(String(cString: error))")
            }
            consumedFrames += usedFrames
            try output.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<(producedFrames * channelCount)])) }
            if producedFrames == 0 && consumedFrames == inputFrames { break }
        } while consumedFrames < inputFrames || isEnd
    }
}
