import CognitoAuth
import Glibc

/// The TOTP secret as the screen shows it (grouped) and as its QR code holds
/// it (the otpauth URI): made once when the secret arrives, each into one
/// String allocated at its size, and zeroed in place when the last step
/// holding them goes (the person moves on, a kiosk starts over).
///
/// Why: the terminal and the QR code take text, so the secret must become
/// Strings; made anew for every frame (the step's countdown redraws it each
/// second) they were freed unwiped, and copies of the secret stayed in the
/// heap after a kiosk's reset (Resources/bench/secret_copies.py counted them).
/// Made once, every frame shares these two buffers, and `wipe` reaches them.
///
/// Zeroing a String's buffer in place goes behind String's back: it is sound
/// here because both are native, ASCII, longer than a small string (a base32
/// secret has 16 characters or more), and nothing reads them after the wipe
/// but a screen being thrown away; zeros are ASCII still, so the String's
/// count and flags stay true. A class for its deinit, `Sendable` because the
/// Strings never change but to zeros.
public final class TOTPSecretText: @unchecked Sendable {
    /// The secret in groups of four, for typing by hand.
    public let grouped: String
    /// The otpauth URI for the QR code.
    public let uri: String

    public init(secret: SecretBytes, issuer: String, account: String) {
        grouped = OTPAuthURI.grouped(secret)
        uri = OTPAuthURI.make(issuer: issuer, account: account, secret: secret)
    }

    deinit { wipe() }

    /// Zeroes both Strings' bytes, for every holder.
    public func wipe() {
        Self.zero(grouped)
        Self.zero(uri)
    }

    private static func zero(_ text: String) {
        var text = text  // native already: withUTF8 hands out its own buffer, no copy
        text.withUTF8 { SecretMemory.wipe(UnsafeMutableRawBufferPointer(mutating: UnsafeRawBufferPointer($0))) }
    }
}
