import CognitoAuth

/// Where a failure is shown: on the field it is about, on the message line, or
/// as a screen of its own when the person cannot go on from here. Service text
/// is sanitized before it becomes part of a message.
enum ErrorPlacement: Equatable {
    case field(id: FieldID, message: String)
    case notice(String)
    case quiet(String)

    /// `host` is the sign-in service's: a network failure names it and its
    /// cause, so whoever reads the screen can tell the operator what failed where.
    static func place(_ error: AuthError, fields: [FieldID: Field], visible: [FieldID] = [], host: String = "",
                      strings: Strings) -> ErrorPlacement {
        if case .service(let e) = error, [.codeMismatch, .expiredCode, .enableSoftwareTokenMFA].contains(e.name),
           let codeField = visible.first(where: \.isCode) {
            return .field(id: codeField, message: strings(e.name == .expiredCode ? "error.codeExpired" : "error.codeMismatch"))
        }
        switch error {
        case .network(.cancelled): return .quiet(strings("error.cancelled"))
        case .network(.timedOut): return .notice(strings("error.timedOut", ["host": Sanitizer.clean(host)]))
        case .network(.certificate(let host, .wrongName)): return .notice(strings("error.certificateName", ["host": Sanitizer.clean(host)]))
        case .network(.certificate(let host, .expired)): return .notice(strings("error.certificateExpired", ["host": Sanitizer.clean(host)]))
        case .network(.certificate(let host, .unknownAuthority)): return .notice(strings("error.certificateUntrusted", ["host": Sanitizer.clean(host)]))
        case .network(.certificate(let host, .other)): return .notice(strings("error.certificate", ["host": Sanitizer.clean(host)]))
        case .network(.nameNotResolved(let host)): return .notice(strings("error.dnsFailure", ["host": Sanitizer.clean(host)]))
        case .network(.connectionRefused(let host)): return .notice(strings("error.connectionRefused", ["host": Sanitizer.clean(host)]))
        case .network(.responseTooLarge(let host, _)): return .notice(strings("error.responseTooLarge", ["host": Sanitizer.clean(host)]))
        case .network(let e):
            return .notice(strings("error.network", ["host": Sanitizer.clean(host), "cause": Sanitizer.clean(e.description)]))
        case .service(let e) where e.httpStatus >= 500 || e.name == .internalError:
            return .notice(strings("error.serviceFault"))
        case .service(let e): return place(e, fields: fields, strings: strings)
        case .srp, .unexpectedResponse, .invalidState:
            return .notice(strings("error.unexpected", ["reason": Sanitizer.clean(error.description)]))
        }
    }

    private static func place(_ e: ServiceError, fields: [FieldID: Field], strings: Strings) -> ErrorPlacement {
        let reason = Sanitizer.clean(e.message)
        switch e.name {
        case .invalidPassword:
            return .field(id: .newPassword, message: strings("error.passwordRefused", ["reason": Sanitizer.clean(e.passwordReason)]))
        case .passwordHistoryPolicyViolation:
            return .field(id: .newPassword, message: strings("error.passwordHistory"))
        case .invalidParameter:
            if let name = e.attributeName,
               let field = fields.values.sorted(by: { "\($0.id)" < "\($1.id)" }).first(where: { $0.attribute == name }) {
                return .field(id: field.id, message: reason)
            }
            if e.message.lowercased().contains("flow not enabled") { return .notice(strings("error.configuration")) }
            return .notice(strings("error.attributeRefused", ["reason": reason]))
        case .notAuthorized:
            if e.isUserDisabled { return .notice(strings("error.userDisabled")) }
            if e.isResetNotPossibleYet { return .notice(strings("error.resetNotYet")) }
            if e.isSessionInvalid { return .notice(strings("error.sessionEnded")) }
            if e.isTemporaryPasswordExpired { return .notice(strings("error.temporaryPasswordExpired")) }
            if e.isPasswordAttemptsExceeded { return .notice(strings("error.attemptsExceeded")) }
            if e.isSecretHashMismatch { return .notice(strings("error.secretHash")) }
            if e.isSessionExpired || e.isSessionReused { return .notice(strings("error.sessionEnded")) }
            if e.message.lowercased().contains("unauthorized attribute") {
                return .notice(strings("error.attributeRefused", ["reason": reason]))
            }
            return .notice(strings("error.incorrectCredentials"))
        case .userNotFound: return .notice(strings("error.incorrectCredentials"))
        case .tooManyRequests: return .notice(strings("error.tooManyRequests"))
        case .limitExceeded, .tooManyFailedAttempts: return .notice(strings("error.attemptsExceeded"))
        case .passwordResetRequired: return .notice(strings("error.resetRequired"))
        case .userNotConfirmed: return .notice(strings("error.userNotConfirmed"))
        case .userLambdaValidation, .invalidLambdaResponse, .unexpectedLambda:
            return .notice(strings("error.lambda", ["reason": reason]))
        case .featureUnavailableInTier: return .notice(strings("error.featureUnavailable"))
        case .operationNotEnabled, .unsupportedOperation: return .notice(strings("error.operationUnavailable"))
        case .resourceNotFound, .invalidUserPoolConfiguration, .forbidden:
            return .notice(strings("error.configuration"))
        default:
            return .notice(strings("error.unexpected", ["reason": reason]))
        }
    }
}
