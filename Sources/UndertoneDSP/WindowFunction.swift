import Foundation

/// Tapering windows for short-time analysis.
public enum WindowFunction {
    /// The periodic-symmetric Hann window of `length` points, w(i) = 0.5 − 0.5·cos(2π(i + 0.5)/length),
    /// sampled at the centres of the points so that it is symmetric about the window's centre.
    public static func hann(length: Int) -> [Float] {
        (0..<length).map { index in
            Float(0.5 - 0.5 * cos(2 * Double.pi * (Double(index) + 0.5) / Double(length)))
        }
    }

    /// The middle `length` samples of `window` (both lengths even or both odd, so the centres agree).
    public static func centred(_ window: UnsafeBufferPointer<Float>, length: Int) -> UnsafeBufferPointer<Float> {
        precondition(length <= window.count && (window.count - length) % 2 == 0, "sub-window must share the centre")
        let start = (window.count - length) / 2
        return UnsafeBufferPointer(rebasing: window[start..<(start + length)])
    }
}
