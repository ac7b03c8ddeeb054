/// What a client may know of a user pool without IAM credentials: a person on
/// first sign-in cannot call DescribeUserPool, so the password policy, the
/// required attributes and the MFA setting come from configuration
/// (amplify_outputs.json, or this project's own config file).
public struct PoolProfile: Equatable, Sendable {
    public enum MFAConfiguration: String, Equatable, Sendable {
        case off = "NONE", optional = "OPTIONAL", required = "REQUIRED"

        /// The setting however a source spells it, in any case: the API and
        /// Amplify's first generation say OFF, ON, OPTIONAL
        /// (DescribeUserPool's MfaConfiguration, aws-exports' aws_cognito_mfa_configuration);
        /// amplify_outputs.json and this project's config NONE, OPTIONAL,
        /// REQUIRED. One reading for every loader: a config converted from
        /// one source to another keeps its meaning.
        public init?(anySpelling text: String) {
            switch text.uppercased() {
            case "OFF", "NONE": self = .off
            case "ON", "REQUIRED": self = .required
            case "OPTIONAL": self = .optional
            default: return nil
            }
        }
    }

    public var region: String
    public var userPoolId: String
    public var clientId: String
    public var clientSecret: String?
    /// A display name for the pool; also the default TOTP issuer.
    public var poolName: String?
    public var passwordPolicy: PasswordPolicy
    /// Standard attributes the pool requires.
    public var requiredAttributes: [String]
    /// `email` and/or `phone_number` when those sign in in place of a username.
    public var usernameAttributes: [String]
    /// `email`, `phone_number`, `preferred_username` when those also sign in (once verified).
    public var aliasAttributes: [String] = []
    /// The attributes the app client may write (its WriteAttributes); nil: all.
    /// The form never asks for one the service would refuse.
    public var writableAttributes: [String]?
    public var mfaConfiguration: MFAConfiguration
    public var mfaMethods: [MFAKind]
    public var customAttributes: [CustomAttribute]
    public var endpointURL: String?
    public var authFlow: AuthFlowType?
    public var totpIssuer: String?
    /// What the first screen says (a kiosk's greeting); the built-in text when nil.
    /// The FriendlyDeviceName of a new authenticator (default: the host name).
    public var totpDeviceName: String?
    /// How long a challenge session lives (the app client's AuthSessionValidity,
    /// 3 to 15 minutes): the countdown on the MFA screens.
    public var sessionValidity: Duration = .seconds(180)
    public var welcomeTitle: LocalizedText?
    public var welcomeText: LocalizedText?
    /// The site's language (a kiosk's default), when the environment names none.
    public var language: String?
    /// The languages a kiosk offers on its welcome screen (F3 switches).
    public var languages: [String] = []
    /// How the address form's parts become the `address` value.
    public var addressFormat: AddressAttribute.Format = .formatted

    public init(
        region: String? = nil, userPoolId: String, clientId: String, clientSecret: String? = nil,
        poolName: String? = nil, passwordPolicy: PasswordPolicy = .cognitoDefault, requiredAttributes: [String] = [],
        usernameAttributes: [String] = [], mfaConfiguration: MFAConfiguration = .off, mfaMethods: [MFAKind] = [],
        customAttributes: [CustomAttribute] = [], endpointURL: String? = nil, authFlow: AuthFlowType? = nil,
        totpIssuer: String? = nil
    ) {
        self.region = region ?? Endpoint.region(ofUserPool: userPoolId) ?? ""
        self.userPoolId = userPoolId
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.poolName = poolName
        self.passwordPolicy = passwordPolicy
        self.requiredAttributes = requiredAttributes
        self.usernameAttributes = usernameAttributes
        self.mfaConfiguration = mfaConfiguration
        self.mfaMethods = mfaMethods
        self.customAttributes = customAttributes
        self.endpointURL = endpointURL
        self.authFlow = authFlow
        self.totpIssuer = totpIssuer
    }

    /// The app client the flow signs in through.
    public var appClient: AppClient { AppClient(userPoolId: userPoolId, clientId: clientId, clientSecret: clientSecret) }

    /// The format of an attribute of this pool.
    public func format(of attribute: String) -> AttributeFormat {
        AttributeFormat.of(attribute, custom: customAttributes)
    }
}
