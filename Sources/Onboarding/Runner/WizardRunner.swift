import CognitoAuth
import Foundation

/// Carries out the wizard's effects against CognitoAuth and posts the results
/// back as events. One request at a time; Esc cancels it, and a cancelled
/// request's late answer is dropped.
public final class WizardRunner: @unchecked Sendable {
    public typealias FlowFactory = @Sendable () -> SignInFlow

    private let makeFlow: FlowFactory
    private let events: EventQueue
    private let deliverTokens: (AuthenticationResult) -> Void
    private let lock = NSLock()
    private var flow: SignInFlow?
    private var inFlight: Task<Void, Never>?
    private var generation = 0

    /// - Parameters:
    ///   - makeFlow: a new SignInFlow for each sign-in (a cancelled one may still
    ///     be finishing; it must not share state with the next).
    ///   - deliverTokens: called on the UI thread with the tokens of a finished sign-in.
    public init(makeFlow: @escaping FlowFactory, events: EventQueue, deliverTokens: @escaping (AuthenticationResult) -> Void) {
        self.makeFlow = makeFlow
        self.events = events
        self.deliverTokens = deliverTokens
    }

    /// Carries out `effect`; returns the exit status when it is `.quit`.
    public func perform(_ effect: Effect) -> ExitStatus? {
        switch effect {
        case .signIn(let username, let password):
            let flow = makeFlow()
            lock.withLock { self.flow = flow }
            run { () async throws(AuthError) -> NextStep in try await flow.start(username: username, password: password) }
        case .answerNewPassword(let password, let attributes):
            guard let flow = lock.withLock({ self.flow }) else {
                events.post(.failure(.invalidState("no sign-in in progress")))
                return nil
            }
            run { () async throws(AuthError) -> NextStep in try await flow.answerNewPassword(password, attributes: attributes) }
        case .cancelRequest:
            lock.withLock {
                generation += 1
                inFlight?.cancel()
                inFlight = nil
            }
        case .deliverTokens(let tokens):
            deliverTokens(tokens)
        case .quit(let status):
            _ = perform(.cancelRequest)
            return status
        }
        return nil
    }

    private func run(_ request: @escaping @Sendable () async throws(AuthError) -> NextStep) {
        lock.withLock {
            generation += 1
            let mine = generation
            inFlight = Task { [events, weak self] in
                let event: Event
                do throws(AuthError) { event = .step(try await request()) } catch { event = .failure(error) }
                guard let self, self.lock.withLock({ self.generation == mine }) else { return }
                events.post(event)
            }
        }
    }
}
