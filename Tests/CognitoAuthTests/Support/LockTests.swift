import Testing
@testable import CognitoAuth

@Suite struct LockTests {
    final class Counter: @unchecked Sendable {
        let lock = Lock()
        var value = 0
    }

    @Test func guardsConcurrentUpdates() async {
        let counter = Counter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<1000 { counter.lock.withLock { counter.value += 1 } } }
            }
        }
        #expect(counter.lock.withLock { counter.value } == 8000)
    }

    @Test func passesResultsAndErrorsThrough() {
        struct Failure: Error {}
        let lock = Lock()
        #expect(lock.withLock { 42 } == 42)
        #expect(throws: Failure.self) { try lock.withLock { throw Failure() } }
        #expect(lock.withLock { true }, "the lock is free again after a throw")
    }
}
