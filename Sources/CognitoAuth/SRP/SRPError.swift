/// A server value that fails one of SRP's safety checks. Any of these means the
/// exchange must stop: continuing could leak something about the password.
public enum SRPError: Error, Equatable, Sendable {
    /// SRP_B, SALT or SECRET_BLOCK missing or not hex / base64.
    case malformedChallenge(String)
    /// B mod N = 0: the server (or someone in between) sent a value that would
    /// make the shared secret predictable.
    case invalidServerValue
    /// u = H(A | B) = 0.
    case invalidScrambler
}
