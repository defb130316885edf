import Foundation

/// A causal Butterworth high-pass of even order, as a cascade of second-order sections, each the
/// high-pass biquad of R. Bristow-Johnson's "Cookbook formulae for audio EQ biquad filter coefficients"
/// (bilinear transform, cut-off pre-warped) with the Q of one conjugate pole pair of the Butterworth
/// prototype, Q_k = 1 / (2 sin((2k − 1)π / 2N)), k = 1…N/2; the cascade is −3 dB at the cut-off and falls
/// 6·N dB per octave below it.
///
/// It filters a stream in place, block by block, in direct form I with the state in double precision:
/// the output does not depend on how the stream is split into blocks. Direct form I rather than the
/// transposed form II: each output waits on one multiply and one subtraction after the previous output
/// instead of a multiply and three additions, and the filter runs serially, before a call's lanes
/// (`ChannelInputFilter`).
public struct HighPassFilter: Sendable {
    private struct Section: Sendable {
        var b0, b1, b2, a1, a2: Double // normalised by a0
        /// The last two inputs and outputs, most recent first.
        var input1 = 0.0, input2 = 0.0, output1 = 0.0, output2 = 0.0
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
            // Coefficients and state in locals: the loop then keeps them in registers.
            let (b0, b1, b2) = (sections[index].b0, sections[index].b1, sections[index].b2)
            let (a1, a2) = (sections[index].a1, sections[index].a2)
            var input1 = sections[index].input1, input2 = sections[index].input2
            var output1 = sections[index].output1, output2 = sections[index].output2
            for position in samples.indices {
                let input = Double(samples[position])
                // Everything but the last output first, so that only `a1 · output1` waits on it.
                let early = b0 * input + b1 * input1 + b2 * input2 - a2 * output2
                let output = early - a1 * output1
                (input2, input1) = (input1, input)
                (output2, output1) = (output1, output)
                samples[position] = Float(output)
            }
            sections[index].input1 = input1
            sections[index].input2 = input2
            sections[index].output1 = output1
            sections[index].output2 = output2
        }
    }
}
