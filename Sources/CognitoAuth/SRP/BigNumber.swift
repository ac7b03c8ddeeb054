import COpenSSL

/// An OpenSSL BIGNUM, owned: cleared and freed when the value goes away, so a
/// secret (the SRP exponent, the premaster secret) does not linger in memory.
///
/// Instances are written only while they are being computed, by the functions
/// below, and never after they are handed out; that is why sharing the group
/// constants across tasks is safe.
final class BigNumber: @unchecked Sendable {
    let bn: OpaquePointer

    init() {
        guard let bn = BN_new() else { preconditionFailure("BN_new failed") }
        self.bn = bn
    }

    /// The number whose big-endian magnitude is `bytes`.
    convenience init(bytes: [UInt8]) {
        self.init()
        bytes.withUnsafeBufferPointer { _ = BN_bin2bn($0.baseAddress, Int32($0.count), bn) }
    }

    /// The number written in hex; nil when `hex` is empty or not hex.
    convenience init?(hex: String) {
        guard !hex.isEmpty, let bytes = Hex.decode(hex) else { return nil }
        self.init(bytes: bytes)
    }

    deinit { BN_clear_free(bn) }

    var isZero: Bool { BN_is_zero(bn) == 1 }

    /// The big-endian magnitude, without leading zero bytes (empty for zero).
    var bytes: [UInt8] {
        let count = (Int(BN_num_bits(bn)) + 7) / 8
        var out = [UInt8](repeating: 0, count: count)
        _ = BN_bn2bin(bn, &out)
        return out
    }

    /// Lowercase hex without leading zeros ("0" for zero), as Cognito sends SRP_A.
    var hex: String {
        let h = Hex.encode(bytes)
        let trimmed = h.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// Marks this number secret: OpenSSL then takes constant-time paths for it.
    func markSecret() { copenssl_bn_set_consttime(bn) }
}

/// A BN_CTX scratch area for one computation; freed with it.
final class BigNumberContext {
    let ctx: OpaquePointer
    init() {
        guard let ctx = BN_CTX_secure_new() ?? BN_CTX_new() else { preconditionFailure("BN_CTX_new failed") }
        self.ctx = ctx
    }
    deinit { BN_CTX_free(ctx) }

    /// (base ^ exponent) mod modulus. Constant-time (Montgomery, fixed window)
    /// when the exponent is secret, which every SRP exponent here is.
    func modExp(_ base: BigNumber, _ exponent: BigNumber, _ modulus: BigNumber, secret: Bool) -> BigNumber {
        let r = BigNumber()
        let ok: Int32
        if secret {
            exponent.markSecret()
            ok = BN_mod_exp_mont_consttime(r.bn, base.bn, exponent.bn, modulus.bn, ctx, nil)
        } else {
            ok = BN_mod_exp(r.bn, base.bn, exponent.bn, modulus.bn, ctx)
        }
        precondition(ok == 1, "BN_mod_exp failed")
        return r
    }

    /// a mod m, in [0, m).
    func mod(_ a: BigNumber, _ m: BigNumber) -> BigNumber {
        let r = BigNumber()
        precondition(BN_nnmod(r.bn, a.bn, m.bn, ctx) == 1, "BN_nnmod failed")
        return r
    }

    /// (a * b) mod m.
    func modMul(_ a: BigNumber, _ b: BigNumber, _ m: BigNumber) -> BigNumber {
        let r = BigNumber()
        precondition(BN_mod_mul(r.bn, a.bn, b.bn, m.bn, ctx) == 1, "BN_mod_mul failed")
        return r
    }

    /// (a - b) mod m, in [0, m).
    func modSub(_ a: BigNumber, _ b: BigNumber, _ m: BigNumber) -> BigNumber {
        let r = BigNumber()
        precondition(BN_mod_sub(r.bn, a.bn, b.bn, m.bn, ctx) == 1, "BN_mod_sub failed")
        return r
    }

    /// a * b, exactly.
    func mul(_ a: BigNumber, _ b: BigNumber) -> BigNumber {
        let r = BigNumber()
        precondition(BN_mul(r.bn, a.bn, b.bn, ctx) == 1, "BN_mul failed")
        return r
    }

    /// a + b, exactly.
    func add(_ a: BigNumber, _ b: BigNumber) -> BigNumber {
        let r = BigNumber()
        precondition(BN_add(r.bn, a.bn, b.bn) == 1, "BN_add failed")
        return r
    }
}
