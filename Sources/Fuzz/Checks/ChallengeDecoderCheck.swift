import CognitoAuth
import Foundation

/// The service's JSON to the next step: any bytes give a step or an error,
/// never a crash, and the step holds together.
public enum ChallengeDecoderCheck {
    public static let check: FuzzCheck = { input in
        guard let decoded = try? ChallengeDecoder.decode(Data(input)) else { return [] }
        var problems: Violations = []
        switch decoded.step {
        case .signedIn:
            if decoded.challengeName != nil { problems.append("signed in, yet a challenge name") }
        case .code(let challenge):
            if decoded.challengeName?.code?.kind != challenge.kind { problems.append("code kind differs from its challenge") }
        case .newPasswordRequired, .mfaSetup, .selectMFA, .selectChallenge, .unsupported:
            if decoded.challengeName == nil { problems.append("a challenge without its name") }
        }
        if (try? ChallengeDecoder.decode(Data(input))) != decoded { problems.append("the same bytes decode differently") }
        return problems
    }
}
