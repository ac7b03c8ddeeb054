import Glibc
import Synchronization

/// Events from the effects (which finish on other threads) waiting for the
/// front end's loop. Posting also writes a byte to a pipe, so a loop can wait
/// for "a key or a result" in one `poll` instead of polling on a timer.
public final class EventQueue: Sendable {
    private let pending = Mutex<[Event]>([])
    /// The pipe's read end becomes readable when something is posted.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Readable while events are waiting: poll it beside the terminal.
    public var wakeDescriptor: Int32 { wakeRead }

    public func post(_ event: Event) {
        pending.withLock { $0.append(event) }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Everything posted so far, oldest first.
    public func drain() -> [Event] {
        var sink = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &sink, sink.count) > 0 {}
        return pending.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }

    /// Waits until something is posted or `timeout` passes; then drains.
    public func wait(timeout: Duration) -> [Event] {
        var descriptor = pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        _ = poll(&descriptor, 1, milliseconds)
        return drain()
    }
}
