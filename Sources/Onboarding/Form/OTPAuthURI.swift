import CognitoAuth

/// The `otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER` URI an
/// authenticator app reads from the QR code. Both parts are percent-encoded
/// (a colon inside either would split the label); the default algorithm,
/// digits and period are left out to keep the code small.
public enum OTPAuthURI {
    public static func make(issuer: String, account: String, secret: String) -> String {
        let label = encode(issuer) + ":" + encode(account)
        return "otpauth://totp/\(label)?secret=\(encode(secret.replacing(" ", with: "")))&issuer=\(encode(issuer))"
    }

    /// The same URI made from the secret's bytes into one String allocated at
    /// its size: no intermediate String holds the secret, so the one made is
    /// the only copy, for `TOTPSecretText` to zero.
    public static func make(issuer: String, account: String, secret: SecretBytes) -> String {
        let head = "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret="
        let tail = "&issuer=" + encode(issuer)
        return secret.withUnsafeBytes { bytes in
            let kept = bytes.lazy.filter { $0 != UInt8(ascii: " ") }
            let size = head.utf8.count + kept.reduce(0) { $0 + (isUnreserved($1) ? 1 : 3) } + tail.utf8.count
            return String(unsafeUninitializedCapacity: size) { out in
                var at = 0
                func put(_ byte: UInt8) { out[at] = byte; at += 1 }
                head.utf8.forEach(put)
                for byte in kept {
                    if isUnreserved(byte) {
                        put(byte)
                    } else {
                        put(UInt8(ascii: "%")); put(hexDigit(byte >> 4)); put(hexDigit(byte & 0xF))
                    }
                }
                tail.utf8.forEach(put)
                return at
            }
        }
    }

    /// RFC 3986: everything but the unreserved characters, as UTF-8 bytes.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// ASCII letters, digits and `-._~`.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }

    /// The secret in groups of four, for typing by hand.
    public static func grouped(_ secret: String) -> String {
        var groups: [String] = []
        var current = ""
        for c in secret where c != " " {
            current.append(c)
            if current.count == 4 {
                groups.append(current)
                current = ""
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.joined(separator: " ")
    }

    /// The secret's printable ASCII in groups of four, made from its bytes
    /// into one String allocated at its size (see `make(issuer:account:secret:)`).
    /// A base32 secret is all printable ASCII; anything else (spaces, control
    /// or non-ASCII bytes from a hostile service) is left out, as the
    /// sanitiser would leave out what could move the cursor.
    public static func grouped(_ secret: SecretBytes) -> String {
        secret.withUnsafeBytes { bytes in
            let kept = bytes.lazy.filter { (0x21...0x7E).contains($0) }
            let count = kept.count
            let size = count == 0 ? 0 : count + (count - 1) / 4
            return String(unsafeUninitializedCapacity: size) { out in
                var at = 0
                for (index, byte) in kept.enumerated() {
                    if index > 0 && index % 4 == 0 { out[at] = UInt8(ascii: " "); at += 1 }
                    out[at] = byte
                    at += 1
                }
                return at
            }
        }
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
