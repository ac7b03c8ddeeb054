import FoundationEssentials

/// Learns, without credentials, whether the endpoint answers over TLS and the
/// app client exists: an InitiateAuth for a user name nobody has. Cognito
/// tells a missing client (ResourceNotFoundException "User pool client …
/// does not exist") apart from the expected refusal of the user
/// (NotAuthorized / UserNotFound, or a PASSWORD_VERIFIER challenge when the
/// client prevents user-existence errors). Nobody signs in; no password is sent.
public enum AppClientProbe {
    public enum Finding: Equatable, Sendable {
        /// The client answered for the made-up user as a real client does.
        case clientExists
        /// The service refused the client itself (missing, wrong secret, flow not allowed).
        case clientRefused(ServiceError)
        /// The endpoint could not be reached or did not speak TLS / Cognito.
        case unreachable(NetworkError)
        /// Something else went wrong (an answer that fits no case above).
        case unexpected(String)
    }

    public static func run(client: CognitoClient, app: AppClient, flow: AuthFlowType) async -> Finding {
        let username = "cognito-onboard-check-" + UUID().uuidString.lowercased()
        var parameters = ["USERNAME": username]
        if let hash = app.secretHash(for: username) { parameters["SECRET_HASH"] = hash }
        switch flow {
        case .userPassword:
            // Not anyone's password: random, and the user does not exist.
            parameters["PASSWORD"] = UUID().uuidString + "aA1!"
        case .userSRP, .userAuth:
            if flow == .userAuth { parameters["PREFERRED_CHALLENGE"] = FirstFactor.passwordSRP.wireName }
            parameters["SRP_A"] = SRPClient(userPoolId: app.userPoolId).publicValueHex
        }
        let request = InitiateAuthRequest(
            AuthFlow: flow.rawValue, ClientId: app.clientId, AuthParameters: parameters.mapValues(WireText.plain))
        do {
            let answer: AuthResponse = try await client.call(.initiateAuth, request)
            if answer.ChallengeName.map(ChallengeName.init(wireName:)) == .passwordVerifier { return .clientExists }
            return .unexpected("InitiateAuth for a made-up user answered \(answer.ChallengeName ?? "with tokens")")
        } catch {
            return classify(error)
        }
    }

    static func classify(_ error: AuthError) -> Finding {
        switch error {
        case .network(let network):
            return .unreachable(network)
        case .service(let service):
            switch service.name {
            case .userNotFound:
                return .clientExists
            case .notAuthorized where !service.message.lowercased().contains("secret"):
                // "Incorrect username or password." (and not "Unable to verify secret hash").
                return .clientExists
            default:
                return .clientRefused(service)
            }
        default:
            return .unexpected(error.description)
        }
    }
}
