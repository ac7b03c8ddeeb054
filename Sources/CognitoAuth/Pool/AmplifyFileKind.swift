import FoundationEssentials

/// Which of Amplify's files `--amplify-outputs` was given, told by content
/// rather than by name, since apps rename and copy them.
enum AmplifyFileKind: Equatable {
    /// amplify_outputs.json (Gen 2): `auth` with snake_case keys.
    case outputs
    /// amplifyconfiguration.json (Gen 1; Flutter, iOS, Android): `auth.plugins.awsCognitoAuthPlugin`.
    case configuration
    /// aws-exports.js (Gen 1, JavaScript): a module whose object holds `aws_user_pools_id`.
    case awsExports

    static func of(_ data: Data) -> AmplifyFileKind {
        let text = String(decoding: data, as: UTF8.self)
        let start = text.first { !$0.isWhitespace }
        if start != "{", text.contains("aws_user_pools_id") { return .awsExports }
        if text.contains("\"awsCognitoAuthPlugin\"") { return .configuration }
        return .outputs
    }
}
