import COpenSSL

/// SHA-256, HMAC-SHA256, HKDF-SHA256 and random bytes from libcrypto.
///
/// Everything SRP and SECRET_HASH need, from the one library that also gives us
/// constant-time big-number arithmetic, so there is a single crypto provider.
public enum Digest {
    /// The SHA-256 digest of `bytes` (32 bytes).
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            EVP_Digest(input.baseAddress, input.count, &out, &length, EVP_sha256(), nil)
        }
        precondition(ok == 1, "EVP_Digest(SHA-256) failed")
        return Array(out.prefix(Int(length)))
    }

    /// HMAC-SHA256 of `message` under `key` (32 bytes).
    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { k in
            message.withUnsafeBufferPointer { m in
                // A zero-length key still needs a non-null pointer.
                HMAC(EVP_sha256(), k.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(k.count),
                     m.baseAddress, m.count, &out, &length)
            }
        }
        precondition(result != nil, "HMAC-SHA256 failed")
        return Array(out.prefix(Int(length)))
    }

    /// HKDF-SHA256 (RFC 5869): extract with `salt`, expand with `info` to `length` bytes.
    public static func hkdfSHA256(ikm: [UInt8], salt: [UInt8], info: [UInt8], length: Int) -> [UInt8] {
        guard let ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nil) else {
            preconditionFailure("EVP_PKEY_CTX_new_id(HKDF) failed")
        }
        defer { EVP_PKEY_CTX_free(ctx) }
        var out = [UInt8](repeating: 0, count: length)
        var outLength = length
        let ok = EVP_PKEY_derive_init(ctx) == 1
            && EVP_PKEY_CTX_set_hkdf_md(ctx, EVP_sha256()) == 1
            && salt.withUnsafeBufferPointer { EVP_PKEY_CTX_set1_hkdf_salt(ctx, $0.baseAddress, Int32($0.count)) } == 1
            && ikm.withUnsafeBufferPointer { EVP_PKEY_CTX_set1_hkdf_key(ctx, $0.baseAddress, Int32($0.count)) } == 1
            && info.withUnsafeBufferPointer { EVP_PKEY_CTX_add1_hkdf_info(ctx, $0.baseAddress, Int32($0.count)) } == 1
            && EVP_PKEY_derive(ctx, &out, &outLength) == 1
        precondition(ok && outLength == length, "HKDF-SHA256 failed")
        return out
    }

    /// `count` bytes from OpenSSL's CSPRNG.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        precondition(RAND_bytes(&out, Int32(count)) == 1, "RAND_bytes failed")
        return out
    }
}
