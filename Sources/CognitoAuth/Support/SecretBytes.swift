import Glibc

/// A secret as UTF-8 bytes in a buffer of its own that is zeroed with
/// `explicit_bzero` on `wipe()` and when the last reference goes: a password
/// from the line editor to the wire, never a Swift `String`.
///
/// Why not a String: a String's buffer is immutable and freed as it is, and
/// every `+`, interpolation or bridging makes another one, so each step a
/// password takes leaves a copy in freed heap for whoever reads the memory
/// next (a core dump, a debugger on a kiosk). This buffer is made once, at its
/// exact size, read in place (`withUnsafeBytes`) by the SRP hash and the JSON
/// body writer, and zeroed by its holder.
///
/// A class, not a `~Copyable` struct, because it travels in values that are
/// copied and compared (`Effect`, the flow's state); copying the reference
/// copies no bytes. The bytes never change after `init` except by `wipe()`,
/// which keeps the buffer and its length (so a reader on another thread sees
/// zeros, never freed memory); that is why it is `Sendable`.
///
/// There is deliberately no way back to a `String` here but `withUTF8String`,
/// documented there; the TOTP secret on screen and in its QR code is made
/// text from the bytes by Onboarding's `TOTPSecretText`, which zeroes it.
public final class SecretBytes: @unchecked Sendable {
    private let buffer: UnsafeMutableRawBufferPointer

    /// How many UTF-8 bytes the secret has (zeros after `wipe()`).
    public let count: Int

    /// Frees the buffer at deinit, after it is zeroed; a test replaces it to
    /// look at the buffer on its way out (SecretBytesTests).
    var deallocate: (UnsafeMutableRawBufferPointer) -> Void = { $0.deallocate() }

    /// A buffer of `count` bytes, zeroed, that `fill` writes in place.
    init(count: Int, fill: (UnsafeMutableRawBufferPointer) -> Void) {
        self.count = count
        buffer = .allocate(byteCount: max(count, 1), alignment: 1)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        fill(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count]))
    }

    /// Copies `bytes` (the caller wipes its own copy, if it has one).
    public convenience init(copying bytes: UnsafeRawBufferPointer) {
        self.init(count: bytes.count) { $0.copyMemory(from: bytes) }
    }

    /// The UTF-8 of `characters` (a line editor's buffer), written straight
    /// into the secret's buffer: no intermediate `String` is made. The length
    /// is counted first, so the buffer is allocated once at its size.
    public convenience init(characters: some Collection<Character>) {
        var size = 0
        for character in characters { size += character.utf8.count }
        self.init(count: size) { buffer in
            var index = 0
            for character in characters {
                for unit in character.utf8 {
                    buffer[index] = unit
                    index += 1
                }
            }
        }
    }

    /// The UTF-8 of a password that is already a `String` (the benches, the
    /// tests, a value read from a pipe): its own copy is not wiped by this,
    /// so the wizard's paths never use it (they use `init(characters:)`).
    public convenience init(copying text: String) {
        self.init(count: text.utf8.count) { buffer in
            var text = text
            text.withUTF8 { buffer.copyMemory(from: UnsafeRawBufferPointer($0)) }
        }
    }

    /// An empty secret.
    public convenience init() { self.init(characters: [Character]()) }

    deinit {
        wipe()
        deallocate(buffer)
    }

    public var isEmpty: Bool { count == 0 }

    /// Reads the bytes in place; `body` must not keep the pointer.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    }

    /// A copy in a buffer of its own, for a holder that wipes it on its own
    /// schedule (a probe flow that forgets, while the caller still needs it).
    public func copy() -> SecretBytes { withUnsafeBytes { SecretBytes(copying: $0) } }

    /// Zeroes the bytes now, for every holder (a kiosk's reset, a flow that
    /// forgets). The length stays; the content is gone.
    public func wipe() {
        SecretMemory.wipe(buffer)
    }

    /// The bytes as text for a reader that needs a String and keeps nothing
    /// secret (cognito-bench writes the TOTP secret it is handed). The String
    /// lives only for `body`; its buffer is freed unwiped, which is why the
    /// wizard does not use this.
    public func withUTF8String<Result>(_ body: (String) throws -> Result) rethrows -> Result {
        try body(withUnsafeBytes { String(decoding: $0, as: UTF8.self) })
    }
}

extension SecretBytes: Equatable {
    /// Same length and bytes, compared in time that does not depend on where
    /// they differ.
    public static func == (a: SecretBytes, b: SecretBytes) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { x in
            b.withUnsafeBytes { y in
                var difference: UInt8 = 0
                for index in 0..<x.count { difference |= x[index] ^ y[index] }
                return difference == 0
            }
        }
    }
}

extension SecretBytes: ExpressibleByStringLiteral {
    /// A literal (tests, fixed values): it is in the binary's read-only data
    /// anyway, so copying it costs no secrecy.
    public convenience init(stringLiteral value: StaticString) {
        self.init(count: value.utf8CodeUnitCount) { buffer in
            value.withUTF8Buffer { buffer.copyMemory(from: UnsafeRawBufferPointer($0)) }
        }
    }
}

extension SecretBytes: CustomStringConvertible, CustomDebugStringConvertible {
    /// Never the content, nor its length: this is what logs, test failures
    /// and `print` show.
    public var description: String { "SecretBytes(<redacted>)" }
    public var debugDescription: String { description }
}
