/// The `otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER` URI an
/// authenticator app reads from the QR code. Both parts are percent-encoded
/// (a colon inside either would split the label); the default algorithm,
/// digits and period are left out to keep the code small.
public enum OTPAuthURI {
    public static func make(issuer: String, account: String, secret: String) -> String {
        let label = encode(issuer) + ":" + encode(account)
        return "otpauth://totp/\(label)?secret=\(encode(secret.replacing(" ", with: "")))&issuer=\(encode(issuer))"
    }

    /// RFC 3986: everything but the unreserved characters, as UTF-8 bytes.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
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
}

extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
