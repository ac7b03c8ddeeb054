/// SECRET_HASH, required on every request of an app client that has a secret:
/// Base64(HMAC-SHA256(key: client secret, message: username + client id)).
///
/// After the first step the username must be the internal one (USERNAME /
/// USER_ID_FOR_SRP from the challenge), not the alias the person typed, or the
/// service answers "Unable to verify secret hash for client".
public enum SecretHash {
    public static func compute(username: String, clientId: String, clientSecret: String) -> String {
        Base64.encode(Digest.hmacSHA256(key: Array(clientSecret.utf8), message: Array((username + clientId).utf8)))
    }
}
