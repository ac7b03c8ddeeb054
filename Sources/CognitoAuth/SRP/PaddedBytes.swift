/// Cognito hashes numbers the way Java's `BigInteger.toByteArray` writes them:
/// big-endian, with a leading 0x00 when the top bit is set, so that the number
/// reads as positive. Every Cognito client must pad exactly like this, or the
/// hashes (k, u, x) and the HKDF inputs differ from the server's.
enum PaddedBytes {
    static func of(_ magnitude: [UInt8]) -> [UInt8] {
        guard let first = magnitude.first else { return [0] }
        return first & 0x80 != 0 ? [0] + magnitude : magnitude
    }

    static func of(_ number: BigNumber) -> [UInt8] { of(number.bytes) }

    /// The padded hex of a number, as the reference vectors write it.
    static func hex(_ number: BigNumber) -> String { Hex.encode(of(number)) }
}
