import FoundationEssentials

/// A config written from what the operator's AWS CLI printed
/// (`describe-user-pool`, `describe-user-pool-client`, optionally
/// `get-user-pool-mfa-config`): the pool as this project's config describes
/// it, and notes for the operator (what was ignored or guessed, what to do).
/// The operator's credentials stay with the AWS CLI; nothing here calls AWS.
public struct PoolDraft: Sendable {
    public var profile: PoolProfile
    /// Set when the app client has a secret: the config points at this file,
    /// which the operator fills. The secret itself is never written.
    public var clientSecretFile: String?
    /// Lines for standard error, each naming the file and key it is about.
    public var notes: [String] = []

    /// The file name the config gives the client secret (beside the config).
    public static let secretFileName = "client-secret.txt"

    /// Reads the AWS CLI's JSON (a file of `-` is standard input). Without the
    /// client's description, `clientId` names the app client.
    public static func read(
        userPool: String, appClient: String?, mfaConfig: String?, clientId: String?
    ) throws(ConfigurationError) -> PoolDraft {
        let pool = try JSONObjectReader.load(file: userPool)
        guard let described = try pool.child("UserPool") else {
            throw pool.fail("UserPool", "is missing (is this the output of aws cognito-idp describe-user-pool?)")
        }
        var draft = PoolDraft(profile: PoolProfile(userPoolId: "-", clientId: clientId ?? ""))
        try draft.apply(userPool: described, methodsGiven: mfaConfig != nil)
        if let appClient {
            let top = try JSONObjectReader.load(file: appClient)
            guard let client = try top.child("UserPoolClient") else {
                throw top.fail("UserPoolClient", "is missing (is this the output of aws cognito-idp describe-user-pool-client?)")
            }
            try draft.apply(appClient: client)
        }
        if let mfaConfig {
            let config = try JSONObjectReader.load(file: mfaConfig)
            try draft.applyMFA(config)
            draft.noteUnknown(config, known: [
                "SmsMfaConfiguration", "SoftwareTokenMfaConfiguration", "EmailMfaConfiguration", "MfaConfiguration",
                "WebAuthnConfiguration",
            ])
        }
        if draft.profile.clientId.isEmpty {
            throw ConfigurationError(file: userPool, key: nil, reason: "which app client? give its describe-user-pool-client output or its id")
        }
        return draft
    }

    mutating func note(_ reader: JSONObjectReader, _ key: String, _ text: String) {
        notes.append("\(reader.file): \(reader.keyPath(key)): \(text)")
    }

    /// Fields this version does not know: a newer service added them. Ignored, said once each.
    mutating func noteUnknown(_ reader: JSONObjectReader, known: Set<String>) {
        for path in reader.unknownKeys(known: known) {
            notes.append("\(reader.file): \(path): not known to this version, ignored")
        }
    }

    /// The MFA mode and methods from GetUserPoolMfaConfig's fields
    /// (SoftwareTokenMfaConfiguration.Enabled, SmsMfaConfiguration,
    /// EmailMfaConfiguration: present when the method is set up). False when
    /// `config` names no method (DescribeUserPool never does).
    @discardableResult
    mutating func applyMFA(_ config: JSONObjectReader) throws(ConfigurationError) -> Bool {
        if let mode = try config.string("MfaConfiguration") {
            guard let value = PoolProfile.MFAConfiguration(anySpelling: mode) else {
                throw config.fail("MfaConfiguration", "must be OFF, ON or OPTIONAL")
            }
            profile.mfaConfiguration = value
        }
        let fields = ["SoftwareTokenMfaConfiguration", "SmsMfaConfiguration", "EmailMfaConfiguration"]
        guard fields.contains(where: config.has) else { return false }
        var methods: [MFAKind] = []
        if try config.child("SoftwareTokenMfaConfiguration")?.bool("Enabled") == true { methods.append(.totp) }
        if config.has("SmsMfaConfiguration") { methods.append(.sms) }
        if config.has("EmailMfaConfiguration") { methods.append(.email) }
        profile.mfaMethods = methods
        return true
    }
}
