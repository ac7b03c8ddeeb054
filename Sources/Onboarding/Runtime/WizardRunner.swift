import CognitoAuth
import FoundationEssentials

/// Carries out the wizard's effects against CognitoAuth and posts the results
/// back as events. One request at a time; Esc cancels it, and a cancelled
/// request's late answer is dropped.
public final class WizardRunner: @unchecked Sendable {
    public typealias FlowFactory = @Sendable () -> SignInFlow

    private let makeFlow: FlowFactory
    private let recovery: PasswordRecovery
    private let events: EventQueue
    private let deliverTokens: (AuthenticationResult) -> Bool
    private let lock = Lock()
    private var flow: SignInFlow?
    private var inFlight: Task<Void, Never>?
    private var generation = 0

    /// Whether the last tokens delivered were saved (the done screen says so).
    public private(set) var tokensSaved = false

    /// Whether a person's sign-in is still held here (for the kiosk-reset test).
    public var holdsSignIn: Bool { lock.withLock { flow != nil } }

    /// A kiosk's next person: the request in flight is cancelled, and the
    /// flow — their password, session and names — is dropped and wiped.
    public func reset() {
        let previous: SignInFlow? = lock.withLock {
            generation += 1
            inFlight?.cancel()
            inFlight = nil
            defer { flow = nil }
            return flow
        }
        tokensSaved = false
        if let previous { Task { await previous.forget() } }
    }

    /// - Parameters:
    ///   - makeFlow: a new SignInFlow for each sign-in (a cancelled one may still
    ///     be finishing; it must not share state with the next).
    ///   - deliverTokens: called on the UI thread with the tokens of a finished
    ///     sign-in; says whether they were saved somewhere.
    public init(makeFlow: @escaping FlowFactory, recovery: PasswordRecovery, events: EventQueue,
                deliverTokens: @escaping (AuthenticationResult) -> Bool = { _ in false }) {
        self.makeFlow = makeFlow
        self.recovery = recovery
        self.events = events
        self.deliverTokens = deliverTokens
    }

    /// Carries out `effect`; returns the exit status when it is `.quit`.
    public func perform(_ effect: Effect) -> ExitStatus? {
        switch effect {
        case .signIn(let username, let password):
            let flow = makeFlow()
            lock.withLock { self.flow = flow }
            run { () async throws(AuthError) -> Event in .step(try await flow.start(username: username, password: password)) }
        case .answerNewPassword(let password, let attributes):
            withFlow { flow throws(AuthError) in
                await Self.arrival(try await flow.answerNewPassword(password, attributes: attributes), flow)
            }
        case .associateSoftwareToken:
            withFlow { flow throws(AuthError) in .totpSecret(try await flow.associateSoftwareToken()) }
        case .verifySoftwareToken(let code, let deviceName):
            withFlow { flow throws(AuthError) in
                await Self.arrival(try await flow.verifySoftwareToken(code: code, deviceName: deviceName), flow)
            }
        case .answer(let toSend):
            withFlow { flow throws(AuthError) in await Self.arrival(try await flow.answer(toSend.answer), flow) }
        case .signInAgain:
            withFlow { flow throws(AuthError) in .step(try await flow.signInAgain()) }
        case .requestPasswordReset(let username):
            let recovery = self.recovery
            run { () async throws(AuthError) -> Event in
                .resetCodeSent(destination: try await recovery.requestCode(username: username).destination)
            }
        case .confirmPasswordReset(let username, let code, let password):
            let recovery = self.recovery
            run { () async throws(AuthError) -> Event in
                try await recovery.confirm(username: username, code: code, newPassword: password)
                return .passwordReset
            }
        case .cancelRequest:
            lock.withLock {
                generation += 1
                inFlight?.cancel()
                inFlight = nil
            }
        case .deliverTokens(let tokens):
            tokensSaved = deliverTokens(tokens)
        case .startOver:
            reset()
        case .switchLanguage:
            break  // the runtime's: it speaks the new language
        case .quit(let status):
            _ = perform(.cancelRequest)
            return status
        }
        return nil
    }

    /// The step, with what the flow learnt if the reply to the answer was lost
    /// (the person is told their password or authenticator is set).
    private static func arrival(_ next: NextStep, _ flow: SignInFlow) async -> Event {
        guard let lost = await flow.takeSettledLostReply() else { return .step(next) }
        return .settled(next, lost)
    }

    /// Runs `request` on the current sign-in's flow.
    private func withFlow(_ request: @escaping @Sendable (SignInFlow) async throws(AuthError) -> Event) {
        guard let flow = lock.withLock({ self.flow }) else {
            events.post(.failure(.invalidState("no sign-in in progress")))
            return
        }
        run { () async throws(AuthError) -> Event in try await request(flow) }
    }

    private func run(_ request: @escaping @Sendable () async throws(AuthError) -> Event) {
        lock.withLock {
            generation += 1
            let mine = generation
            inFlight = Task { [events, weak self] in
                let event: Event
                do throws(AuthError) { event = try await request() } catch { event = .failure(error) }
                guard let self, self.lock.withLock({ self.generation == mine }) else { return }
                events.post(event)
            }
        }
    }
}
