/// What a check found wrong; empty when every invariant held. The fuzz
/// entry points trap on a non-empty list (so libFuzzer saves the input); the
/// replay tests expect it empty.
public typealias Violations = [String]

/// The checks one fuzz target runs on one input.
public typealias FuzzCheck = @Sendable (_ input: [UInt8]) -> Violations
