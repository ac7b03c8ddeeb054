import CognitoAuth
import FoundationEssentials

/// The resolved settings of one run: flags beat config files, which beat the
/// environment. A problem is reported before the screen opens.
struct Settings {
    var profile: PoolProfile
    var endpoint: URL
    var authFlow: AuthFlowType

    static func resolve(_ options: WizardArguments, environment: [String: String]) throws -> Settings {
        try resolve(options.pool, environment: environment)
    }

    static func resolve(_ o: PoolArguments, environment: [String: String]) throws -> Settings {
        if o.config != nil && o.amplifyOutputs != nil {
            throw CommandProblem("use --config or --amplify-outputs, not both")
        }
        var profile: PoolProfile
        if let file = o.config {
            profile = try PoolProfileLoader.config(at: file)
        } else if let file = o.amplifyOutputs {
            profile = try PoolProfileLoader.amplifyOutputs(at: file)
        } else {
            guard let pool = o.userPoolId, let client = o.clientId else {
                throw CommandProblem("say which pool: --config FILE, --amplify-outputs FILE, or --user-pool-id and --client-id")
            }
            let region = o.region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"]
            profile = PoolProfile(region: region?.isEmpty == false ? region : nil, userPoolId: pool, clientId: client)
        }
        if let pool = o.userPoolId { profile.userPoolId = pool }
        if let client = o.clientId { profile.clientId = client }
        if let region = o.region { profile.region = region }
        if profile.region.isEmpty, let region = Endpoint.region(ofUserPool: profile.userPoolId) { profile.region = region }
        guard Endpoint.region(ofUserPool: profile.userPoolId) != nil else {
            throw CommandProblem("--user-pool-id: must look like REGION_ID (us-east-1_AbC123)")
        }
        if let file = o.clientSecretFile {
            profile.clientSecret = try PoolProfileLoader.readSecret(file, key: "--client-secret-file")
        } else if profile.clientSecret == nil, let secret = environment["COGNITO_CLIENT_SECRET"], !secret.isEmpty {
            profile.clientSecret = secret
        }
        let endpoint: URL
        do {
            endpoint = try Endpoint.resolve(region: profile.region, override: o.endpointURL ?? profile.endpointURL, environment: environment)
        } catch {
            throw CommandProblem("endpoint: \(error)")
        }
        // The wizard names this endpoint when it cannot reach it, wherever it came from.
        profile.endpointURL = endpoint.absoluteString
        return Settings(profile: profile, endpoint: endpoint, authFlow: o.authFlow ?? profile.authFlow ?? .userSRP)
    }
}
