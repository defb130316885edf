/// A value in an output record, rendered the same way by every sink (JSON Lines, CSV, SQLite).
///
/// Numbers carry the number of decimals they are printed with, so output is stable across platforms
/// and free of float noise (`63.12`, not `63.119998931884766`). Not `indirect`: the nested cases hold
/// arrays, which are references already, so a scalar value needs no heap box.
public enum FieldValue: Sendable, Equatable {
    case string(String)
    case number(Double, decimals: Int)
    case integer(Int)
    case bool(Bool)
    case null
    case array([FieldValue])
    case object([Field])

    /// A number, or `null` when it is nil or not finite.
    public static func optionalNumber(_ value: Double?, decimals: Int) -> FieldValue {
        guard let value, value.isFinite else { return .null }
        return .number(value, decimals: decimals)
    }
}

/// One named value of a record, in output order.
public struct Field: Sendable, Equatable {
    public var name: String
    public var value: FieldValue
    public init(_ name: String, _ value: FieldValue) {
        self.name = name
        self.value = value
    }
}

/// A record that sinks can write: an ordered list of named fields. `type` comes first by convention.
public protocol FieldRecord {
    var fields: [Field] { get }
}
