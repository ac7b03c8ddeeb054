import Foundation
import Testing
@testable import CognitoAuth

@Suite struct ServiceErrorTests {
    static let names = [
        "NotAuthorizedException", "InvalidPasswordException", "PasswordHistoryPolicyViolationException",
        "InvalidParameterException", "CodeMismatchException", "ExpiredCodeException", "EnableSoftwareTokenMFAException",
        "TooManyRequestsException", "LimitExceededException", "TooManyFailedAttemptsException",
        "PasswordResetRequiredException", "UserNotFoundException", "UserNotConfirmedException", "InternalErrorException",
        "ForbiddenException", "UserLambdaValidationException", "InvalidLambdaResponseException", "UnexpectedLambdaException",
        "FeatureUnavailableInTierException", "OperationNotEnabledException", "UnsupportedOperationException",
    ]

    func response(_ status: Int, headers: [String: String] = [:], body: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    @Test(arguments: names) func decodesEachName(name: String) {
        let error = CognitoClient.decodeError(response(400, body: #"{"__type":"aws.cognito#\#(name)","message":"why"}"#))
        #expect(error.name.rawValue == name)
        if case .other = error.name { Issue.record("\(name) is not mapped") }
        #expect(error.message == "why")
    }

    /// Every error botocore's service model documents for the operations a
    /// first sign-in uses has a name of its own.
    @Test func everyDocumentedErrorOfTheSignInOperationsIsKnown() throws {
        let script = Fixtures.url("botocore_errors.py")
        let output = try PythonEnvironment.run(script: script, input: Data())
        let documented = try #require(JSONSerialization.jsonObject(with: output) as? [String])
        #expect(documented.count > 25)
        for name in documented {
            if case .other = ServiceError.Name(rawValue: name) { Issue.record("\(name) is documented but not decoded") }
        }
    }

    @Test func theServicesMessagesAreRecognised() {
        func e(_ name: ServiceError.Name, _ m: String) -> ServiceError { ServiceError(name: name, message: m) }
        #expect(e(.notAuthorized, "User is disabled.").isUserDisabled)
        #expect(e(.notAuthorized, "User password cannot be reset in the current state.").isResetNotPossibleYet)
        #expect(e(.notAuthorized, "Invalid session for the user.").isSessionInvalid)
        #expect(!e(.notAuthorized, "Invalid session for the user, session is expired.").isSessionInvalid)
        #expect(e(.invalidParameter, "USER_SRP_AUTH is not enabled for the client.").isAuthFlowNotEnabled)
        #expect(e(.invalidParameter, "USER_PASSWORD_AUTH flow not enabled for this client").isAuthFlowNotEnabled)
        #expect(!e(.invalidParameter, "Invalid attributes given, name is missing").isAuthFlowNotEnabled)
    }

    @Test func fallsBackToTheHeader() {
        let error = CognitoClient.decodeError(
            response(400, headers: ["x-amzn-errortype": "CodeMismatchException:http://internal/"], body: "<html>"))
        #expect(error.name == .codeMismatch)
    }

    @Test func unknownNamesAreKept() {
        let error = CognitoClient.decodeError(response(400, body: #"{"__type":"BrandNewException","Message":"m"}"#))
        #expect(error.name == .other("BrandNewException"))
        #expect(error.message == "m")
        #expect(CognitoClient.decodeError(response(503, body: "")).name == .internalError)
    }

    @Test func messagesAreRead() {
        func e(_ name: ServiceError.Name, _ m: String) -> ServiceError { ServiceError(name: name, message: m) }
        #expect(e(.invalidPassword, "Password does not conform to policy: Password not long enough").passwordReason == "Password not long enough")
        #expect(e(.notAuthorized, "Invalid session for the user, session is expired.").isSessionExpired)
        #expect(e(.notAuthorized, "Invalid session for the user, session can only be used once.").isSessionReused)
        #expect(e(.notAuthorized, "Temporary password has expired and must be reset by an administrator.").isTemporaryPasswordExpired)
        #expect(e(.notAuthorized, "Password attempts exceeded").isPasswordAttemptsExceeded)
        #expect(e(.notAuthorized, "Unable to verify secret hash for client abc").isSecretHashMismatch)
        #expect(e(.invalidParameter, "Invalid attributes given, name is missing").attributeName == "name")
        #expect(e(.invalidParameter, "Invalid phone number format.").attributeName == "phone_number")
        #expect(e(.invalidParameter, "user.custom:team: String length is out of range.").attributeName == "custom:team")
        #expect(e(.invalidParameter, "Cannot modify the non-mutable attribute email_verified").attributeName == "email_verified")
        #expect(e(.invalidParameter, "Something else").attributeName == nil)
    }
}
