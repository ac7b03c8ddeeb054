import CognitoAuth

/// "Step 2 of 3": the stages of a first sign-in the person will see —
/// signing in, choosing a password, and setting up MFA when the pool
/// requires it or the service asks — counted as far as they are known.
public enum StepCounter {
    public enum Stage: Int, Sendable { case signIn = 1, newPassword, mfaSetup }

    /// The label for the step on screen, or nil where nothing is counted
    /// (a code for a later sign-in, recovery, the end).
    static func label(_ s: WizardState, _ w: Wizard) -> String? {
        guard let stage = s.model.counted else { return nil }
        // Sign-in alone is no sequence: an account already set up signs in and is done.
        let mfaExpected = w.profile.mfaConfiguration == .required || stage == .mfaSetup
        let total = mfaExpected ? 3 : 2
        return w.strings("app.step", ["current": "\(stage.rawValue)", "total": "\(total)"])
    }
}
