/// An error the Cognito service answered with: its name (from `__type`, after
/// any `prefix#`, else the `x-amzn-errortype` header) and its message.
public struct ServiceError: Error, Equatable, Sendable, CustomStringConvertible {
    public let name: Name
    public let message: String
    public let httpStatus: Int

    public init(name: Name, message: String, httpStatus: Int = 400) {
        self.name = name
        self.message = message
        self.httpStatus = httpStatus
    }

    public var description: String { "\(name.rawValue): \(message)" }

    /// Every error name a first-sign-in client may meet (each one botocore's
    /// service model lists for InitiateAuth, RespondToAuthChallenge,
    /// ForgotPassword, ConfirmForgotPassword, AssociateSoftwareToken and
    /// VerifySoftwareToken); anything else is kept by name in `.other`.
    public enum Name: Equatable, Hashable, Sendable {
        case notAuthorized
        case invalidPassword
        case passwordHistoryPolicyViolation
        case invalidParameter
        case codeMismatch
        case expiredCode
        case enableSoftwareTokenMFA
        case tooManyRequests
        case limitExceeded
        case tooManyFailedAttempts
        case passwordResetRequired
        case userNotFound
        case userNotConfirmed
        case internalError
        case forbidden
        case resourceNotFound
        case codeDeliveryFailure
        case invalidLambdaResponse
        case unexpectedLambda
        case userLambdaValidation
        case invalidUserPoolConfiguration
        case invalidSmsRoleAccessPolicy
        case invalidSmsRoleTrustRelationship
        case invalidEmailRoleAccessPolicy
        case softwareTokenMFANotFound
        case mfaMethodNotFound
        case aliasExists
        case concurrentModification
        /// The pool's feature plan (Lite, Essentials, Plus) lacks what was asked.
        case featureUnavailableInTier
        case operationNotEnabled
        case unsupportedOperation
        case other(String)

        static let known: [String: Name] = [
            "NotAuthorizedException": .notAuthorized,
            "InvalidPasswordException": .invalidPassword,
            "PasswordHistoryPolicyViolationException": .passwordHistoryPolicyViolation,
            "InvalidParameterException": .invalidParameter,
            "CodeMismatchException": .codeMismatch,
            "ExpiredCodeException": .expiredCode,
            "EnableSoftwareTokenMFAException": .enableSoftwareTokenMFA,
            "TooManyRequestsException": .tooManyRequests,
            "LimitExceededException": .limitExceeded,
            "TooManyFailedAttemptsException": .tooManyFailedAttempts,
            "PasswordResetRequiredException": .passwordResetRequired,
            "UserNotFoundException": .userNotFound,
            "UserNotConfirmedException": .userNotConfirmed,
            "InternalErrorException": .internalError,
            "ForbiddenException": .forbidden,
            "ResourceNotFoundException": .resourceNotFound,
            "CodeDeliveryFailureException": .codeDeliveryFailure,
            "InvalidLambdaResponseException": .invalidLambdaResponse,
            "UnexpectedLambdaException": .unexpectedLambda,
            "UserLambdaValidationException": .userLambdaValidation,
            "InvalidUserPoolConfigurationException": .invalidUserPoolConfiguration,
            "InvalidSmsRoleAccessPolicyException": .invalidSmsRoleAccessPolicy,
            "InvalidSmsRoleTrustRelationshipException": .invalidSmsRoleTrustRelationship,
            "InvalidEmailRoleAccessPolicyException": .invalidEmailRoleAccessPolicy,
            "SoftwareTokenMFANotFoundException": .softwareTokenMFANotFound,
            "MFAMethodNotFoundException": .mfaMethodNotFound,
            "AliasExistsException": .aliasExists,
            "ConcurrentModificationException": .concurrentModification,
            "FeatureUnavailableInTierException": .featureUnavailableInTier,
            "OperationNotEnabledException": .operationNotEnabled,
            "UnsupportedOperationException": .unsupportedOperation,
        ]

        public init(rawValue: String) { self = Name.known[rawValue] ?? .other(rawValue) }

