import FoundationEssentials
import Glibc

/// Zeroing of memory that held a secret (a password in a request body, a
/// password field's characters), with `explicit_bzero`, not a loop or
/// `memset`: the optimiser may drop a store to memory that is about to be
/// freed, and then the secret stays in the freed chunk for whoever reads the
/// heap next (a core dump, a kiosk's next person with a debugger).
public enum SecretMemory {
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
        withUnsafeMutableBytes { SecretMemory.wipe($0) }
    }
}
