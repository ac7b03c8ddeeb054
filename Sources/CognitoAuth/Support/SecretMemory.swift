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

    /// A `Data` of `count` bytes that `write` fills in place, and that wipes
    /// them when the last copy of the `Data` goes (its deallocator). For a
    /// body that passes through APIs typed `Data` (HTTPRequest, a transport)
    /// and must still end up zeroed; written in place, so no other copy of
    /// it is ever made. `count` should exceed 14: Data keeps a smaller one
    /// inline (copied, the buffer freed at once).
    public static func wipingData(count: Int, write: (UnsafeMutableRawBufferPointer) -> Void) -> Data {
        guard count > 0 else { return Data() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        write(buffer)
        return Data(bytesNoCopy: buffer.baseAddress!, count: count, deallocator: .custom { pointer, count in
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
