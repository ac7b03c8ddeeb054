import FoundationEssentials
import Glibc

/// Bytes of a secret (a request body with a password in it) in memory this
/// project owns, wiped with `explicit_bzero` on `wipe()` and when the last
/// reference goes. `explicit_bzero`, not a loop or `memset`: the optimiser
/// may drop a store to memory that is about to be freed, and then the secret
/// stays in the freed chunk for whoever reads the heap next (a core dump, a
/// kiosk's next person with a debugger).
///
/// A class, so that there is exactly one buffer: a copy of a value type would
/// leave the bytes behind in a buffer nobody wipes.
public final class SecretBytes: @unchecked Sendable {
    private let storage: UnsafeMutableRawBufferPointer

    /// Copies `bytes`; the caller wipes its own copy if it has one.
    public init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        storage = .allocate(byteCount: max(1, bytes.count), alignment: 1)
        _ = storage.initializeMemory(as: UInt8.self, from: bytes)
    }

    deinit {
        wipe()
        storage.deallocate()
    }

    public var count: Int { storage.count }

    /// Zeroes the bytes now; they stay allocated (and zero) until released.
    public func wipe() { Self.wipe(storage) }

    /// Reads the bytes; the pointer is valid only inside `body`.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(storage))
    }

    /// Zeroes `bytes` in a way the optimiser keeps.
    public static func wipe(_ bytes: UnsafeMutableRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        explicit_bzero(base, bytes.count)
    }

    /// A `Data` that owns a copy of `bytes` and wipes it when the last copy of
    /// the `Data` goes (its deallocator). For a body that passes through APIs
    /// typed `Data` (HTTPRequest, a transport) and must still end up zeroed.
    public static func wipingData(_ bytes: UnsafeRawBufferPointer) -> Data {
        guard bytes.count > 0, let source = bytes.baseAddress else { return Data() }
        let copy = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
        copy.copyMemory(from: source, byteCount: bytes.count)
        return Data(bytesNoCopy: copy, count: bytes.count, deallocator: .custom { pointer, count in
            explicit_bzero(pointer, count)
            pointer.deallocate()
        })
    }
}

extension Data {
    /// Zeroes this value's bytes in place. Only meaningful when no other copy
    /// shares the storage (Data copies on write: a shared buffer would be
    /// copied first and the original left as it was); true of a value just
    /// returned by an encoder.
    mutating func wipe() {
        withUnsafeMutableBytes { SecretBytes.wipe($0) }
    }
}
