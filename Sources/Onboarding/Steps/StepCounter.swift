import CognitoAuth

/// "Step 2 of 3": the stages of a first sign-in the person will see —
/// signing in, choosing a password, and setting up MFA when the pool
/// requires it or the service asks — counted as the service reveals them.
public enum StepCounter {
    public enum Stage: Int, Sendable { case signIn = 1, newPassword, mfaSetup }

    /// The label for the step on screen, or nil where nothing is counted:
    /// the sign-in screen (an account already set up signs in and is done,
    /// so no total is known yet), a code for a later sign-in, recovery, the end.
    static func label(_ s: WizardState, _ w: Wizard) -> String? {
        guard let stage = s.model.counted, stage != .signIn else { return nil }
        // Seen so far: sign-in, the password screen when the service asked
        // for one; still to come: MFA setup when the pool requires it.
        let choosesPassword = s.challenge != nil
        // Sign-in, then this step (sign-in itself is never counted, above).
        let current = 2 + (choosesPassword && stage == .mfaSetup ? 1 : 0)
        let mfaAhead = stage == .newPassword && w.profile.mfaConfiguration == .required
        let total = current + (mfaAhead ? 1 : 0)
        return w.strings("app.step", ["current": "\(current)", "total": "\(total)"])
    }
}
