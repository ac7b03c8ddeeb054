/// The client side of Cognito's SRP-6a variant (USER_SRP_AUTH).
///
/// One instance serves one sign-in: it picks the secret `a` and the public
/// `A = g^a mod N` up front (so SRP_A is ready for InitiateAuth), then turns the
/// PASSWORD_VERIFIER challenge into PASSWORD_CLAIM_SIGNATURE. The password is
/// used there and then and never kept.
public final class SRPClient: @unchecked Sendable {
    private let a: BigNumber
    private let A: BigNumber
    private let poolName: String

    /// The hex of A to send as SRP_A.
    public var publicValueHex: String { A.hex }

    /// - Parameter userPoolId: `region_poolName`; only the part after `_` enters SRP.
    public convenience init(userPoolId: String) {
        // 256 random bits: the exponent size that matches a 3072-bit group's
        // 128-bit security; A = 0 mod N is impossible for 0 < a < N, but the
        // check stays (it is cheap, and the reference asks for it).
        var secret: BigNumber
        repeat { secret = BigNumber(bytes: Digest.randomBytes(32)) } while secret.isZero
        self.init(userPoolId: userPoolId, secretExponent: secret)
    }

    /// With a chosen exponent, for the test vectors.
    init(userPoolId: String, secretExponent: BigNumber) {
        let ctx = BigNumberContext()
        secretExponent.markSecret()
        self.a = secretExponent
        self.A = ctx.modExp(SRPGroup.g, secretExponent, SRPGroup.N, secret: true)
        precondition(!ctx.mod(A, SRPGroup.N).isZero, "A mod N is zero")
        self.poolName = String(userPoolId.split(separator: "_", maxSplits: 1).last ?? "")
    }

    /// The answer to PASSWORD_VERIFIER.
    /// - Parameters:
    ///   - userIdForSRP: `USER_ID_FOR_SRP` from the challenge (not what was typed).
    ///   - timestamp: `CognitoTimestamp.string(for:)` of now; it is signed too.
    /// - Returns: PASSWORD_CLAIM_SIGNATURE (base64).
    public func passwordClaimSignature(
        userIdForSRP: String, password: SecretBytes, saltHex: String, serverPublicHex: String,
        secretBlockBase64: String, timestamp: String
    ) throws -> String {
        guard let secretBlock = Base64.decode(secretBlockBase64) else {
            throw SRPError.malformedChallenge("SECRET_BLOCK")
        }
        // Bytes, not a String, so they can be zeroed once hashed (a String's
        // buffer is freed as it is); the password's read in place.
        var identity = [UInt8]()
        identity.reserveCapacity(poolName.utf8.count + userIdForSRP.utf8.count + 1 + password.count)
        identity += poolName.utf8
        identity += userIdForSRP.utf8
        identity.append(UInt8(ascii: ":"))
        password.withUnsafeBytes { identity += $0 }
        defer { identity.withUnsafeMutableBytes { SecretMemory.wipe($0) } }
        let key = try sessionKey(identity: identity, saltHex: saltHex, serverPublicHex: serverPublicHex).key
        let message = Array(poolName.utf8) + Array(userIdForSRP.utf8) + secretBlock + Array(timestamp.utf8)
        return Base64.encode(Digest.hmacSHA256(key: key, message: message))
    }

    /// The intermediate values of one exchange, exposed for the test vectors.
    struct Exchange {
        let u: BigNumber
        let S: BigNumber
        let key: [UInt8]
    }

    /// u, S and the 16-byte HKDF key for `identity` = poolName + userId + ":" + password
    /// (UTF-8; the caller zeroes it).
    func sessionKey(identity: [UInt8], saltHex: String, serverPublicHex: String) throws -> Exchange {
        guard let salt = BigNumber(hex: saltHex) else { throw SRPError.malformedChallenge("SALT") }
        guard let B = BigNumber(hex: serverPublicHex) else { throw SRPError.malformedChallenge("SRP_B") }
        let ctx = BigNumberContext()
        let N = SRPGroup.N
        guard !ctx.mod(B, N).isZero else { throw SRPError.invalidServerValue }
        let u = BigNumber(bytes: Digest.sha256(PaddedBytes.of(A) + PaddedBytes.of(B)))
        guard !u.isZero else { throw SRPError.invalidScrambler }

        // x = H(salt | H(identity)); the inner hash stands for the password, zeroed once used.
        var inner = PaddedBytes.of(salt) + Digest.sha256(identity)
        let x = BigNumber(bytes: Digest.sha256(inner))
        inner.withUnsafeMutableBytes { SecretMemory.wipe($0) }
        x.markSecret()
        // S = (B - k * g^x) ^ (a + u * x) mod N, the base reduced into [0, N).
        let gx = ctx.modExp(SRPGroup.g, x, N, secret: true)
        let base = ctx.modSub(B, ctx.modMul(SRPGroup.k, gx, N), N)
        let exponent = ctx.add(a, ctx.mul(u, x))
        let S = ctx.modExp(base, exponent, N, secret: true)
        let key = Digest.hkdfSHA256(ikm: PaddedBytes.of(S), salt: PaddedBytes.of(u), info: SRPGroup.info, length: 16)
        return Exchange(u: u, S: S, key: key)
    }
}
