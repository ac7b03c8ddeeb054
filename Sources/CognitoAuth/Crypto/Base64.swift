import FoundationEssentials

/// Standard base64 (with padding), as Cognito's SECRET_BLOCK, signatures and
/// SECRET_HASH are written.
public enum Base64 {
    public static func encode(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }
    public static func decode(_ text: String) -> [UInt8]? { Data(base64Encoded: text).map { Array($0) } }
}
