/// Two-sided CUSUM on a stream of standard scores: detects a sudden, sustained shift of a feature's
/// level (Page 1954, "Continuous inspection schemes", Biometrika 41). `S⁺ = max(0, S⁺ + z − k)`,
/// `S⁻ = max(0, S⁻ − z − k)`; a shift is reported when either exceeds `threshold`, then both restart.
/// With k = 0.5 and h = 4, a 2σ step is found in about 3 observations, and false alarms on in-control
/// z-scores come about once per several hundred.
public struct ChangeDetector: Sendable {
    public enum Shift: String, Sendable { case up, down }

    public let allowance: Double
    public let threshold: Double
    private var upper = 0.0
    private var lower = 0.0

    public init(allowance: Double = 0.5, threshold: Double = 4) {
        self.allowance = allowance
        self.threshold = threshold
    }

    public mutating func observe(_ z: Double) -> Shift? {
        upper = max(0, upper + z - allowance)
        lower = max(0, lower - z - allowance)
        let shift: Shift? = upper > threshold ? .up : (lower > threshold ? .down : nil)
        if shift != nil {
            upper = 0
            lower = 0
        }
        return shift
    }
}
