/// What the flow does when the reply to an answer that changes the account is
/// lost: it signs in again to learn whether the change took, before anyone
/// is told anything (see `LostReply`).
///
/// - A new password: signing in with the temporary password tells. If it
///   still works, the change did not take, and the answer is sent once more
///   on the new session. If it is refused as incorrect, the new password is
///   tried; when that signs in, the change took and the flow carries on from
///   where the service now stands (MFA setup included). The password is never
///   changed twice.
/// - An authenticator (VerifySoftwareToken and the MFA_SETUP answer): signing
///   in again with the password asks for a SOFTWARE_TOKEN_MFA code when the
///   registration took, and for MFA_SETUP again when it did not; then the
///   code is sent once more on the new session.
///
/// When finding out fails too (the network is still down), the doubt is kept
/// and the next call of the same answer starts by settling it.
enum LostReplyDoubt: Equatable, Sendable {
    /// The NEW_PASSWORD_REQUIRED answer with this password.
    case newPassword(SecretBytes)
    /// VerifySoftwareToken or the MFA_SETUP answer after it.
    case authenticator
}

extension SignInFlow {
    /// What the last answer learnt about a lost reply, once: the layers above
    /// tell the person ("your new password is set").
    public func takeSettledLostReply() -> LostReply? {
        defer { settled = nil }
        return settled
    }

    func newPasswordAnswers(_ newPassword: SecretBytes, attributes: [String: String]) -> [String: WireText] {
        var answers: [String: WireText] = ["NEW_PASSWORD": .secret(newPassword)]
        for (name, value) in NewPasswordAnswer.attributesToSend(attributes, current: currentAttributes) {
            answers["userAttributes.\(name)"] = .plain(value)
        }
        return answers
    }

    /// Records the doubt before anything else can fail; a cancelled request
    /// ends here (its task is ending; the next call of the answer settles it).
    func remember(_ error: AuthError, as doubt: LostReplyDoubt) throws(AuthError) {
        logger.info("reply lost; signing in again to learn whether the answer took", metadata: ["error": "\(error)"])
        self.doubt = doubt
        if error == .network(.cancelled) { throw error }
    }

    /// Settles a lost NEW_PASSWORD_REQUIRED reply; `newPassword` is what the
    /// person sends now (normally the same as before).
    func settleNewPassword(_ newPassword: SecretBytes, attributes: [String: String], lost: AuthError? = nil) async throws(AuthError) -> NextStep {
        guard case .newPassword(let sent) = doubt else { throw .invalidState("no password change in doubt") }
        let step: NextStep
        do throws(AuthError) {
            step = try await signIn()
        } catch where error.isIncorrectPassword {
            return try await signInWithChangedPassword(sent, lost: lost ?? error)
        } catch {
            throw lost ?? error
        }
        guard pending == .newPasswordRequired else {
            // Signed in without a password change: nothing of ours to settle.
            doubt = nil
            return step
        }
        // The temporary password still works: the change did not take. Send it once more.
        doubt = .newPassword(newPassword)
        let answers = newPasswordAnswers(newPassword, attributes: attributes)
        let next: NextStep
        do throws(AuthError) {
            next = try handle(try await respondOnce(.newPasswordRequired, answers, session: session))
        } catch where error.isIncorrectPassword || error.endedSession {
            // The lost answer arrived late, after the temporary password had
            // still worked: the change may have taken after all. The new
            // password tells (and is never sent as a change a third time).
            return try await signInWithChangedPassword(newPassword, lost: error)
        } catch where !error.mayHaveActed {
            doubt = nil
            throw error
        }
        doubt = nil
        password = newPassword
        return next
    }

    /// The temporary password was refused: the new one should now sign in.
    private func signInWithChangedPassword(_ changed: SecretBytes, lost: AuthError) async throws(AuthError) -> NextStep {
        let temporary = password
        password = changed
        do throws(AuthError) {
            let step = try await signIn()
            doubt = nil
            settled = .passwordChanged
            return step
        } catch where error.isIncorrectPassword {
            // Neither works: someone else changed it. Not ours to guess.
            password = temporary
            doubt = nil
            throw error
        } catch {
            // Still unreachable: keep the doubt, the temporary password stays the one to try first.
            password = temporary
            throw lost
        }
    }

    /// Settles a lost VerifySoftwareToken or MFA_SETUP reply; `code` is what
    /// the person sends now.
    func settleAuthenticator(code: String, deviceName: String?, lost: AuthError? = nil) async throws(AuthError) -> NextStep {
        guard doubt == .authenticator else { throw .invalidState("no authenticator registration in doubt") }
        let step: NextStep
        do throws(AuthError) { step = try await signIn() } catch { throw lost ?? error }
        guard pending == .mfaSetup else {
            doubt = nil
            if case .code(let challenge) = step, challenge.kind == .totp { settled = .authenticatorRegistered }
            return step
        }
        // Not registered: verify once more on the new session (the service keeps the
        // associated secret for the user, so the app's codes still fit).
        // (registerAuthenticator keeps the doubt once the code is verified.)
        doubt = nil
        do throws(AuthError) {
            return try await registerAuthenticator(code: code, deviceName: deviceName)
        } catch where error.mayHaveActed || error.endedSession {
            doubt = .authenticator
            throw error
        }
    }

    /// AssociateSoftwareToken is safe to repeat (it only hands out a secret),
    /// but its session may be used up by the lost attempt: sign in again and
    /// ask once more on the new session.
    func associateOnNewSession(after lost: AuthError) async throws(AuthError) -> SecretBytes {
        guard lost != .network(.cancelled) else { throw lost }
        do throws(AuthError) { _ = try await signIn() } catch { throw lost }
        guard pending == .mfaSetup else { throw lost }
        return try await associateOnce()
    }

    /// Signing in changes nothing, so when the password proof's reply is lost
    /// (or its copy, resent by the connection, finds the session used up) the
    /// whole sign-in is made once more before the person hears of it.
    func signInOnceMoreIfLost() async throws(AuthError) -> NextStep {
        do throws(AuthError) {
            return try await signInOrFallBack()
        } catch where (error.mayHaveActed && error != .network(.cancelled)) || error.endedSession {
            logger.info("sign-in reply lost; signing in once more", metadata: ["error": "\(error)"])
            return try await signInOrFallBack()
        }
    }
}
