/// `aws cognito-idp describe-user-pool-client`'s `UserPoolClient`, mapped to
/// the config: the client id, the flow it allows, the attributes it may
/// write, how long a challenge session lives, and whether it has a secret.
extension PoolDraft {
    /// UserPoolClientType's members in botocore's cognito-idp model (2016-04-18).
    static let appClientFields: Set<String> = [
        "UserPoolId", "ClientName", "ClientId", "ClientSecret", "ClientSecretArn", "LastModifiedDate", "CreationDate",
        "RefreshTokenValidity", "AccessTokenValidity", "IdTokenValidity", "TokenValidityUnits", "ReadAttributes",
        "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs",
        "DefaultRedirectURI", "AllowedOAuthFlows", "AllowedOAuthScopes", "AllowedOAuthFlowsUserPoolClient",
        "AnalyticsConfiguration", "PreventUserExistenceErrors", "EnableTokenRevocation",
        "EnablePropagateAdditionalUserContextData", "AuthSessionValidity", "RefreshTokenRotation", "ClientType",
    ]

    mutating func apply(appClient c: JSONObjectReader) throws(ConfigurationError) {
        noteUnknown(c, known: Self.appClientFields)
        if let pool = try c.string("UserPoolId"), pool != profile.userPoolId {
            throw c.fail("UserPoolId", "is \(pool), but the pool described is \(profile.userPoolId)")
        }
        profile.clientId = try c.requiredString("ClientId")
        profile.authFlow = try Self.authFlow(c)
        if profile.authFlow == .userPassword {
            note(c, "ExplicitAuthFlows", "the client does not allow SRP: the password is sent to the service (over TLS)")
        }
        profile.writableAttributes = try c.strings("WriteAttributes")
        if let minutes = try c.int("AuthSessionValidity", in: 3...15) { profile.sessionValidity = .seconds(minutes * 60) }
        if let secret = try c.string("ClientSecret"), !secret.isEmpty {
            clientSecretFile = Self.secretFileName
            note(c, "ClientSecret", "the client has a secret: put it on the first line of \(Self.secretFileName) beside the config "
                + "(mode 0600); it is not copied into the config")
        }
    }

    /// SRP when the client allows it (the password never leaves the machine),
    /// else USER_AUTH, else USER_PASSWORD_AUTH. No list means Cognito's
    /// default, which allows SRP; so do the legacy names without ALLOW_.
    static func authFlow(_ c: JSONObjectReader) throws(ConfigurationError) -> AuthFlowType {
        let flows = Set(try c.strings("ExplicitAuthFlows") ?? [])
        let modern = flows.filter { $0.hasPrefix("ALLOW_") }
        if modern.isEmpty {
            guard !flows.contains("CUSTOM_AUTH_FLOW_ONLY") else {
                throw c.fail("ExplicitAuthFlows", "allows only custom authentication, which a first sign-in here cannot do")
            }
            return .userSRP
        }
        if modern.contains("ALLOW_USER_SRP_AUTH") { return .userSRP }
        if modern.contains("ALLOW_USER_AUTH") { return .userAuth }
        if modern.contains("ALLOW_USER_PASSWORD_AUTH") { return .userPassword }
        throw c.fail("ExplicitAuthFlows", "allows none of ALLOW_USER_SRP_AUTH, ALLOW_USER_AUTH, ALLOW_USER_PASSWORD_AUTH")
    }
}
