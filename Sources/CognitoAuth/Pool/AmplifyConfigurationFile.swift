/// amplifyconfiguration.json, Amplify's first generation for Flutter, iOS and
/// Android: `auth.plugins.awsCognitoAuthPlugin` holds `CognitoUserPool.Default`
/// (PoolId, AppClientId, Region) and `Auth.Default` (the pool's rules).
enum AmplifyConfigurationFile {
    static func profile(_ top: JSONObjectReader) throws(ConfigurationError) -> PoolProfile {
        guard let plugin = try top.child("auth")?.child("plugins")?.child("awsCognitoAuthPlugin") else {
            throw top.fail("auth.plugins.awsCognitoAuthPlugin", "is missing (is this amplifyconfiguration.json?)")
        }
        guard let ids = try plugin.child("CognitoUserPool")?.child("Default") else {
            throw plugin.fail("CognitoUserPool.Default", "is missing")
        }
        var profile = try AmplifyFirstGeneration.profile(.init(
            ids: ids, poolId: "PoolId", clientId: "AppClientId", region: "Region",
            settings: try plugin.child("Auth")?.child("Default"), password: "passwordProtectionSettings",
            signup: "signupAttributes", username: "usernameAttributes", mfa: "mfaConfiguration",
            mfaTypes: "mfaTypes", flow: "authenticationFlowType"))
        // The app's own file may carry its client's secret; it is already on this machine.
        if let secret = try ids.string("AppClientSecret"), !secret.isEmpty { profile.clientSecret = secret }
        return profile
    }
}