        public var rawValue: String {
            if case .other(let name) = self { return name }
            return Name.known.first { $0.value == self }!.key
        }
    }

    /// The name out of an error body's `__type` or the `x-amzn-errortype` header:
    /// `aws.protocols#NotAuthorizedException` and `NotAuthorizedException:http://...`
    /// both give `NotAuthorizedException`.
    public static func name(type: String?, header: String?) -> Name {
        if let type, !type.isEmpty {
            return Name(rawValue: String(type.split(separator: "#", omittingEmptySubsequences: false).last ?? ""))
        }
        if let header, !header.isEmpty {
            return Name(rawValue: String(header.split(separator: ":", maxSplits: 1).first ?? ""))
        }
        return .other("UnknownError")
    }

    // MARK: What the messages mean

    /// The reason of an InvalidPasswordException: the text after the last ": "
    /// ("Password does not conform to policy: Password not long enough").
    public var passwordReason: String {
        guard let range = message.ranges(of: ": ").last else { return message }
        return String(message[range.upperBound...])
    }

    /// The challenge session timed out: signing in again and resending is safe.
    public var isSessionExpired: Bool {
        name == .notAuthorized && message.lowercased().contains("session is expired")
    }

    /// "Invalid session for the user." alone: the service ended the session
    /// without saying why (a sign-in that went stale). Signing in again is safe.
    public var isSessionInvalid: Bool {
        name == .notAuthorized && message.lowercased().contains("invalid session for the user")
            && !isSessionExpired && !isSessionReused
    }

    /// The account was disabled by an administrator ("User is disabled.").
    public var isUserDisabled: Bool {
        name == .notAuthorized && message.lowercased().contains("user is disabled")
    }

    /// ForgotPassword for a user who has not yet signed in with the temporary
    /// password ("User password cannot be reset in the current state.").
    public var isResetNotPossibleYet: Bool {
        name == .notAuthorized && message.lowercased().contains("cannot be reset in the current state")
    }

    /// The app client does not allow the sign-in flow asked for ("USER_SRP_AUTH
    /// is not enabled for the client.", "USER_PASSWORD_AUTH flow not enabled for
    /// this client"): a client made for choice-based sign-in only.
    public var isAuthFlowNotEnabled: Bool {
        name == .invalidParameter && (message.lowercased().contains("not enabled for the client")
            || message.lowercased().contains("flow not enabled for this client"))
    }

    /// The challenge session was already used.
    public var isSessionReused: Bool {
        name == .notAuthorized && message.lowercased().contains("can only be used once")
    }

    /// The administrator's temporary password is past its validity.
    public var isTemporaryPasswordExpired: Bool {
        name == .notAuthorized && message.lowercased().contains("temporary password has expired")
    }

    /// Too many wrong passwords: the account is locked for a while.
    public var isPasswordAttemptsExceeded: Bool {
        name == .notAuthorized && message.lowercased().contains("password attempts exceeded")
    }

    /// SECRET_HASH did not verify: a configuration problem, not the person's.
    public var isSecretHashMismatch: Bool {
        name == .notAuthorized && message.lowercased().contains("secret hash")
    }

    /// The attribute an InvalidParameterException names ("Invalid attributes
    /// given, name is missing", "user.custom:team: ...", "the non-mutable
    /// attribute email_verified"), or nil.
    public var attributeName: String? {
        if let r = message.firstRange(of: "attributes given, ") {
            let rest = message[r.upperBound...]
            return rest.split(separator: " ").first.map(String.init)
        }
        if message.hasPrefix("user."), let colon = message.firstRange(of: ": ") {
            return String(message[message.index(message.startIndex, offsetBy: 5)..<colon.lowerBound])
        }
        if let r = message.firstRange(of: "non-mutable attribute ") {
            return message[r.upperBound...].split(separator: " ").first.map(String.init)
        }
        if message.lowercased().contains("phone number") { return "phone_number" }
        if message.lowercased().contains("email address") { return "email" }
        return nil
    }
}
